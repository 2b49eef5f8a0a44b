/**
 * Writes a data frame's protobuf bytes (see data-frame-codec.ts): proto3 defaults left out, the
 * optional `immediate` when present, and the payload last, after any alignment filler, so that a
 * large payload can travel as a buffer of its own.
 */
import { ATOMIC_WORD_BYTES } from "./constants.js";
import {
  FRAME_REQUEST_FIELD,
  FRAME_RESPONSE_FIELD,
  I64,
  LENGTH_DELIMITED,
  R_GENERATION,
  R_PSN,
  R_REQUESTER_VI,
  R_RESPONDER_VI,
  REQ_ALIGNMENT,
  REQ_ATTEMPT,
  REQ_COMPARE_ADD,
  REQ_IMMEDIATE,
  REQ_LENGTH,
  REQ_MESSAGE_LENGTH,
  REQ_OPCODE,
  REQ_PAYLOAD,
  REQ_REMOTE_ADDRESS,
  REQ_RKEY,
  REQ_SEGMENT_OFFSET,
  REQ_SWAP,
  RSP_ALIGNMENT,
  RSP_ATTEMPT,
  RSP_DETAIL,
  RSP_ORIGINAL,
  RSP_PAYLOAD,
  RSP_RECEIVER_NOT_READY,
  RSP_SEQUENCE_ERROR,
  RSP_STATUS,
  TWO_POW_32,
} from "./data-frame-fields.js";
import type { DataFrame } from "./frames.js";

function varintSize(value: number): number {
  if (value < 0x80) return 1;
  if (value < 0x4000) return 2;
  if (value < 0x200000) return 3;
  if (value < 0x10000000) return 4;
  if (value < TWO_POW_32) return 5;
  let size = 5;
  for (let rest = Math.floor(value / 2 ** 35); rest > 0; rest = Math.floor(rest / 128)) size++;
  return size;
}

/** A field's tag and varint value, or nothing when the value is 0. */
function uintFieldSize(field: number, value: number): number {
  return value === 0 ? 0 : varintSize(field << 3) + varintSize(value);
}

function fixed64FieldSize(value: bigint): number {
  return value === 0n ? 0 : 1 + ATOMIC_WORD_BYTES;
}

function detailBytes(frame: DataFrame): number {
  return frame.type === "response" && frame.detail.length > 0 ? Buffer.byteLength(frame.detail) : 0;
}

/** Bytes of a data frame's body fields other than its payload and alignment filler. */
function fieldsSize(frame: DataFrame): number {
  let size =
    uintFieldSize(R_REQUESTER_VI, frame.requesterVi) +
    uintFieldSize(R_RESPONDER_VI, frame.responderVi) +
    uintFieldSize(R_GENERATION, frame.generation) +
    uintFieldSize(R_PSN, frame.psn);
  if (frame.type === "request") {
    size +=
      uintFieldSize(REQ_OPCODE, frame.opcode) +
      uintFieldSize(REQ_REMOTE_ADDRESS, frame.remoteAddress) +
      uintFieldSize(REQ_RKEY, frame.rkey) +
      uintFieldSize(REQ_LENGTH, frame.length) +
      (frame.immediate === undefined ? 0 : 1 + varintSize(frame.immediate)) +
      fixed64FieldSize(frame.compareAdd) +
      fixed64FieldSize(frame.swap) +
      uintFieldSize(REQ_SEGMENT_OFFSET, frame.segmentOffset) +
      (frame.messageLength === frame.payload.length
        ? 0
        : uintFieldSize(REQ_MESSAGE_LENGTH, frame.messageLength)) +
      uintFieldSize(REQ_ATTEMPT, frame.attempt);
  } else {
    const detail = detailBytes(frame);
    size +=
      uintFieldSize(RSP_STATUS, frame.status) +
      (frame.receiverNotReady ? 2 : 0) +
      fixed64FieldSize(frame.original) +
      (detail === 0 ? 0 : 1 + varintSize(detail) + detail) +
      (frame.sequenceError ? 2 : 0) +
      uintFieldSize(RSP_ATTEMPT, frame.attempt);
  }
  return size;
}

/**
 * Where a data frame's bytes go: the delimited frame is `head` bytes written here followed by
 * `payloadBytes` of payload (written inline or passed on as its own buffer).
 */
export interface DataFrameLayout {
  /** Bytes up to the payload's first byte: length prefix, tags, fields, filler, payload tag. */
  readonly head: number;
  /** Bytes of alignment filler field (0: none; else 2 + the filler's length). */
  readonly filler: number;
  readonly fields: number;
  readonly inner: number;
  readonly body: number;
}

/**
 * Lays a data frame out. `align`, when given, asks for the payload to start at an offset that is
 * `target` modulo 8 in a message where the frame starts at `messageOffset`: the frame then
 * carries an alignment filler of the right size (as a card's DMA engine would place data).
 */
export function layoutDataFrame(
  frame: DataFrame,
  align?: { readonly messageOffset: number; readonly target: number },
): DataFrameLayout {
  const fields = fieldsSize(frame);
  const length = frame.payload.length;
  const payloadHead = length === 0 ? 0 : 1 + varintSize(length);
  let layout = place(fields, 0, payloadHead, length);
  if (align === undefined || length === 0) return layout;
  // Filler choices: none, or an alignment field of 0..7 bytes (2..9 on the wire): every residue.
  for (let filler = 0; filler <= 2 + 7; filler = filler === 0 ? 2 : filler + 1) {
    layout = place(fields, filler, payloadHead, length);
    if ((align.messageOffset + layout.head - align.target) % ATOMIC_WORD_BYTES === 0) break;
  }
  return layout;
}

function place(fields: number, filler: number, payloadHead: number, length: number): DataFrameLayout {
  const inner = fields + filler + payloadHead + length;
  const body = 1 + varintSize(inner) + inner;
  const head = varintSize(body) + 1 + varintSize(inner) + fields + filler + payloadHead;
  return { head, filler, fields, inner, body };
}

/**
 * Writes a laid-out data frame at `offset`: the head, and the payload too when `withPayload`.
 * Returns the offset after what was written.
 */
export function writeDataFrame(
  frame: DataFrame,
  layout: DataFrameLayout,
  buffer: Uint8Array,
  offset: number,
  withPayload: boolean,
): number {
  const isRequest = frame.type === "request";
  let at = writeVarint(buffer, offset, layout.body);
  buffer[at++] = ((isRequest ? FRAME_REQUEST_FIELD : FRAME_RESPONSE_FIELD) << 3) | LENGTH_DELIMITED;
  at = writeVarint(buffer, at, layout.inner);
  at = writeFields(frame, buffer, at);
  return writeTail(frame, layout.filler, buffer, at, withPayload);
}

/** Room for a small frame's fields (see writeSmallDataFrame): far more than they can take. */
const SCRATCH_BYTES = 1024;
const scratch = new Uint8Array(SCRATCH_BYTES);

/**
 * Writes a whole data frame with a payload under `maxPayload` bytes and no alignment filler into
 * a new buffer, after `headroom` free bytes, in one pass: the fields go to a scratch buffer first,
 * and the lengths in front of them are known once they are written (no sizing pass). A response
 * with a detail string takes layoutDataFrame's way (its length has no bound here).
 */
export function writeSmallDataFrame(frame: DataFrame, headroom: number): Buffer | undefined {
  if (frame.type === "response" && frame.detail.length > 0) return undefined;
  const fields = writeFields(frame, scratch, 0);
  const length = frame.payload.length;
  const inner = fields + (length === 0 ? 0 : 1 + varintSize(length)) + length;
  const body = 1 + varintSize(inner) + inner;
  const buffer = Buffer.allocUnsafe(headroom + varintSize(body) + body);
  let at = writeVarint(buffer, headroom, body);
  buffer[at++] =
    ((frame.type === "request" ? FRAME_REQUEST_FIELD : FRAME_RESPONSE_FIELD) << 3) | LENGTH_DELIMITED;
  at = writeVarint(buffer, at, inner);
  // A plain loop: the fields are a few dozen bytes, less than a view and a native copy cost.
  for (let i = 0; i < fields; i++) buffer[at + i] = scratch[i] as number;
  writeTail(frame, 0, buffer, at + fields, true);
  return buffer;
}

/** A data frame's body fields other than its payload and alignment filler. */
function writeFields(frame: DataFrame, buffer: Uint8Array, offset: number): number {
  const isRequest = frame.type === "request";
  let at = writeUint(buffer, offset, R_REQUESTER_VI, frame.requesterVi);
  at = writeUint(buffer, at, R_RESPONDER_VI, frame.responderVi);
  at = writeUint(buffer, at, R_GENERATION, frame.generation);
  at = writeUint(buffer, at, R_PSN, frame.psn);
  if (isRequest) {
    at = writeUint(buffer, at, REQ_OPCODE, frame.opcode);
    at = writeUint(buffer, at, REQ_REMOTE_ADDRESS, frame.remoteAddress);
    at = writeUint(buffer, at, REQ_RKEY, frame.rkey);
    at = writeUint(buffer, at, REQ_LENGTH, frame.length);
    if (frame.immediate !== undefined) {
      buffer[at++] = REQ_IMMEDIATE << 3;
      at = writeVarint(buffer, at, frame.immediate);
    }
    at = writeFixed64(buffer, at, REQ_COMPARE_ADD, frame.compareAdd);
    at = writeFixed64(buffer, at, REQ_SWAP, frame.swap);
    at = writeUint(buffer, at, REQ_SEGMENT_OFFSET, frame.segmentOffset);
    if (frame.messageLength !== frame.payload.length)
      at = writeUint(buffer, at, REQ_MESSAGE_LENGTH, frame.messageLength);
    at = writeUint(buffer, at, REQ_ATTEMPT, frame.attempt);
  } else {
    at = writeUint(buffer, at, RSP_STATUS, frame.status);
    if (frame.receiverNotReady) at = writeUint(buffer, at, RSP_RECEIVER_NOT_READY, 1);
    at = writeFixed64(buffer, at, RSP_ORIGINAL, frame.original);
    if (frame.detail.length > 0) {
      const bytes = Buffer.from(frame.detail);
      buffer[at++] = (RSP_DETAIL << 3) | LENGTH_DELIMITED;
      at = writeVarint(buffer, at, bytes.length);
      buffer.set(bytes, at);
      at += bytes.length;
    }
    if (frame.sequenceError) at = writeUint(buffer, at, RSP_SEQUENCE_ERROR, 1);
    at = writeUint(buffer, at, RSP_ATTEMPT, frame.attempt);
  }
  return at;
}

/** The alignment filler (if any) and the payload's tag and length, and the payload itself when asked. */
function writeTail(
  frame: DataFrame,
  filler: number,
  buffer: Uint8Array,
  offset: number,
  withPayload: boolean,
): number {
  const isRequest = frame.type === "request";
  let at = offset;
  if (filler > 0) {
    const fill = filler - 2;
    buffer[at++] = ((isRequest ? REQ_ALIGNMENT : RSP_ALIGNMENT) << 3) | LENGTH_DELIMITED;
    buffer[at++] = fill;
    buffer.fill(0, at, at + fill);
    at += fill;
  }
  const { payload } = frame;
  if (payload.length > 0) {
    buffer[at++] = ((isRequest ? REQ_PAYLOAD : RSP_PAYLOAD) << 3) | LENGTH_DELIMITED;
    at = writeVarint(buffer, at, payload.length);
    if (withPayload) {
      buffer.set(payload, at);
      at += payload.length;
    }
  }
  return at;
}

function writeUint(buffer: Uint8Array, at: number, field: number, value: number): number {
  if (value === 0) return at;
  if (field < 16) buffer[at++] = field << 3;
  else at = writeVarint(buffer, at, field << 3);
  return writeVarint(buffer, at, value);
}

function writeVarint(buffer: Uint8Array, at: number, value: number): number {
  if (value < 0x80) {
    buffer[at] = value;
    return at + 1;
  }
  // Values up to 2^64 - 1 that a double holds exactly (addresses are safe integers). `& 0x7f`
  // keeps the low 7 bits of any of them (ToInt32 drops multiples of 2^32), without a float modulo.
  while (value >= TWO_POW_32) {
    buffer[at++] = (value & 0x7f) | 0x80;
    value = Math.floor(value / 0x80);
  }
  while (value >= 0x80) {
    buffer[at++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  buffer[at++] = value;
  return at;
}

function writeFixed64(buffer: Uint8Array, at: number, field: number, value: bigint): number {
  if (value === 0n) return at;
  buffer[at++] = (field << 3) | I64;
  const word = BigInt.asUintN(64, value);
  const low = Number(word & 0xffffffffn);
  const high = Number(word >> 32n);
  buffer[at++] = low;
  buffer[at++] = low >>> 8;
  buffer[at++] = low >>> 16;
  buffer[at++] = low >>> 24;
  buffer[at++] = high;
  buffer[at++] = high >>> 8;
  buffer[at++] = high >>> 16;
  buffer[at++] = high >>> 24;
  return at;
}
