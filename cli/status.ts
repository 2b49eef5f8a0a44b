/** `ccm status`: what each running node says of itself and its partners. */
import { CcmAdmin } from "../ccm/client.js";
import type { NodeStatusBody } from "../ccm/client-codec.js";
import type { ClusterConfig } from "../ccm/cluster-config.js";

export async function printStatus(
  config: ClusterConfig,
  only: string | undefined,
  json: boolean,
): Promise<number> {
  const nodes = config.nodes.filter((n) => only === undefined || n.id === only);
  const results = await Promise.all(
    nodes.map(async (node) => {
      try {
        const admin = await CcmAdmin.connect(node.clientEndpoint);
        try {
          return { node: node.id, status: await admin.status() };
        } finally {
          admin.close();
        }
      } catch (error) {
        return { node: node.id, error: (error as Error).message };
      }
    }),
  );
  if (json) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    for (const result of results) {
      console.log(
        "status" in result && result.status !== undefined
          ? describe(result.status)
          : `${result.node}: not reachable (${result.error})`,
      );
    }
  }
  return results.every((r) => "status" in r) ? 0 : 1;
}

function describe(status: NodeStatusBody): string {
  const lines = [
    `${status.node} (index ${status.index}, boot ${status.bootIncarnation}): ${status.phase}, OS ${status.osState}, ${status.connections} connection(s) on its client endpoint`,
  ];
  const fabrics = new Set(status.partners.map((p) => p.fabric)).size;
  for (const p of status.partners) {
    const over = fabrics > 1 ? ` over fabric ${p.fabric}` : "";
    const session = p.sessionId === 0 ? "" : ` session ${p.sessionId.toString(16)} v${p.version}`;
    lines.push(
      `  partner ${p.node}${over}: ${p.state} (${p.step})${session}${p.detail ? ` — ${p.detail}` : ""}`,
    );
    for (const c of p.clients)
      lines.push(`    its client ${c.name}: ${c.ports} port(s), ${c.memoryBytes} B, VIs ${c.vis.join(",")}`);
  }
  for (const c of status.clients) {
    lines.push(
      `  client ${c.name}: ${c.ports} port(s), ${c.memoryBytes} B, channels up to ${c.channelsUp.join(", ") || "none"}`,
    );
  }
  return lines.join("\n");
}
