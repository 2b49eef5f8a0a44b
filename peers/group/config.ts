/**
 * The "group" section of a cluster config (all optional; defaults shown):
 *
 *   "group": { "proposalTimeoutMs": 200, "commitTimeoutMs": 200, "submitTimeoutMs": 1000,
 *              "monitorIntervalMs": 500, "monitorTimeoutMs": 2000, "callTimeoutMs": 10000 }
 *
 * An instance that has not answered monitoring for monitorTimeoutMs has failed (a critical one
 * resets its node); a call whose entry is not delivered within callTimeoutMs answers
 * E_GROUP_UNAVAILABLE.
 *
 * The "apps" section lists the applications the application monitor checks (app-monitor.ts):
 *
 *   "apps": [{ "name": "web", "node": "a", "check": "curl -sf http://127.0.0.1:8080/health",
 *              "intervalMs": 1000, "timeoutMs": 2000, "critical": false }]
 */
import type { ClusterConfig } from "../../ccm/cluster-config.js";
import { ClusterConfigError } from "../../ccm/errors.js";
import { configSection, whole } from "../membership/config.js";
import type { AppCheck } from "./app-monitor.js";
import { DEFAULT_DELTA_TIMING, type DeltaTiming } from "./delta-node.js";
import { DEFAULT_CALL_TIMEOUT_MS } from "./group-service.js";
import { DEFAULT_MONITOR_TIMING, type MonitorTiming } from "./instance-monitor.js";
import { isGroupName } from "./messages.js";

const MAX_APPS = 32;
const MAX_COMMAND_CHARS = 4096;
/** "app:" and the name make the application's group name. */
const MAX_APP_NAME_CHARS = 60;

/** The applications to check, from the config's "apps" list (none when absent). */
export function parseAppChecks(config: ClusterConfig): AppCheck[] {
  const raw = config.raw.apps;
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > MAX_APPS)
    throw new ClusterConfigError(`apps must be a list of at most ${MAX_APPS}`);
  const nodes = config.nodes.map((n) => n.id);
  const names = new Set<string>();
  return raw.map((entry, i) => {
    const field = `apps[${i}]`;
    if (typeof entry !== "object" || entry === null)
      throw new ClusterConfigError(`${field} must be an object`);
    const app = entry as Record<string, unknown>;
    const name = app.name;
    if (
      typeof name !== "string" ||
      name.length > MAX_APP_NAME_CHARS ||
      !isGroupName(`app:${name}`) ||
      names.has(name)
    )
      throw new ClusterConfigError(
        `${field}.name must be a unique name of 1..${MAX_APP_NAME_CHARS} printable characters`,
      );
    names.add(name);
    if (typeof app.node !== "string" || !nodes.includes(app.node))
      throw new ClusterConfigError(`${field}.node must be a configured node`);
    if (typeof app.check !== "string" || app.check.length === 0 || app.check.length > MAX_COMMAND_CHARS)
      throw new ClusterConfigError(`${field}.check must be a command of 1..${MAX_COMMAND_CHARS} characters`);
    const intervalMs = whole(app.intervalMs, `${field}.intervalMs`, 50, 3_600_000) ?? 1000;
    const timeoutMs = whole(app.timeoutMs, `${field}.timeoutMs`, 10, 3_600_000) ?? 2000;
    if (app.critical !== undefined && typeof app.critical !== "boolean")
      throw new ClusterConfigError(`${field}.critical must be true or false`);
    return {
      name,
      node: app.node,
      command: app.check,
      intervalMs,
      timeoutMs,
      critical: app.critical === true,
    };
  });
}

export interface GroupConfig {
  readonly timing: DeltaTiming;
  readonly monitor: MonitorTiming;
  readonly callTimeoutMs: number;
}

export function parseGroupConfig(config: ClusterConfig): GroupConfig {
  const s = configSection(config, "group");
  const d = DEFAULT_DELTA_TIMING;
  const m = DEFAULT_MONITOR_TIMING;
  const monitor = {
    intervalMs: whole(s.monitorIntervalMs, "group.monitorIntervalMs", 10, 600_000) ?? m.intervalMs,
    timeoutMs: whole(s.monitorTimeoutMs, "group.monitorTimeoutMs", 20, 3_600_000) ?? m.timeoutMs,
  };
  if (monitor.timeoutMs <= monitor.intervalMs)
    throw new ClusterConfigError("group.monitorTimeoutMs must exceed group.monitorIntervalMs");
  return {
    timing: {
      proposalTimeoutMs:
        whole(s.proposalTimeoutMs, "group.proposalTimeoutMs", 10, 600_000) ?? d.proposalTimeoutMs,
      commitTimeoutMs: whole(s.commitTimeoutMs, "group.commitTimeoutMs", 10, 600_000) ?? d.commitTimeoutMs,
      submitTimeoutMs: whole(s.submitTimeoutMs, "group.submitTimeoutMs", 10, 600_000) ?? d.submitTimeoutMs,
    },
    monitor,
    callTimeoutMs: whole(s.callTimeoutMs, "group.callTimeoutMs", 10, 3_600_000) ?? DEFAULT_CALL_TIMEOUT_MS,
  };
}
