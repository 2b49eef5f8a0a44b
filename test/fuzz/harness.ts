/**
 * The fuzzer: every network input of the project, from one seed. Real node processes (a pair with
 * heartbeat monitors and the sequence service) take the client endpoint's requests, admin requests,
 * the fabric port's logins and data frames and the monitor's heartbeats; the decoders and cores
 * behind the links between logged-in cards take theirs in this process. `npm test` runs a fixed
 * number of inputs (test/fuzz/fuzz.test.ts); `npm run fuzz -- --seconds N` runs it for a while.
 *
 * A finding names its endpoint, the seed and the input index, and the input's bytes are saved
 * under .ccm/fuzz-failures/; `npm run fuzz -- --seed S --endpoint E --index I` replays it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { NodeStatusBody } from "../../ccm/client-codec.js";
import { HEARTBEAT_CLIENT_NAME } from "../../peers/heartbeat-client.js";
import { TestCluster } from "../support/cluster.js";
import { type Episode, FuzzFinding, IN_PROCESS_TARGETS, type InProcessTarget } from "./in-process.js";
import { FAILURE_DIR, type FuzzInput, inputRng, saveInput } from "./inputs.js";
import {
  type Budget,
  ClusterWatch,
  type EndpointStats,
  type Finding,
  fuzzClientEndpoint,
  fuzzFabricEndpoint,
  fuzzHeartbeatWire,
  LIVENESS_MS,
  newStats,
  RunState,
} from "./node-endpoints.js";

export const NODE_ENDPOINTS = ["heartbeat-wire", "client", "admin", "fabric"] as const;
export const ENDPOINTS: readonly string[] = [...NODE_ENDPOINTS, ...IN_PROCESS_TARGETS.map((t) => t.name)];

/** Inputs per endpoint of `npm test`'s run (over 100,000 in all). */
export const TEST_BUDGET: Readonly<Record<string, number>> = {
  "heartbeat-wire": 500,
  client: 10_000,
  admin: 3000,
  fabric: 600,
  "client-decode": 8000,
  session: 30_000,
  heartbeat: 60_000,
  seq: 8000,
  "seq-service": 8000,
  frames: 20_000,
};

/** The cluster's heartbeats: the defaults of a cluster config (README, "Cluster config"). */
const HEARTBEAT = { intervalMs: 100, timeoutMs: 1000 };
/** One input taking longer than this in a decoder or core is a finding (when it does so again on replay). */
const SLOW_INPUT_MS = 20;
/** Booting the pair, its services and monitors (a liveness bound for a slow machine, not a timing check). */
const SETUP_MS = 60_000;
/** In-process work runs in slices this long, then yields (so that timers and sockets are served). */
const SLICE_MS = 10;

export interface FuzzOptions {
  readonly seed: number;
  /** Endpoints to fuzz (all by default). */
  readonly endpoints?: readonly string[];
  /** Inputs per endpoint (npm test) ... */
  readonly inputs?: Readonly<Record<string, number>>;
  /** ... or a time for the whole run. */
  readonly seconds?: number;
  /** Replays this one input of the (single) endpoint. */
  readonly index?: number;
  readonly log?: (line: string) => void;
}

export interface FuzzReport {
  readonly seed: number;
  readonly findings: readonly Finding[];
  readonly stats: Readonly<Record<string, EndpointStats>>;
  /** One line per finding: endpoint, seed, input index(es), what, where the input was saved. */
  readonly failures: readonly string[];
  readonly summary: readonly string[];
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const log = options.log ?? ((line: string) => console.log(line));
  const selected = options.endpoints ?? ENDPOINTS;
  for (const e of selected)
    if (!ENDPOINTS.includes(e)) throw new Error(`no endpoint ${e}; endpoints: ${ENDPOINTS.join(", ")}`);
  const run = new RunState(options.seed);
  const stats: Record<string, EndpointStats> = Object.fromEntries(selected.map((e) => [e, newStats()]));
  const started = performance.now();
  const nodePart = selected.filter((e) => (NODE_ENDPOINTS as readonly string[]).includes(e));
  const inProcess = IN_PROCESS_TARGETS.filter((t) => selected.includes(t.name));
  // With a time budget, the nodes get 60% of it when both kinds run.
  const seconds = options.seconds;
  const nodeShare = nodePart.length > 0 && inProcess.length > 0 ? 0.6 : 1;
  const budgetFor = (endpoint: string, until: number | undefined): Budget =>
    options.index !== undefined
      ? { only: options.index }
      : until !== undefined
        ? { until }
        : { inputs: options.inputs?.[endpoint] ?? TEST_BUDGET[endpoint] ?? 1000 };

  if (nodePart.length > 0) {
    const until = seconds === undefined ? undefined : started + seconds * 1000 * nodeShare;
    await fuzzNodes(run, nodePart, stats, budgetFor, until, log);
  }
  const inProcessStart = performance.now();
  for (const [i, target] of inProcess.entries()) {
    let until: number | undefined;
    if (seconds !== undefined) {
      const left = started + seconds * 1000 - inProcessStart;
      until = inProcessStart + (left * (i + 1)) / inProcess.length;
    }
    await runTarget(target, run, budgetFor(target.name, until), stats[target.name] as EndpointStats);
  }

  const summary = selected.map((e) => summaryLine(e, stats[e] as EndpointStats));
  const total = Object.values(stats).reduce((n, s) => n + s.inputs, 0);
  summary.push(
    `fuzz total: ${total} inputs, ${run.findings.length} finding(s), seed ${options.seed}, ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const line of summary) log(line);
  const failures = groupFindings(run.findings).map((group) => {
    const [first, ...more] = group as [Finding, ...Finding[]];
    for (const finding of more.slice(0, 8))
      for (const input of finding.inputs) saveInput(input, options.seed, finding.description);
    const where = more.filter((f) => f.exact).map((f) => f.inputs.map((i) => i.index).join("+"));
    const again =
      more.length === 0
        ? ""
        : where.length === 0
          ? `; the same ${more.length} more time(s)`
          : `; the same at ${more.length} more: ${where.slice(0, 8).join(", ")}${more.length > 8 ? ", ..." : ""}`;
    return `${describe(first, options.seed)}${again}`;
  });
  for (const line of failures) log(line);
  return { seed: options.seed, findings: run.findings, stats, failures, summary };
}

/** Findings that differ only in their numbers (ids, times, ballots) are one finding seen several times. */
function groupFindings(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.endpoint} ${finding.description.replace(/\d+/g, "#")}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [finding]);
    else group.push(finding);
  }
  return [...groups.values()];
}

function summaryLine(endpoint: string, s: EndpointStats): string {
  const parts = [`${s.inputs} inputs`];
  if (s.requests > 0) parts.push(`${s.requests} requests`);
  if (s.skipped > 0) parts.push(`${s.skipped} disruptive skipped`);
  if (s.connections > 0) parts.push(`${s.connections} connections`);
  const closes = Object.entries(s.closes)
    .map(([code, n]) => `${code}: ${n}`)
    .join(", ");
  return `fuzz ${endpoint}: ${parts.join(", ")} in ${s.seconds.toFixed(1)} s${closes ? `; closes ${closes}` : ""}`;
}

function describe(finding: Finding, seed: number): string {
  const inputs = dedupe(finding.inputs);
  for (const input of inputs) saveInput(input, seed, finding.description);
  const names = inputs.map((i) =>
    i.endpoint === finding.endpoint ? `${i.index}` : `${i.endpoint}#${i.index}`,
  );
  const listed =
    names.length > 8 ? `${names.slice(-8).join(", ")} and ${names.length - 8} before` : names.join(", ");
  const which = finding.exact
    ? `input ${listed}`
    : inputs.length > 0
      ? `inputs sent just before it: ${listed}`
      : "no input in flight";
  return `FUZZ FINDING [${finding.endpoint}] seed ${seed}: ${finding.description} -- ${which}${
    inputs.length > 0 ? ` (saved in ${FAILURE_DIR}/)` : ""
  }`;
}

function dedupe(inputs: readonly FuzzInput[]): FuzzInput[] {
  const seen = new Set<string>();
  return inputs.filter((i) => {
    const key = `${i.endpoint}#${i.index}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// ---- real nodes -----------------------------------------------------------------------------------

const running = new Set<TestCluster>();

/** Stops the node processes of a run that did not finish (a test that timed out). */
export async function stopRunningClusters(): Promise<void> {
  await Promise.all([...running].map((cluster) => cluster.stop()));
  running.clear();
}

async function fuzzNodes(
  run: RunState,
  endpoints: readonly string[],
  stats: Record<string, EndpointStats>,
  budgetFor: (endpoint: string, until: number | undefined) => Budget,
  until: number | undefined,
  log: (line: string) => void,
): Promise<void> {
  const cluster = await TestCluster.create({ nodes: 2, heartbeat: HEARTBEAT });
  running.add(cluster);
  const [a, b] = cluster.ids as [string, string];
  const watch = new ClusterWatch(cluster, run, HEARTBEAT.intervalMs, "setup");
  const wait = async (
    id: string,
    from: number,
    match: (r: Record<string, unknown>) => boolean,
    what: string,
  ) => {
    const found = cluster.until(
      () => cluster.processes.get(id)?.records.slice(from).some(match) ?? false,
      `${id}: ${what}`,
    );
    found.catch(() => {});
    if (!(await withinLiveness(found, SETUP_MS))) {
      watch.check();
      run.find("setup", `node ${id}: no ${what} within ${SETUP_MS / 1000} s`, [], false, true);
      return false;
    }
    return true;
  };
  const mark = (id: string) => cluster.processes.get(id)?.records.length ?? 0;
  try {
    cluster.startAll();
    const ok = (
      await Promise.all(
        [a, b].flatMap((id) => [
          wait(id, 0, (r) => r.event === "service-started" && r.service === "seq", "sequence service"),
          wait(id, 0, (r) => r.event === "channel-up" && r.client === "seq", "sequence channel"),
        ]),
      )
    ).every(Boolean);
    if (!ok) return;
    watch.rebase();
    const hbStart = { [a]: mark(a), [b]: mark(b) };
    const nodeStart = performance.now();
    const share = (weight: number) =>
      until === undefined ? undefined : nodeStart + (until - nodeStart) * weight;

    if (endpoints.includes("heartbeat-wire")) {
      // b's monitor talks to an impostor on a; a's own monitor starts afterwards.
      cluster.startHeartbeat(b);
      if (
        !(await wait(
          b,
          hbStart[b] as number,
          (r) => r.event === "client-registered" && r.client === HEARTBEAT_CLIENT_NAME,
          "monitor",
        ))
      )
        return;
      watch.phase("heartbeat-wire");
      await fuzzHeartbeatWire({
        cluster,
        run,
        watch,
        budget: budgetFor("heartbeat-wire", share(0.08)),
        stats: stats["heartbeat-wire"] as EndpointStats,
        node: a,
        partner: b,
        intervalMs: HEARTBEAT.intervalMs,
      });
      watch.check();
      if (
        !(await wait(
          a,
          hbStart[a] as number,
          (r) => r.event === "client-left" && r.client === HEARTBEAT_CLIENT_NAME,
          "impostor leaving",
        ))
      )
        return;
    } else {
      watch.allowChannelChurn.add(HEARTBEAT_CLIENT_NAME);
      cluster.startHeartbeat(b);
    }
    const monitorStart = { [a]: mark(a), [b]: mark(b) };
    cluster.startHeartbeat(a);
    const monitors = await Promise.all(
      [a, b].map((id) =>
        wait(
          id,
          monitorStart[id] as number,
          (r) => r.event === "channel-up" && r.client === HEARTBEAT_CLIENT_NAME,
          "monitor channel",
        ),
      ),
    );
    if (!monitors.every(Boolean) || run.aborted) return;
    watch.check();
    watch.allowChannelChurn.clear();
    if (run.aborted) return;

    const baseline = new Map<string, NodeStatusBody>();
    for (const id of [a, b]) baseline.set(id, await cluster.status(id));
    const mainStart = { [a]: mark(a), [b]: mark(b) };
    watch.phase("client/admin/fabric");
    const ticker = setInterval(() => watch.check(), 50);
    const main = share(1);
    const tasks: Promise<void>[] = [];
    if (endpoints.includes("client"))
      tasks.push(
        fuzzClientEndpoint({
          endpoint: "client",
          cluster,
          run,
          watch,
          budget: budgetFor("client", main),
          connectionsPerNode: 3,
          stats: stats.client as EndpointStats,
        }),
      );
    if (endpoints.includes("admin"))
      tasks.push(
        fuzzClientEndpoint({
          endpoint: "admin",
          cluster,
          run,
          watch,
          budget: budgetFor("admin", main),
          connectionsPerNode: 1,
          stats: stats.admin as EndpointStats,
        }),
      );
    if (endpoints.includes("fabric"))
      tasks.push(
        fuzzFabricEndpoint({
          cluster,
          run,
          watch,
          budget: budgetFor("fabric", main),
          concurrency: 4,
          stats: stats.fabric as EndpointStats,
        }),
      );
    try {
      await Promise.all(tasks);
    } finally {
      clearInterval(ticker);
    }
    watch.check();
    if (run.aborted) return;

    // Every fuzz client is gone: nothing of theirs may be left on the nodes.
    watch.phase("cleanup");
    for (const id of [a, b])
      await checkNoLeak(cluster, run, id, mainStart[id] as number, baseline.get(id) as NodeStatusBody);
    watch.check();
  } finally {
    if (watch.starved > 0)
      log(
        `fuzz nodes: ${watch.starved} event-loop stall(s) over ${HEARTBEAT.intervalMs} ms with the node hardly running (machine overloaded; not findings)`,
      );
    await cluster.stop();
    running.delete(cluster);
    if (run.findings.length > 0) {
      // The nodes' logs go with the failing inputs.
      mkdirSync(FAILURE_DIR, { recursive: true });
      for (const [id, procs] of cluster.history) {
        const file = join(FAILURE_DIR, `node-${id}-seed${run.seed}.log`);
        writeFileSync(file, `${procs.flatMap((p) => p.lines).join("\n")}\n`);
        log(`fuzz nodes: node ${id}'s log is in ${file}`);
      }
    }
  }
}

function withinLiveness(done: Promise<unknown>, ms = LIVENESS_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    done.then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Every client registered during the fuzz left, and the node's connections are back to where they were. */
async function checkNoLeak(
  cluster: TestCluster,
  run: RunState,
  id: string,
  from: number,
  baseline: NodeStatusBody,
): Promise<void> {
  const keep = new Set(baseline.clients.map((c) => c.name));
  const stillThere = () => {
    const balance = new Map<string, number>();
    for (const r of cluster.processes.get(id)?.records.slice(from) ?? []) {
      const name = String(r.client);
      if (keep.has(name)) continue;
      if (r.event === "client-registered") balance.set(name, (balance.get(name) ?? 0) + 1);
      if (r.event === "client-left") balance.set(name, (balance.get(name) ?? 0) - 1);
    }
    return [...balance].filter(([, n]) => n > 0).map(([name]) => name);
  };
  const left = cluster.until(() => stillThere().length === 0, `${id}: fuzz clients to leave`);
  left.catch(() => {});
  if (!(await withinLiveness(left))) {
    run.find("cleanup", `node ${id}: fuzz clients never left: ${stillThere().join(", ")}`, [], false);
    return;
  }
  let last: NodeStatusBody = baseline;
  const settled = cluster.eventually(async () => {
    last = await cluster.status(id);
    return last.connections === baseline.connections && sameNames(last, baseline);
  }, `${id}: connections back to ${baseline.connections}`);
  settled.catch(() => {});
  if (!(await withinLiveness(settled))) {
    run.find(
      "cleanup",
      `node ${id} leaked: ${last.connections} connection(s) open (${baseline.connections} before), clients ${last.clients
        .map((c) => c.name)
        .join(", ")} (before: ${baseline.clients.map((c) => c.name).join(", ")})`,
      [],
      false,
    );
  }
}

function sameNames(a: NodeStatusBody, b: NodeStatusBody): boolean {
  const names = (s: NodeStatusBody) =>
    s.clients
      .map((c) => c.name)
      .sort()
      .join(",");
  return names(a) === names(b);
}

// ---- in-process targets ---------------------------------------------------------------------------

async function runTarget(
  target: InProcessTarget,
  run: RunState,
  budget: Budget,
  stats: EndpointStats,
): Promise<void> {
  const started = performance.now();
  const { name, episodeLength } = target;
  let episode: Episode | undefined;
  let episodeNo = -1;
  let skipUntil = -1;
  let current = -1;
  const fresh = (no: number): Episode => target.episode(inputRng(run.seed, `${name}/episode`, no));
  const input = (index: number, e: Episode) => target.generate(inputRng(run.seed, name, index), index, e);
  const onUncaught = (error: unknown) => {
    run.find(
      name,
      `uncaught: ${String((error as Error)?.stack ?? error)}`,
      current >= 0 && episode ? [input(current, episode)] : [],
      true,
    );
  };
  process.on("uncaughtException", onUncaught);
  process.on("unhandledRejection", onUncaught);
  let slice = performance.now();
  try {
    const first = budget.only ?? 0;
    for (let index = first; ; index++) {
      if (budget.only !== undefined && index > budget.only) break;
      if (budget.inputs !== undefined && index >= budget.inputs) break;
      if (budget.until !== undefined && performance.now() >= budget.until) break;
      const no = Math.floor(index / episodeLength);
      if (no !== episodeNo) {
        stop(episode);
        episode = fresh(no);
        episodeNo = no;
        // A replay starts mid-episode: the inputs before it build the state it met.
        for (let j = no * episodeLength; j < index; j++) await episode.step(input(j, episode));
      }
      if (index < skipUntil) continue;
      const e = episode as Episode;
      const item = input(index, e);
      current = index;
      const t0 = performance.now();
      try {
        await e.step(item);
      } catch (error) {
        run.find(name, errorText(error), [item], true);
        // The state is not to be trusted any more: the rest of the episode is skipped.
        skipUntil = (no + 1) * episodeLength;
      }
      const elapsed = performance.now() - t0;
      stats.inputs++;
      const slowMs = target.slowMs ?? SLOW_INPUT_MS;
      if (elapsed > slowMs) {
        const again = await replayTime(target, run, index);
        if (again > slowMs)
          run.find(
            name,
            `one input took ${again.toFixed(1)} ms (at best of 3 replays; ${elapsed.toFixed(1)} ms first)`,
            [item],
            true,
          );
      }
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        slice = performance.now();
      }
    }
  } finally {
    stop(episode);
    process.off("uncaughtException", onUncaught);
    process.off("unhandledRejection", onUncaught);
    stats.seconds = (performance.now() - started) / 1000;
  }
}

function stop(episode: Episode | undefined): void {
  (episode as { stop?: () => void } | undefined)?.stop?.();
}

function errorText(error: unknown): string {
  if (error instanceof FuzzFinding) return error.message;
  if (error instanceof Error) {
    const where =
      error.stack
        ?.split("\n")
        .slice(1, 4)
        .map((l) => l.trim())
        .join(" < ") ?? "";
    return `threw ${error.name}: ${error.message}${where ? ` (${where})` : ""}`;
  }
  return `threw ${String(error)}`;
}

/** The best of three timings of one input, each with its episode's state rebuilt. */
async function replayTime(target: InProcessTarget, run: RunState, index: number): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  const no = Math.floor(index / target.episodeLength);
  for (let attempt = 0; attempt < 3; attempt++) {
    const episode = target.episode(inputRng(run.seed, `${target.name}/episode`, no));
    try {
      for (let j = no * target.episodeLength; j < index; j++)
        await episode.step(target.generate(inputRng(run.seed, target.name, j), j, episode));
      const item = target.generate(inputRng(run.seed, target.name, index), index, episode);
      const t0 = performance.now();
      try {
        await episode.step(item);
      } catch {}
      best = Math.min(best, performance.now() - t0);
    } catch {
      return 0;
    } finally {
      stop(episode);
    }
  }
  return best;
}
