import type Long from "long";
import protobuf from "protobufjs/minimal.js";
import { fabric } from "../proto/generated/fabric.js";
import { bigIntToLong, longToBigInt, longToSafeInteger } from "../proto/int64.js";
import {
  ATOMIC_WORD_BYTES,
  LINK_NONCE_BYTES,
  MAX_DETAIL_CHARS,
  MAX_HARDWARE_ADDRESS,
  MAX_MESSAGE_BYTES,
  MAX_VI_NUMBER,
} from "./constants.js";
import { LinkProtocolError } from "./errors.js";
import type { DataFrame, FabricFrame, RequestFrame, ResponseFrame } from "./frames.js";

/** Bytes of an HMAC-SHA256 proof. */
export const PROOF_BYTES = 32;

const EMPTY = new Uint8Array(0);

/** Data frames with at least this much payload are written as head + payload, around protobufjs's writer. */
const SPLIT_PAYLOAD_BYTES = 512;

/**
 * Encodes frames as the parts of one link message (each frame prefixed by its varint length), in
 * order: small frames share one protobufjs writer, payloads are passed through uncopied.
 */
export function encodeFrameParts(frames: readonly FabricFrame[]): Uint8Array[] {
  // No closures in here: this runs for every message, and tsx (esbuild) names each closure it
  // creates with Object.defineProperty, which cost a quarter of a round trip when measured.
  const parts: Uint8Array[] = [];
  let offset = 0;
  let writer: protobuf.Writer | undefined;
  for (const frame of frames) {
    if (
      (frame.kind === "request" || frame.kind === "response") &&
      frame.payload.length >= SPLIT_PAYLOAD_BYTES
    ) {
      if (writer !== undefined) {
        const small = writer.finish();
        parts.push(small);
        offset += small.length;
        writer = undefined;
      }
      const [head, payload] = encodeFrameInParts(frame, offset);
      parts.push(head, payload);
      offset += head.length + payload.length;
    } else {
      writer ??= protobuf.Writer.create();
      fabric.Frame.encodeDelimited(toWire(frame), writer);
    }
  }
  if (writer !== undefined) parts.push(writer.finish());
  return parts;
}

/** Encodes frames as one link message in one buffer. */
export function encodeFrames(frames: readonly FabricFrame[]): Uint8Array {
  const parts = encodeFrameParts(frames);
  return parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts);
}

/**
 * Decodes and validates one link message. Anything malformed, out of range or unknown throws
 * LinkProtocolError with the reason; nothing partial is returned.
 */
export function decodeFrames(message: Uint8Array): FabricFrame[] {
  const reader = protobuf.Reader.create(message);
  const frames: FabricFrame[] = [];
  try {
    while (reader.pos < reader.len) frames.push(fromWire(fabric.Frame.decodeDelimited(reader)));
  } catch (error) {
    if (error instanceof LinkProtocolError) throw error;
    throw new LinkProtocolError(`undecodable frame at byte ${reader.pos}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (frames.length === 0) throw new LinkProtocolError("empty link message");
  return frames;
}

/** Wire tags (field << 3 | wire type 2) of the length-delimited fields the split encoding writes. */
const FRAME_REQUEST_TAG = (4 << 3) | 2;
const FRAME_RESPONSE_TAG = (5 << 3) | 2;
const REQUEST_PAYLOAD_TAG = (9 << 3) | 2;
const RESPONSE_PAYLOAD_TAG = (7 << 3) | 2;

const REQUEST_ALIGNMENT_TAG = (15 << 3) | 2;
const RESPONSE_ALIGNMENT_TAG = (11 << 3) | 2;
/** Filler choices: none, or an alignment field of 0..7 bytes (2..9 on the wire): every residue mod 8. */
const FILLERS = [-1, 0, 1, 2, 3, 4, 5, 6, 7];
const ZEROS = new Uint8Array(8);

/**
 * Encodes one data frame as [head, payload], where head ++ payload decodes to the same frame as
 * encodeFrames' output (the payload field comes last, which protobuf allows). Only the head goes
 * through protobufjs: the payload is never copied here, however large. `messageOffset` is where
 * the head will start in its link message: the head carries just enough alignment filler that a
 * WRITE's payload sits at the same offset modulo 8 as its target address (any other payload at 0
 * modulo 8), so that the responder's copy into host memory can go word by word.
 */
export function encodeFrameInParts(frame: DataFrame, messageOffset = 0): [Uint8Array, Uint8Array] {
  const { payload } = frame;
  const isRequest = frame.kind === "request";
  const withoutPayload = toWire({ ...frame, payload: EMPTY } as DataFrame);
  const inner = isRequest
    ? fabric.Request.encode(withoutPayload.request as fabric.Request.$Properties).finish()
    : fabric.Response.encode(withoutPayload.response as fabric.Response.$Properties).finish();
  const target = isRequest && frame.payload.length === frame.messageLength ? frame.remoteAddress : 0;
  let head: Uint8Array = EMPTY;
  for (const filler of FILLERS) {
    const fillerBytes = filler < 0 ? 0 : 2 + filler;
    const innerLength = inner.length + fillerBytes + 1 + varintSize(payload.length) + payload.length;
    const writer = protobuf.Writer.create()
      .uint32(1 + varintSize(innerLength) + innerLength)
      .uint32(isRequest ? FRAME_REQUEST_TAG : FRAME_RESPONSE_TAG)
      .uint32(innerLength)
      .raw(inner);
    if (filler >= 0) {
      writer.uint32(isRequest ? REQUEST_ALIGNMENT_TAG : RESPONSE_ALIGNMENT_TAG).uint32(filler);
      if (filler > 0) writer.raw(ZEROS.subarray(0, filler));
    }
    head = writer
      .uint32(isRequest ? REQUEST_PAYLOAD_TAG : RESPONSE_PAYLOAD_TAG)
      .uint32(payload.length)
      .finish();
    if ((messageOffset + head.length - target) % ATOMIC_WORD_BYTES === 0) break;
  }
  return [head, payload];
}

function varintSize(value: number): number {
  let size = 1;
  while (value > 0x7f) {
    value >>>= 7;
    size++;
  }
  return size;
}

function toWire(frame: FabricFrame): fabric.Frame.$Properties {
  switch (frame.kind) {
    case "challenge":
      return { challenge: frame };
    case "login":
      return { login: frame };
    case "accept":
      return { accept: frame };
    // Data frames are written field by field: this runs for every frame on the data path.
    case "request":
      return {
        request: {
          requesterVi: frame.requesterVi,
          responderVi: frame.responderVi,
          generation: frame.generation,
          psn: frame.psn,
          opcode: frame.opcode,
          remoteAddress: frame.remoteAddress,
          rkey: frame.rkey,
          length: frame.length,
          payload: frame.payload,
          immediate: frame.immediate ?? null,
          compareAdd: bigIntToLong(frame.compareAdd),
          swap: bigIntToLong(frame.swap),
          segmentOffset: frame.segmentOffset,
          messageLength: frame.messageLength,
          attempt: frame.attempt,
        },
      };
    case "response":
      return {
        response: {
          requesterVi: frame.requesterVi,
          responderVi: frame.responderVi,
          generation: frame.generation,
          psn: frame.psn,
          status: frame.status,
          receiverNotReady: frame.receiverNotReady,
          sequenceError: frame.sequenceError,
          payload: frame.payload,
          original: bigIntToLong(frame.original),
          detail: frame.detail,
          attempt: frame.attempt,
        },
      };
  }
}

function fromWire(wire: fabric.Frame): FabricFrame {
  // Decoded sub-messages are full instances (defaults on the prototype); the generated
  // declarations only promise the optional $Properties shape.
  if (wire.request) return requestFromWire(wire.request as fabric.Request);
  if (wire.response) return responseFromWire(wire.response as fabric.Response);
  if (wire.challenge) return { kind: "challenge", ...cardIdentity(wire.challenge as fabric.LinkChallenge) };
  if (wire.login) {
    const login = wire.login as fabric.LinkLogin;
    return { kind: "login", ...cardIdentity(login), proof: sized(login.proof, PROOF_BYTES, "proof") };
  }
  if (wire.accept)
    return { kind: "accept", proof: sized((wire.accept as fabric.LinkAccept).proof, PROOF_BYTES, "proof") };
  throw new LinkProtocolError("frame has no known body");
}

/** What a card says of itself when a link logs in (both LinkChallenge and LinkLogin carry it). */
function cardIdentity(m: fabric.LinkChallenge | fabric.LinkLogin) {
  return {
    hardwareAddress: hardwareAddress(m.hardwareAddress),
    fabricId: m.fabricId,
    cardIncarnation: safeInteger(m.cardIncarnation, "card_incarnation"),
    nonce: sized(m.nonce, LINK_NONCE_BYTES, "nonce"),
    protocolVersion: m.protocolVersion,
  };
}

function requestFromWire(r: fabric.Request): RequestFrame {
  checkVis(r);
  if (!(r.opcode in fabric.Opcode) || r.opcode === fabric.Opcode.OPCODE_UNSPECIFIED) {
    throw new LinkProtocolError(`unknown opcode ${r.opcode}`);
  }
  if (r.length > MAX_MESSAGE_BYTES) {
    throw new LinkProtocolError(`read length ${r.length} exceeds ${MAX_MESSAGE_BYTES}`);
  }
  const payload = bounded(r.payload, MAX_MESSAGE_BYTES, "payload");
  // An unsegmented request may leave message_length out (0): it is then its payload's length.
  const messageLength = r.messageLength === 0 ? payload.length : r.messageLength;
  if (messageLength > MAX_MESSAGE_BYTES || r.segmentOffset + payload.length > messageLength) {
    throw new LinkProtocolError(
      `segment [${r.segmentOffset}, +${payload.length}) does not fit a message of ${messageLength} bytes`,
    );
  }
  return {
    kind: "request",
    requesterVi: r.requesterVi,
    responderVi: r.responderVi,
    generation: r.generation,
    psn: r.psn,
    opcode: r.opcode,
    remoteAddress: safeInteger(r.remoteAddress, "remote_address"),
    rkey: r.rkey,
    length: r.length,
    payload,
    immediate: r.immediate ?? undefined,
    compareAdd: longToBigInt(r.compareAdd),
    swap: longToBigInt(r.swap),
    segmentOffset: r.segmentOffset,
    messageLength,
    attempt: r.attempt,
  };
}

function responseFromWire(r: fabric.Response): ResponseFrame {
  checkVis(r);
  if (!(r.status in fabric.CompletionStatus))
    throw new LinkProtocolError(`unknown completion status ${r.status}`);
  return {
    kind: "response",
    requesterVi: r.requesterVi,
    responderVi: r.responderVi,
    generation: r.generation,
    psn: r.psn,
    status: r.status,
    receiverNotReady: r.receiverNotReady,
    sequenceError: r.sequenceError,
    payload: bounded(r.payload, MAX_MESSAGE_BYTES, "payload"),
    original: longToBigInt(r.original),
    detail: r.detail.slice(0, MAX_DETAIL_CHARS),
    attempt: r.attempt,
  };
}

function checkVis(message: { requesterVi: number; responderVi: number }): void {
  if (message.requesterVi > MAX_VI_NUMBER || message.responderVi > MAX_VI_NUMBER) {
    throw new LinkProtocolError(`VI number above ${MAX_VI_NUMBER}`);
  }
}

function hardwareAddress(value: number): number {
  if (value === 0 || value > MAX_HARDWARE_ADDRESS)
    throw new LinkProtocolError(`invalid hardware address ${value}`);
  return value;
}

function safeInteger(value: number | Long, field: string): number {
  const safe = longToSafeInteger(value);
  if (safe === undefined) throw new LinkProtocolError(`${field} exceeds 2^53`);
  return safe;
}

function sized(bytes: Uint8Array, length: number, field: string): Uint8Array {
  if (bytes.length !== length)
    throw new LinkProtocolError(`${field} must be ${length} bytes, got ${bytes.length}`);
  return plain(bytes);
}

function bounded(bytes: Uint8Array, max: number, field: string): Uint8Array {
  if (bytes.length > max) throw new LinkProtocolError(`${field} of ${bytes.length} bytes exceeds ${max}`);
  return bytes.length === 0 ? EMPTY : plain(bytes);
}

/** protobufjs hands out Buffer views of the link message; callers get plain Uint8Array views. */
function plain(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}
