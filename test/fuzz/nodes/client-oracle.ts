/**
 * The client endpoint's oracle: what a node will make of a client message, read with the schema
 * (not with the node's own decoder, so that the fuzzer checks the node rather than agreeing with
 * it): which requests it holds, which reply ids they must get, and whether one of them would
 * legitimately disrupt the cluster (a valid admin request that hangs an OS or cuts a link, a
 * monitor that could report a partner down). The fuzzer sends nothing disruptive, so every
 * partner-down it sees is a finding. Also the reading of the node's replies, and the requests
 * the fuzzer sends itself.
 */
import type Long from "long";
import protobuf from "protobufjs";
import { MAX_REQUESTS_PER_MESSAGE } from "../../../ccm/constants.js";
import { messageType } from "../wire/schema.js";

const MAX_UINT32 = 0xffff_ffff;
const OS_HUNG = 3;
const OS_PANICKED = 4;

function asNumber(value: number | Long | undefined | null): number | undefined {
  if (value === undefined || value === null) return 0;
  if (typeof value === "number") return value;
  if (value.high >>> 0 > 0x1fffff) return undefined;
  return (value.high >>> 0) * 2 ** 32 + (value.low >>> 0);
}

/** Delimited requests in the message, counting no further than `limit` (an unframeable rest counts one). */
function countFrames(bytes: Uint8Array, limit: number): number {
  const reader = protobuf.Reader.create(bytes);
  let frames = 0;
  try {
    while (reader.pos < reader.len && frames < limit) {
      reader.skip(reader.uint32());
      frames++;
    }
  } catch {
    frames++;
  }
  return frames;
}

/** Largest request a message may hold (1 MiB of payload and its fields). */
const MAX_REQUEST_BYTES = 1024 * 1024 + 1024;

export interface MessageReading {
  /** Ids of replies the message may get (every request that can be delimited, 0 for none). */
  readonly possible: number[];
  /** Ids of requests that surely get a reply: those before anything malformed. */
  readonly required: number[];
  /** Holds more requests than one message may: the node answers it with one error, id 0. */
  readonly tooMany: boolean;
  /** Why sending it could disrupt the cluster legitimately (it is then not sent). */
  readonly disruptive: string | undefined;
}

/**
 * Reads a binary client message as the node may: its requests, delimited, are each decoded on
 * their own. What follows a malformed request may or may not be read (that is the node's choice),
 * so only the requests before it must get replies, and any request may.
 */
export function readClientMessage(
  bytes: Uint8Array,
  partners: readonly string[],
  fabrics: number,
): MessageReading {
  const Request = messageType("client.Request");
  if (countFrames(bytes, MAX_REQUESTS_PER_MESSAGE + 1) > MAX_REQUESTS_PER_MESSAGE) {
    return { possible: [0], required: [], tooMany: true, disruptive: undefined };
  }
  const reader = protobuf.Reader.create(bytes);
  const possible: number[] = [0];
  const required: number[] = [];
  let clean = true;
  let disruptive: string | undefined;
  while (reader.pos < reader.len) {
    let frame: Uint8Array;
    try {
      const length = reader.uint32();
      if (reader.pos + length > reader.len) break;
      frame = bytes.subarray(reader.pos, reader.pos + length);
      reader.pos += length;
    } catch {
      break;
    }
    let request: Record<string, unknown>;
    try {
      request = Request.decode(frame) as unknown as Record<string, unknown>;
    } catch {
      clean = false;
      continue;
    }
    const raw = asNumber(request.id as number | Long);
    const id = raw === undefined || raw > MAX_UINT32 ? 0 : raw;
    possible.push(id);
    if (clean && frame.length <= MAX_REQUEST_BYTES) required.push(id);
    else clean = false;
    disruptive ??= whyDisruptive(request, partners, fabrics);
  }
  return { possible, required, tooMany: false, disruptive };
}

/**
 * Requests that do legitimately disrupt the cluster when valid: a monitor registration (a monitor
 * may report a partner down), an OS forced hung or panicked, a fault set toward a real partner. Every
 * member of the request's oneof is looked at: a duplicated oneof leaves several set.
 */
function whyDisruptive(
  request: Record<string, unknown>,
  partners: readonly string[],
  fabrics: number,
): string | undefined {
  const register = request.register as { monitor?: boolean } | undefined;
  if (register?.monitor === true) return "registers a monitor";
  const os = request.setOsState as { state?: number } | undefined;
  if (os !== undefined && os !== null && (os.state === OS_HUNG || os.state === OS_PANICKED))
    return `sets the OS state to ${os.state}`;
  const faults = request.setFaults as
    | { partner?: string; fabric?: number | Long; faults?: Record<string, unknown> | null }
    | undefined;
  if (faults !== undefined && faults !== null) {
    const set = faults.faults ?? {};
    const any = ["delayMs", "jitterMs", "lossRate", "duplicateRate", "partitioned"].some(
      (key) => set[key] !== undefined && set[key] !== 0 && set[key] !== false,
    );
    const fabric = asNumber(faults.fabric);
    if (any && partners.includes(faults.partner ?? "") && fabric !== undefined && fabric < fabrics)
      return "sets faults toward a partner";
  }
  return undefined;
}

export interface ServerReading {
  readonly replies: number[];
  readonly events: number;
}

/** Reads a node's message to a client: the ids of its replies; throws when it is malformed. */
export function readServerMessage(bytes: Uint8Array): ServerReading {
  const ServerMessage = messageType("client.ServerMessage");
  const reader = protobuf.Reader.create(bytes);
  const replies: number[] = [];
  let events = 0;
  while (reader.pos < reader.len) {
    const item = ServerMessage.decodeDelimited(reader) as unknown as {
      reply?: { id?: number | Long } | null;
      event?: unknown;
    };
    if (item.reply) replies.push(asNumber(item.reply.id ?? 0) ?? -1);
    else if (item.event) events++;
    else throw new Error("a message from the node with neither a reply nor an event");
  }
  return { replies, events };
}

/** A request the fuzzer sends itself: {id, body} (body: the oneof member and its fields). */
export function encodeRequest(id: number, body: Record<string, unknown>): Uint8Array {
  const Request = messageType("client.Request");
  return Request.encodeDelimited(Request.fromObject({ id, ...body })).finish();
}
