/**
 * `npm run bench -- handshake`: how long the boot handshake and failure handling take.
 *
 * - sim: time from both cards up to both sessions connected, over many seeds (virtual ms), with
 *   and without link loss;
 * - real node processes: the same from the log records of two booting nodes; the time from a
 *   SIGKILL to the survivor's partner-down, from a hung OS (heartbeats and the status word) and
 *   from a partition (heartbeats alone) to partner-down; and the time to handshake again with
 *   a restarted node;
 * - baselines, in the same run, over plain `ws` between two processes: four sequential round trips
 *   (the floor of R1, W1, R2, W2) and a new connection plus four round trips (the floor of a link
 *   brought up and handshaken over).
 */
import { performance } from "node:perf_hooks";
import { ClusterSim } from "../ccm/sim/cluster-sim.js";
import { type LogRecord, TestCluster } from "../test/support/cluster.js";
import { startEchoServer, wsClient } from "./support/echo-clients.js";
import { MODE_ECHO } from "./support/echo-protocol.js";
import { printTable, writeResults } from "./support/report.js";
import { interleavedRounds, pairedRatio, ratioFields, showRatio } from "./support/rounds.js";

const SIM_SEEDS = Number(process.env.BENCH_SIM_SEEDS ?? 1000);
const REAL_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const DETECT_ROUNDS = Number(process.env.BENCH_DETECT_ROUNDS ?? 3);
/** Four-round-trip samples per round (a tenth as many new connections). */
const BASELINE_SAMPLES = 500;
const HEARTBEAT = { intervalMs: 50, timeoutMs: 600 };

interface Summary {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly samples: number;
}

function summarize(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) =>
    round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN);
  return {
    p50: at(0.5),
    p99: at(0.99),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
    samples: values.length,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Sim: from the later card's start to both sides connected, per seed (virtual ms). */
function simConnectTimes(lossRate: number): number[] {
  const times: number[] = [];
  for (let seed = 1; seed <= SIM_SEEDS; seed++) {
    const sim = new ClusterSim({ seed, nodes: 2 });
    const offset = sim.fabric.rng.next() * 50;
    sim.crash(1);
    sim.fabric.scheduler.at(offset, () => sim.restart(1));
    if (lossRate > 0) {
      sim.fabric.setFaults(0x0a0001, 0x0a0002, { lossRate });
      sim.fabric.setFaults(0x0a0002, 0x0a0001, { lossRate });
    }
    sim.fabric.runUntil(offset + 10_000);
    const connected = sim.events.filter((e) => e.event.type === "session-connected").map((e) => e.at);
    if (connected.length >= 2) times.push(Math.max(...connected.slice(0, 2)) - offset);
  }
  return times;
}

const isCardUp = (r: LogRecord) => r.event === "boot-phase" && r.phase === "card-firmware";
const isConnected = (r: LogRecord) => r.event === "session-connected";

const isLinkUp = (r: LogRecord) => r.msg === "fabric link up";

/** One boot of two node processes: from the later card up, and from the fabric link up, to the later session connected. */
interface Boot {
  readonly fromCards: number;
  readonly fromLink: number;
}

async function boot(): Promise<Boot> {
  const cluster = await TestCluster.create({ nodes: 2 });
  try {
    cluster.startAll();
    const [upA, upB, linkA, linkB, connA, connB] = await Promise.all([
      cluster.waitForRecord("a", isCardUp, "card up"),
      cluster.waitForRecord("b", isCardUp, "card up"),
      cluster.waitForRecord("a", isLinkUp, "link up"),
      cluster.waitForRecord("b", isLinkUp, "link up"),
      cluster.waitForRecord("a", isConnected, "connected"),
      cluster.waitForRecord("b", isConnected, "connected"),
    ]);
    const connected = Math.max(Number(connA.time), Number(connB.time));
    return {
      fromCards: connected - Math.max(Number(upA.time), Number(upB.time)),
      fromLink: connected - Math.max(Number(linkA.time), Number(linkB.time)),
    };
  } finally {
    await cluster.stop();
  }
}

interface FailureTimes {
  hung: number[];
  partitioned: number[];
  /** SIGKILL rounds, each with its baseline: SIGKILL to partner-down, restarted card up to connected. */
  restarts: { baseline: BaselineRound; restart: { killed: number; rehandshake: number } }[];
}

/** Real processes: how long until the survivor declares its partner down, and until it is back. */
async function realFailureTimes(baseline: () => Promise<BaselineRound>): Promise<FailureTimes> {
  const times: FailureTimes = { hung: [], partitioned: [], restarts: [] };
  const cluster = await TestCluster.create({ nodes: 2, heartbeat: HEARTBEAT });
  const downAfter = async (start: number) => {
    const seen = cluster.processes.get("a")?.records.length ?? 0;
    const down = await cluster.waitForRecord(
      "a",
      (r) => r.event === "partner-down" && (cluster.processes.get("a")?.records.indexOf(r) ?? 0) >= seen,
      "partner down",
    );
    return Number(down.time) - start;
  };
  const readyAgain = async () => {
    const seen = cluster.processes.get("a")?.records.length ?? 0;
    await cluster.waitForRecord(
      "a",
      (r) => r.event === "partner-ready" && (cluster.processes.get("a")?.records.indexOf(r) ?? 0) >= seen,
      "ready again",
    );
  };
  try {
    cluster.startAll();
    cluster.startHeartbeat("a");
    cluster.startHeartbeat("b");
    await cluster.waitReady("a", "b");
    const heartbeatsUp = () =>
      cluster.waitForRecord(
        "a",
        (r) => r.event === "channel-up" && r.client === "heartbeat",
        "heartbeat channel",
      );
    const restart = async () => {
      await heartbeatsUp();
      const killedAt = Date.now();
      const detected = downAfter(killedAt);
      await cluster.kill("b");
      const killed = await detected;
      const restarted = cluster.startNode("b");
      const cardUp = await cluster.waitForRecord("b", isCardUp, "card up");
      const connected = await cluster.waitForRecord("b", isConnected, "connected");
      await cluster.waitReady("a", "b");
      await cluster.until(
        () => restarted.records.some((r) => r.event === "channel-up" && r.client === "heartbeat"),
        "heartbeat back",
      );
      return { killed, rehandshake: Number(connected.time) - Number(cardUp.time) };
    };
    times.restarts = await interleavedRounds(REAL_ROUNDS, { baseline, restart });
    for (let round = 0; round < DETECT_ROUNDS; round++) {
      const start = Date.now();
      const detected = downAfter(start);
      await cluster.admin("b", (admin) => admin.setOsState("hung"));
      times.hung.push(await detected);
      const back = readyAgain();
      await cluster.admin("b", (admin) => admin.setOsState("up"));
      await back;
      await cluster.until(
        () =>
          (cluster.processes
            .get("b")
            ?.records.filter((r) => r.event === "channel-up" && r.client === "heartbeat").length ?? 0) >=
          round + 2,
        "heartbeat back",
      );
    }
    for (let round = 0; round < DETECT_ROUNDS; round++) {
      const start = Date.now();
      const detected = downAfter(start);
      await cluster.admin("a", (admin) => admin.setFaults("b", { partitioned: true }, "both"));
      times.partitioned.push(await detected);
      const back = readyAgain();
      await cluster.admin("a", (admin) => admin.setFaults("b", {}, "both"));
      await back;
      await new Promise((resolve) => setTimeout(resolve, 2 * HEARTBEAT.timeoutMs));
    }
  } finally {
    await cluster.stop();
  }
  return times;
}

/** One round's baselines, each a summary of its samples (ms). */
interface BaselineRound {
  readonly fourRoundTrips: Summary;
  readonly connectAndFour: Summary;
}

/**
 * Baselines between two processes over plain ws (64 B echoes): four sequential round trips on an
 * open connection (the floor of R1, W1, R2, W2), and a new connection plus four round trips (the
 * floor of bringing a link up and handshaking over it). Taken in every round, beside the figure
 * they are the baseline of; `pooled` gathers every round's samples.
 */
function baselines(port: number) {
  const payload = new Uint8Array(64);
  const four = async (client: Awaited<ReturnType<typeof wsClient>>) => {
    for (let k = 0; k < 4; k++) await client.roundTrip(MODE_ECHO, payload);
  };
  /** `count` timings of `op` after `warmup` untimed ones; `op` returns what to do untimed after it. */
  const timed = async (
    op: () => Promise<(() => Promise<unknown>) | undefined>,
    count: number,
    warmup: number,
  ) => {
    const times: number[] = [];
    for (let i = 0; i < warmup + count; i++) {
      const start = performance.now();
      const after = await op();
      if (i >= warmup) times.push(performance.now() - start);
      await after?.();
    }
    return times;
  };
  const pooled = { fourRoundTrips: [] as number[], connectAndFour: [] as number[] };
  const take = async (): Promise<BaselineRound> => {
    const client = await wsClient(port, true);
    const fourRoundTrips = await timed(
      async () => {
        await four(client);
        return undefined;
      },
      BASELINE_SAMPLES,
      BASELINE_SAMPLES / 10,
    );
    await client.close();
    const connectAndFour = await timed(
      async () => {
        const fresh = await wsClient(port, true);
        await four(fresh);
        return () => fresh.close();
      },
      BASELINE_SAMPLES / 10,
      2,
    );
    pooled.fourRoundTrips.push(...fourRoundTrips);
    pooled.connectAndFour.push(...connectAndFour);
    return { fourRoundTrips: summarize(fourRoundTrips), connectAndFour: summarize(connectAndFour) };
  };
  return { take, pooled };
}

export async function runHandshakeBench(): Promise<void> {
  const server = await startEchoServer("ws");
  const base = baselines(server.port);
  let boots: { baseline: BaselineRound; boot: Boot }[];
  let failures: FailureTimes;
  try {
    boots = await interleavedRounds(REAL_ROUNDS, { baseline: base.take, boot });
    failures = await realFailureTimes(base.take);
  } finally {
    server.child.kill();
  }
  const fourRoundTrips = summarize(base.pooled.fourRoundTrips);
  const connectAndFour = summarize(base.pooled.connectAndFour);
  const sim = summarize(simConnectTimes(0));
  const simLossy = summarize(simConnectTimes(0.05));
  const real = summarize(boots.map((r) => r.boot.fromCards));
  const realFromLink = summarize(boots.map((r) => r.boot.fromLink));
  const killed = summarize(failures.restarts.map((r) => r.restart.killed));
  const hung = summarize(failures.hung);
  const partitioned = summarize(failures.partitioned);
  const rehandshake = summarize(failures.restarts.map((r) => r.restart.rehandshake));
  const row = (label: string, s: Summary, unit: string) => [label, unit, s.p50, s.p99, s.max, s.samples];
  printTable(
    "handshake: boot to connected, failure detection, re-handshake (ms)",
    ["measure", "clock", "p50", "p99", "max", "samples"],
    [
      row("baseline: 4 plain ws round trips", fourRoundTrips, "wall"),
      row("baseline: new ws connection + 4 round trips", connectAndFour, "wall"),
      row("sim: both cards up -> both connected", sim, "virtual"),
      row("sim, 5% loss each way", simLossy, "virtual"),
      row("real: both cards up -> both connected", real, "wall"),
      row("real: fabric link up -> both connected", realFromLink, "wall"),
      row("real: SIGKILL -> partner-down", killed, "wall"),
      row(`real: OS hung -> partner-down (heartbeat ${HEARTBEAT.timeoutMs} ms)`, hung, "wall"),
      row(`real: partition -> partner-down (heartbeat ${HEARTBEAT.timeoutMs} ms)`, partitioned, "wall"),
      row("real: restarted card up -> connected", rehandshake, "wall"),
    ],
  );
  const pairs = {
    connect_from_link_vs_four_ws_round_trips: pairedRatio(
      boots,
      (r) => r.boot.fromLink,
      (r) => r.baseline.fourRoundTrips.p50,
    ),
    connect_from_cards_vs_ws_connect_and_four_round_trips: pairedRatio(
      boots,
      (r) => r.boot.fromCards,
      (r) => r.baseline.connectAndFour.p50,
    ),
    rehandshake_vs_ws_connect_and_four_round_trips: pairedRatio(
      failures.restarts,
      (r) => r.restart.rehandshake,
      (r) => r.baseline.connectAndFour.p50,
    ),
  };
  console.log(
    `ratios (median of per-round paired ratios, min-max): link up -> connected / 4 ws round trips ${showRatio(pairs.connect_from_link_vs_four_ws_round_trips)}; ` +
      `cards up -> connected / (ws connect + 4 round trips) ${showRatio(pairs.connect_from_cards_vs_ws_connect_and_four_round_trips)}; ` +
      `re-handshake / (ws connect + 4 round trips) ${showRatio(pairs.rehandshake_vs_ws_connect_and_four_round_trips)}`,
  );
  const path = writeResults("handshake", {
    method: {
      sim: `${SIM_SEEDS} seeds, two nodes, the second card starting 0-50 ms after the first; virtual clock`,
      real: `${REAL_ROUNDS} boots of two node processes; times from the nodes' log records (ms resolution)`,
      detection: `heartbeat interval ${HEARTBEAT.intervalMs} ms, timeout ${HEARTBEAT.timeoutMs} ms; SIGKILL ${REAL_ROUNDS} rounds, hung and partition ${DETECT_ROUNDS} rounds each`,
      baselines: `plain ws between two processes, 64 B echoes, zero mask: four sequential round trips on an open connection (${BASELINE_SAMPLES} per round); a new connection plus four round trips (${BASELINE_SAMPLES / 10} per round); taken in every boot round and every SIGKILL round, interleaved with it`,
      figure:
        "results: each measure over all rounds (baselines pooled); rounds: each boot and SIGKILL round with its own baselines; ratios: the median of the per-round ratios of a round's figure to the p50 of the same round's baseline (ratio_rounds)",
    },
    results: {
      fourRoundTrips,
      connectAndFour,
      sim,
      simLossy,
      real,
      realFromLink,
      killed,
      hung,
      partitioned,
      rehandshake,
    },
    rounds: { boot: boots, restart: failures.restarts },
    ...ratioFields(pairs),
  });
  console.log(`wrote ${path}`);
}
