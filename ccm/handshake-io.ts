/**
 * What the boot handshake core (handshake.ts) takes and gives: its timing, its inputs and its
 * outputs, tagged by `type`. Offsets in outputs are relative to the partner's mailbox.
 */
import type { SlotRecord } from "./mailbox-layout.js";

export type HandshakeStep = "R1" | "W1" | "R2" | "W2";
export type HandshakePhase = HandshakeStep | "idle" | "awaiting-confirm" | "connected" | "incompatible";

export interface HandshakeTiming {
  /** R1 retry backoff while the partner is absent: from min, doubling, up to max. */
  readonly retryMinMs: number;
  readonly retryMaxMs: number;
  /** R2 re-reads this often until the partner has seen our hello, for at most confirmTimeoutMs. */
  readonly confirmPollMs: number;
  readonly confirmTimeoutMs: number;
  /** How often our own slot for the partner is looked at until we are connected. */
  readonly localPollMs: number;
  /**
   * Both polls above slow to this once a notification of the partner has reached us: they are
   * only the fallback for one lost then. (Until then a receive left on VI 0 by an earlier boot of
   * our host, or none posted yet, may swallow them.)
   */
  readonly notifiedPollMs: number;
  readonly connectedPollMs: number;
}

export const DEFAULT_HANDSHAKE_TIMING: HandshakeTiming = {
  retryMinMs: 20,
  retryMaxMs: 1000,
  confirmPollMs: 2,
  confirmTimeoutMs: 1000,
  localPollMs: 2,
  notifiedPollMs: 20,
  connectedPollMs: 50,
};

/** An established session, as both sides see it. */
export interface SessionInfo {
  readonly sessionId: number;
  readonly version: number;
  readonly selfId: number;
  readonly partnerId: number;
  readonly partnerBoot: number;
  /** The VI the partner keeps for this session (the other end of our control VI). */
  readonly partnerControlVi: number;
}

export type HandshakeInput =
  | { readonly type: "start" }
  /** A READ of the partner's mailbox completed: its bytes, or undefined when it failed. */
  | { readonly type: "read-done"; readonly seq: number; readonly mailbox: Uint8Array | undefined }
  | { readonly type: "write-done"; readonly seq: number; readonly ok: boolean }
  /** Time passed (the wake-up); `localSlot` is what our own mailbox's slot for the partner holds now. */
  | { readonly type: "tick"; readonly localSlot: SlotRecord | undefined }
  /** The partner notified us (a WRITE with immediate on VI 0): look at once, not at the next tick. */
  | { readonly type: "notified"; readonly localSlot: SlotRecord | undefined }
  /** The manager declared the partner down (heartbeats, link): give the session up, start over. */
  | { readonly type: "partner-down"; readonly reason: string }
  /** A fabric link to the partner's card came up: an R1 waiting out its backoff may go now. */
  | { readonly type: "link-up" };

export type HandshakeOutput =
  /** Offsets are relative to the partner's mailbox (its predefined address on this fabric). */
  | {
      readonly type: "read";
      readonly step: "R1" | "R2";
      readonly seq: number;
      readonly offset: number;
      readonly length: number;
    }
  | {
      readonly type: "write";
      readonly step: "W1" | "W2";
      readonly seq: number;
      readonly offset: number;
      readonly data: Uint8Array;
      /** Sent as the WRITE's immediate data: the partner's card tells it at once. */
      readonly immediate: number;
    }
  /** An empty WRITE with this immediate data: tells the partner to look (its completion is moot). */
  | { readonly type: "notify"; readonly offset: number; readonly immediate: number }
  /** How a step ended: `ok`, or `retry` with the reason (the runtime logs both). */
  | {
      readonly type: "step-done";
      readonly step: HandshakeStep;
      readonly ok: boolean;
      readonly detail: string;
      readonly selfId: number;
      readonly partnerBoot: number | undefined;
    }
  /** Record in our own mailbox that we saw this record of the partner: seen[partner] = id. */
  | { readonly type: "mark-seen"; readonly id: number }
  /** Connect our control VI for this partner to the partner's, before our confirmation goes out. */
  | { readonly type: "connect-control"; readonly partnerControlVi: number }
  | ({ readonly type: "connected" } & SessionInfo)
  | { readonly type: "session-lost"; readonly sessionId: number; readonly reason: string }
  | {
      readonly type: "version-mismatch";
      readonly ours: readonly [number, number];
      readonly theirs: readonly [number, number];
      readonly partnerBoot: number;
    };
