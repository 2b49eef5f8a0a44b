/**
 * The "seq" section of a cluster config (all optional):
 *
 *   "seq": { "leaseMs": 300, "callTimeoutMs": 10000, "blockSize": 1048576 }
 *
 * leaseMs sets the lease, and from it the renewal, retry and seal timings; it should stay below
 * the heartbeat timeout, so that a failover waits for no lease longer than for detection.
 */
import { join } from "node:path";
import type { ClusterConfig } from "../../ccm/cluster-config.js";
import { ClusterConfigError } from "../../ccm/errors.js";
import { MAX_BLOCK_SIZE } from "./messages.js";
import { DEFAULT_BLOCK_SIZE, DEFAULT_SEQ_TIMING, type SeqTiming } from "./seq-node.js";
import { SeqStore } from "./seq-store.js";

export interface SeqConfig {
  readonly timing: SeqTiming;
  readonly blockSize: number;
}

export function parseSeqConfig(config: ClusterConfig): SeqConfig {
  const raw = config.raw.seq;
  if (raw === undefined) return { timing: DEFAULT_SEQ_TIMING, blockSize: DEFAULT_BLOCK_SIZE };
  if (typeof raw !== "object" || raw === null) throw new ClusterConfigError("seq must be an object");
  const section = raw as Record<string, unknown>;
  const leaseMs = whole(section.leaseMs, "seq.leaseMs", 20, 60_000) ?? DEFAULT_SEQ_TIMING.leaseMs;
  const callTimeoutMs =
    whole(section.callTimeoutMs, "seq.callTimeoutMs", 1, 3_600_000) ?? DEFAULT_SEQ_TIMING.callTimeoutMs;
  const blockSize = whole(section.blockSize, "seq.blockSize", 2, MAX_BLOCK_SIZE) ?? DEFAULT_BLOCK_SIZE;
  const scale = leaseMs / DEFAULT_SEQ_TIMING.leaseMs;
  return {
    timing: {
      leaseMs,
      renewMs: DEFAULT_SEQ_TIMING.renewMs * scale,
      retryMs: DEFAULT_SEQ_TIMING.retryMs * scale,
      sealTimeoutMs: DEFAULT_SEQ_TIMING.sealTimeoutMs * scale,
      proposeDelayMs: DEFAULT_SEQ_TIMING.proposeDelayMs * scale,
      callTimeoutMs,
    },
    blockSize,
  };
}

/** The node's store file: <dataDir>/<node>/seq-state.json. */
export function seqStoreFor(config: ClusterConfig, node: string): SeqStore {
  return new SeqStore(join(config.dataDir, node, "seq-state.json"));
}

function whole(value: unknown, field: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new ClusterConfigError(`${field} must be an integer in ${min}..${max}`);
  }
  return value;
}
