/**
 * `npm run bench -- seq`: the sequence service on three node processes, drawn from by this process
 * through the node that is neither primary nor secondary (so every request takes the whole path:
 * origin → primary → secondary → origin). In the same run, the baseline: the same three-hop path
 * built from plain ws messages between three relay processes (bench/seq-relay.ts).
 *
 * Measured: numbers/s at depth 1 and depth 64 (one number per request), with batches of 64 (64
 * requests in flight), latency p50/p99 at depth 1, and the longest gap in service when the
 * primary is SIGKILLed while callers draw.
 */
import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { SeqClient } from "../peers/seq/client.js";
import type { Layout } from "../peers/seq/messages.js";
import { nodeProcessEnv, nodeProcessExecArgv } from "../rdma-emu/index.js";
import { TestCluster } from "../test/support/cluster.js";
import { latency, throughput } from "./support/measure.js";
import { printTable, writeResults } from "./support/report.js";
import { interleavedRounds, median, pairedRatio, ratioFields, showRatio } from "./support/rounds.js";

const RELAY = fileURLToPath(new URL("./seq-relay.ts", import.meta.url));
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LATENCY_SAMPLES = Number(process.env.BENCH_SAMPLES ?? 2000);
const DEPTH = 64;
const BATCH = 64;
const FAILOVER_ROUNDS = Number(process.env.BENCH_FAILOVER_ROUNDS ?? 3);

/** One way to ask for `count` numbers, one round trip through the three hops. */
type Draw = (count: number) => Promise<unknown>;

interface Figures {
  depth1_numbers_per_s: number;
  depth64_numbers_per_s: number;
  batch64_numbers_per_s: number;
  p50_us: number;
  p99_us: number;
}

async function measure(draw: Draw): Promise<Figures> {
  const depth1 = await throughput(() => draw(1), 1, DURATION_MS);
  const depth64 = await throughput(() => draw(1), DEPTH, DURATION_MS);
  const batched = await throughput(() => draw(BATCH), DEPTH, DURATION_MS);
  const lat = await latency(() => draw(1), LATENCY_SAMPLES, LATENCY_SAMPLES / 10);
  return {
    depth1_numbers_per_s: depth1.ops_per_s,
    depth64_numbers_per_s: depth64.ops_per_s,
    batch64_numbers_per_s: batched.ops_per_s * BATCH,
    p50_us: lat.p50_us,
    p99_us: lat.p99_us,
  };
}

/** The plain-ws three-hop relay chain; returns its draw function and a way to stop it. */
async function startRelays(): Promise<{ draw: Draw; stop: () => void }> {
  const start = async (role: string) => {
    const child = fork(RELAY, [role], {
      execArgv: nodeProcessExecArgv(),
      env: nodeProcessEnv(),
      stdio: "inherit",
    });
    const [message] = (await once(child, "message")) as [{ port: number }];
    return { child, port: message.port };
  };
  const [origin, primary, secondary] = [
    await start("origin"),
    await start("primary"),
    await start("secondary"),
  ];
  const link = async (from: { child: ChildProcess }, to: { port: number }) => {
    from.child.send({ nextPort: to.port });
    await once(from.child, "message");
  };
  await link(origin, primary);
  await link(primary, secondary);
  await link(secondary, origin);
  const socket = new WebSocket(`ws://127.0.0.1:${origin.port}`, { perMessageDeflate: false });
  await once(socket, "open");
  const waiting = new Map<number, () => void>();
  let nextId = 1;
  socket.on("message", (data: Buffer) => {
    const id = data.readUInt32LE(0);
    waiting.get(id)?.();
    waiting.delete(id);
  });
  const draw: Draw = (count) =>
    new Promise<void>((resolve) => {
      const id = nextId++ >>> 0;
      waiting.set(id, resolve);
      const message = Buffer.alloc(16);
      message.writeUInt32LE(id, 0);
      message.writeUInt32LE(count, 4);
      socket.send(message);
    });
  return {
    draw,
    stop: () => {
      socket.terminate();
      for (const relay of [origin, primary, secondary]) relay.child.kill();
    },
  };
}

/** The layout once its primary serves (holds its lease and a reserved block). */
async function servingLayout(cluster: TestCluster): Promise<Layout> {
  for (;;) {
    const probe = await SeqClient.connect(cluster.clientUrl(cluster.ids[0] as string));
    const layout = (await probe.status()).layout;
    probe.close();
    if (layout !== undefined) {
      const primary = await SeqClient.connect(cluster.clientUrl(layout.primary));
      const serving = (await primary.status()).serving;
      primary.close();
      if (serving) return layout;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The largest gap between successive answers on the survivors while the primary is killed. */
async function failoverGaps(cluster: TestCluster): Promise<number[]> {
  const gaps: number[] = [];
  for (let round = 0; round < FAILOVER_ROUNDS; round++) {
    const layout = await servingLayout(cluster);
    const survivors = cluster.ids.filter((id) => id !== layout.primary);
    const clients = await Promise.all(survivors.map((id) => SeqClient.connect(cluster.clientUrl(id))));
    let last = performance.now();
    let gap = 0;
    let running = true;
    const lanes = clients.map(async (client) => {
      while (running) {
        try {
          await client.next();
          const now = performance.now();
          gap = Math.max(gap, now - last);
          last = now;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    gap = 0;
    await cluster.kill(layout.primary);
    // Until every survivor has drawn again for a while.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    running = false;
    await Promise.all(lanes);
    for (const client of clients) client.close();
    gaps.push(Math.round(gap));
    cluster.startNode(layout.primary);
    await cluster.waitReady(layout.primary, survivors[0] as string);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return gaps;
}

export async function runSeqBench(): Promise<void> {
  const cluster = await TestCluster.create({
    nodes: 3,
    heartbeat: { intervalMs: 50, timeoutMs: 600 },
    seq: { leaseMs: 300, callTimeoutMs: 10_000 },
  });
  const relays = await startRelays();
  let rounds: { card: Figures; ws: Figures }[] = [];
  let gaps: number[] = [];
  try {
    cluster.startAll();
    for (const id of cluster.ids)
      await cluster.waitForRecord(id, (r) => r.event === "seq-layout", "a sequence layout");
    const layout = await servingLayout(cluster);
    const origin = cluster.ids.find((id) => id !== layout.primary && id !== layout.secondary) as string;
    const client = await SeqClient.connect(cluster.clientUrl(origin));
    // Interleaved rounds: this machine's speed drifts by tens of percent from minute to minute.
    rounds = await interleavedRounds(ROUNDS, {
      card: () => measure((count) => client.nextBatch(count)),
      ws: () => measure(relays.draw),
    });
    client.close();
    gaps = await failoverGaps(cluster);
  } finally {
    relays.stop();
    await cluster.stop();
  }
  const med = (kind: "card" | "ws", key: keyof Figures) => median(rounds.map((r) => r[kind][key]));
  const paired = (key: keyof Figures) =>
    pairedRatio(
      rounds,
      (r) => r.card[key],
      (r) => r.ws[key],
    );
  const keys: [keyof Figures, string][] = [
    ["depth1_numbers_per_s", "depth 1 (numbers/s)"],
    ["depth64_numbers_per_s", "depth 64 (numbers/s)"],
    ["batch64_numbers_per_s", `batches of ${BATCH}, ${DEPTH} in flight (numbers/s)`],
    ["p50_us", "latency p50, depth 1 (us)"],
    ["p99_us", "latency p99, depth 1 (us)"],
  ];
  printTable(
    `seq: three node processes vs. the same three hops over plain ws (medians of ${ROUNDS} interleaved rounds; seq/ws: median of per-round paired ratios (min-max))`,
    ["metric", "seq service", "plain ws 3-hop", "seq/ws"],
    keys.map(([key, label]) => [label, med("card", key), med("ws", key), showRatio(paired(key))]),
  );
  console.log(`failover: longest gap in service when the primary is SIGKILLed: ${gaps.join(", ")} ms`);
  const pairs = {
    depth64_throughput: paired("depth64_numbers_per_s"),
    depth1_throughput: paired("depth1_numbers_per_s"),
    p50_latency: paired("p50_us"),
  };
  const { ratios, ratio_rounds } = ratioFields(pairs);
  const targets = {
    depth64_throughput: { min: 0.5, value: ratios.depth64_throughput },
    batch64_numbers_per_s: { min: 1_000_000, value: med("card", "batch64_numbers_per_s") },
  };
  console.log(
    `targets: depth-64 throughput >= 0.5x plain ws: ${showRatio(pairs.depth64_throughput)} ${ratios.depth64_throughput >= 0.5 ? "met" : "MISSED"}; ` +
      `batches of 64 >= 1,000,000 numbers/s: ${targets.batch64_numbers_per_s.value} ${targets.batch64_numbers_per_s.value >= 1_000_000 ? "met" : "MISSED"}`,
  );
  const path = writeResults("seq", {
    method: {
      path: "this process -> the node that is neither primary nor secondary -> primary -> secondary -> that node -> this process",
      baseline: "the same three hops over plain ws between three relay processes, 16-byte messages",
      duration_ms_per_measure: DURATION_MS,
      rounds: ROUNDS,
      figure:
        "medians: each side's median over interleaved rounds (the order turning each round); rounds: each round's figures; ratios: the median of the per-round seq/ws ratios (ratio_rounds)",
      failover: `a caller on each survivor drawing one number at a time; ${FAILOVER_ROUNDS} SIGKILLs of the primary; heartbeat 50/600 ms, lease 300 ms`,
    },
    rounds,
    medians: Object.fromEntries(keys.map(([key]) => [key, { seq: med("card", key), ws: med("ws", key) }])),
    failover_gap_ms: gaps,
    ratios,
    ratio_rounds,
    targets,
  });
  console.log(`wrote ${path}`);
}
