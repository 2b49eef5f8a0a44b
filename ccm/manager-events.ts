/**
 * What the connection manager tells its runtime: lifecycle changes for logs, operators and
 * clients, as a typed union on `type`, one field per fact.
 */
import type { HandshakeStep } from "./handshake.js";

export type PartnerState = "connecting" | "connected" | "ready" | "incompatible";

export type ManagerEvent =
  /** A step of the boot handshake was posted (its RDMA operation is on its way). */
  | {
      readonly type: "handshake-step-start";
      readonly partner: string;
      readonly step: HandshakeStep;
      readonly selfId: number;
    }
  /** One step of the boot handshake ended (004 claim 1: R1, W1, R2, W2, in that order). */
  | {
      readonly type: "handshake-step";
      readonly partner: string;
      readonly step: HandshakeStep;
      readonly ok: boolean;
      readonly detail: string;
      /** Our VI the step was posted on, and where it went: VI 0 of the partner's card. */
      readonly vi: number;
      readonly remoteVi: number;
      readonly partnerCard: number;
      readonly address: number;
      readonly selfId: number;
      readonly partnerBoot: number | undefined;
      readonly durationMs: number;
    }
  | {
      readonly type: "session-connected";
      readonly partner: string;
      readonly sessionId: number;
      readonly version: number;
      readonly selfId: number;
      readonly partnerId: number;
      readonly partnerBoot: number;
    }
  | {
      readonly type: "version-mismatch";
      readonly partner: string;
      readonly ours: readonly [number, number];
      readonly theirs: readonly [number, number];
    }
  | {
      readonly type: "partner-state";
      readonly partner: string;
      readonly state: PartnerState;
      readonly detail: string;
    }
  /** Claim 3: the partner is ready; every local client is told. */
  | {
      readonly type: "partner-ready";
      readonly partner: string;
      readonly version: number;
      readonly sessionId: number;
      /** The partner's boot incarnation (for the node's own use: clients are not told it). */
      readonly partnerBoot: number;
    }
  /** A ready partner's session ended; every local client is told. */
  | { readonly type: "partner-down"; readonly partner: string; readonly reason: string }
  | {
      readonly type: "channel-up";
      readonly client: string;
      readonly partner: string;
      readonly ports: number;
      readonly remoteMemoryBytes: number;
    }
  | {
      readonly type: "channel-down";
      readonly client: string;
      readonly partner: string;
      readonly reason: string;
    }
  /** A two-sided message for a local client from its counterpart. */
  | {
      readonly type: "message";
      readonly client: string;
      readonly partner: string;
      readonly port: number;
      readonly data: Uint8Array;
    }
  /** The partner broke the session protocol; the session is dropped. */
  | { readonly type: "peer-protocol-error"; readonly partner: string; readonly reason: string };
