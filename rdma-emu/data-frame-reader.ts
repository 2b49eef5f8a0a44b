/**
 * Reads a data frame's protobuf bytes (see data-frame-codec.ts): fields in any order, unknown ones
 * skipped, LinkProtocolError on anything malformed.
 */
import { ATOMIC_WORD_BYTES, MAX_DETAIL_CHARS, MAX_MESSAGE_BYTES, MAX_VI_NUMBER } from "./constants.js";
import {
  EMPTY,
  I32,
  I64,
  LENGTH_DELIMITED,
  MAX_OPCODE,
  MAX_SAFE_HIGH_WORD,
  MAX_STATUS,
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
  REQUEST_WIRE_TYPES,
  RESPONSE_WIRE_TYPES,
  RSP_ALIGNMENT,
  RSP_ATTEMPT,
  RSP_DETAIL,
  RSP_ORIGINAL,
  RSP_PAYLOAD,
  RSP_RECEIVER_NOT_READY,
  RSP_SEQUENCE_ERROR,
  RSP_STATUS,
  TWO_POW_32,
  UNKNOWN_FIELD,
  VARINT,
} from "./data-frame-fields.js";
import { LinkProtocolError } from "./errors.js";
import type { FlowPosition, RequestFrame, ResponseFrame } from "./frames.js";
import { Opcode } from "./work-request.js";

/** A position in a link message, with protobuf's primitive readers. Errors name the byte. */
export class WireReader {
  pos: number;
  /** The upper 32 bits of the last varint read (readVarint returns the lower 32). */
  high = 0;
  /** The flow position of the data frame being read (kept here: no object of its own per frame). */
  requesterVi = 0;
  responderVi = 0;
  generation = 0;
  psn = 0;

  constructor(
    readonly buffer: Uint8Array,
    start: number,
    readonly end: number,
  ) {
    this.pos = start;
  }

  /** A varint; returns its low 32 bits as an unsigned number and keeps the high ones in `high`. */
  readVarint(): number {
    // Most varints of a data frame (tags, VIs, small PSNs) are one byte: that path stays small
    // enough to be inlined.
    const pos = this.pos;
    if (pos < this.end) {
      const byte = this.buffer[pos] as number;
      if (byte < 0x80) {
        this.pos = pos + 1;
        this.high = 0;
        return byte;
      }
    }
    return this.readLongVarint();
  }

  private readLongVarint(): number {
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
  const flow = startFlowPosition(reader);
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
    type: "request",
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
  const flow = startFlowPosition(reader);
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
    type: "response",
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

/** The reader's flow position, zeroed for the next frame. */
function startFlowPosition(reader: WireReader): MutableFlowPosition {
  reader.requesterVi = 0;
  reader.responderVi = 0;
  reader.generation = 0;
  reader.psn = 0;
  return reader;
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
