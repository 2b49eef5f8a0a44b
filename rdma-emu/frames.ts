import type { fabric } from "../proto/generated/fabric.js";
import type { HardwareAddress } from "./hardware-address.js";

/**
 * Frames as the card's logic sees them: validated, with 64-bit wire fields normalised once at the
 * codec edge (addresses and incarnations as safe integers, atomic operands as bigint).
 */
export type FabricFrame =
  | LinkChallengeFrame
  | LinkLoginFrame
  | LinkAcceptFrame
  | RequestFrame
  | ResponseFrame;

export interface LinkChallengeFrame {
  readonly type: "challenge";
  readonly hardwareAddress: HardwareAddress;
  readonly fabricId: number;
  readonly cardIncarnation: number;
  readonly nonce: Uint8Array;
  readonly protocolVersion: number;
}

export interface LinkLoginFrame {
  readonly type: "login";
  readonly hardwareAddress: HardwareAddress;
  readonly fabricId: number;
  readonly cardIncarnation: number;
  readonly nonce: Uint8Array;
  readonly proof: Uint8Array;
  readonly protocolVersion: number;
}

export interface LinkAcceptFrame {
  readonly type: "accept";
  readonly proof: Uint8Array;
}

/** Identifies a flow's place on the wire: which VIs, which restart of the flow, which sequence number. */
export interface FlowPosition {
  readonly requesterVi: number;
  readonly responderVi: number;
  readonly generation: number;
  readonly psn: number;
}

export interface RequestFrame extends FlowPosition {
  readonly type: "request";
  readonly opcode: fabric.Opcode;
  readonly remoteAddress: number;
  readonly rkey: number;
  readonly length: number;
  readonly payload: Uint8Array;
  readonly immediate: number | undefined;
  readonly compareAdd: bigint;
  readonly swap: bigint;
  /** Where this frame's payload starts in the whole message (0 unless segmented). */
  readonly segmentOffset: number;
  /** Length of the whole message's payload (equals payload.length unless segmented). */
  readonly messageLength: number;
  /** Which transmission of the request this is; echoed by the response. */
  readonly attempt: number;
}

export interface ResponseFrame extends FlowPosition {
  readonly type: "response";
  readonly status: fabric.CompletionStatus;
  readonly receiverNotReady: boolean;
  /** A NAK for a gap: `psn` is the one the responder expects next. */
  readonly sequenceError: boolean;
  readonly payload: Uint8Array;
  readonly original: bigint;
  readonly detail: string;
  /** The attempt of the request transmission this answers. */
  readonly attempt: number;
}

/** Frames that flow only after login: the card's data path. */
export type DataFrame = RequestFrame | ResponseFrame;
