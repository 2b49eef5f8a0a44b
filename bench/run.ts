/** `npm run bench [-- name...]`: runs the named benchmarks (all when none is named). */
import { runCodecBench } from "./codec.js";
import { runHandshakeBench } from "./handshake.js";
import { runMembershipBench } from "./membership.js";
import { runRdmaBench } from "./rdma.js";
import { runSeqBench } from "./seq.js";

const BENCHES: Record<string, () => Promise<void>> = {
  rdma: runRdmaBench,
  codec: runCodecBench,
  handshake: runHandshakeBench,
  seq: runSeqBench,
  membership: runMembershipBench,
};

const names = process.argv.slice(2);
const unknown = names.filter((n) => !(n in BENCHES));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(", ")}; known: ${Object.keys(BENCHES).join(", ")}`);
  process.exit(2);
}
for (const name of names.length > 0 ? names : Object.keys(BENCHES)) await BENCHES[name]?.();
process.exit(0);
