/**
 * `ccm`: the command line of the project. It sits above every layer (it starts node emulators
 * from ccm/ and heartbeat monitors from peers/), so it lives in its own folder.
 *
 *   ccm cluster up <cluster.json> [--logs DIR] [--no-heartbeat]   boot a cluster, live view, Ctrl-C stops it
 *   ccm node --config <cluster.json> --id <node> [--log-level L]  one node emulator (JSON log lines on stdout)
 *   ccm heartbeat --config <cluster.json> --node <node>            the heartbeat monitor of one node
 *   ccm status <cluster.json> [--node N] [--json]                  query running nodes
 *   ccm inject <cluster.json> --node N --os hung|up|panicked       force a node's OS state
 *   ccm inject <cluster.json> --node N --partner P --faults JSON [--direction both|outbound|inbound]
 *   ccm trace <node.log> [--node N]                                a node's handshake timeline
 *   ccm seq next <cluster.json> [--node N] [--count K] [--batch B]  draw numbers from a node
 *   ccm seq status <cluster.json>                                   each node's sequence layout and role
 *   ccm seq check <history.jsonl...>                                check recorded histories
 *   ccm members <cluster.json> [--json | --watch [--node N]]        the membership view, every node's state
 *   ccm group list|send|watch <cluster.json> --group G ...           groups, instances, messages (cli/group.ts)
 *   ccm group check <deliveries.jsonl...>                           check recorded deliveries
 *
 * A command that fails prints one line, `ccm: <CODE>: <message>` (saying so when trying again may
 * help), and exits with 1; a usage error prints the usage and exits with 2 (cli/error-line.ts).
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { pino } from "pino";
import { CcmAdmin } from "../ccm/client.js";
import { loadClusterConfig, nodeById } from "../ccm/cluster-config.js";
import type { HandshakeStep } from "../ccm/handshake.js";
import { NodeProcess } from "../ccm/node-process.js";
import type { OsState } from "../ccm/node-status.js";
import { runCheckCommand } from "../peers/group/check-command.js";
import { parseAppChecks, parseGroupConfig } from "../peers/group/config.js";
import { GroupService } from "../peers/group/group-service.js";
import { membershipStoreFor, parseMembershipConfig } from "../peers/membership/config.js";
import { MembershipService } from "../peers/membership/membership-service.js";
import { parseSeqConfig, seqStoreFor } from "../peers/seq/config.js";
import { SeqService } from "../peers/seq/seq-service.js";
import { clusterUp } from "./cluster-up.js";
import { reportError } from "./error-line.js";
import { runGroupCommand } from "./group.js";
import { runHeartbeat } from "./heartbeat.js";
import { runMembersCommand } from "./members.js";
import { runSeqCommand } from "./seq.js";
import { printStatus } from "./status.js";
import { printTrace } from "./trace.js";

const USAGE = `usage:
  ccm cluster up <cluster.json> [--logs DIR] [--no-heartbeat]
  ccm node --config <cluster.json> --id <node> [--log-level info] [--crash-at R1|W1|R2|W2] [--test-hooks]
  ccm heartbeat --config <cluster.json> --node <node> [--log-level info]
  ccm status <cluster.json> [--node <node>] [--json]
  ccm inject <cluster.json> --node <node> --os hung|up|panicked
  ccm inject <cluster.json> --node <node> --partner <node> --faults '{"lossRate":0.2}' [--direction both] [--fabric 0]
  ccm trace <node.log> [--node <node>]
  ccm seq next <cluster.json> [--node <node>] [--count K] [--batch B] [--history FILE]
  ccm seq status <cluster.json>
  ccm seq check <history.jsonl...>
  ccm members <cluster.json> [--json]
  ccm members <cluster.json> --watch [--node <node>]
  ccm group list <cluster.json> [--node <node>]
  ccm group send <cluster.json> --group <group> [--node <node>] [--count K] [--critical] <text>
  ccm group watch <cluster.json> --group <group> [--node <node>] [--critical] [--record FILE]
  ccm group check <deliveries.jsonl...>`;

const STEPS = new Set(["R1", "W1", "R2", "W2"]);
const OS_STATES = new Set(["hung", "up", "panicked"]);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "cluster": {
      const [sub, ...args] = rest;
      if (sub !== "up") return usage(`unknown cluster command ${sub ?? ""}`);
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: { logs: { type: "string", default: ".ccm/logs" }, "no-heartbeat": { type: "boolean" } },
      });
      const configPath = positionals[0];
      if (configPath === undefined) return usage("cluster up needs a cluster config");
      return clusterUp({ configPath, logDir: values.logs, heartbeat: values["no-heartbeat"] !== true });
    }
    case "node": {
      const { values } = parseArgs({
        args: rest,
        options: {
          config: { type: "string" },
          id: { type: "string" },
          "log-level": { type: "string", default: process.env.LOG_LEVEL ?? "info" },
          "crash-at": { type: "string" },
          "test-hooks": { type: "boolean" },
        },
      });
      if (values.config === undefined || values.id === undefined)
        return usage("node needs --config and --id");
      const crashAt = values["crash-at"];
      if (crashAt !== undefined && !STEPS.has(crashAt)) return usage("--crash-at takes R1, W1, R2 or W2");
      const logger = pino(
        { level: values["log-level"], base: { node: values.id }, timestamp: preciseTime },
        pino.destination({ fd: 1, sync: true }),
      );
      const config = loadClusterConfig(values.config);
      const seqConfig = parseSeqConfig(config);
      const membershipTiming = parseMembershipConfig(config);
      const groupConfig = parseGroupConfig(config);
      const apps = { checks: parseAppChecks(config), run: runCheckCommand };
      const nodeId = values.id;
      // Runs the node, and boots it again in this process when a service resets it.
      const node = await NodeProcess.start({
        config,
        nodeId,
        logger,
        // The services every node hosts in-process, built afresh for each boot: the sequence
        // service (peers/seq), the membership daemon and the group daemon (peers/membership,
        // peers/group; the group daemon hears its views from the membership daemon).
        services: () => {
          const nodes = config.nodes.map((n) => n.id);
          const membership = new MembershipService({
            nodes,
            storage: membershipStoreFor(config, nodeId),
            timing: membershipTiming,
          });
          return [
            new SeqService({
              nodes,
              store: seqStoreFor(config, nodeId),
              timing: seqConfig.timing,
              blockSize: seqConfig.blockSize,
            }),
            membership,
            new GroupService({
              nodes,
              membership,
              ...groupConfig,
              apps,
              ...(values["test-hooks"] === true ? { crash: () => process.kill(process.pid, "SIGKILL") } : {}),
            }),
          ];
        },
        onFatal: fail,
        ...(crashAt === undefined ? {} : { crashAt: crashAt as HandshakeStep }),
      });
      await untilSignal();
      await node.stop();
      logger.info({ event: "stopped" }, "node stopped");
      return 0;
    }
    case "heartbeat": {
      const { values } = parseArgs({
        args: rest,
        options: {
          config: { type: "string" },
          node: { type: "string" },
          "log-level": { type: "string", default: process.env.LOG_LEVEL ?? "info" },
        },
      });
      if (values.config === undefined || values.node === undefined)
        return usage("heartbeat needs --config and --node");
      const config = loadClusterConfig(values.config);
      const logger = pino(
        {
          level: values["log-level"],
          base: { node: values.node, client: "heartbeat" },
          timestamp: preciseTime,
        },
        pino.destination({ fd: 1, sync: true }),
      );
      return runHeartbeat(config, nodeById(config, values.node), logger, untilSignal());
    }
    case "status": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { node: { type: "string" }, json: { type: "boolean" } },
      });
      const configPath = positionals[0];
      if (configPath === undefined) return usage("status needs a cluster config");
      return printStatus(loadClusterConfig(configPath), values.node, values.json === true);
    }
    case "inject": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          node: { type: "string" },
          os: { type: "string" },
          partner: { type: "string" },
          faults: { type: "string" },
          direction: { type: "string", default: "both" },
          fabric: { type: "string", default: "0" },
        },
      });
      const configPath = positionals[0];
      if (configPath === undefined || values.node === undefined)
        return usage("inject needs a cluster config and --node");
      const node = nodeById(loadClusterConfig(configPath), values.node);
      const admin = await CcmAdmin.connect(node.clientEndpoint);
      try {
        if (values.os !== undefined) {
          if (!OS_STATES.has(values.os)) return usage("--os takes hung, up or panicked");
          await admin.setOsState(values.os as OsState);
          console.log(`${node.id}: storage OS ${values.os}`);
        } else if (values.partner !== undefined && values.faults !== undefined) {
          const direction = values.direction;
          if (direction !== "both" && direction !== "outbound" && direction !== "inbound") {
            return usage("--direction takes both, outbound or inbound");
          }
          const fabric = Number(values.fabric);
          if (!Number.isInteger(fabric) || fabric < 0) return usage("--fabric takes 0 or 1");
          await admin.setFaults(values.partner, JSON.parse(values.faults), direction, fabric);
          console.log(
            `${node.id}: faults toward ${values.partner} on fabric ${fabric} (${direction}) set to ${values.faults}`,
          );
        } else {
          return usage("inject needs --os, or --partner with --faults");
        }
      } finally {
        admin.close();
      }
      return 0;
    }
    case "seq": {
      const [sub, ...args] = rest;
      return runSeqCommand(sub, args);
    }
    case "members":
      return runMembersCommand(rest);
    case "group": {
      const [sub, ...args] = rest;
      return runGroupCommand(sub, args);
    }
    case "trace": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { node: { type: "string" } },
      });
      if (positionals.length === 0) return usage("trace needs a node's log file");
      return printTrace(positionals, values.node);
    }
    default:
      return usage(command === undefined ? "" : `unknown command ${command}`);
  }
}

function usage(problem: string): number {
  if (problem !== "") console.error(`ccm: ${problem}`);
  console.error(USAGE);
  return 2;
}

/** Resolves on SIGINT or SIGTERM. */
function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

/** Whatever fails, however it fails: one line, exit code 1. */
function fail(error: unknown): never {
  reportError(error);
  process.exit(1);
}
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  fail(error);
}
// Nothing else keeps the process: timers and sockets of stopped components may linger.
process.exit();

/**
 * Log times in epoch milliseconds to the microsecond (from the monotonic clock): a trace across
 * the node processes of one machine orders and times sub-millisecond steps (a handshake step is
 * a loopback round trip).
 */
function preciseTime(): string {
  return `,"time":${(performance.timeOrigin + performance.now()).toFixed(3)}`;
}
