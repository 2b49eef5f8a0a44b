/**
 * What a sequence node takes in and gives out, its timing and what it keeps on disk: the types
 * and defaults of `SeqNode` (seq-node.ts), shared by its roles.
 */
import type { Layout, SeqMessage } from "./messages.js";

/**
 * Ballots: round × BALLOT_SPAN + the proposer's index, so no two proposers share one. None is
 * above MAX_BALLOT: a node never proposes one, nor takes one (the decoder refuses it).
 */
export const BALLOT_SPAN = 16;

/**
 * How far at or above the serving primary's next number a caller's floor may be: none. The next
 * number is above every number ever issued in any epoch, and an honest floor is a number some
 * call returned, so it is below the next number; a floor that reaches it cannot come from a
 * number this service issued. No slack is needed and none is given: any slack would let a
 * hostile floor push the numbers up by that much per call.
 */
export const FLOOR_SLACK = 0;

export interface SeqTiming {
  /** How long a lease grant lasts; the primary counts it from when it asked, minus a margin. */
  readonly leaseMs: number;
  /** How often the primary renews its lease. */
  readonly renewMs: number;
  /** An originator resends an unanswered request after this long. */
  readonly retryMs: number;
  /** How long a caller waits for numbers before E_SEQ_UNAVAILABLE. */
  readonly callTimeoutMs: number;
  /** How long a proposer waits for a majority of Sealed replies. */
  readonly sealTimeoutMs: number;
  /** A node proposes this long after it found a layout missing or a generator gone (× its rank). */
  readonly proposeDelayMs: number;
}

export const DEFAULT_SEQ_TIMING: SeqTiming = {
  leaseMs: 300,
  renewMs: 75,
  retryMs: 100,
  callTimeoutMs: 10_000,
  sealTimeoutMs: 400,
  proposeDelayMs: 30,
};

/** Numbers reserved at a majority at a time; the next block is reserved when half is used. */
export const DEFAULT_BLOCK_SIZE = 1 << 20;

/** What a node keeps on disk. */
export interface DurableState {
  /** The highest ballot promised (0: none). */
  readonly promised: number;
  readonly layout: Layout | undefined;
  /** The highest reservation end held (0: none). */
  readonly reserved: number;
}

export const EMPTY_DURABLE_STATE: DurableState = { promised: 0, layout: undefined, reserved: 0 };

export interface SeqNodeOptions {
  readonly self: string;
  /** Every configured node, in index order (a node's index is its position). */
  readonly nodes: readonly string[];
  readonly timing?: SeqTiming;
  readonly blockSize?: number;
  /** Uniform in [0, 1): the only randomness (proposal jitter); seeded in the sim. */
  readonly random: () => number;
}

export type SeqInput =
  /** The process (re)started; `durable` is what its store holds. */
  | { readonly type: "boot"; readonly durable: DurableState }
  /** Messages from one peer, in the order they came (one SEND carries several). */
  | { readonly type: "messages"; readonly from: string; readonly messages: readonly SeqMessage[] }
  | { readonly type: "peer-up"; readonly peer: string }
  | { readonly type: "peer-down"; readonly peer: string }
  /** The durable write with this token is on disk. */
  | { readonly type: "persisted"; readonly token: number }
  /** A caller wants `count` numbers, above `floor` (the highest it has seen). */
  | { readonly type: "call"; readonly callId: number; readonly count: number; readonly floor: number }
  | { readonly type: "tick" };

export type SeqRole = "primary" | "secondary" | "none";

export type SeqOutput =
  | { readonly type: "send"; readonly to: string; readonly message: SeqMessage }
  | { readonly type: "persist"; readonly token: number; readonly state: DurableState }
  | {
      readonly type: "result";
      readonly callId: number;
      readonly start: number;
      readonly count: number;
      readonly epoch: number;
    }
  /**
   * The call failed: "unavailable", no number in time (or none left), retryable; "bad-request",
   * refused as such (its floor is above every number issued), final.
   */
  | {
      readonly type: "failed";
      readonly callId: number;
      readonly error: "unavailable" | "bad-request";
      readonly reason: string;
    }
  /** The generator's current number changed (the runtime keeps it in registered memory). */
  | { readonly type: "counter"; readonly role: "primary" | "secondary"; readonly value: number }
  /** For operators: this node installed a layout / its part in it changed. */
  | { readonly type: "layout"; readonly layout: Layout; readonly role: SeqRole }
  | { readonly type: "proposing"; readonly ballot: number; readonly reason: string }
  /**
   * A new layout is called for, but the next ballot would pass MAX_BALLOT (once per process):
   * this node proposes no more; the others still may. Out of reach of an honest cluster.
   */
  | { readonly type: "ballots-exhausted"; readonly promised: number; readonly reason: string };
