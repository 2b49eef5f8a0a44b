/**
 * The field numbers and wire types of the data path's two messages, `fabric.Request` and
 * `fabric.Response` inside a `fabric.Frame` (proto/fabric.proto), shared by the hand-written
 * writer and reader (data-frame-codec.ts says why they are hand-written).
 */
import { CompletionStatus, Opcode } from "./work-request.js";

/** Field numbers of `Frame`'s data bodies. */
export const FRAME_REQUEST_FIELD = 4;
export const FRAME_RESPONSE_FIELD = 5;

// Wire types.
export const VARINT = 0;
export const I64 = 1;
export const LENGTH_DELIMITED = 2;
export const I32 = 5;

export const TWO_POW_32 = 2 ** 32;
/** A safe integer's high 32-bit half is at most 2^21 - 1. */
export const MAX_SAFE_HIGH_WORD = 0x1fffff;
export const EMPTY: Uint8Array = new Uint8Array(0);
export const MAX_OPCODE = Opcode.ATOMIC_COMPARE_SWAP;
export const MAX_STATUS = CompletionStatus.LOC_LEN_ERR;

// Field numbers (proto/fabric.proto).
export const R_REQUESTER_VI = 1;
export const R_RESPONDER_VI = 2;
export const R_GENERATION = 3;
export const R_PSN = 4;
export const REQ_OPCODE = 5;
export const REQ_REMOTE_ADDRESS = 6;
export const REQ_RKEY = 7;
export const REQ_LENGTH = 8;
export const REQ_PAYLOAD = 9;
export const REQ_IMMEDIATE = 10;
export const REQ_COMPARE_ADD = 11;
export const REQ_SWAP = 12;
export const REQ_SEGMENT_OFFSET = 13;
export const REQ_MESSAGE_LENGTH = 14;
export const REQ_ALIGNMENT = 15;
export const REQ_ATTEMPT = 16;
export const RSP_STATUS = 5;
export const RSP_RECEIVER_NOT_READY = 6;
export const RSP_PAYLOAD = 7;
export const RSP_ORIGINAL = 8;
export const RSP_DETAIL = 9;
export const RSP_SEQUENCE_ERROR = 10;
export const RSP_ALIGNMENT = 11;
export const RSP_ATTEMPT = 12;

export const UNKNOWN_FIELD = -1;

/** Expected wire type per field number: varint unless listed; fields past the end are unknown. */
function wireTypes(lastField: number, others: Record<number, number>): number[] {
  const types: number[] = [UNKNOWN_FIELD];
  for (let field = 1; field <= lastField; field++) types.push(others[field] ?? VARINT);
  return types;
}

export const REQUEST_WIRE_TYPES = wireTypes(REQ_ATTEMPT, {
  [REQ_PAYLOAD]: LENGTH_DELIMITED,
  [REQ_ALIGNMENT]: LENGTH_DELIMITED,
  [REQ_COMPARE_ADD]: I64,
  [REQ_SWAP]: I64,
});
export const RESPONSE_WIRE_TYPES = wireTypes(RSP_ATTEMPT, {
  [RSP_PAYLOAD]: LENGTH_DELIMITED,
  [RSP_DETAIL]: LENGTH_DELIMITED,
  [RSP_ALIGNMENT]: LENGTH_DELIMITED,
  [RSP_ORIGINAL]: I64,
});
