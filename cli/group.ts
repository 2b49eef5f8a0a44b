/**
 * `ccm group`: group communication from the command line.
 *
 *   ccm group list <cluster.json> [--node N]       groups, instances and their states (one node's daemon)
 *   ccm group send <cluster.json> --group G [--node N] [--count K] [--critical] TEXT
 *                                                  joins G as an instance, sends TEXT K times
 *                                                  (numbered), prints each gseq, unregisters
 *   ccm group watch <cluster.json> --group G [--node N] [--critical] [--record FILE]
 *                                                  joins G and prints every view and message
 *                                                  until Ctrl-C (recording them as JSON lines)
 *   ccm group check <deliveries.jsonl...>          the delivery checker over recorded runs
 */
import { appendFileSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { loadClusterConfig, nodeById } from "../ccm/cluster-config.js";
import { GroupClient, type GroupEvent } from "../peers/group/client.js";
import { checkDeliveries } from "../peers/group/delivery-checker.js";
import { type DeliveryRecord, parseDeliveryLines } from "../peers/group/delivery-records.js";

const USAGE = `usage:
  ccm group list <cluster.json> [--node <node>]
  ccm group send <cluster.json> --group <group> [--node <node>] [--count K] [--critical] <text>
  ccm group watch <cluster.json> --group <group> [--node <node>] [--critical] [--record FILE]
  ccm group check <deliveries.jsonl...>`;

const OPTIONS = {
  node: { type: "string" },
  group: { type: "string" },
  count: { type: "string", default: "1" },
  critical: { type: "boolean" },
  record: { type: "string" },
} as const;

export async function runGroupCommand(sub: string | undefined, args: string[]): Promise<number> {
  if (sub === "check") return check(args);
  if (sub !== "list" && sub !== "send" && sub !== "watch") return usage(`unknown group command ${sub ?? ""}`);
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  const [configPath, ...text] = positionals;
  if (configPath === undefined) return usage("a cluster config is needed");
  const config = loadClusterConfig(configPath);
  const node = values.node === undefined ? config.nodes[0] : nodeById(config, values.node);
  if (node === undefined) return usage("the cluster has no nodes");
  if (sub === "list") return list(node.clientEndpoint);
  if (values.group === undefined) return usage(`group ${sub} needs --group`);
  const count = Number(values.count);
  if (sub === "send" && (!Number.isInteger(count) || count < 1 || text.length === 0))
    return usage("group send needs a text and a --count of at least 1");
  const record =
    values.record === undefined
      ? undefined
      : (r: DeliveryRecord) => appendFileSync(values.record as string, `${JSON.stringify(r)}\n`);
  const client = await GroupClient.connect(node.clientEndpoint, record === undefined ? {} : { record });
  try {
    const member = await client.register(values.group, { critical: values.critical === true });
    console.log(
      `${member.id} joined ${member.group} at gseq ${member.joinedAt}: ${member.members.join(" ")}`,
    );
    if (sub === "send") {
      for (let i = 1; i <= count; i++) {
        const payload = new TextEncoder().encode(count === 1 ? text.join(" ") : `${text.join(" ")} ${i}`);
        console.log(`sent, delivered at gseq ${await member.send(payload)}`);
      }
      await member.unregister();
      return 0;
    }
    member.on((event) => console.log(describe(event)));
    const closed = new Promise<string>((resolve) => client.onClose(resolve));
    const stop = new Promise<string>((resolve) => process.once("SIGINT", () => resolve("interrupted")));
    const why = await Promise.race([closed, stop]);
    if (why !== "interrupted") {
      console.log(`connection closed: ${why}`);
      return 1;
    }
    // Leaving by unregistering: the record shows this member's own leave, and no `end` (a run's
    // end records come from a harness that stopped every sender first: `ccm group check`).
    await member.unregister();
    return 0;
  } finally {
    client.close();
  }
}

async function list(url: string | URL): Promise<number> {
  const client = await GroupClient.connect(url);
  try {
    const s = await client.groups();
    console.log(
      `view ${s.view}, group coordinator ${s.coordinator || "-"}, delivered up to gseq ${s.delivered}`,
    );
    if (s.groups.length === 0) console.log("no groups");
    for (const g of s.groups) {
      console.log(`${g.name}: ${g.instances.length} instance${g.instances.length === 1 ? "" : "s"}`);
      for (const i of g.instances)
        console.log(`  ${i.id}  ${i.critical ? "critical" : "non-critical"}  ${i.state}`);
    }
    return 0;
  } finally {
    client.close();
  }
}

function check(files: string[]): number {
  if (files.length === 0) return usage("group check needs recorded files");
  const records = files.flatMap((file) => parseDeliveryLines(readFileSync(file, "utf8"), file));
  const violations = checkDeliveries(records);
  const members = new Set(records.map((r) => r.member)).size;
  const messages = records.filter((r) => r.type === "message").length;
  console.log(
    `${records.length} records of ${members} members (${messages} deliveries): ${violations.length} violations`,
  );
  for (const v of violations) console.log(`${v.type}: ${v.detail}`);
  return violations.length === 0 ? 0 : 1;
}

/** An event on one line. */
function describe(event: GroupEvent): string {
  switch (event.type) {
    case "message":
      return `gseq ${event.gseq} message ${event.id} from ${event.from}: ${new TextDecoder().decode(event.payload)}`;
    case "view": {
      const change =
        event.joined !== undefined
          ? `+${event.joined}`
          : event.left !== undefined
            ? `-${event.left} (${event.leftState})`
            : "";
      return `gseq ${event.gseq} view ${change}: ${event.members.join(" ")}`;
    }
    case "closed":
      return `closed: ${event.reason}`;
  }
}

function usage(problem: string): number {
  console.error(`ccm group: ${problem}\n${USAGE}`);
  return 2;
}
