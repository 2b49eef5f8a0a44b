/**
 * The fuzzer: every network input of the project, from one seed. Real node processes (a pair with
 * heartbeat monitors and the sequence service) take the client endpoint's requests, admin requests,
 * the fabric port's logins and data frames and the monitor's heartbeats (nodes/); the decoders and
 * cores behind the links between logged-in cards take theirs in this process (in-process/): session
 * messages, heartbeats, the sequence, membership and group daemons' peer messages (to their cores,
 * and to their services as a node hosts them, with the services' client calls), data frames. `npm
 * test` runs a fixed number of inputs (test/fuzz/fuzz.test.ts); `npm run fuzz -- --seconds N`
 * (test/fuzz/run.ts) runs it for a while.
 *
 * A finding names its endpoint, the seed and the input index, and the input's bytes are saved
 * under .ccm/fuzz-failures/; `npm run fuzz -- --seed S --endpoint E --index I` replays it.
 */
import { performance } from "node:perf_hooks";
import type { Budget } from "./budget.js";
import { runTarget } from "./in-process/runner.js";
import { IN_PROCESS_TARGETS } from "./in-process/targets.js";
import { fuzzNodes, NODE_ENDPOINTS } from "./nodes/node-run.js";
import { failureLines, summaryLine } from "./report.js";
import { type EndpointStats, type Finding, newStats, RunState } from "./run-state.js";

export { stopRunningClusters } from "./nodes/node-run.js";

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
  "membership-node": 6000,
  "membership-service": 3000,
  "delta-node": 3000,
  "group-service": 3000,
  frames: 20_000,
};

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
  const failures = failureLines(run.findings, options.seed);
  for (const line of failures) log(line);
  return { seed: options.seed, findings: run.findings, stats, failures, summary };
}
