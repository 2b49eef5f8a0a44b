/**
 * The membership daemon's contract (membership-node.ts is the core): its timing, what it keeps on
 * disk, its inputs and outputs, and the three kinds of notification its subscribers hear.
 */
import type { CmsMessage } from "./messages.js";
import type { View } from "./view.js";

export interface MembershipTiming {
  readonly heartbeatIntervalMs: number;
  /** A partner silent this long is suspected. */
  readonly heartbeatTimeoutMs: number;
  /** A proposal not accepted by every member in this long is dropped (and one is made again). */
  readonly proposalTimeoutMs: number;
  /** The alive set must stand still this long before a view is proposed (joins come together). */
  readonly settleMs: number;
}

export const DEFAULT_MEMBERSHIP_TIMING: MembershipTiming = {
  heartbeatIntervalMs: 100,
  heartbeatTimeoutMs: 500,
  proposalTimeoutMs: 250,
  settleMs: 30,
};

/** What subscribers hear (the seed's three kinds of membership notification). */
export type MembershipNotification =
  | {
      readonly type: "view-installed";
      readonly view: View;
      readonly coordinator: string;
      readonly joined: readonly string[];
      readonly left: readonly string[];
    }
  | { readonly type: "node-suspected"; readonly node: string; readonly reason: string; readonly view: number }
  | { readonly type: "quorum-lost"; readonly view: number; readonly alive: readonly string[] };

export type MembershipInput =
  | { readonly type: "peer-up"; readonly peer: string }
  | { readonly type: "peer-down"; readonly peer: string; readonly reason: string }
  | { readonly type: "message"; readonly from: string; readonly message: CmsMessage }
  | { readonly type: "tick" };

export type MembershipOutput =
  | { readonly type: "send"; readonly to: string; readonly message: CmsMessage }
  | { readonly type: "notify"; readonly notification: MembershipNotification }
  /** This node was left out of a view a quorum installed: the node must reset. */
  | { readonly type: "reset"; readonly reason: string }
  /** Save before anything that follows is sent (a promise must outlive the incarnation). */
  | { readonly type: "persist"; readonly durable: MembershipDurable };

export type NodeMembershipState = "member" | "suspected" | "joining" | "down" | "suspended";

/**
 * What a node keeps on disk across incarnations: the highest id it promised and the latest
 * installed view it knows of. A restarted node is a new member, but it must not accept an id it
 * promised before, nor a proposal based on a view older than one it saw installed: otherwise a
 * minority plus restarted nodes that forgot could install a second view of one id, or a view
 * that forks the group history.
 */
export interface MembershipDurable {
  readonly promised: number;
  readonly view: View;
}
