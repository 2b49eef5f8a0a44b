/**
 * The "membership" section of a cluster config (all optional; defaults shown):
 *
 *   "membership": { "heartbeatIntervalMs": 100, "heartbeatTimeoutMs": 500, "proposalTimeoutMs": 250, "settleMs": 30 }
 *
 * heartbeatTimeoutMs is how long a node may be silent before it is suspected: with the defaults a
 * frozen node is out of the view well within a second (a killed one sooner: its channel goes
 * down). It must exceed the interval by enough for a loaded host's delays.
 */
import { join } from "node:path";
import type { ClusterConfig } from "../../ccm/cluster-config.js";
import { ClusterConfigError } from "../../ccm/errors.js";
import { MembershipStore } from "./membership-store.js";
import { DEFAULT_MEMBERSHIP_TIMING, type MembershipTiming } from "./membership-types.js";

export function parseMembershipConfig(config: ClusterConfig): MembershipTiming {
  const section = configSection(config, "membership");
  const d = DEFAULT_MEMBERSHIP_TIMING;
  const timing = {
    heartbeatIntervalMs:
      whole(section.heartbeatIntervalMs, "membership.heartbeatIntervalMs", 5, 60_000) ??
      d.heartbeatIntervalMs,
    heartbeatTimeoutMs:
      whole(section.heartbeatTimeoutMs, "membership.heartbeatTimeoutMs", 10, 600_000) ?? d.heartbeatTimeoutMs,
    proposalTimeoutMs:
      whole(section.proposalTimeoutMs, "membership.proposalTimeoutMs", 10, 600_000) ?? d.proposalTimeoutMs,
    settleMs: whole(section.settleMs, "membership.settleMs", 0, 60_000) ?? d.settleMs,
  };
  if (timing.heartbeatTimeoutMs < 2 * timing.heartbeatIntervalMs)
    throw new ClusterConfigError(
      "membership.heartbeatTimeoutMs must be at least twice membership.heartbeatIntervalMs",
    );
  return timing;
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
