/**
 * `npm run bench -- codec`: the data path's frames through three coders. protobufjs's static
 * generated code (what the project uses for every other message) and its runtime loading of the
 * same .proto (reflection, with coders generated at run time) decided how the project uses
 * protobufjs; the hand-written data-frame codec (rdma-emu/data-frame-codec.ts, what the card
 * uses for requests and responses) is measured beside them, from and to the card's own frames.
 */
import { fileURLToPath } from "node:url";
import protobuf from "protobufjs";
import { fabric } from "../proto/generated/fabric.js";
import { decodeFrames, encodeFrames } from "../rdma-emu/frame-codec.js";
import type { ResponseFrame } from "../rdma-emu/frames.js";
import { CompletionStatus } from "../rdma-emu/work-request.js";
import { readRequestFrame } from "../test/support/frames.js";
import { printTable, writeResults } from "./support/report.js";
import {
  interleavedRounds,
  median as medianOf,
  pairedRatio,
  ratioFields,
  showRatio,
} from "./support/rounds.js";

const ITERATIONS = Number(process.env.BENCH_CODEC_ITERATIONS ?? 300_000);
const ROUNDS = 5;
const CODERS = ["static", "runtime", "hand"] as const;
type CoderName = (typeof CODERS)[number];

interface Coder {
  encodeRequest(): Uint8Array;
  encodeResponse(): Uint8Array;
  decode(bytes: Uint8Array): unknown;
}

/** A READ of 64 bytes and its answer, as the card's logic sees them. */
const request = readRequestFrame({
  requesterVi: 3,
  generation: 1,
  psn: 4242,
  remoteAddress: 0x100000,
  rkey: 0xdeadbeef,
  length: 64,
});
const response: ResponseFrame = {
  type: "response",
  requesterVi: 3,
  responderVi: 0,
  generation: 1,
  psn: 4242,
  status: CompletionStatus.SUCCESS,
  receiverNotReady: false,
  sequenceError: false,
  payload: new Uint8Array(64).fill(9),
  original: 0n,
  detail: "",
  attempt: 1,
};

/** The same two as protobufjs messages. */
const wireRequest = {
  request: {
    requesterVi: 3,
    generation: 1,
    psn: 4242,
    opcode: 1,
    remoteAddress: 0x100000,
    rkey: 0xdeadbeef,
    length: 64,
    attempt: 1,
  },
};
const wireResponse = {
  response: { requesterVi: 3, generation: 1, psn: 4242, payload: response.payload, attempt: 1 },
};

function time(run: () => void): number {
  const start = performance.now();
  for (let i = 0; i < ITERATIONS; i++) run();
  return Math.round(((performance.now() - start) * 1e7) / ITERATIONS) / 10;
}

function measure(coder: Coder): Record<string, number> {
  const requestBytes = coder.encodeRequest();
  const responseBytes = coder.encodeResponse();
  return {
    encode_request_ns: time(() => coder.encodeRequest()),
    decode_request_ns: time(() => coder.decode(requestBytes)),
    encode_response_ns: time(() => coder.encodeResponse()),
    decode_response_ns: time(() => coder.decode(responseBytes)),
  };
}

export async function runCodecBench(): Promise<void> {
  const startLoad = performance.now();
  const root = protobuf.loadSync(fileURLToPath(new URL("../proto/fabric.proto", import.meta.url)));
  const Frame = root.lookupType("fabric.Frame");
  const loadMs = performance.now() - startLoad;
  const coders: Record<CoderName, Coder> = {
    static: {
      encodeRequest: () => fabric.Frame.encodeDelimited(wireRequest).finish(),
      encodeResponse: () => fabric.Frame.encodeDelimited(wireResponse).finish(),
      decode: (b) => fabric.Frame.decodeDelimited(b),
    },
    runtime: {
      encodeRequest: () => Frame.encodeDelimited(wireRequest).finish(),
      encodeResponse: () => Frame.encodeDelimited(wireResponse).finish(),
      decode: (b) => Frame.decodeDelimited(b),
    },
    hand: {
      encodeRequest: () => encodeFrames([request]),
      encodeResponse: () => encodeFrames([response]),
      decode: (b) => decodeFrames(b),
    },
  };
  // Interleaved rounds (the order turning each round); a ratio is the median of per-round ratios.
  const rounds = await interleavedRounds(
    ROUNDS,
    Object.fromEntries(CODERS.map((name) => [name, async () => measure(coders[name])])) as Record<
      CoderName,
      () => Promise<Record<string, number>>
    >,
  );
  const median = (name: CoderName, key: string) =>
    Math.round(medianOf(rounds.map((r) => r[name][key] as number)));
  const paired = (name: CoderName, base: CoderName, key: string) =>
    pairedRatio(
      rounds,
      (r) => r[name][key] as number,
      (r) => r[base][key] as number,
    );
  const keys = Object.keys(rounds[0]?.static ?? {});
  const pairs = Object.fromEntries(
    keys.flatMap((k) => {
      const op = k.replace(/_ns$/, "");
      return [
        [`${op}_static_vs_runtime`, paired("static", "runtime", k)],
        [`${op}_hand_vs_static`, paired("hand", "static", k)],
      ];
    }),
  );
  printTable(
    `codec: data-path frames, protobufjs static vs runtime-loaded vs hand-written (median ns per frame of ${ROUNDS} interleaved rounds; ratios: median of per-round paired ratios (min-max))`,
    ["operation", "static", "runtime", "hand", "static/runtime", "hand/static"],
    keys.map((k) => [
      k,
      median("static", k),
      median("runtime", k),
      median("hand", k),
      showRatio(paired("static", "runtime", k)),
      showRatio(paired("hand", "static", k)),
    ]),
  );
  console.log(
    `runtime loading itself took ${loadMs.toFixed(1)} ms at start-up (static: none); protobufjs figures leave out turning its messages into the card's frames and back, which hand includes`,
  );
  const path = writeResults("codec", {
    iterations_per_round: ITERATIONS,
    round_count: ROUNDS,
    results: Object.fromEntries(
      keys.map((k) => [k, Object.fromEntries(CODERS.map((name) => [name, median(name, k)]))]),
    ),
    rounds,
    ...ratioFields(pairs),
    runtime_load_ms: Math.round(loadMs * 10) / 10,
  });
  console.log(`wrote ${path}`);
}
