/**
 * Reads the nodes' log records as they come and turns what must not happen under hostile input
 * into findings: a node that exits, an event loop blocked by the node's own work past the heartbeat
 * interval, a session lost, the sequence service's or a monitor's channel gone, an error logged.
 */
import { HEARTBEAT_CLIENT_NAME } from "../../../peers/heartbeat-client.js";
import type { LogRecord, TestCluster } from "../../support/cluster.js";
import type { RunState } from "../run-state.js";

const PROTECTED_CLIENTS = new Set(["seq", HEARTBEAT_CLIENT_NAME]);
const SESSION_LOST = new Set([
  "partner-down",
  "peer-protocol-error",
  "session-connected",
  "version-mismatch",
]);
const ERROR_LEVEL = 50;

export class ClusterWatch {
  private readonly cursors = new Map<string, number>();
  private readonly reportedExit = new Set<string>();
  /** Stalls longer than the heartbeat interval in which the node hardly ran (an overloaded machine). */
  starved = 0;
  private readonly starvedAt: number[] = [];
  /** Clients whose channel may go down and come back (the monitor handover). */
  allowChannelChurn = new Set<string>();

  constructor(
    private readonly cluster: TestCluster,
    private readonly run: RunState,
    private readonly intervalMs: number,
    private endpoint = "cluster",
  ) {
    this.rebase();
  }

  /** Starts reading after every record so far. */
  rebase(): void {
    for (const id of this.cluster.ids)
      this.cursors.set(id, this.cluster.processes.get(id)?.records.length ?? 0);
  }

  /** Names the endpoint findings from here on are reported under. */
  phase(endpoint: string): void {
    this.endpoint = endpoint;
  }

  /** Scans new records; returns whether anything was found. */
  check(): boolean {
    const before = this.run.findings.length;
    for (const id of this.cluster.ids) {
      const proc = this.cluster.processes.get(id);
      if (proc === undefined) continue;
      const records = proc.records;
      const from = this.cursors.get(id) ?? 0;
      for (let i = from; i < records.length; i++) this.look(id, records[i] as LogRecord);
      this.cursors.set(id, records.length);
      if (proc.exited && !this.reportedExit.has(id)) {
        this.reportedExit.add(id);
        const code = proc.child.exitCode ?? proc.child.signalCode;
        this.report(`node ${id} exited (${code}); its last lines: ${proc.lines.slice(-6).join(" | ")}`, true);
      }
    }
    return this.run.findings.length > before;
  }

  private look(node: string, r: LogRecord): void {
    const event = r.event;
    if (event === "event-loop-stall" && Number(r.ms) > this.intervalMs) {
      // The watchdog says how much of a stall was the node's own work; the rest, the machine
      // giving its CPU to other processes, is not the node's doing (it is counted, not found).
      const own = r.cpuMs === undefined ? Number(r.ms) : Number(r.cpuMs);
      if (own > this.intervalMs) {
        this.report(
          `node ${node}: event loop blocked for ${r.ms} ms, ${own} ms of it the node's own work (heartbeat interval ${this.intervalMs} ms)`,
        );
      } else {
        this.starved++;
        this.starvedAt.push(Number(r.time));
      }
    } else if (event !== undefined && SESSION_LOST.has(event)) {
      this.report(
        `node ${node}: ${event} ${JSON.stringify(pick(r, ["partner", "reason", "sessionId"]))}${this.starvedNote(r)}`,
      );
    } else if (event === "partner-state" && r.state === "connecting") {
      this.report(`node ${node}: session with ${r.partner} lost: ${r.detail}`);
    } else if (
      (event === "channel-down" || event === "client-left") &&
      PROTECTED_CLIENTS.has(String(r.client)) &&
      !this.allowChannelChurn.has(String(r.client))
    ) {
      this.report(`node ${node}: ${event} for ${r.client} ${JSON.stringify(pick(r, ["partner", "reason"]))}`);
    } else if (typeof r.level === "number" && r.level >= ERROR_LEVEL) {
      this.report(
        `node ${node} logged an error: ${r.msg} ${JSON.stringify(pick(r, ["event", "code", "err"]))}`,
      );
    }
  }

  /** For a lost session: whether the machine starved the nodes just before (a hint for triage). */
  private starvedNote(r: LogRecord): string {
    const time = Number(r.time);
    const before = this.starvedAt.filter((t) => t <= time && time - t < 2000).length;
    return before > 0
      ? ` (${before} stall(s) of a node's event loop with the node hardly running in the 2 s before: the machine was overloaded)`
      : "";
  }

  private report(description: string, fatal = false): void {
    this.run.find(this.endpoint, description, this.run.recent(), false, fatal);
  }
}

function pick(r: LogRecord, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => r[k] !== undefined).map((k) => [k, r[k]]));
}
