/**
 * `npm run bench -- membership`: the membership and group daemons on five node processes with
 * their default settings (the config has no "membership" nor "group" section).
 *
 * Measured:
 * - how long a view change takes: from just before a node is SIGKILLed (its channels go down) or
 *   SIGSTOPped (only the failure detector can find it) to the arrival here of the `view-installed`
 *   notification of a view without it from the last survivor (a watcher on every survivor,
 *   connected before the fault). The goal: p99 under a second for both.
 * - Delta's throughput and latency: an instance of group "bench" on three nodes, each keeping W
 *   sends in flight (a send resolves once its message is delivered at its sender: committed),
 *   then one in flight each for the latency.
 * - in the same run, interleaved by rounds, the baseline: the pass a Delta message makes around
 *   its ring, built from plain ws messages between five relay processes (bench/ring-relay.ts),
 *   three senders injecting at three relays, the same payload and the same W per sender.
 *
 * Order: throughput rounds first (healthy cluster), then kill rounds, then freeze rounds.
 */
import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { loadClusterConfig } from "../ccm/cluster-config.js";
import { GroupClient } from "../peers/group/client.js";
import { parseGroupConfig } from "../peers/group/config.js";
import { MembershipClient, type MembershipStatus } from "../peers/membership/client.js";
import { parseMembershipConfig } from "../peers/membership/config.js";
import { nodeProcessEnv, nodeProcessExecArgv } from "../rdma-emu/index.js";
import { type NodeProcess, TestCluster } from "../test/support/cluster.js";
import { agreedView } from "../test/support/membership.js";
import { printTable, writeResults } from "./support/report.js";
import { ID_AT, KIND_AT, KIND_FROM_SENDER, RING_HEADER_BYTES } from "./support/ring-protocol.js";
import { interleavedRounds, median, pairedRatio, ratioFields, showRatio } from "./support/rounds.js";

const RELAY = fileURLToPath(new URL("./ring-relay.ts", import.meta.url));
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const KILL_ROUNDS = Number(process.env.BENCH_KILL_ROUNDS ?? 10);
const FREEZE_ROUNDS = Number(process.env.BENCH_FREEZE_ROUNDS ?? 10);
/** Sends in flight per sender in the throughput phase. */
const WINDOW = Number(process.env.BENCH_WINDOW ?? 32);
const PAYLOAD_BYTES = 64;
const NODES = 5;
const GROUP = "bench";
/** The senders' nodes, and the ring relays the baseline's senders enter at (the same places). */
const SENDER_NODES = ["a", "c", "e"] as const;
const SENDER_RELAYS = [0, 2, 4] as const;
/** Warm-up before each throughput phase (connections, JIT, the group's first messages). */
const WARMUP_MS = 500;
/** Every third fault hits the current coordinator; the others cycle through these. */
const COORDINATOR_EVERY = 3;
const NON_COORDINATOR_VICTIMS = ["b", "c", "d", "e"] as const;
/** A view change not seen by then is recorded as missed (null), and the bench goes on. */
const VIEW_TIMEOUT_MS = 10_000;
/** Bounds of the waits for a steady cluster again; a wait that runs out fails the bench. */
const REJOIN_TIMEOUT_MS = 30_000;
/** One status call to a node, at most (a node in the middle of a reset may not answer). */
const POLL_MS = 20;
/**
 * After a view of five is back on every node: the new incarnation's sessions and heartbeats run
 * a little before the next fault, so that a round starts from a steady cluster.
 */
const STEADY_MS = 300;
const TARGET_P99_MS = 1000;

/** Sends one message and resolves once it has been round (Delta: delivered at its sender). */
type Send = () => Promise<unknown>;

interface PassFigures {
  /** Messages completed per second, all senders together, W in flight per sender. */
  msgs_per_s: number;
  /** Per-message latency with one message in flight per sender. */
  p50_ms: number;
  p99_ms: number;
  /** Per-message latency under the throughput load (W in flight per sender). */
  loaded_p50_ms: number;
  loaded_p99_ms: number;
}

interface ViewChangeRound {
  round: number;
  victim: string;
  /** The coordinator of the view the fault hit. */
  coordinator: string;
  was_coordinator: boolean;
  /** Latest arrival of the new view's notification minus the fault's time (null: not seen). */
  ms: number | null;
  /** Each survivor's arrival, ms after the fault. */
  arrivals: Record<string, number>;
  /** The view the survivors installed (the first without the victim each heard). */
  view_ids: number[];
  /** From the restart (kill) or SIGCONT (freeze) to one view of all five on every node. */
  rejoin_ms: number;
}

interface ViewChangeFigures {
  p50: number | null;
  p99: number | null;
  missed: number;
  rounds: ViewChangeRound[];
}

/** Runs `depth` lanes per send for `durationMs`; the count and each message's time. */
async function drive(sends: readonly Send[], depth: number, durationMs: number) {
  const start = performance.now();
  const end = start + durationMs;
  const times: number[] = [];
  const lane = async (send: Send) => {
    while (performance.now() < end) {
      const sent = performance.now();
      await send();
      times.push(performance.now() - sent);
    }
  };
  await Promise.all(sends.flatMap((send) => Array.from({ length: depth }, () => lane(send))));
  return { done: times.length, seconds: (performance.now() - start) / 1000, times };
}

async function measurePass(sends: readonly Send[]): Promise<PassFigures> {
  await drive(sends, WINDOW, WARMUP_MS);
  const loaded = await drive(sends, WINDOW, DURATION_MS);
  const single = await drive(sends, 1, DURATION_MS);
  return {
    msgs_per_s: Math.round(loaded.done / loaded.seconds),
    p50_ms: ms(percentile(single.times, 0.5)),
    p99_ms: ms(percentile(single.times, 0.99)),
    loaded_p50_ms: ms(percentile(loaded.times, 0.5)),
    loaded_p99_ms: ms(percentile(loaded.times, 0.99)),
  };
}

/** The value at rank floor(q·n) of the sorted values (for 10 values, p99 is the largest). */
function percentile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

function ms(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The plain-ws ring: five relays, a sender at three of them; its sends and a way to stop it. */
class WsRing {
  private readonly relays: ChildProcess[] = [];
  private readonly sockets: WebSocket[] = [];

  async start(): Promise<Send[]> {
    const ports: number[] = [];
    for (let i = 0; i < NODES; i++) {
      const child = fork(RELAY, [String(i)], {
        execArgv: nodeProcessExecArgv(),
        env: nodeProcessEnv(),
        stdio: "inherit",
      });
      this.relays.push(child);
      const [message] = (await once(child, "message")) as [{ port: number }];
      ports.push(message.port);
    }
    for (let i = 0; i < NODES; i++) {
      const relay = this.relays[i] as ChildProcess;
      relay.send({ nextPort: ports[(i + 1) % NODES] });
      await once(relay, "message");
    }
    return Promise.all(SENDER_RELAYS.map((i) => this.sender(ports[i] as number)));
  }

  /** Stops what start() started, however far it got; may be called again. */
  stop(): void {
    for (const socket of this.sockets.splice(0)) socket.terminate();
    for (const relay of this.relays.splice(0)) relay.kill();
  }

  private async sender(port: number): Promise<Send> {
    const socket = new WebSocket(`ws://127.0.0.1:${port}`, {
      perMessageDeflate: false,
      generateMask: (mask) => mask.fill(0),
    });
    this.sockets.push(socket);
    await once(socket, "open");
    const waiting = new Map<number, () => void>();
    let nextId = 1;
    socket.on("message", (data: Buffer) => {
      const id = data.readUInt32LE(ID_AT);
      waiting.get(id)?.();
      waiting.delete(id);
    });
    return () =>
      new Promise<void>((resolve) => {
        const id = nextId++ >>> 0;
        waiting.set(id, resolve);
        const message = Buffer.alloc(RING_HEADER_BYTES + PAYLOAD_BYTES);
        message[KIND_AT] = KIND_FROM_SENDER;
        message.writeUInt32LE(id, ID_AT);
        socket.send(message);
      });
  }
}

/** Resolves once `check` holds; throws after `timeoutMs`. */
async function waitUntil(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs: number,
): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Waits until every node of `ids` reports one view of exactly `ids`, not suspended; returns it. */
async function oneView(
  cluster: TestCluster,
  ids: readonly string[],
  groupsToo = false,
): Promise<MembershipStatus> {
  let found: MembershipStatus | undefined;
  await waitUntil(
    async () => {
      found = await agreedView(cluster, ids, groupsToo);
      return found !== undefined;
    },
    `one view of ${ids.join(", ")}`,
    REJOIN_TIMEOUT_MS,
  );
  return found as MembershipStatus;
}

type Fault = "kill" | "freeze";

/**
 * Rounds of: a fault on one node, the time until every survivor has heard of a view without it,
 * then the node back (restarted, or continued: it resets itself and rejoins) and one view of five.
 */
async function viewChanges(cluster: TestCluster, fault: Fault, count: number): Promise<ViewChangeRound[]> {
  const rounds: ViewChangeRound[] = [];
  let cycle = 0;
  for (let round = 0; round < count; round++) {
    const before = await oneView(cluster, cluster.ids);
    await new Promise((resolve) => setTimeout(resolve, STEADY_MS));
    const coordinator = before.coordinator;
    const victim =
      round % COORDINATOR_EVERY === COORDINATOR_EVERY - 1 && cluster.ids.includes(coordinator)
        ? coordinator
        : (NON_COORDINATOR_VICTIMS[cycle++ % NON_COORDINATOR_VICTIMS.length] as string);
    const survivors = cluster.ids.filter((id) => id !== victim);
    const arrivals = new Map<string, { at: number; view: number }>();
    const watchers = await Promise.all(
      survivors.map(async (id) => {
        const client = await MembershipClient.connect(cluster.clientUrl(id));
        await client.watch((n) => {
          if (
            n.type === "view-installed" &&
            n.view.id > before.view.id &&
            !n.view.members.some((m) => m.node === victim) &&
            !arrivals.has(id)
          )
            arrivals.set(id, { at: performance.now(), view: n.view.id });
        });
        return client;
      }),
    );
    const proc = cluster.processes.get(victim) as NodeProcess;
    const faultAt = performance.now();
    proc.child.kill(fault === "kill" ? "SIGKILL" : "SIGSTOP");
    let seen = true;
    try {
      await waitUntil(
        () => arrivals.size === survivors.length,
        "the new view on every survivor",
        VIEW_TIMEOUT_MS,
      );
    } catch {
      seen = false;
    }
    for (const watcher of watchers) watcher.close();
    const back = performance.now();
    if (fault === "kill") {
      await waitUntil(() => proc.exited, `${victim} to exit`, REJOIN_TIMEOUT_MS);
      cluster.startNode(victim);
    } else {
      const logged = proc.records.length;
      proc.child.kill("SIGCONT");
      await waitUntil(
        () => proc.records.slice(logged).some((r) => r.event === "node-reset"),
        `${victim} to reset itself`,
        REJOIN_TIMEOUT_MS,
      );
    }
    await oneView(cluster, cluster.ids);
    const latest = Math.max(...[...arrivals.values()].map((a) => a.at));
    const result: ViewChangeRound = {
      round,
      victim,
      coordinator,
      was_coordinator: victim === coordinator,
      ms: seen ? ms(latest - faultAt) : null,
      arrivals: Object.fromEntries([...arrivals].map(([id, a]) => [id, ms(a.at - faultAt)])),
      view_ids: [...new Set([...arrivals.values()].map((a) => a.view))],
      rejoin_ms: Math.round(performance.now() - back),
    };
    rounds.push(result);
    console.log(
      `${fault} ${round + 1}/${count}: ${victim}${result.was_coordinator ? " (coordinator)" : ""}: ` +
        `view without it on every survivor after ${result.ms ?? "(not seen)"} ms; ` +
        `one view of ${NODES} again after ${result.rejoin_ms} ms`,
    );
  }
  return rounds;
}

/** p50/p99 over the rounds; a missed round counts as slower than any other (p99: null). */
function viewChangeFigures(rounds: ViewChangeRound[]): ViewChangeFigures {
  const times = rounds.map((r) => r.ms ?? Number.POSITIVE_INFINITY);
  const finite = (v: number) => (Number.isFinite(v) ? v : null);
  return {
    p50: finite(percentile(times, 0.5)),
    p99: finite(percentile(times, 0.99)),
    missed: rounds.filter((r) => r.ms === null).length,
    rounds,
  };
}

export async function runMembershipBench(): Promise<void> {
  const cluster = await TestCluster.create({ nodes: NODES });
  const config = loadClusterConfig(cluster.configPath);
  const settings = {
    membership: parseMembershipConfig(config),
    group: parseGroupConfig(config),
    cluster: {
      heartbeat: config.heartbeat,
      retryTimeoutMs: config.retryTimeoutMs,
      viLayerMs: config.viLayerMs,
      osBootMs: config.nodes[0]?.osBootMs,
    },
  };
  const ring = new WsRing();
  const apps: GroupClient[] = [];
  let rounds: { delta: PassFigures; ws_ring: PassFigures }[] = [];
  let kills: ViewChangeRound[] = [];
  let freezes: ViewChangeRound[] = [];
  const startedAt = performance.now();
  try {
    cluster.startAll();
    await oneView(cluster, cluster.ids, true);
    const ringSends = await ring.start();
    const payload = new Uint8Array(PAYLOAD_BYTES).fill(0x62);
    const deltaSends: Send[] = [];
    for (const id of SENDER_NODES) {
      const client = await GroupClient.connect(cluster.clientUrl(id));
      apps.push(client);
      const member = await client.register(GROUP);
      deltaSends.push(() => member.send(payload));
    }
    // Interleaved rounds: this machine's speed drifts by tens of percent from minute to minute.
    rounds = await interleavedRounds(ROUNDS, {
      delta: () => measurePass(deltaSends),
      ws_ring: () => measurePass(ringSends),
    });
    for (const client of apps.splice(0)) client.close();
    ring.stop();
    kills = await viewChanges(cluster, "kill", KILL_ROUNDS);
    freezes = await viewChanges(cluster, "freeze", FREEZE_ROUNDS);
  } finally {
    for (const client of apps.splice(0)) client.close();
    ring.stop();
    await cluster.stop();
  }
  const elapsedS = Math.round((performance.now() - startedAt) / 1000);

  const med = (side: "delta" | "ws_ring", key: keyof PassFigures) => median(rounds.map((r) => r[side][key]));
  const paired = (key: keyof PassFigures) =>
    pairedRatio(
      rounds,
      (r) => r.delta[key],
      (r) => r.ws_ring[key],
    );
  const pairs = {
    delta_vs_ws_ring: paired("msgs_per_s"),
    latency_p50_delta_vs_ws_ring: paired("p50_ms"),
    latency_p99_delta_vs_ws_ring: paired("p99_ms"),
    loaded_latency_p50_delta_vs_ws_ring: paired("loaded_p50_ms"),
    loaded_latency_p99_delta_vs_ws_ring: paired("loaded_p99_ms"),
  };
  const { ratios, ratio_rounds } = ratioFields(pairs);
  const kill = viewChangeFigures(kills);
  const freeze = viewChangeFigures(freezes);
  const under = (f: ViewChangeFigures) => f.p99 !== null && f.p99 < TARGET_P99_MS;
  const targets = {
    view_change_after_kill_p99_ms: { max: TARGET_P99_MS, value: kill.p99, met: under(kill) },
    view_change_after_freeze_p99_ms: { max: TARGET_P99_MS, value: freeze.p99, met: under(freeze) },
  };
  const targetsMet = targets.view_change_after_kill_p99_ms.met && targets.view_change_after_freeze_p99_ms.met;

  printTable(
    `membership: group "${GROUP}", senders on ${SENDER_NODES.join(", ")}, ${WINDOW} in flight each, ${PAYLOAD_BYTES}-byte payloads, ` +
      `vs. the same pass around a plain-ws ring of ${NODES} relays (medians of ${ROUNDS} interleaved rounds; ` +
      "delta/ws: median of per-round paired ratios (min-max))",
    ["metric", "Delta", "plain ws ring", "delta/ws"],
    [
      [
        `msgs/s, ${WINDOW} in flight per sender`,
        med("delta", "msgs_per_s"),
        med("ws_ring", "msgs_per_s"),
        showRatio(pairs.delta_vs_ws_ring),
      ],
      [
        "latency p50, 1 in flight per sender (ms)",
        med("delta", "p50_ms"),
        med("ws_ring", "p50_ms"),
        showRatio(pairs.latency_p50_delta_vs_ws_ring),
      ],
      [
        "latency p99, 1 in flight per sender (ms)",
        med("delta", "p99_ms"),
        med("ws_ring", "p99_ms"),
        showRatio(pairs.latency_p99_delta_vs_ws_ring),
      ],
      [
        `latency p50, ${WINDOW} in flight (ms)`,
        med("delta", "loaded_p50_ms"),
        med("ws_ring", "loaded_p50_ms"),
        showRatio(pairs.loaded_latency_p50_delta_vs_ws_ring),
      ],
      [
        `latency p99, ${WINDOW} in flight (ms)`,
        med("delta", "loaded_p99_ms"),
        med("ws_ring", "loaded_p99_ms"),
        showRatio(pairs.loaded_latency_p99_delta_vs_ws_ring),
      ],
    ],
  );
  const show = (v: number | null) => (v === null ? "missed" : v);
  printTable(
    `view change: fault to the new view on every survivor (defaults: heartbeat ${settings.membership.heartbeatIntervalMs}/${settings.membership.heartbeatTimeoutMs} ms, proposal ${settings.membership.proposalTimeoutMs} ms, settle ${settings.membership.settleMs} ms)`,
    ["fault", "rounds", "p50 (ms)", "p99 (ms)", "missed", `p99 < ${TARGET_P99_MS} ms`],
    [
      ["SIGKILL", kills.length, show(kill.p50), show(kill.p99), kill.missed, under(kill) ? "met" : "MISSED"],
      [
        "SIGSTOP",
        freezes.length,
        show(freeze.p50),
        show(freeze.p99),
        freeze.missed,
        under(freeze) ? "met" : "MISSED",
      ],
    ],
  );
  console.log(`targets ${targetsMet ? "met" : "MISSED"}; the bench took ${elapsedS} s`);

  const path = writeResults("membership", {
    method: {
      cluster: `${NODES} node processes (TestCluster), no membership or group section in the config: the defaults`,
      delta: `an instance of group "${GROUP}" on each of ${SENDER_NODES.join(", ")}, each keeping ${WINDOW} sends in flight for ${DURATION_MS} ms after a ${WARMUP_MS} ms warm-up (a send resolves once delivered at its sender: committed), then one in flight each for ${DURATION_MS} ms (latency); ${PAYLOAD_BYTES}-byte payloads`,
      baseline: `${NODES} plain-ws relay processes in a ring (bench/ring-relay.ts); senders in this process at relays ${SENDER_RELAYS.join(", ")}; a message goes the whole ring (${NODES} hops) and back to its sender from its entry relay; ${RING_HEADER_BYTES}-byte header + ${PAYLOAD_BYTES}-byte payload; the same window and phases`,
      rounds: ROUNDS,
      figure:
        "delta_* and ws_ring_*: each side's median over interleaved rounds (the order turning each round); ratios: the median of the per-round delta/ws_ring ratios (ratio_rounds); percentiles: the value at rank floor(q*n)",
      view_change: `a watcher (MembershipClient.watch) on each survivor connected before the fault; the figure is the latest arrival here of a view-installed without the victim, minus the time just before the signal; victims: every ${COORDINATOR_EVERY}rd round the current coordinator, otherwise ${NON_COORDINATOR_VICTIMS.join(", ")} in turn; after a kill the node is restarted, after a freeze SIGCONT (it resets itself and rejoins); each round starts from one view of all ${NODES} (MembershipClient.status) held ${STEADY_MS} ms; a view not seen within ${VIEW_TIMEOUT_MS} ms is a miss (ms null, counted slower than any other)`,
      elapsed_s: elapsedS,
    },
    settings,
    rounds,
    delta_msgs_per_s: med("delta", "msgs_per_s"),
    delta_p50_ms: med("delta", "p50_ms"),
    delta_p99_ms: med("delta", "p99_ms"),
    ws_ring_msgs_per_s: med("ws_ring", "msgs_per_s"),
    ws_ring_p50_ms: med("ws_ring", "p50_ms"),
    ws_ring_p99_ms: med("ws_ring", "p99_ms"),
    ratios,
    ratio_rounds,
    view_change_after_kill_ms: kill,
    view_change_after_freeze_ms: freeze,
    targets,
    targets_met: targetsMet,
  });
  console.log(`wrote ${path}`);
}
