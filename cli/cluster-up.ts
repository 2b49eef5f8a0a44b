/**
 * `ccm cluster up`: starts every node of a cluster config as its own process (and a heartbeat
 * monitor per node), shows a compact live view built from their structured logs, keeps the raw
 * logs in files, and stops everything on Ctrl-C. On a terminal the view is redrawn in place;
 * otherwise each event is printed as one line.
 */
import { type ChildProcess, fork } from "node:child_process";
import { createWriteStream, mkdirSync, type WriteStream } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { loadClusterConfig, type NodeConfig } from "../ccm/cluster-config.js";
import { formatHardwareAddress, nodeProcessEnv, nodeProcessExecArgv } from "../rdma-emu/index.js";

const CLI = fileURLToPath(new URL("./ccm.ts", import.meta.url));
const REDRAW_MS = 200;
const RECENT_LINES = 10;
const STOP_GRACE_MS = 3000;
const PHASE_LABELS: Record<string, string> = {
  "card-firmware": "card firmware",
  "connection-manager": "connection manager",
  "vi-layer": "VI layer",
  "storage-os": "storage OS up",
};

interface PartnerView {
  state: string;
  step: string;
  session: string;
}

interface NodeView {
  readonly config: NodeConfig;
  phase: string;
  os: string;
  readonly partners: Map<string, PartnerView>;
  heartbeat: string;
  /** The membership view it is in (its id and coordinator), as its daemon last said. */
  membership: string;
  exited: string | undefined;
}

export interface ClusterUpOptions {
  readonly configPath: string;
  readonly logDir: string;
  readonly heartbeat: boolean;
}

export async function clusterUp(options: ClusterUpOptions): Promise<number> {
  const config = loadClusterConfig(options.configPath);
  mkdirSync(options.logDir, { recursive: true });
  const live = process.stdout.isTTY === true;
  const views = new Map<string, NodeView>();
  const recent: string[] = [];
  const children: ChildProcess[] = [];
  const logs: WriteStream[] = [];

  const note = (line: string) => {
    const stamped = `${new Date().toISOString().slice(11, 23)}  ${line}`;
    if (live) {
      recent.push(stamped);
      if (recent.length > RECENT_LINES) recent.shift();
    } else {
      console.log(stamped);
    }
  };

  const start = (
    id: string,
    args: string[],
    logName: string,
    onRecord: (record: Record<string, unknown>) => void,
  ) => {
    const child = fork(CLI, args, {
      execArgv: nodeProcessExecArgv(),
      env: nodeProcessEnv(),
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    const log = createWriteStream(join(options.logDir, logName), { flags: "w" });
    logs.push(log);
    children.push(child);
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", (line) => {
      log.write(`${line}\n`);
      try {
        onRecord(JSON.parse(line));
      } catch {
        note(`${id}  ${line}`);
      }
    });
    createInterface({ input: child.stderr as NodeJS.ReadableStream }).on("line", (line) => {
      log.write(`${line}\n`);
      note(`${id}  ${line}`);
    });
    return child;
  };

  for (const node of config.nodes) {
    const view: NodeView = {
      config: node,
      phase: "starting",
      os: "-",
      partners: new Map(),
      heartbeat: options.heartbeat ? "waiting" : "off",
      membership: "-",
      exited: undefined,
    };
    views.set(node.id, view);
    const child = start(
      node.id,
      ["node", "--config", options.configPath, "--id", node.id],
      `${node.id}.log`,
      (record) => {
        applyNodeRecord(view, record);
        if (typeof record.msg === "string" && record.level !== undefined && Number(record.level) >= 30) {
          const over = record.fabric === undefined ? "" : `[fabric ${record.fabric}] `;
          note(`${node.id}  ${over}${record.msg}`);
        }
      },
    );
    child.on("exit", (code, signal) => {
      view.exited = signal ?? `code ${code}`;
      // A dead process has no OS, view or sessions: its last words would only mislead.
      view.os = "-";
      view.membership = "-";
      view.partners.clear();
      note(`${node.id}  node process exited (${view.exited})`);
    });
    if (options.heartbeat) {
      start(
        node.id,
        ["heartbeat", "--config", options.configPath, "--node", node.id],
        `${node.id}-heartbeat.log`,
        (record) => {
          if (record.event === "heartbeat-attached") view.heartbeat = "watching";
          if (record.event === "heartbeat-verdict") {
            view.heartbeat = `declared ${record.partner} down`;
            note(`${node.id}  heartbeat: ${record.msg}`);
          }
        },
      );
    }
  }

  note(
    `cluster ${config.name}: ${config.nodes.length} nodes starting; logs in ${options.logDir}; Ctrl-C stops everything`,
  );
  const timer = live
    ? setInterval(() => render(config.name, views, recent, options.logDir), REDRAW_MS)
    : undefined;

  await new Promise<void>((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
  clearInterval(timer);
  if (live) render(config.name, views, recent, options.logDir);
  console.log("\nstopping the cluster...");
  await Promise.all(children.map((child) => stop(child)));
  for (const log of logs) log.end();
  console.log("stopped.");
  return 0;
}

function applyNodeRecord(view: NodeView, record: Record<string, unknown>): void {
  const partner = typeof record.partner === "string" ? record.partner : undefined;
  // With a duplicate fabric each fabric has its own session with the partner: a row each.
  const over = record.fabric === undefined ? "" : ` /${record.fabric}`;
  const entry = partner === undefined ? undefined : partnerView(view, `${partner}${over}`);
  switch (record.event) {
    case "boot-phase":
      view.phase = PHASE_LABELS[String(record.phase)] ?? String(record.phase);
      if (record.phase === "card-firmware") view.os = "booting";
      if (record.phase === "storage-os") view.os = "up";
      break;
    case "os-state":
      view.os = String(record.os);
      break;
    case "view-installed":
      view.membership = `${record.view} (${record.coordinator})`;
      break;
    case "quorum-lost":
      view.membership = `${record.view} no quorum`;
      break;
    case "node-reset":
      view.membership = "-";
      break;
    case "handshake-step":
      if (entry !== undefined) entry.step = String(record.step);
      break;
    case "session-connected":
      if (entry !== undefined) {
        entry.step = "connected";
        entry.session = `${Number(record.sessionId).toString(16)} v${record.version}`;
      }
      break;
    case "partner-state":
      if (entry !== undefined) {
        entry.state = String(record.state);
        if (record.state === "connecting") {
          entry.session = "";
          entry.step = "R1 (retrying)";
        }
      }
      break;
    default:
      break;
  }
}

function partnerView(view: NodeView, partner: string): PartnerView {
  let entry = view.partners.get(partner);
  if (entry === undefined) {
    entry = { state: "connecting", step: "-", session: "" };
    view.partners.set(partner, entry);
  }
  return entry;
}

function render(name: string, views: Map<string, NodeView>, recent: string[], logDir: string): void {
  const rows: string[][] = [
    ["node", "card", "boot phase", "OS", "view", "partner", "state", "handshake", "session", "heartbeat"],
  ];
  for (const view of views.values()) {
    const head = [
      view.config.id,
      formatHardwareAddress(view.config.card),
      view.exited === undefined ? view.phase : `exited (${view.exited})`,
      view.os,
      view.membership,
    ];
    const partners = [...view.partners.entries()];
    if (partners.length === 0) rows.push([...head, "-", "-", "-", "-", view.heartbeat]);
    partners.forEach(([partner, p], i) => {
      rows.push([
        ...(i === 0 ? head : ["", "", "", "", ""]),
        partner,
        p.state,
        p.step,
        p.session,
        i === 0 ? view.heartbeat : "",
      ]);
    });
  }
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? "").length))) ?? [];
  const table = rows.map((row) =>
    row
      .map((cell, col) => cell.padEnd(widths[col] ?? 0))
      .join("  ")
      .trimEnd(),
  );
  process.stdout.write(
    `\x1b[H\x1b[2Jcluster ${name}  (Ctrl-C stops everything; logs in ${logDir})\n\n${table.join("\n")}\n\nrecent:\n${recent.map((l) => `  ${l}`).join("\n")}\n`,
  );
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
