/**
 * The node's side of the client protocol: what a client sends, decoded and checked. This is the
 * input any process on the machine can write, so every field is checked for what it means, and
 * every number before it is narrowed: counts, sizes and offsets travel as uint64 (see
 * proto/client.proto), so a value too large arrives as it is and is refused, never truncated.
 *
 * A message holds at most MAX_REQUESTS_PER_MESSAGE requests, each at most MAX_REQUEST_BYTES. Its
 * frames are delimited before any is decoded, so a message with more costs one pass over its
 * length prefixes and is refused whole, and no single decode works on more than one request.
 */
import type Long from "long";
import protobufMinimal from "protobufjs/minimal.js";
import { client } from "../proto/generated/client.js";
import { longToBigInt, longToSafeInteger } from "../proto/int64.js";
import { validateFaults } from "../rdma-emu/index.js";
import { type ClientCall, DIRECTIONS, OS_STATES, REMOTE_OPS } from "./client-codec.js";
import { MAX_CLIENT_MESSAGE_BYTES, MAX_NODE_ID_CHARS, MAX_REQUESTS_PER_MESSAGE } from "./constants.js";
import { BadRequestError } from "./errors.js";

const MAX_REASON_CHARS = 256;
/** The largest request: a full-size payload, with room for its other fields. */
const MAX_REQUEST_BYTES = MAX_CLIENT_MESSAGE_BYTES + 1024;
/** Request ids, counts, sizes and offsets are 32-bit quantities once checked. */
const MAX_UINT32 = 0xffff_ffff;

/** A request that could not be decoded, with the id it carried when one could be read. */
export class UndecodableRequest extends BadRequestError {
  constructor(
    readonly id: number,
    message: string,
  ) {
    super(message);
  }
}

export type DecodedRequest = { readonly id: number; readonly call: ClientCall } | UndecodableRequest;

/**
 * Splits what a client sent into its requests' frames, not decoded yet (the connection decodes
 * each as it starts it, within its slice of the event loop). After bytes that cannot be framed,
 * or a frame larger than any request can be, nothing further in the message is read: an
 * UndecodableRequest (id 0) stands for the rest. A message of more than MAX_REQUESTS_PER_MESSAGE
 * requests comes back as one UndecodableRequest, and none of its requests is carried out.
 */
export function splitRequests(bytes: Uint8Array): (Uint8Array | UndecodableRequest)[] {
  const reader = protobufMinimal.Reader.create(bytes);
  const frames: (Uint8Array | UndecodableRequest)[] = [];
  while (reader.pos < reader.len) {
    if (frames.length === MAX_REQUESTS_PER_MESSAGE) {
      return [
        new UndecodableRequest(
          0,
          `more than ${MAX_REQUESTS_PER_MESSAGE} requests in one message: none of them was carried out`,
        ),
      ];
    }
    let length: number;
    try {
      length = reader.uint32();
    } catch (error) {
      frames.push(new UndecodableRequest(0, `undecodable request: ${(error as Error).message}`));
      break;
    }
    if (length > MAX_REQUEST_BYTES || reader.pos + length > reader.len) {
      const problem = length > MAX_REQUEST_BYTES ? `exceeds ${MAX_REQUEST_BYTES}` : "runs past the message";
      frames.push(new UndecodableRequest(0, `undecodable request: a request of ${length} bytes ${problem}`));
      break;
    }
    frames.push(bytes.subarray(reader.pos, reader.pos + length));
    reader.pos += length;
  }
  if (frames.length === 0) frames.push(new UndecodableRequest(0, "empty message"));
  return frames;
}

/** Decodes and validates one request's frame (see splitRequests). */
export function decodeRequest(frame: Uint8Array): DecodedRequest {
  let wire: client.Request;
  try {
    wire = client.Request.decode(frame);
  } catch (error) {
    return new UndecodableRequest(0, `undecodable request: ${(error as Error).message}`);
  }
  return validateRequest(wire);
}

/** Every request of a message, decoded (what the connection does one request at a time). */
export function decodeRequests(bytes: Uint8Array): DecodedRequest[] {
  return splitRequests(bytes).map((frame) => (frame instanceof Uint8Array ? decodeRequest(frame) : frame));
}

function validateRequest(wire: client.Request): DecodedRequest {
  const id = longToSafeInteger(wire.id);
  if (id === 0) return new UndecodableRequest(0, "request id must be non-zero");
  if (id === undefined || id > MAX_UINT32) {
    return new UndecodableRequest(0, `request id ${longToBigInt(wire.id)} is above ${MAX_UINT32}`);
  }
  try {
    return { id, call: callFromWire(wire) };
  } catch (error) {
    return new UndecodableRequest(id, (error as Error).message);
  }
}

function callFromWire(wire: client.Request): ClientCall {
  if (wire.register) {
    const r = wire.register as client.Register;
    return {
      kind: "register",
      name: r.name,
      ports: uint32(r.ports, "ports"),
      memoryBytes: uint32(r.memoryBytes, "memory_bytes"),
      monitor: r.monitor,
    };
  }
  if (wire.send) {
    const s = wire.send as client.Send;
    return { kind: "send", partner: partner(s.partner), port: uint32(s.port, "port"), data: payload(s.data) };
  }
  if (wire.remote) {
    const r = wire.remote as client.Remote;
    const op = REMOTE_OPS[r.op];
    if (op === undefined) throw new BadRequestError(`unknown remote operation ${r.op}`);
    return {
      kind: "remote",
      partner: partner(r.partner),
      port: uint32(r.port, "port"),
      op,
      offset: uint32(r.offset, "offset"),
      length: uint32(r.length, "length"),
      data: payload(r.data),
      compareAdd: longToBigInt(r.compareAdd),
      swap: longToBigInt(r.swap),
    };
  }
  if (wire.localRead) {
    const r = wire.localRead as client.LocalRead;
    return { kind: "local-read", offset: uint32(r.offset, "offset"), length: uint32(r.length, "length") };
  }
  if (wire.localWrite) {
    const w = wire.localWrite as client.LocalWrite;
    return { kind: "local-write", offset: uint32(w.offset, "offset"), data: payload(w.data) };
  }
  if (wire.partnerStatus)
    return { kind: "partner-status", partner: partner((wire.partnerStatus as client.PartnerStatus).partner) };
  if (wire.reportPartnerDown) {
    const r = wire.reportPartnerDown as client.ReportPartnerDown;
    return {
      kind: "report-partner-down",
      partner: partner(r.partner),
      reason: r.reason.slice(0, MAX_REASON_CHARS),
    };
  }
  if (wire.getStatus) return { kind: "get-status" };
  if (wire.setOsState) {
    const state = OS_STATES[(wire.setOsState as client.SetOsState).state];
    if (state === undefined) throw new BadRequestError("unknown OS state");
    return { kind: "set-os-state", state };
  }
  if (wire.setFaults) {
    const f = wire.setFaults as client.SetFaults;
    const direction = DIRECTIONS[f.direction];
    if (direction === undefined) throw new BadRequestError("unknown fault direction");
    const wireFaults = (f.faults ?? {}) as client.Faults;
    // Zero is proto3's "not set"; anything else, NaN included, is checked.
    const faults = {
      ...(wireFaults.delayMs !== 0 ? { delayMs: wireFaults.delayMs } : {}),
      ...(wireFaults.jitterMs !== 0 ? { jitterMs: wireFaults.jitterMs } : {}),
      ...(wireFaults.lossRate !== 0 ? { lossRate: wireFaults.lossRate } : {}),
      ...(wireFaults.duplicateRate !== 0 ? { duplicateRate: wireFaults.duplicateRate } : {}),
      ...(wireFaults.partitioned ? { partitioned: true } : {}),
    };
    const problem = validateFaults(faults);
    if (problem !== undefined) throw new BadRequestError(`invalid faults: ${problem}`);
    return {
      kind: "set-faults",
      partner: partner(f.partner),
      faults,
      direction,
      fabric: uint32(f.fabric, "fabric"),
    };
  }
  if (wire.serviceCall) {
    const c = wire.serviceCall as client.ServiceCall;
    if (c.service.length === 0 || c.service.length > MAX_NODE_ID_CHARS)
      throw new BadRequestError("service must be named");
    return { kind: "service-call", service: c.service, payload: payload(c.payload) };
  }
  throw new BadRequestError("request without a known body");
}

/** A count, size or offset: checked whole before it is narrowed to a number. */
function uint32(value: number | Long, field: string): number {
  const checked = longToSafeInteger(value);
  if (checked === undefined || checked > MAX_UINT32) {
    throw new BadRequestError(`${field} ${longToBigInt(value)} is above ${MAX_UINT32}`);
  }
  return checked;
}

function partner(id: string): string {
  if (id.length === 0 || id.length > MAX_NODE_ID_CHARS)
    throw new BadRequestError("partner must be a node id");
  return id;
}

function payload(data: Uint8Array): Uint8Array {
  if (data.length > MAX_CLIENT_MESSAGE_BYTES) {
    throw new BadRequestError(`payload of ${data.length} bytes exceeds ${MAX_CLIENT_MESSAGE_BYTES}`);
  }
  // protobufjs hands out views of the WebSocket message; keep a plain view.
  return new Uint8Array(data.buffer, data.byteOffset, data.length);
}
