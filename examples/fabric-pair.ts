/**
 * `npm start`: boots two nodes of a pair as separate processes, each running nothing but its
 * card's firmware, and has node A work on node B's memory over the fabric: read B's status word
 * at the predefined bootstrap address, write and read back a region B registered, fetch-add a
 * counter there. Leaves the pair running until Ctrl-C.
 *
 *   npm start                       # examples/fabric-pair.json
 *   tsx examples/fabric-pair.ts other-fabric.json
 */
import { fileURLToPath } from "node:url";
import { ALL_ACCESS } from "../rdma-emu/access-flags.js";
import { BOOTSTRAP_REGION_ADDRESS } from "../rdma-emu/bootstrap-region.js";
import { BOOTSTRAP_RKEY, BOOTSTRAP_VI } from "../rdma-emu/constants.js";
import { CardProcess } from "../rdma-emu/daemon-client.js";
import { loadFabricConfig } from "../rdma-emu/fabric-config.js";
import { formatHardwareAddress } from "../rdma-emu/hardware-address.js";
import type { MemoryRegion } from "../rdma-emu/memory-region.js";
import { type Completion, CompletionStatus, statusName, type WorkRequest } from "../rdma-emu/work-request.js";

const configPath = process.argv[2] ?? fileURLToPath(new URL("./fabric-pair.json", import.meta.url));
const fabric = loadFabricConfig(configPath);
const [a, b] = [...fabric.cards.keys()];
if (a === undefined || b === undefined) throw new Error(`${configPath} needs two cards`);
const name = (address: number) => formatHardwareAddress(address);
const say = (line: string) => console.log(`${new Date().toISOString().slice(11, 23)}  ${line}`);

say(`starting node A (card ${name(a)}) and node B (card ${name(b)}) as separate processes`);
const [nodeA, nodeB] = await Promise.all([
  CardProcess.start({ fabricPath: configPath, address: a }),
  CardProcess.start({ fabricPath: configPath, address: b }),
]);
const stop = async () => {
  await Promise.all([nodeA.stop(), nodeB.stop()]);
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());

say(`A: card firmware up, incarnation ${nodeA.incarnation}; no OS layer running`);
say(`B: card firmware up, incarnation ${nodeB.incarnation}; no OS layer running`);
await nodeA.until((n) => n.events.some((e) => e.type === "link-up"));
say(`fabric link ${name(a)} <-> ${name(b)} up (challenge/response over the cluster secret passed)`);

async function post(label: string, request: WorkRequest): Promise<Completion> {
  const completion = await nodeA.request<Completion>("post", { vi: BOOTSTRAP_VI, request });
  const outcome =
    completion.status === CompletionStatus.SUCCESS
      ? "SUCCESS"
      : `${statusName(completion.status)}: ${completion.detail}`;
  say(`A -> B  ${label.padEnd(44)} ${outcome}`);
  return completion;
}

const remote = { hardwareAddress: b, vi: BOOTSTRAP_VI };
const status = await post(`RDMA READ status word @0x${BOOTSTRAP_REGION_ADDRESS.toString(16)} VI 0`, {
  opcode: "read",
  remote,
  rkey: BOOTSTRAP_RKEY,
  remoteAddress: BOOTSTRAP_REGION_ADDRESS,
  length: 8,
});
const word = new DataView(
  (status.data as Uint8Array).buffer,
  (status.data as Uint8Array).byteOffset,
).getBigUint64(0, true);
say(`        B's status word 0x${word.toString(16)}: "BOOT" magic, state 1 = card firmware only`);

const region = await nodeB.request<MemoryRegion>("register", {
  region: { address: 0x10000, length: 4096, access: ALL_ACCESS },
});
say(`B: registered region @0x10000 (4 KiB, remote read/write/atomic), rkey 0x${region.rkey.toString(16)}`);
const target = { remote, rkey: region.rkey };
await post("RDMA WRITE 'hello from A' @0x10000", {
  opcode: "write",
  ...target,
  remoteAddress: 0x10000,
  data: new TextEncoder().encode("hello from A"),
});
const back = await post("RDMA READ 12 bytes @0x10000", {
  opcode: "read",
  ...target,
  remoteAddress: 0x10000,
  length: 12,
});
say(`        read back: "${new TextDecoder().decode(back.data)}"`);
for (let i = 0; i < 3; i++) {
  const added = await post("ATOMIC FETCH_ADD +1 @0x10800", {
    opcode: "fetch-add",
    ...target,
    remoteAddress: 0x10800,
    add: 1n,
  });
  say(`        counter was ${added.original}`);
}
await post("RDMA WRITE with a wrong rkey", {
  opcode: "write",
  ...target,
  rkey: (region.rkey ^ 1) >>> 0,
  remoteAddress: 0x10000,
  data: new Uint8Array(4),
});
say("pair running; Ctrl-C stops both nodes");
