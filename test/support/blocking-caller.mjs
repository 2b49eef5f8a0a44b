// A worker thread that draws numbers with blocking calls (SeqBlockingCaller) and posts them back.
import { parentPort, workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
const { SeqBlockingCaller } = await import("../../peers/seq/blocking-client.ts");
const caller = SeqBlockingCaller.attach(workerData.shared, workerData.slots, { spinMs: workerData.spinMs });
const numbers = [];
for (let i = 0; i < workerData.calls; i++) numbers.push(caller.next());
parentPort.postMessage(numbers);
