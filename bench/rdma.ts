/**
 * `npm run bench -- rdma`: the emulated card against the transport it runs on. In one run, three
 * pairs of processes exchange the same payloads: the driver and a card daemon (RDMA verbs), and, as
 * baselines, a raw TCP echo (node:net, setNoDelay, length prefix: this machine's limit) and a plain
 * ws echo (default options: what the library costs before tuning). Ratios are emulated / raw TCP.
 */
import { ALL_ACCESS } from "../rdma-emu/access-flags.js";
import { Card } from "../rdma-emu/card.js";
import { BOOTSTRAP_VI } from "../rdma-emu/constants.js";
import { CardProcess } from "../rdma-emu/daemon-client.js";
import { HostMemory } from "../rdma-emu/host-memory.js";
import type { MemoryRegion } from "../rdma-emu/memory-region.js";
import { type Completion, CompletionStatus, statusName, type WorkRequest } from "../rdma-emu/work-request.js";
import { makeTestFabric } from "../test/support/fabric.js";
import { type RoundTripper, startEchoServer, tcpClient, wsClient } from "./support/echo-clients.js";
import { MODE_ACK, MODE_ECHO } from "./support/echo-protocol.js";
import { latency, throughput } from "./support/measure.js";
import { printTable, writeResults } from "./support/report.js";
import {
  interleavedRounds,
  median,
  pairedRatio,
  ratioFields,
  showRatio,
  targetsMet,
} from "./support/rounds.js";

const SMALL = 64;
const MIB = 1024 * 1024;
const DEPTH = 64;
const BULK_DEPTH = Number(process.env.BENCH_BULK_DEPTH ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const LATENCY_SAMPLES = Number(process.env.BENCH_SAMPLES ?? 5000);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 1000);
const REGION_ADDRESS = 0x100000;
const A = 0x0a0001;
const B = 0x0a0002;

/** The operations of one transport, each one round trip. */
interface Transport {
  read64(): Promise<unknown>;
  write64(): Promise<unknown>;
  write1MiB(): Promise<unknown>;
  atomic(): Promise<unknown>;
}

function baseline(client: RoundTripper): Transport {
  const small = new Uint8Array(SMALL).fill(7);
  const word = new Uint8Array(16).fill(7);
  const bulk = new Uint8Array(MIB).fill(7);
  return {
    read64: () => client.roundTrip(MODE_ECHO, small),
    write64: () => client.roundTrip(MODE_ECHO, small),
    write1MiB: () => client.roundTrip(MODE_ACK, bulk),
    atomic: () => client.roundTrip(MODE_ECHO, word),
  };
}

function emulated(card: Card, vi: number, region: MemoryRegion): Transport {
  const target = {
    remote: { hardwareAddress: B, vi: BOOTSTRAP_VI },
    rkey: region.rkey,
    remoteAddress: REGION_ADDRESS,
  };
  const small = new Uint8Array(SMALL).fill(7);
  const bulk = new Uint8Array(MIB).fill(7);
  const ok = (c: Completion) => {
    if (c.status !== CompletionStatus.SUCCESS) throw new Error(`${statusName(c.status)}: ${c.detail}`);
  };
  // Every completion is checked before the next request is posted (reactions run in order), on
  // the side: the measured promise is the card's own, as the baselines' is theirs, not one more
  // link in the chain (the baselines check nothing at all).
  const post = (request: WorkRequest) => {
    const completed = card.post(vi, request);
    completed.then(ok);
    return completed;
  };
  // Built once, as the baselines frame their messages once: the card never changes a request.
  const read64: WorkRequest = { opcode: "read", ...target, length: SMALL };
  const write64: WorkRequest = { opcode: "write", ...target, data: small };
  const write1MiB: WorkRequest = { opcode: "write", ...target, data: bulk };
  const atomic: WorkRequest = { opcode: "fetch-add", ...target, add: 1n };
  return {
    read64: () => post(read64),
    write64: () => post(write64),
    write1MiB: () => post(write1MiB),
    atomic: () => post(atomic),
  };
}

type Kind = "card" | "tcp" | "ws" | "ceiling" | "wsZeroMask";
const KINDS: readonly Kind[] = ["card", "tcp", "ws"];

/** One metric: how to take it once, and which figure of it the ratio uses. */
interface Metric {
  readonly key: string;
  readonly label: string;
  take(t: Transport): Promise<number>;
  /** Also measured against the references: the zero-copy TCP ceiling and ws at its best. */
  readonly withReferences?: boolean;
}

const METRICS: readonly Metric[] = [
  {
    key: "read_qd1_p50_us",
    label: "READ 64 B qd1 p50 (us)",
    take: async (t) => (await latency(() => t.read64(), LATENCY_SAMPLES, LATENCY_SAMPLES / 10)).p50_us,
  },
  {
    key: "read_qd1_p99_us",
    label: "READ 64 B qd1 p99 (us)",
    take: async (t) => (await latency(() => t.read64(), LATENCY_SAMPLES, LATENCY_SAMPLES / 10)).p99_us,
  },
  {
    key: "read_qd64_ops",
    label: "READ 64 B qd64 (ops/s)",
    take: async (t) => (await throughput(() => t.read64(), DEPTH, DURATION_MS)).ops_per_s,
  },
  {
    key: "write_qd64_ops",
    label: "WRITE 64 B qd64 (ops/s)",
    take: async (t) => (await throughput(() => t.write64(), DEPTH, DURATION_MS)).ops_per_s,
  },
  {
    key: "write_1mib_mb_s",
    label: "WRITE 1 MiB qd8 (MB/s)",
    withReferences: true,
    take: async (t) =>
      Math.round(((await throughput(() => t.write1MiB(), BULK_DEPTH, DURATION_MS)).ops_per_s * MIB) / 1e6),
  },
  {
    key: "fetch_add_qd64_ops",
    label: "FETCH_ADD qd64 (ops/s)",
    take: async (t) => (await throughput(() => t.atomic(), DEPTH, DURATION_MS)).ops_per_s,
  },
];

type Round = Partial<Record<Kind, number>>;

/**
 * This machine is a small VM with noisy neighbours: figures drift by tens of percent from one
 * second to the next. So every metric is taken in ROUNDS interleaved rounds (card, tcp, ws; then
 * tcp, ws, card; ...), each round's figures are kept, and a ratio is the median of the per-round
 * card/baseline ratios.
 */
async function measureAll(transports: Record<Kind, Transport>): Promise<Record<string, Round[]>> {
  const samples: Record<string, Round[]> = {};
  const only = process.env.BENCH_METRICS?.split(",");
  for (const metric of METRICS.filter((m) => only === undefined || only.includes(m.key))) {
    const kinds: readonly Kind[] =
      metric.withReferences === true ? [...KINDS, "ceiling", "wsZeroMask"] : KINDS;
    samples[metric.key] = await interleavedRounds(
      ROUNDS,
      Object.fromEntries(kinds.map((kind) => [kind, () => metric.take(transports[kind])])),
    );
  }
  return samples;
}

export async function runRdmaBench(): Promise<void> {
  const servers = {
    tcp: await startEchoServer("tcp"),
    ws: await startEchoServer("ws"),
    ceiling: await startEchoServer("tcp-stream"),
  };
  const clients = {
    tcp: await tcpClient(servers.tcp.port),
    ws: await wsClient(servers.ws.port),
    ceiling: await tcpClient(servers.ceiling.port),
    wsZeroMask: await wsClient(servers.ws.port, true),
  };
  const fabric = await makeTestFabric([A, B]);
  const remote = await CardProcess.start({ fabricPath: fabric.path, address: B, memoryBytes: 8 * MIB });
  const card = await Card.start({
    fabric: fabric.config,
    hardwareAddress: A,
    memory: new HostMemory(4 * MIB),
  });
  let samples: Record<string, Round[]>;
  try {
    const region = await remote.request<MemoryRegion>("register", {
      region: { address: REGION_ADDRESS, length: 2 * MIB, access: ALL_ACCESS },
    });
    while (!card.connectedPeers.includes(B)) await new Promise((r) => setTimeout(r, 10));
    samples = await measureAll({
      card: emulated(card, card.createVi(), region),
      tcp: baseline(clients.tcp),
      ws: baseline(clients.ws),
      ceiling: baseline(clients.ceiling),
      wsZeroMask: baseline(clients.wsZeroMask),
    });
  } finally {
    await card.close();
    await remote.stop();
    fabric.remove();
    for (const client of Object.values(clients)) await client.close();
    for (const server of Object.values(servers)) server.child.kill();
  }
  const figure = (kind: Kind) => (round: Round) => round[kind] ?? Number.NaN;
  const med = (key: string, kind: Kind) => median((samples[key] ?? []).map(figure(kind)));
  const results = Object.fromEntries(
    Object.entries(samples).map(([key, rounds]) => [
      key,
      Object.fromEntries(Object.keys(rounds[0] ?? {}).map((kind) => [kind, med(key, kind as Kind)])),
    ]),
  );
  const paired = (key: string, kind: Kind, base: Kind) =>
    pairedRatio(samples[key] ?? [], figure(kind), figure(base));
  const pairs = {
    read_qd1_p50_latency: paired("read_qd1_p50_us", "card", "tcp"),
    read_qd1_p99_latency: paired("read_qd1_p99_us", "card", "tcp"),
    read_qd64_throughput: paired("read_qd64_ops", "card", "tcp"),
    write_qd64_throughput: paired("write_qd64_ops", "card", "tcp"),
    write_1mib_bandwidth: paired("write_1mib_mb_s", "card", "tcp"),
    fetch_add_qd64_throughput: paired("fetch_add_qd64_ops", "card", "tcp"),
    write_1mib_bandwidth_vs_stream_ceiling: paired("write_1mib_mb_s", "card", "ceiling"),
    ws_zero_mask_1mib_bandwidth: paired("write_1mib_mb_s", "wsZeroMask", "tcp"),
  };
  const targets = {
    read_qd1_p50_latency: { max: 1.3 },
    read_qd64_throughput: { min: 0.6 },
    write_1mib_bandwidth: { min: 0.5 },
  };
  const measured = METRICS.filter((m) => samples[m.key] !== undefined);
  const met = targetsMet(pairs, targets);

  printTable(
    `rdma: emulated card vs. the transports under it (medians of ${ROUNDS} interleaved rounds; ratios: median of per-round paired ratios (min-max); same processes, same payloads)`,
    ["metric", "card", "plain tcp", "plain ws", "card/tcp", "card/ws"],
    measured.map((m) => [
      m.label,
      med(m.key, "card"),
      med(m.key, "tcp"),
      med(m.key, "ws"),
      showRatio(paired(m.key, "card", "tcp")),
      showRatio(paired(m.key, "card", "ws")),
    ]),
  );
  if (samples.write_1mib_mb_s !== undefined) {
    const bulk = (kind: Kind) => `${med("write_1mib_mb_s", kind)} MB/s`;
    console.log(
      `WRITE 1 MiB references: zero-copy streaming TCP echo (the transport's ceiling) ${bulk("ceiling")}, card/ceiling ${showRatio(pairs.write_1mib_bandwidth_vs_stream_ceiling)}; ` +
        `ws at its best (zero mask, same echo) ${bulk("wsZeroMask")}, ws-best/tcp ${showRatio(pairs.ws_zero_mask_1mib_bandwidth)}`,
    );
  }
  console.log(
    `targets: ${Object.entries(met)
      .map(([k, v]) => `${k} ${v ? "met" : "MISSED"}`)
      .join(", ")}`,
  );
  const path = writeResults("rdma", {
    method: {
      baselines:
        "plain TCP echo (node:net, setNoDelay, 4-byte length prefix, each message taken whole as a card takes a WRITE) and plain ws echo (default options), each in its own process; for 1 MiB also a zero-copy streaming TCP echo, the transport's ceiling",
      small: "64 B payload; baselines echo it back, READ returns 64 B",
      bulk: `1 MiB payload one way and a 4-byte answer back for all (the shape of an RDMA WRITE), ${BULK_DEPTH} in flight`,
      atomic: "FETCH_ADD against a 16 B echo",
      latency_samples_per_round: LATENCY_SAMPLES,
      duration_ms_per_round: DURATION_MS,
      rounds: ROUNDS,
      figure:
        "results: each transport's median over interleaved rounds (the order turning each round); rounds: each round's figures; ratios: the median of the per-round card/baseline ratios (ratio_rounds)",
    },
    results,
    rounds: samples,
    ...ratioFields(pairs),
    targets,
    met,
  });
  console.log(`wrote ${path}`);
}
