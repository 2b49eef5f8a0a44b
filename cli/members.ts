/**
 * `ccm members`: the cluster membership as the nodes' membership daemons see it.
 *
 *   ccm members <cluster.json> [--json]     the view (number, coordinator, members), then every
 *                                           node: its state, incarnation, and the view it is in
 *   ccm members <cluster.json> --watch [--node N]
 *                                           node N's notifications as they come (Ctrl-C stops)
 */
import { parseArgs } from "node:util";
import { type ClusterConfig, loadClusterConfig, nodeById } from "../ccm/cluster-config.js";
import { MembershipClient, type MembershipStatus } from "../peers/membership/client.js";
import type { MembershipNotification } from "../peers/membership/membership-types.js";
import { errorLine } from "./error-line.js";

const USAGE = `usage:
  ccm members <cluster.json> [--json]
  ccm members <cluster.json> --watch [--node <node>]`;

export async function runMembersCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean" }, watch: { type: "boolean" }, node: { type: "string" } },
  });
  const configPath = positionals[0];
  if (configPath === undefined) {
    console.error(USAGE);
    return 2;
  }
  const config = loadClusterConfig(configPath);
  if (values.watch === true) return watch(config, values.node);
  const answers = await Promise.all(config.nodes.map((node) => ask(node.clientEndpoint)));
  if (values.json === true) {
    console.log(
      JSON.stringify(
        config.nodes.map((node, i) => {
          const a = answers[i] as Answer;
          return { node: node.id, ...(a instanceof Error ? { error: errorLine(a) } : a) };
        }),
      ),
    );
  } else {
    print(config, answers);
  }
  return answers.some((a) => a instanceof Error) ? 1 : 0;
}

type Answer = MembershipStatus | Error;

async function ask(url: string | URL): Promise<Answer> {
  try {
    const client = await MembershipClient.connect(url);
    try {
      return await client.status();
    } finally {
      client.close();
    }
  } catch (error) {
    return error as Error;
  }
}

function print(config: ClusterConfig, answers: readonly Answer[]): void {
  // The newest view any node is in is the cluster's (a node in an older one is behind or cut off).
  let newest: MembershipStatus | undefined;
  for (const a of answers) if (!(a instanceof Error) && a.view.id > (newest?.view.id ?? 0)) newest = a;
  if (newest === undefined) console.log("no view installed on any node that answered");
  else
    console.log(
      `view ${newest.view.id}, coordinator ${newest.coordinator}, members ${newest.view.members.map((m) => m.node).join(" ")}`,
    );
  console.log("");
  const rows = config.nodes.map((node, i) => {
    const a = answers[i] as Answer;
    if (a instanceof Error) return [node.id, "not answering", "-", "-", errorLine(a).replace(/^ccm: /, "")];
    const self = a.nodes.find((n) => n.node === node.id);
    const view = a.view.id === 0 ? "none" : String(a.view.id);
    return [node.id, self?.state ?? "?", String(self?.boot ?? "-"), view, a.coordinator || "-"];
  });
  table([["node", "state", "incarnation", "its view", "its coordinator"], ...rows]);
}

function table(rows: readonly (readonly string[])[]): void {
  const widths = (rows[0] as readonly string[]).map((_, c) =>
    Math.max(...rows.map((r) => (r[c] ?? "").length)),
  );
  for (const row of rows)
    console.log(
      row
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join("  ")
        .trimEnd(),
    );
}

async function watch(config: ClusterConfig, nodeId: string | undefined): Promise<number> {
  const node = nodeId === undefined ? config.nodes[0] : nodeById(config, nodeId);
  if (node === undefined) return 2;
  const client = await MembershipClient.connect(node.clientEndpoint);
  const closed = new Promise<string>((resolve) => client.onClose(resolve));
  await client.watch((n) => console.log(`${new Date().toISOString()} ${node.id} ${describe(n)}`));
  console.log(`watching ${node.id}'s membership (Ctrl-C stops)`);
  const stop = new Promise<string>((resolve) => process.once("SIGINT", () => resolve("interrupted")));
  const why = await Promise.race([closed, stop]);
  client.close();
  if (why !== "interrupted") console.log(`connection closed: ${why}`);
  return why === "interrupted" ? 0 : 1;
}

/** A notification on one line. */
export function describe(n: MembershipNotification): string {
  switch (n.type) {
    case "view-installed":
      return `view ${n.view.id} installed: coordinator ${n.coordinator}, members ${n.view.members.map((m) => m.node).join(" ")}${n.joined.length > 0 ? `; joined ${n.joined.join(" ")}` : ""}${n.left.length > 0 ? `; left ${n.left.join(" ")}` : ""}`;
    case "node-suspected":
      return `${n.node} suspected in view ${n.view}: ${n.reason}`;
    case "quorum-lost":
      return `view ${n.view} lost its quorum (alive: ${n.alive.join(" ")}): this node delivers nothing new`;
  }
}
