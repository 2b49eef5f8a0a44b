/**
 * `ccm seq`: the sequence service from the command line.
 *
 *   ccm seq next <cluster.json> [--node N] [--count K] [--batch B] [--history FILE]
 *       draws K numbers (default 1) from node N's sequence service, B per call, and prints them
 *   ccm seq status <cluster.json>     each node's layout (epoch, primary, secondary) and role
 *   ccm seq check <history.jsonl...>  runs the history checker over recorded histories
 */
import { appendFileSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadClusterConfig, nodeById } from "../ccm/cluster-config.js";
import { SeqClient } from "../peers/seq/client.js";
import { checkHistory, History, parseHistory } from "../peers/seq/history.js";
import { errorLine } from "./error-line.js";

const USAGE = `usage:
  ccm seq next <cluster.json> [--node <node>] [--count K] [--batch B] [--history FILE]
  ccm seq status <cluster.json>
  ccm seq check <history.jsonl...>`;

export async function runSeqCommand(sub: string | undefined, args: string[]): Promise<number> {
  switch (sub) {
    case "next":
      return next(args);
    case "status":
      return status(args);
    case "check":
      return check(args);
    default:
      console.error(`ccm seq: unknown command ${sub ?? ""}\n${USAGE}`);
      return 2;
  }
}

async function next(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      node: { type: "string" },
      count: { type: "string", default: "1" },
      batch: { type: "string", default: "1" },
      history: { type: "string" },
    },
  });
  const configPath = positionals[0];
  const count = Number(values.count);
  const batch = Number(values.batch);
  if (configPath === undefined || !(count >= 1) || !(batch >= 1)) {
    console.error(USAGE);
    return 2;
  }
  const config = loadClusterConfig(configPath);
  const node = values.node === undefined ? config.nodes[0] : nodeById(config, values.node);
  if (node === undefined) return 2;
  const history = values.history === undefined ? undefined : new History();
  const seq = await SeqClient.connect(node.clientEndpoint, {
    label: node.id,
    ...(history === undefined ? {} : { history }),
  });
  try {
    for (let drawn = 0; drawn < count; ) {
      const range = await seq.nextBatch(Math.min(batch, count - drawn));
      console.log(range.count === 1 ? `${range.first}` : `${range.first}..${range.first + range.count - 1}`);
      drawn += range.count;
    }
  } finally {
    seq.close();
    if (history !== undefined && values.history !== undefined)
      appendFileSync(values.history, history.toJsonLines());
  }
  return 0;
}

async function status(args: string[]): Promise<number> {
  const configPath = args[0];
  if (configPath === undefined) {
    console.error(USAGE);
    return 2;
  }
  let failed = 0;
  for (const node of loadClusterConfig(configPath).nodes) {
    try {
      const seq = await SeqClient.connect(node.clientEndpoint);
      try {
        const s = await seq.status();
        const layout =
          s.layout === undefined
            ? "no layout"
            : `epoch ${s.layout.epoch}: primary ${s.layout.primary}, secondary ${s.layout.secondary}, from ${s.layout.start}`;
        console.log(
          `${node.id}: ${layout}; this node: ${s.role}${s.serving ? " (serving)" : ""}; reserved up to ${s.reserved}`,
        );
      } finally {
        seq.close();
      }
    } catch (error) {
      failed++;
      console.log(`${node.id}: ${errorLine(error).replace(/^ccm: /, "")}`);
    }
  }
  return failed === 0 ? 0 : 1;
}

function check(files: string[]): number {
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const result = checkHistory(files.flatMap((file) => parseHistory(readFileSync(file, "utf8"))));
  console.log(
    `${result.completed} calls completed (${result.numbers} numbers), ${result.failed} failed, ${result.unanswered} unanswered; ` +
      `${result.duplicates.length} duplicates, ${result.orderViolations.length} real-time order violations`,
  );
  for (const [a, b] of result.duplicates)
    console.log(`duplicate: ${a.op} [${a.first}..${a.last}] and ${b.op} [${b.first}..${b.last}]`);
  for (const [a, b] of result.orderViolations) {
    console.log(`order: ${a.op} returned ${a.last} before ${b.op} was invoked, which got ${b.first}`);
  }
  return result.ok ? 0 : 1;
}
