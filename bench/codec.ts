/**
 * `npm run bench -- codec`: static generated code (what the project uses) against protobufjs's
 * runtime loading of the same .proto (reflection, with its own generated-at-run-time coders), on
 * the frames of the data path. Decides which one the project uses, by measurement.
 */
import { fileURLToPath } from "node:url";
import protobuf from "protobufjs";
import { fabric } from "../proto/generated/fabric.js";
import { printTable, ratio, writeResults } from "./support/report.js";

const ITERATIONS = Number(process.env.BENCH_CODEC_ITERATIONS ?? 300_000);
const ROUNDS = 5;

interface Coder {
  encode(message: object): Uint8Array;
  decode(bytes: Uint8Array): unknown;
}

const request = {
  request: {
    requesterVi: 3,
    responderVi: 0,
    generation: 1,
    psn: 4242,
    opcode: 1,
    remoteAddress: 0x100000,
    rkey: 0xdeadbeef,
    length: 64,
  },
};
const response = {
  response: {
    requesterVi: 3,
    responderVi: 0,
    generation: 1,
    psn: 4242,
    status: 0,
    payload: new Uint8Array(64).fill(9),
  },
};

function time(run: () => void): number {
  const start = performance.now();
  for (let i = 0; i < ITERATIONS; i++) run();
  return ((performance.now() - start) * 1e6) / ITERATIONS;
}

function measure(coder: Coder): Record<string, number> {
  const requestBytes = coder.encode(request);
  const responseBytes = coder.encode(response);
  return {
    encode_request_ns: time(() => coder.encode(request)),
    decode_request_ns: time(() => coder.decode(requestBytes)),
    encode_response_ns: time(() => coder.encode(response)),
    decode_response_ns: time(() => coder.decode(responseBytes)),
  };
}

export async function runCodecBench(): Promise<void> {
  const startLoad = performance.now();
  const root = protobuf.loadSync(fileURLToPath(new URL("../proto/fabric.proto", import.meta.url)));
  const Frame = root.lookupType("fabric.Frame");
  const loadMs = performance.now() - startLoad;
  const coders: Record<string, Coder> = {
    static: { encode: (m) => fabric.Frame.encode(m).finish(), decode: (b) => fabric.Frame.decode(b) },
    runtime: { encode: (m) => Frame.encode(m).finish(), decode: (b) => Frame.decode(b) },
  };
  const rounds: Record<string, Record<string, number>[]> = { static: [], runtime: [] };
  for (let r = 0; r < ROUNDS; r++)
    for (const name of ["static", "runtime"]) rounds[name]?.push(measure(coders[name] as Coder));
  const median = (name: string, key: string) => {
    const values = (rounds[name] ?? []).map((x) => x[key] as number).sort((a, b) => a - b);
    return Math.round(values[values.length >> 1] as number);
  };
  const keys = Object.keys(rounds.static?.[0] ?? {});
  printTable(
    `codec: static generated code vs runtime-loaded .proto (median ns per frame of ${ROUNDS} rounds)`,
    ["operation", "static", "runtime", "static/runtime"],
    keys.map((k) => [
      k,
      median("static", k),
      median("runtime", k),
      ratio(median("static", k), median("runtime", k)),
    ]),
  );
  console.log(`runtime loading itself took ${loadMs.toFixed(1)} ms at start-up (static: none)`);
  const path = writeResults("codec", {
    iterations_per_round: ITERATIONS,
    rounds: ROUNDS,
    results: Object.fromEntries(
      keys.map((k) => [k, { static: median("static", k), runtime: median("runtime", k) }]),
    ),
    runtime_load_ms: Math.round(loadMs * 10) / 10,
  });
  console.log(`wrote ${path}`);
}
