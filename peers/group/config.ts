/**
 * The "group" section of a cluster config (all optional; defaults shown):
 *
 *   "group": { "proposalTimeoutMs": 200, "commitTimeoutMs": 200, "submitTimeoutMs": 1000,
 *              "monitorIntervalMs": 500, "monitorTimeoutMs": 2000, "callTimeoutMs": 10000 }
 *
 * An instance that has not answered monitoring for monitorTimeoutMs has failed (a critical one
 * resets its node); a call whose entry is not delivered within callTimeoutMs answers
 * E_GROUP_UNAVAILABLE.
 */
import type { ClusterConfig } from "../../ccm/cluster-config.js";
import { ClusterConfigError } from "../../ccm/errors.js";
import { configSection, whole } from "../membership/config.js";
import { DEFAULT_DELTA_TIMING, type DeltaTiming } from "./delta-node.js";
import { DEFAULT_CALL_TIMEOUT_MS } from "./group-service.js";
import { DEFAULT_MONITOR_TIMING, type MonitorTiming } from "./instance-monitor.js";

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
