/**
 * Draws sequence numbers from one node of a running cluster, in a loop, and prints them: start a
 * cluster (`npm run ccm -- cluster up examples/trio.json`), run this, then kill the primary
 * (`npm run ccm -- seq status examples/trio.json` names it) and watch the numbers go on after a
 * short gap, always growing. Every call goes into a history file that `ccm seq check` checks.
 *
 *   npx tsx examples/seq-draw.ts [cluster.json] [node] [history.jsonl]
 */
import { appendFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadClusterConfig, nodeById } from "../ccm/cluster-config.js";
import { SeqClient } from "../peers/seq/client.js";
import { History } from "../peers/seq/history.js";

const configPath = process.argv[2] ?? fileURLToPath(new URL("./trio.json", import.meta.url));
const config = loadClusterConfig(configPath);
const node = process.argv[3] === undefined ? config.nodes[0] : nodeById(config, process.argv[3]);
const historyPath = process.argv[4] ?? "seq-draw.history.jsonl";
if (node === undefined) throw new Error("the cluster has no nodes");

const PAUSE_MS = 100;
const history = new History();
const time = () => new Date().toISOString().slice(11, 23);
let client: SeqClient | undefined;
let last = 0;
let stopping = false;
process.on("SIGINT", () => {
  stopping = true;
});

console.log(
  `drawing from node ${node.id} (${node.clientEndpoint.href}); Ctrl-C stops; history in ${historyPath}`,
);
while (!stopping) {
  try {
    client ??= await SeqClient.connect(node.clientEndpoint, { history, label: node.id });
    const n = await client.next();
    console.log(`${time()}  ${n}${n <= last ? "  <-- NOT MONOTONIC" : ""}`);
    last = n;
  } catch (error) {
    console.log(
      `${time()}  no number: ${(error as { code?: string }).code ?? ""} ${(error as Error).message}`,
    );
    if (client !== undefined && !client.connected) client = undefined;
  }
  await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
  if (history.entries.length > 0) {
    appendFileSync(historyPath, history.toJsonLines());
    history.entries.length = 0;
  }
}
client?.close();
