/**
 * The fuzz of real node processes: a pair with the sequence service, booted; then the heartbeat
 * monitor's channel under an impostor (the monitors start afterwards); then the client, admin and
 * fabric endpoints at once, the log watched throughout; then a check that nothing of the fuzz
 * clients is left on the nodes. On a finding the nodes' logs are saved with the failing inputs.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { NodeStatusBody } from "../../../ccm/client-codec.js";
import { HEARTBEAT_CLIENT_NAME } from "../../../peers/heartbeat-client.js";
import { TestCluster } from "../../support/cluster.js";
import type { Budget } from "../budget.js";
import { FAILURE_DIR } from "../inputs.js";
import { within } from "../liveness.js";
import type { EndpointStats, RunState } from "../run-state.js";
import { fuzzClientEndpoint } from "./client-endpoint.js";
import { ClusterWatch } from "./cluster-watch.js";
import type { NodeEndpointOptions } from "./endpoint-options.js";
import { fuzzFabricEndpoint } from "./fabric-endpoint.js";
import { fuzzHeartbeatWire } from "./heartbeat-impostor.js";
import { checkNoLeak } from "./leak-check.js";

/** The endpoints of real nodes, in the order a run takes them. */
export const NODE_ENDPOINTS = ["heartbeat-wire", "client", "admin", "fabric"] as const;

/** The cluster's heartbeats: the defaults of a cluster config (README, "Cluster config"). */
const HEARTBEAT = { intervalMs: 100, timeoutMs: 1000 };
/** Booting the pair, its services and monitors (a liveness bound for a slow machine, not a timing check). */
const SETUP_MS = 60_000;

/** The endpoints fuzzed at once after the monitors are up, each with its driver. */
const CONCURRENT_ENDPOINTS: Readonly<Record<string, (options: NodeEndpointOptions) => Promise<void>>> = {
  client: (options) => fuzzClientEndpoint({ ...options, endpoint: "client", connectionsPerNode: 3 }),
  admin: (options) => fuzzClientEndpoint({ ...options, endpoint: "admin", connectionsPerNode: 1 }),
  fabric: (options) => fuzzFabricEndpoint({ ...options, concurrency: 4 }),
};

const running = new Set<TestCluster>();

/** Stops the node processes of a run that did not finish (a test that timed out). */
export async function stopRunningClusters(): Promise<void> {
  await Promise.all([...running].map((cluster) => cluster.stop()));
  running.clear();
}

export async function fuzzNodes(
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
  /** Waits for a record of node `id` (from record `from` on); its absence is a fatal finding. */
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
    if (!(await within(found, SETUP_MS))) {
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
    const optionsFor = (endpoint: string, endpointUntil: number | undefined): NodeEndpointOptions => ({
      cluster,
      run,
      watch,
      budget: budgetFor(endpoint, endpointUntil),
      stats: stats[endpoint] as EndpointStats,
    });

    if (endpoints.includes("heartbeat-wire")) {
      // b's monitor talks to an impostor on a; a's own monitor starts afterwards.
      cluster.startHeartbeat(b);
      const registered = (r: Record<string, unknown>) =>
        r.event === "client-registered" && r.client === HEARTBEAT_CLIENT_NAME;
      if (!(await wait(b, hbStart[b] as number, registered, "monitor"))) return;
      watch.phase("heartbeat-wire");
      await fuzzHeartbeatWire({
        ...optionsFor("heartbeat-wire", share(0.08)),
        node: a,
        partner: b,
        intervalMs: HEARTBEAT.intervalMs,
      });
      watch.check();
      const left = (r: Record<string, unknown>) =>
        r.event === "client-left" && r.client === HEARTBEAT_CLIENT_NAME;
      if (!(await wait(a, hbStart[a] as number, left, "impostor leaving"))) return;
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
    const tasks = Object.entries(CONCURRENT_ENDPOINTS)
      .filter(([endpoint]) => endpoints.includes(endpoint))
      .map(([endpoint, fuzz]) => fuzz(optionsFor(endpoint, main)));
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
