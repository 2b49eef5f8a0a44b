import type Long from "long";
import { fabric } from "../proto/generated/fabric.js";
import { longToSafeInteger } from "../proto/int64.js";
import { LINK_NONCE_BYTES, MAX_HARDWARE_ADDRESS } from "./constants.js";
import {
  type DataFrameLayout,
  FRAME_REQUEST_FIELD,
  FRAME_RESPONSE_FIELD,
  LENGTH_DELIMITED,
  layoutDataFrame,
  readRequest,
  readResponse,
  WireReader,
  writeDataFrame,
  writeSmallDataFrame,
} from "./data-frame-codec.js";
import { LinkProtocolError } from "./errors.js";
import type { DataFrame, FabricFrame } from "./frames.js";

// Field numbers of `Frame`'s login bodies (its data bodies follow them).
const FRAME_CHALLENGE_FIELD = 1;
const FRAME_LOGIN_FIELD = 2;

/** Bytes of an HMAC-SHA256 proof. */
export const PROOF_BYTES = 32;

/** Data frames with at least this much payload are sent as head + payload: the payload is not copied. */
const SPLIT_PAYLOAD_BYTES = 512;

/**
 * Encodes frames as the parts of one link message (each frame prefixed by its varint length), in
 * order: the bytes this writes go in as few buffers as possible, and each large payload is passed
 * through uncopied. A large payload is preceded by just enough alignment filler that a WRITE's
 * payload sits at the same offset modulo 8 as its target address (any other at 0 modulo 8), so
 * that the responder's copy into host memory can go word by word. The first part starts with
 * `headroom` bytes left free, for a transport's header (offsets above are within the message).
 */
export function encodeFrameParts(frames: readonly FabricFrame[], headroom = 0): Uint8Array[] {
  // No closures in here: this runs for every message, and tsx (esbuild) names each closure it
  // creates with Object.defineProperty, which cost a quarter of a round trip when measured.
  const only = frames.length === 1 ? (frames[0] as FabricFrame) : undefined;
  if (
    only !== undefined &&
    (only.type === "request" || only.type === "response") &&
    only.payload.length < SPLIT_PAYLOAD_BYTES
  ) {
    // One small data frame, the whole message at queue depth 1: one pass, no bookkeeping arrays.
    const buffer = writeSmallDataFrame(only, headroom);
    if (buffer !== undefined) return [buffer];
  }
  // First pass: lay every frame out, and size the runs of bytes between uncopied payloads.
  const layouts: (DataFrameLayout | Uint8Array)[] = [];
  const runs: number[] = [];
  let run = 0;
  let offset = 0;
  for (const frame of frames) {
    if (frame.type !== "request" && frame.type !== "response") {
      const bytes = fabric.Frame.encodeDelimited(loginToWire(frame)).finish();
      layouts.push(bytes);
      run += bytes.length;
      offset += bytes.length;
      continue;
    }
    const length = frame.payload.length;
    const split = length >= SPLIT_PAYLOAD_BYTES;
    const layout = split
      ? layoutDataFrame(frame, { messageOffset: offset, target: alignmentTarget(frame) })
      : layoutDataFrame(frame);
    layouts.push(layout);
    offset += layout.head + length;
    run += layout.head;
    if (split) {
      runs.push(run);
      run = 0;
    } else {
      run += length;
    }
  }
  runs.push(run);
  // Second pass: write.
  const parts: Uint8Array[] = [];
  let index = 0;
  let buffer = Buffer.allocUnsafe(headroom + (runs[0] as number));
  let at = headroom;
  for (let i = 0; i < frames.length; i++) {
    const layout = layouts[i] as DataFrameLayout | Uint8Array;
    if (layout instanceof Uint8Array) {
      buffer.set(layout, at);
      at += layout.length;
      continue;
    }
    const frame = frames[i] as DataFrame;
    const split = frame.payload.length >= SPLIT_PAYLOAD_BYTES;
    at = writeDataFrame(frame, layout, buffer, at, !split);
    if (split) {
      parts.push(buffer, frame.payload);
      buffer = Buffer.allocUnsafe(runs[++index] as number);
      at = 0;
    }
  }
  if (buffer.length > 0 || parts.length === 0) parts.push(buffer);
  return parts;
}

/** Where a large payload should land modulo 8: a whole WRITE's target address, else 0. */
function alignmentTarget(frame: DataFrame): number {
  return frame.type === "request" && frame.payload.length === frame.messageLength ? frame.remoteAddress : 0;
}

/** Encodes frames as one link message in one buffer. */
export function encodeFrames(frames: readonly FabricFrame[]): Uint8Array {
  const parts = encodeFrameParts(frames);
  return parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts);
}

/**
 * Decodes and validates one link message (`message` from `start` to `end`: a transport's
 * record need not be cut out of its chunk first). Anything malformed, out of range or unknown throws
 * LinkProtocolError with the reason; nothing partial is returned.
 */
export function decodeFrames(message: Uint8Array, start = 0, end = message.length): FabricFrame[] {
  const reader = new WireReader(message, start, end);
  const frames: FabricFrame[] = [];
  try {
    while (reader.pos < reader.end) {
      const length = reader.readLength();
      frames.push(readFrame(reader, reader.pos + length));
    }
  } catch (error) {
    if (error instanceof LinkProtocolError) throw error;
    throw reader.error((error as Error).message);
  }
  if (frames.length === 0) throw new LinkProtocolError("empty link message");
  return frames;
}

/** Reads one `Frame` occupying [reader.pos, end): exactly one body, unknown fields skipped. */
function readFrame(reader: WireReader, end: number): FabricFrame {
  let frame: FabricFrame | undefined;
  while (reader.pos < end) {
    const tag = reader.readVarint();
    const field = tag >>> 3;
    if (field < FRAME_CHALLENGE_FIELD || field > FRAME_RESPONSE_FIELD) {
      reader.skip(tag & 7);
      continue;
    }
    if ((tag & 7) !== LENGTH_DELIMITED) throw reader.error(`frame field ${field} is not a message`);
    const bodyLength = reader.readLength();
    const bodyEnd = reader.pos + bodyLength;
    if (bodyEnd > end) throw reader.error("frame body runs past its frame");
    if (frame !== undefined) throw reader.error("frame has more than one body");
    if (field === FRAME_REQUEST_FIELD) frame = readRequest(reader, bodyEnd);
    else if (field === FRAME_RESPONSE_FIELD) frame = readResponse(reader, bodyEnd);
    else frame = loginFromWire(field, reader.readBytes(bodyEnd - reader.pos));
    if (reader.pos !== bodyEnd) throw reader.error("a field runs past its frame body");
  }
  if (reader.pos !== end) throw reader.error("a field runs past its frame");
  if (frame === undefined) throw new LinkProtocolError("frame has no known body");
  return frame;
}

/** Link login frames: rare, so protobufjs's generated code does them. */
type LoginFrame = Exclude<FabricFrame, DataFrame>;

function loginToWire(frame: LoginFrame): fabric.Frame.$Properties {
  switch (frame.type) {
    case "challenge":
      return { challenge: frame };
    case "login":
      return { login: frame };
    case "accept":
      return { accept: frame };
  }
}

function loginFromWire(field: number, body: Uint8Array): LoginFrame {
  switch (field) {
    case FRAME_CHALLENGE_FIELD:
      return { type: "challenge", ...cardIdentity(fabric.LinkChallenge.decode(body)) };
    case FRAME_LOGIN_FIELD: {
      const login = fabric.LinkLogin.decode(body);
      return { type: "login", ...cardIdentity(login), proof: sized(login.proof, PROOF_BYTES, "proof") };
    }
    default:
      return { type: "accept", proof: sized(fabric.LinkAccept.decode(body).proof, PROOF_BYTES, "proof") };
  }
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

/** protobufjs hands out Buffer views of the link message; frames get plain Uint8Array views. */
function sized(bytes: Uint8Array, length: number, field: string): Uint8Array {
  if (bytes.length !== length)
    throw new LinkProtocolError(`${field} must be ${length} bytes, got ${bytes.length}`);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}
