/**
 * The wire form of the data path's two messages, `fabric.Request` and `fabric.Response` inside a
 * `fabric.Frame` (proto/fabric.proto), written and read by hand. Every RDMA operation is one of
 * each, so this code runs on every round trip; protobufjs's generic writer and reader (an operation
 * list per message, `Long` objects for the 64-bit fields, an intermediate object per message) cost
 * more than the card's own work. The bytes are ordinary protobuf: protobufjs decodes what this
 * writes and this reads what protobufjs writes (test/rdma-emu/frame-codec.test.ts checks both).
 *
 * Writing follows proto3: fields at their default value are left out, the optional `immediate`
 * is written when present, and the payload comes last (after any alignment filler), which lets a
 * large payload travel as a separate buffer. Reading accepts fields in any order, skips unknown
 * ones, and throws LinkProtocolError on anything malformed.
 */
import { ATOMIC_WORD_BYTES, MAX_DETAIL_CHARS, MAX_MESSAGE_BYTES, MAX_VI_NUMBER } from "./constants.js";
import { LinkProtocolError } from "./errors.js";
import type { DataFrame, FlowPosition, RequestFrame, ResponseFrame } from "./frames.js";
import { CompletionStatus, Opcode } from "./work-request.js";

/** Field numbers of `Frame`'s data bodies. */
export const FRAME_REQUEST_FIELD = 4;
export const FRAME_RESPONSE_FIELD = 5;

// Wire types.
const VARINT = 0;
const I64 = 1;
export const LENGTH_DELIMITED = 2;
const I32 = 5;

const TWO_POW_32 = 2 ** 32;
/** A safe integer's high 32-bit half is at most 2^21 - 1. */
const MAX_SAFE_HIGH_WORD = 0x1fffff;
const EMPTY: Uint8Array = new Uint8Array(0);
const MAX_OPCODE = Opcode.ATOMIC_COMPARE_SWAP;
const MAX_STATUS = CompletionStatus.LOC_LEN_ERR;

// Field numbers (proto/fabric.proto).
const R_REQUESTER_VI = 1;
const R_RESPONDER_VI = 2;
const R_GENERATION = 3;
const R_PSN = 4;
const REQ_OPCODE = 5;
const REQ_REMOTE_ADDRESS = 6;
const REQ_RKEY = 7;
const REQ_LENGTH = 8;
const REQ_PAYLOAD = 9;
const REQ_IMMEDIATE = 10;
const REQ_COMPARE_ADD = 11;
const REQ_SWAP = 12;
const REQ_SEGMENT_OFFSET = 13;
const REQ_MESSAGE_LENGTH = 14;
const REQ_ALIGNMENT = 15;
const REQ_ATTEMPT = 16;
const RSP_STATUS = 5;
const RSP_RECEIVER_NOT_READY = 6;
const RSP_PAYLOAD = 7;
const RSP_ORIGINAL = 8;
const RSP_DETAIL = 9;
const RSP_SEQUENCE_ERROR = 10;
const RSP_ALIGNMENT = 11;
const RSP_ATTEMPT = 12;

const UNKNOWN_FIELD = -1;

/** Expected wire type per field number: varint unless listed; fields past the end are unknown. */
function wireTypes(lastField: number, others: Record<number, number>): number[] {
  const types: number[] = [UNKNOWN_FIELD];
  for (let field = 1; field <= lastField; field++) types.push(others[field] ?? VARINT);
  return types;
}

const REQUEST_WIRE_TYPES = wireTypes(REQ_ATTEMPT, {
  [REQ_PAYLOAD]: LENGTH_DELIMITED,
  [REQ_ALIGNMENT]: LENGTH_DELIMITED,
  [REQ_COMPARE_ADD]: I64,
  [REQ_SWAP]: I64,
});
const RESPONSE_WIRE_TYPES = wireTypes(RSP_ATTEMPT, {
  [RSP_PAYLOAD]: LENGTH_DELIMITED,
  [RSP_DETAIL]: LENGTH_DELIMITED,
  [RSP_ALIGNMENT]: LENGTH_DELIMITED,
  [RSP_ORIGINAL]: I64,
});

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
  return frame.kind === "response" && frame.detail.length > 0 ? Buffer.byteLength(frame.detail) : 0;
}

/** Bytes of a data frame's body fields other than its payload and alignment filler. */
function fieldsSize(frame: DataFrame): number {
  let size =
    uintFieldSize(R_REQUESTER_VI, frame.requesterVi) +
    uintFieldSize(R_RESPONDER_VI, frame.responderVi) +
    uintFieldSize(R_GENERATION, frame.generation) +
    uintFieldSize(R_PSN, frame.psn);
  if (frame.kind === "request") {
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
  const isRequest = frame.kind === "request";
  let at = writeVarint(buffer, offset, layout.body);
  buffer[at++] = ((isRequest ? FRAME_REQUEST_FIELD : FRAME_RESPONSE_FIELD) << 3) | LENGTH_DELIMITED;
  at = writeVarint(buffer, at, layout.inner);
  at = writeUint(buffer, at, R_REQUESTER_VI, frame.requesterVi);
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
  if (layout.filler > 0) {
    const fill = layout.filler - 2;
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

/** A position in a link message, with protobuf's primitive readers. Errors name the byte. */
export class WireReader {
  pos: number;
  /** The upper 32 bits of the last varint read (readVarint returns the lower 32). */
  high = 0;

  constructor(
    readonly buffer: Uint8Array,
    start: number,
    readonly end: number,
  ) {
    this.pos = start;
  }

  /** A varint; returns its low 32 bits as an unsigned number and keeps the high ones in `high`. */
  readVarint(): number {
    const { buffer, end } = this;
    let low = 0;
    let high = 0;
    let shift = 0;
    for (let i = 0; i < 10; i++) {
      if (this.pos >= end) throw this.error("truncated varint");
      const byte = buffer[this.pos++] as number;
      if (shift < 28) low |= (byte & 0x7f) << shift;
      else if (shift === 28) {
        low |= (byte & 0x0f) << 28;
        high = (byte & 0x7f) >>> 4;
      } else high |= (byte & 0x7f) << (shift - 32);
      if (byte < 0x80) {
        this.high = high >>> 0;
        return low >>> 0;
      }
      shift += 7;
    }
    throw this.error("varint longer than 10 bytes");
  }

  /** A length-delimited field's length, checked against what is left. */
  readLength(): number {
    const length = this.readVarint();
    if (this.high !== 0 || length > this.end - this.pos) throw this.error("length beyond the message");
    return length;
  }

  readFixed64(): bigint {
    if (this.end - this.pos < ATOMIC_WORD_BYTES) throw this.error("truncated fixed64");
    const b = this.buffer;
    const p = this.pos;
    const low =
      ((b[p] as number) | ((b[p + 1] as number) << 8) | ((b[p + 2] as number) << 16)) +
      (b[p + 3] as number) * 0x1000000;
    const high =
      ((b[p + 4] as number) | ((b[p + 5] as number) << 8) | ((b[p + 6] as number) << 16)) +
      (b[p + 7] as number) * 0x1000000;
    this.pos = p + ATOMIC_WORD_BYTES;
    if (low === 0 && high === 0) return 0n;
    return (BigInt(high) << 32n) | BigInt(low);
  }

  /** A view of the next `length` bytes (no copy). */
  readBytes(length: number): Uint8Array {
    if (length === 0) return EMPTY;
    const { buffer } = this;
    const view = new Uint8Array(buffer.buffer, buffer.byteOffset + this.pos, length);
    this.pos += length;
    return view;
  }

  skip(wireType: number): void {
    switch (wireType) {
      case VARINT:
        this.readVarint();
        return;
      case I64:
        this.advance(8);
        return;
      case LENGTH_DELIMITED:
        this.advance(this.readLength());
        return;
      case I32:
        this.advance(4);
        return;
      default:
        throw this.error(`wire type ${wireType} is not supported`);
    }
  }

  error(reason: string): LinkProtocolError {
    return new LinkProtocolError(`undecodable frame at byte ${this.pos}: ${reason}`);
  }

  private advance(bytes: number): void {
    if (this.end - this.pos < bytes) throw this.error("truncated field");
    this.pos += bytes;
  }
}

/** Reads a `Request` body occupying [reader.pos, end) and validates it. */
export function readRequest(reader: WireReader, end: number): RequestFrame {
  const flow = emptyFlowPosition();
  let opcode = 0;
  let remoteAddress = 0;
  let rkey = 0;
  let length = 0;
  let payload = EMPTY;
  let immediate: number | undefined;
  let compareAdd = 0n;
  let swap = 0n;
  let segmentOffset = 0;
  let messageLength = 0;
  let attempt = 0;
  while (reader.pos < end) {
    switch (nextField(reader, REQUEST_WIRE_TYPES, "request", flow)) {
      case REQ_OPCODE:
        opcode = reader.readVarint();
        break;
      case REQ_REMOTE_ADDRESS: {
        const low = reader.readVarint();
        if (reader.high > MAX_SAFE_HIGH_WORD) throw new LinkProtocolError("remote_address exceeds 2^53");
        remoteAddress = reader.high * TWO_POW_32 + low;
        break;
      }
      case REQ_RKEY:
        rkey = reader.readVarint();
        break;
      case REQ_LENGTH:
        length = reader.readVarint();
        break;
      case REQ_PAYLOAD:
        payload = reader.readBytes(reader.readLength());
        break;
      case REQ_IMMEDIATE:
        immediate = reader.readVarint();
        break;
      case REQ_COMPARE_ADD:
        compareAdd = reader.readFixed64();
        break;
      case REQ_SWAP:
        swap = reader.readFixed64();
        break;
      case REQ_SEGMENT_OFFSET:
        segmentOffset = reader.readVarint();
        break;
      case REQ_MESSAGE_LENGTH:
        messageLength = reader.readVarint();
        break;
      case REQ_ALIGNMENT:
        reader.skip(LENGTH_DELIMITED);
        break;
      case REQ_ATTEMPT:
        attempt = reader.readVarint();
        break;
    }
  }
  checkVis(flow);
  if (opcode === Opcode.OPCODE_UNSPECIFIED || opcode > MAX_OPCODE) {
    throw new LinkProtocolError(`unknown opcode ${opcode}`);
  }
  if (length > MAX_MESSAGE_BYTES)
    throw new LinkProtocolError(`read length ${length} exceeds ${MAX_MESSAGE_BYTES}`);
  if (payload.length > MAX_MESSAGE_BYTES) {
    throw new LinkProtocolError(`payload of ${payload.length} bytes exceeds ${MAX_MESSAGE_BYTES}`);
  }
  // An unsegmented request may leave message_length out (0): it is then its payload's length.
  if (messageLength === 0) messageLength = payload.length;
  if (messageLength > MAX_MESSAGE_BYTES || segmentOffset + payload.length > messageLength) {
    throw new LinkProtocolError(
      `segment [${segmentOffset}, +${payload.length}) does not fit a message of ${messageLength} bytes`,
    );
  }
  return {
    kind: "request",
    requesterVi: flow.requesterVi,
    responderVi: flow.responderVi,
    generation: flow.generation,
    psn: flow.psn,
    opcode,
    remoteAddress,
    rkey,
    length,
    payload,
    immediate,
    compareAdd,
    swap,
    segmentOffset,
    messageLength,
    attempt,
  };
}

/** Reads a `Response` body occupying [reader.pos, end) and validates it. */
export function readResponse(reader: WireReader, end: number): ResponseFrame {
  const flow = emptyFlowPosition();
  let status = 0;
  let receiverNotReady = false;
  let payload = EMPTY;
  let original = 0n;
  let detail = "";
  let sequenceError = false;
  let attempt = 0;
  while (reader.pos < end) {
    switch (nextField(reader, RESPONSE_WIRE_TYPES, "response", flow)) {
      case RSP_STATUS:
        status = reader.readVarint();
        break;
      case RSP_RECEIVER_NOT_READY:
        receiverNotReady = (reader.readVarint() | reader.high) !== 0;
        break;
      case RSP_PAYLOAD:
        payload = reader.readBytes(reader.readLength());
        break;
      case RSP_ORIGINAL:
        original = reader.readFixed64();
        break;
      case RSP_DETAIL: {
        const bytes = reader.readBytes(reader.readLength());
        detail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
          .toString("utf8")
          .slice(0, MAX_DETAIL_CHARS);
        break;
      }
      case RSP_SEQUENCE_ERROR:
        sequenceError = (reader.readVarint() | reader.high) !== 0;
        break;
      case RSP_ALIGNMENT:
        reader.skip(LENGTH_DELIMITED);
        break;
      case RSP_ATTEMPT:
        attempt = reader.readVarint();
        break;
    }
  }
  checkVis(flow);
  if (status > MAX_STATUS) throw new LinkProtocolError(`unknown completion status ${status}`);
  if (payload.length > MAX_MESSAGE_BYTES) {
    throw new LinkProtocolError(`payload of ${payload.length} bytes exceeds ${MAX_MESSAGE_BYTES}`);
  }
  return {
    kind: "response",
    requesterVi: flow.requesterVi,
    responderVi: flow.responderVi,
    generation: flow.generation,
    psn: flow.psn,
    status,
    receiverNotReady,
    sequenceError,
    payload,
    original,
    detail,
    attempt,
  };
}

type MutableFlowPosition = { -readonly [K in keyof FlowPosition]: FlowPosition[K] };

function emptyFlowPosition(): MutableFlowPosition {
  return { requesterVi: 0, responderVi: 0, generation: 0, psn: 0 };
}

/**
 * Reads the next field's tag and returns its number for the caller to read the value, or 0 when
 * it has dealt with the field itself: a field this message does not know is skipped, and fields
 * 1-4, which both messages start with, are read into `flow`. A known field with the wrong wire
 * type is malformed.
 */
function nextField(
  reader: WireReader,
  wireTypes: readonly number[],
  message: string,
  flow: MutableFlowPosition,
): number {
  const tag = reader.readVarint();
  const field = tag >>> 3;
  const wireType = tag & 7;
  const expected = field < wireTypes.length ? (wireTypes[field] as number) : UNKNOWN_FIELD;
  if (expected === UNKNOWN_FIELD) {
    reader.skip(wireType);
    return 0;
  }
  if (wireType !== expected) throw reader.error(`${message} field ${field} has wire type ${wireType}`);
  if (field > R_PSN) return field;
  const value = reader.readVarint();
  if (field === R_REQUESTER_VI) flow.requesterVi = value;
  else if (field === R_RESPONDER_VI) flow.responderVi = value;
  else if (field === R_GENERATION) flow.generation = value;
  else flow.psn = value;
  return 0;
}

function checkVis({ requesterVi, responderVi }: FlowPosition): void {
  if (requesterVi > MAX_VI_NUMBER || responderVi > MAX_VI_NUMBER) {
    throw new LinkProtocolError(`VI number above ${MAX_VI_NUMBER}`);
  }
}
