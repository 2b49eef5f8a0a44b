/**
 * The "membership" section of a cluster config (all optional; defaults shown):
 *
 *   "membership": { "heartbeatIntervalMs": 100, "heartbeatTimeoutMs": 500, "proposalTimeoutMs": 250, "settleMs": 30 }
 *
 * heartbeatTimeoutMs is how long a node may be silent before it is suspected: with the defaults a
 * frozen node is out of the view well within a second (a killed one sooner: its channel goes
 * down). It must exceed the interval by enough for a loaded host's delays; with a duplicate
 * fabric it must also outlast a fabric's failover (retryTimeoutMs + the interval), and its
 * default grows by that much.
 */
import { join } from "node:path";
import type { ClusterConfig } from "../../ccm/cluster-config.js";
import { ClusterConfigError } from "../../ccm/errors.js";
import { MembershipStore } from "./membership-store.js";
import { DEFAULT_MEMBERSHIP_TIMING, type MembershipTiming } from "./membership-types.js";

export function parseMembershipConfig(config: ClusterConfig): MembershipTiming {
  const section = configSection(config, "membership");
  const d = DEFAULT_MEMBERSHIP_TIMING;
  const intervalMs =
    whole(section.heartbeatIntervalMs, "membership.heartbeatIntervalMs", 5, 60_000) ?? d.heartbeatIntervalMs;
  // With a duplicate fabric, Hellos stall while a dead fabric's requests run out (retryTimeoutMs)
  // before the other takes them: the silence that suspects a node must outlast that.
  const duplicate = config.fabrics.length > 1;
  const failoverMs = config.retryTimeoutMs + intervalMs;
  const timeoutMs =
    whole(section.heartbeatTimeoutMs, "membership.heartbeatTimeoutMs", 10, 600_000) ??
    (duplicate ? Math.max(d.heartbeatTimeoutMs, failoverMs + d.heartbeatTimeoutMs) : d.heartbeatTimeoutMs);
  if (timeoutMs < 2 * intervalMs)
    throw new ClusterConfigError(
      "membership.heartbeatTimeoutMs must be at least twice membership.heartbeatIntervalMs",
    );
  if (duplicate && timeoutMs <= failoverMs)
    throw new ClusterConfigError(
      `with a duplicate fabric, membership.heartbeatTimeoutMs (${timeoutMs}) must exceed retryTimeoutMs + membership.heartbeatIntervalMs (${failoverMs})`,
    );
  return {
    heartbeatIntervalMs: intervalMs,
    heartbeatTimeoutMs: timeoutMs,
    proposalTimeoutMs:
      whole(section.proposalTimeoutMs, "membership.proposalTimeoutMs", 10, 600_000) ?? d.proposalTimeoutMs,
    settleMs: whole(section.settleMs, "membership.settleMs", 0, 60_000) ?? d.settleMs,
  };
}

/** The node's membership file: <dataDir>/<node>/membership.json. */
export function membershipStoreFor(config: ClusterConfig, node: string): MembershipStore {
  return new MembershipStore(
    join(config.dataDir, node, "membership.json"),
    config.nodes.map((n) => n.id),
  );
}

/** A config section as a record (absent: empty). */
export function configSection(config: ClusterConfig, name: string): Record<string, unknown> {
  const raw = config.raw[name];
  if (raw === undefined) return {};
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new ClusterConfigError(`${name} must be an object`);
  return raw as Record<string, unknown>;
}

/** An integer field in min..max, or undefined when absent. */
export function whole(value: unknown, field: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max)
    throw new ClusterConfigError(`${field} must be an integer in ${min}..${max}`);
  return value;
}
