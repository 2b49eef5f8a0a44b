/**
 * After the fuzz clients are gone: every client registered during the fuzz left the node, and its
 * connections and clients are back to what they were before.
 */
import type { NodeStatusBody } from "../../../ccm/client-codec.js";
import type { TestCluster } from "../../support/cluster.js";
import { within } from "../liveness.js";
import type { RunState } from "../run-state.js";

/** Checks node `id` from its log record `from` on against its status before the fuzz. */
export async function checkNoLeak(
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
  if (!(await within(left))) {
    run.find("cleanup", `node ${id}: fuzz clients never left: ${stillThere().join(", ")}`, [], false);
    return;
  }
  let last: NodeStatusBody = baseline;
  const settled = cluster.eventually(async () => {
    last = await cluster.status(id);
    return last.connections === baseline.connections && clientNames(last) === clientNames(baseline);
  }, `${id}: connections back to ${baseline.connections}`);
  settled.catch(() => {});
  if (!(await within(settled))) {
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

function clientNames(s: NodeStatusBody): string {
  return s.clients
    .map((c) => c.name)
    .sort()
    .join(",");
}
