/**
 * The client protocol (proto/client.proto) in typed form, both directions. The node decodes what
 * a client sends with every field checked (client-request-decoder.ts); the client library decodes
 * what the node sends (here). Each
 * WebSocket message carries one or more varint-delimited protobuf messages (Requests one way,
 * ServerMessages the other): what one side produces in one event-loop turn travels together, as
 * the fabric's frames do, so that a deep pipeline costs one message per turn, not per request.
 */
import protobuf from "protobufjs/minimal.js";
import { client } from "../proto/generated/client.js";
import { bigIntToLong, longToBigInt, longToSafeInteger } from "../proto/int64.js";
import { type FaultDirection, type LinkFaults, MAX_MESSAGE_BYTES } from "../rdma-emu/index.js";
import { MAX_CLIENT_MESSAGE_BYTES, REQUEST_OVERHEAD_BYTES } from "./constants.js";
import { BadRequestError } from "./errors.js";
import type { ManagerEvent } from "./manager-events.js";
import type { OsState } from "./node-status.js";

/** Largest message a client sends: one full-size request (a 1 MiB SEND or WRITE), or many small. */
export const MAX_CLIENT_FRAME_BYTES = MAX_CLIENT_MESSAGE_BYTES + 64 * 1024;
/** Largest message a node sends a client: one full-size READ (4 MiB) with its headers, or many small. */
export const MAX_SERVER_FRAME_BYTES = MAX_MESSAGE_BYTES + 64 * 1024;

/**
 * Splits one turn's items into runs that each fit one message: at most `maxCount` items, and at
 * most `maxBytes` (items counted by their payload plus room for their fields), never splitting
 * an item.
 */
export function messageRuns<T>(
  items: readonly T[],
  payloadBytes: (item: T) => number,
  maxCount: number,
  maxBytes: number,
): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = REQUEST_OVERHEAD_BYTES + payloadBytes(item);
    if (run.length > 0 && (run.length === maxCount || bytes + size > maxBytes)) {
      runs.push(run);
      run = [];
      bytes = 0;
    }
    run.push(item);
    bytes += size;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** The payload bytes a request carries. */
export function requestPayloadBytes(call: ClientCall): number {
  if (call.kind === "service-call") return call.payload.length;
  return "data" in call ? call.data.length : 0;
}

/** The payload bytes an item of a node's message carries (READ data, a message event). */
export function serverItemPayloadBytes(item: ServerItem): number {
  const event = item.event;
  return (
    (item.reply?.data?.length ?? 0) +
    (event?.message?.data?.length ?? 0) +
    (event?.serviceEvent?.payload?.length ?? 0)
  );
}

export type RemoteOp = "read" | "write" | "fetch-add" | "compare-swap";

export type ClientCall =
  | {
      readonly kind: "register";
      readonly name: string;
      readonly ports: number;
      readonly memoryBytes: number;
      readonly monitor: boolean;
    }
  | { readonly kind: "send"; readonly partner: string; readonly port: number; readonly data: Uint8Array }
  | {
      readonly kind: "remote";
      readonly partner: string;
      readonly port: number;
      readonly op: RemoteOp;
      readonly offset: number;
      readonly length: number;
      readonly data: Uint8Array;
      readonly compareAdd: bigint;
      readonly swap: bigint;
    }
  | { readonly kind: "local-read"; readonly offset: number; readonly length: number }
  | { readonly kind: "local-write"; readonly offset: number; readonly data: Uint8Array }
  | { readonly kind: "partner-status"; readonly partner: string }
  | { readonly kind: "report-partner-down"; readonly partner: string; readonly reason: string }
  | { readonly kind: "get-status" }
  | { readonly kind: "set-os-state"; readonly state: OsState }
  | {
      readonly kind: "set-faults";
      readonly partner: string;
      readonly faults: LinkFaults;
      readonly direction: FaultDirection;
      readonly fabric: number;
    }
  | { readonly kind: "service-call"; readonly service: string; readonly payload: Uint8Array };

export interface ClientViewBody {
  readonly name: string;
  readonly ports: number;
  readonly memoryBytes: number;
  readonly vis: readonly number[];
  readonly channelsUp: readonly string[];
}

export interface PartnerViewBody {
  readonly node: string;
  readonly fabric: number;
  readonly state: string;
  readonly step: string;
  readonly sessionId: number;
  readonly version: number;
  readonly partnerBoot: number;
  readonly detail: string;
  readonly clients: readonly ClientViewBody[];
}

export interface NodeStatusBody {
  readonly node: string;
  readonly index: number;
  readonly bootIncarnation: number;
  readonly phase: string;
  readonly osState: OsState;
  readonly partners: readonly PartnerViewBody[];
  readonly clients: readonly ClientViewBody[];
  /** Open connections on the node's client endpoint (clients and admin tools). */
  readonly connections: number;
}

export type ReplyResult =
  | { readonly kind: "ok" }
  | {
      readonly kind: "registered";
      readonly node: string;
      readonly ports: number;
      readonly memoryBytes: number;
    }
  | { readonly kind: "data"; readonly data: Uint8Array }
  | { readonly kind: "value"; readonly value: bigint }
  | { readonly kind: "status"; readonly status: NodeStatusBody }
  | {
      readonly kind: "error";
      readonly code: string;
      readonly message: string;
      readonly completionStatus: number;
    };

/** The manager's events a node forwards to its clients, less the client name they are for. */
export type ClientEventBody = WithoutClient<
  Extract<
    ManagerEvent,
    { type: "partner-ready" | "partner-down" | "channel-up" | "channel-down" | "message" }
  >
>;
type WithoutClient<E> = E extends unknown ? Omit<E, "client" | "partnerBoot"> : never;

/** An event a hosted service pushed to a connection that called it (ccm/service.ts, ServiceCaller). */
export interface ServiceEventBody {
  readonly type: "service-event";
  readonly service: string;
  readonly payload: Uint8Array;
}

/** Every event a node sends a connection: the manager's (for registered clients) and services'. */
export type ServerEventBody = ClientEventBody | ServiceEventBody;

export type ServerMessageBody =
  | { readonly kind: "reply"; readonly id: number; readonly result: ReplyResult }
  | { readonly kind: "event"; readonly event: ServerEventBody };

const OS_STATE_WIRE: Record<OsState, client.OsState> = {
  booting: client.OsState.BOOTING,
  up: client.OsState.UP,
  hung: client.OsState.HUNG,
  panicked: client.OsState.PANICKED,
};
const REMOTE_OP_WIRE: Record<RemoteOp, client.RemoteOp> = {
  read: client.RemoteOp.READ,
  write: client.RemoteOp.WRITE,
  "fetch-add": client.RemoteOp.FETCH_ADD,
  "compare-swap": client.RemoteOp.COMPARE_SWAP,
};
const DIRECTION_WIRE: Record<FaultDirection, client.FaultDirection> = {
  both: client.FaultDirection.BOTH,
  outbound: client.FaultDirection.OUTBOUND,
  inbound: client.FaultDirection.INBOUND,
};
export const OS_STATES = fromWire(OS_STATE_WIRE);
export const REMOTE_OPS = fromWire(REMOTE_OP_WIRE);
export const DIRECTIONS = fromWire(DIRECTION_WIRE);

/** The reverse of a name -> wire enum table (unknown wire values map to undefined). */
function fromWire<K extends string>(table: Record<K, number>): Record<number, K | undefined> {
  return Object.fromEntries(Object.entries(table).map(([name, value]) => [value, name])) as Record<
    number,
    K | undefined
  >;
}

/** Requests as one message on a client connection (varint-delimited, in order). */
export function encodeRequests(
  items: readonly { readonly id: number; readonly call: ClientCall }[],
): Uint8Array {
  const writer = protobuf.Writer.create();
  for (const item of items) client.Request.encodeDelimited({ id: item.id, ...callToWire(item.call) }, writer);
  return writer.finish();
}

export function encodeRequest(id: number, call: ClientCall): Uint8Array {
  return encodeRequests([{ id, call }]);
}

function callToWire(call: ClientCall): Omit<client.Request.$Properties, "id"> {
  switch (call.kind) {
    case "register":
      return {
        register: {
          name: call.name,
          ports: call.ports,
          memoryBytes: call.memoryBytes,
          monitor: call.monitor,
        },
      };
    case "send":
      return { send: { partner: call.partner, port: call.port, data: call.data } };
    case "remote":
      return {
        remote: {
          partner: call.partner,
          port: call.port,
          op: REMOTE_OP_WIRE[call.op],
          offset: call.offset,
          length: call.length,
          data: call.data,
          compareAdd: bigIntToLong(call.compareAdd),
          swap: bigIntToLong(call.swap),
        },
      };
    case "local-read":
      return { localRead: { offset: call.offset, length: call.length } };
    case "local-write":
      return { localWrite: { offset: call.offset, data: call.data } };
    case "partner-status":
      return { partnerStatus: { partner: call.partner } };
    case "report-partner-down":
      return { reportPartnerDown: { partner: call.partner, reason: call.reason } };
    case "get-status":
      return { getStatus: {} };
    case "set-os-state":
      return { setOsState: { state: OS_STATE_WIRE[call.state] } };
    case "service-call":
      return { serviceCall: { service: call.service, payload: call.payload } };
    case "set-faults":
      return {
        setFaults: {
          partner: call.partner,
          faults: call.faults,
          direction: DIRECTION_WIRE[call.direction],
          fabric: call.fabric,
        },
      };
  }
}

/** One item of a node's message to a client (see encodeServerMessages). */
export type ServerItem = client.ServerMessage.$Properties;

/** Items as one message on a client connection (varint-delimited, in order). */
export function encodeServerMessages(items: readonly ServerItem[]): Uint8Array {
  const writer = protobuf.Writer.create();
  for (const item of items) client.ServerMessage.encodeDelimited(item, writer);
  return writer.finish();
}

export function replyItem(id: number, result: ReplyResult): ServerItem {
  let reply: client.Reply.$Properties;
  switch (result.kind) {
    case "ok":
      reply = { id, ok: true };
      break;
    case "registered":
      reply = { id, registered: { node: result.node, ports: result.ports, memoryBytes: result.memoryBytes } };
      break;
    case "data":
      reply = { id, data: result.data };
      break;
    case "value":
      reply = { id, value: bigIntToLong(result.value) };
      break;
    case "status":
      reply = { id, status: statusToWire(result.status) };
      break;
    case "error":
      reply = {
        id,
        error: { code: result.code, message: result.message, completionStatus: result.completionStatus },
      };
      break;
  }
  return { reply };
}

export function eventItem(event: ServerEventBody): ServerItem {
  let wire: client.Event.$Properties;
  switch (event.type) {
    case "partner-ready":
      wire = { partnerReady: { partner: event.partner, version: event.version, sessionId: event.sessionId } };
      break;
    case "partner-down":
      wire = { partnerDown: { partner: event.partner, reason: event.reason } };
      break;
    case "channel-up":
      wire = {
        channelUp: { partner: event.partner, ports: event.ports, remoteMemoryBytes: event.remoteMemoryBytes },
      };
      break;
    case "channel-down":
      wire = { channelDown: { partner: event.partner, reason: event.reason } };
      break;
    case "message":
      wire = { message: { partner: event.partner, port: event.port, data: event.data } };
      break;
    case "service-event":
      wire = { serviceEvent: { service: event.service, payload: event.payload } };
      break;
  }
  return { event: wire };
}

/** Decodes what a node sent (the client library's side); throws BadRequestError when malformed. */
export function decodeServerMessages(bytes: Uint8Array): ServerMessageBody[] {
  const reader = protobuf.Reader.create(bytes);
  const bodies: ServerMessageBody[] = [];
  while (reader.pos < reader.len) {
    let wire: client.ServerMessage;
    try {
      wire = client.ServerMessage.decodeDelimited(reader);
    } catch (error) {
      throw new BadRequestError(`undecodable message from the node: ${(error as Error).message}`);
    }
    bodies.push(serverMessageFromWire(wire));
  }
  return bodies;
}

function serverMessageFromWire(wire: client.ServerMessage): ServerMessageBody {
  if (wire.reply)
    return { kind: "reply", id: wire.reply.id ?? 0, result: replyFromWire(wire.reply as client.Reply) };
  if (wire.event) return { kind: "event", event: eventFromWire(wire.event as client.Event) };
  throw new BadRequestError("message from the node without a known body");
}

function replyFromWire(reply: client.Reply): ReplyResult {
  if (reply.error) {
    const e = reply.error as client.Error;
    return { kind: "error", code: e.code, message: e.message, completionStatus: e.completionStatus };
  }
  if (reply.registered) {
    const r = reply.registered as client.Registered;
    return { kind: "registered", node: r.node, ports: r.ports, memoryBytes: r.memoryBytes };
  }
  if (reply.data) return { kind: "data", data: new Uint8Array(reply.data) };
  if (reply.value !== undefined && reply.value !== null)
    return { kind: "value", value: longToBigInt(reply.value) };
  if (reply.status) return { kind: "status", status: statusFromWire(reply.status as client.NodeStatus) };
  return { kind: "ok" };
}

function eventFromWire(event: client.Event): ServerEventBody {
  if (event.partnerReady) {
    const e = event.partnerReady as client.PartnerReady;
    return {
      type: "partner-ready",
      partner: e.partner,
      version: e.version,
      sessionId: longToSafeInteger(e.sessionId) ?? 0,
    };
  }
  if (event.partnerDown) {
    const e = event.partnerDown as client.PartnerDown;
    return { type: "partner-down", partner: e.partner, reason: e.reason };
  }
  if (event.channelUp) {
    const e = event.channelUp as client.ChannelUp;
    return { type: "channel-up", partner: e.partner, ports: e.ports, remoteMemoryBytes: e.remoteMemoryBytes };
  }
  if (event.channelDown) {
    const e = event.channelDown as client.ChannelDown;
    return { type: "channel-down", partner: e.partner, reason: e.reason };
  }
  if (event.message) {
    const e = event.message as client.Message;
    return { type: "message", partner: e.partner, port: e.port, data: new Uint8Array(e.data) };
  }
  if (event.serviceEvent) {
    const e = event.serviceEvent as client.ServiceEvent;
    return { type: "service-event", service: e.service, payload: new Uint8Array(e.payload) };
  }
  throw new BadRequestError("event without a known body");
}

function statusToWire(status: NodeStatusBody): client.NodeStatus.$Properties {
  const clientView = (c: ClientViewBody) => ({ ...c, vis: [...c.vis], channelsUp: [...c.channelsUp] });
  return {
    ...status,
    osState: OS_STATE_WIRE[status.osState],
    partners: status.partners.map((p) => ({ ...p, clients: p.clients.map(clientView) })),
    clients: status.clients.map(clientView),
  };
}

function statusFromWire(status: client.NodeStatus): NodeStatusBody {
  const clientView = (c: client.IClientView): ClientViewBody => ({
    name: c.name ?? "",
    ports: c.ports ?? 0,
    memoryBytes: c.memoryBytes ?? 0,
    vis: c.vis ?? [],
    channelsUp: c.channelsUp ?? [],
  });
  return {
    node: status.node,
    index: status.index,
    bootIncarnation: status.bootIncarnation,
    phase: status.phase,
    osState: OS_STATES[status.osState] ?? "booting",
    partners: status.partners.map((p) => ({
      node: p.node ?? "",
      fabric: p.fabric ?? 0,
      state: p.state ?? "",
      step: p.step ?? "",
      sessionId: longToSafeInteger(p.sessionId ?? 0) ?? 0,
      version: p.version ?? 0,
      partnerBoot: p.partnerBoot ?? 0,
      detail: p.detail ?? "",
      clients: (p.clients ?? []).map(clientView),
    })),
    clients: status.clients.map(clientView),
    connections: status.connections,
  };
}
