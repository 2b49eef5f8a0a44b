/**
 * The group daemons' messages (proto/group.proto) in typed form, and their codec. What a peer sent
 * is checked here once: sizes and counts, node ids among the configured ones, group names,
 * instance ids, consecutive numbers in a proposal. Anything malformed throws GroupProtocolError.
 */
import type Long from "long";
import protobuf from "protobufjs/minimal.js";
import { group as wire } from "../../proto/generated/group.js";
import { longToSafeInteger } from "../../proto/int64.js";
import { MAX_VIEW_ID } from "../membership/messages.js";
import {
  type Entry,
  type EntryBody,
  type ExitState,
  type InstanceInfo,
  instanceOrigin,
  type Origin,
} from "./entries.js";
import { GroupProtocolError } from "./errors.js";
import { MAX_INSTANCES } from "./group-state.js";

const { Writer } = protobuf;

export type DeltaMessage =
  | { readonly type: "submit"; readonly epoch: number; readonly seq: number; readonly body: EntryBody }
  | { readonly type: "propose"; readonly epoch: number; readonly entries: readonly Entry[] }
  | { readonly type: "commit"; readonly epoch: number; readonly upTo: number; readonly stable: number }
  | { readonly type: "ack"; readonly epoch: number; readonly upTo: number }
  | {
      readonly type: "state";
      readonly epoch: number;
      readonly fresh: boolean;
      readonly delivered: number;
      readonly entries: readonly Entry[];
      /** The sender still lacks the receiver's State. */
      readonly lacking: boolean;
    };

/** The bound of every gseq and seq: far beyond what a cluster numbers in centuries, exact below 2^53. */
export const MAX_GSEQ = 2 ** 50;
/** Entries in one proposal. */
export const MAX_BATCH_ENTRIES = 256;
/** Bytes of entries (entryBytes) in one proposal, at most (one entry may pass it alone). */
export const MAX_PROPOSAL_BYTES = 256 * 1024;
/** Entries numbered and not yet delivered everywhere, at most (a proposal buffer's bound). */
export const MAX_UNSTABLE = 4096;
/**
 * Bytes of those entries, at most. A State carries what its member holds and has not delivered,
 * which the coordinator numbered past its stable point (below every member's delivered point):
 * with one proposal over the bound, it stays within one SEND (4 MiB).
 */
export const MAX_UNSTABLE_BYTES = 2 * 1024 * 1024;
/** Largest group message payload. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;
export const MAX_GROUP_NAME_CHARS = 64;
const MAX_INSTANCE_ID_CHARS = 128;
const MAX_REASON_CHARS = 256;
/** Messages in one batch (one SEND). */
export const MAX_MESSAGES_PER_BATCH = 256;
/**
 * Entries in one batch, across its messages: a State (a whole undelivered buffer) fits. With the
 * message bound it caps the work one SEND from a partner can cause (decoding and handling).
 */
export const MAX_ENTRIES_PER_BATCH = MAX_UNSTABLE + MAX_BATCH_ENTRIES;
/** Largest batch a daemon decodes. */
export const MAX_BATCH_BYTES = 8 * 1024 * 1024;

export const EXIT_TO_WIRE: Record<ExitState, wire.ExitState> = {
  unregistered: wire.ExitState.UNREGISTERED,
  unknown: wire.ExitState.UNKNOWN,
};

export function encodeDeltaBatch(messages: readonly DeltaMessage[]): Uint8Array {
  return wire.GroupBatch.encode({ messages: messages.map(messageToWire) }).finish();
}

/** One message, encoded to go into a batch (joinFrames). */
export function encodeDeltaMessage(message: DeltaMessage): Uint8Array {
  return wire.GroupMessage.encode(messageToWire(message)).finish();
}

/** A GroupBatch of messages encoded one by one (its field 1, repeated, length-delimited). */
export function joinFrames(frames: readonly Uint8Array[]): Uint8Array {
  const writer = Writer.create();
  for (const frame of frames) writer.uint32(BATCH_MESSAGES_TAG).bytes(frame);
  return writer.finish();
}

/** GroupBatch.messages: field 1, wire type 2. */
const BATCH_MESSAGES_TAG = (1 << 3) | 2;

function messageToWire(message: DeltaMessage): wire.IGroupMessage {
  switch (message.type) {
    case "submit":
      return { submit: { epoch: message.epoch, entry: { seq: message.seq, ...bodyToWire(message.body) } } };
    case "propose":
      return { propose: { epoch: message.epoch, entries: message.entries.map(entryToWire) } };
    case "commit":
      return { commit: { epoch: message.epoch, upTo: message.upTo, stable: message.stable } };
    case "ack":
      return { ack: { epoch: message.epoch, upTo: message.upTo } };
    case "state":
      return {
        state: {
          epoch: message.epoch,
          fresh: message.fresh,
          delivered: message.delivered,
          entries: message.entries.map(entryToWire),
          lacking: message.lacking,
        },
      };
  }
}

function entryToWire(entry: Entry): wire.IEntry {
  return { gseq: entry.gseq, origin: { ...entry.origin }, seq: entry.seq, ...bodyToWire(entry.body) };
}

function bodyToWire(body: EntryBody): wire.IEntry {
  switch (body.type) {
    case "message":
      return { message: { group: body.group, instance: body.instance, payload: body.payload } };
    case "join":
      return { join: { instance: { ...body.instance } } };
    case "leave":
      return { leave: { instance: body.instance, state: EXIT_TO_WIRE[body.state], reason: body.reason } };
    case "view":
      return {
        view: {
          view: body.view,
          members: body.members.map((m) => ({ ...m })),
          snapshot: {
            history: body.snapshot.history,
            instances: body.snapshot.instances.map((i) => ({ ...i })),
            delivered: body.snapshot.delivered.map((d) => ({ origin: { ...d.origin }, seq: d.seq })),
          },
        },
      };
  }
}

/** Decodes a batch a peer sent; `nodes` are the configured node ids. */
export function decodeDeltaBatch(bytes: Uint8Array, nodes: readonly string[]): DeltaMessage[] {
  if (bytes.length > MAX_BATCH_BYTES) throw new GroupProtocolError(`group batch of ${bytes.length} bytes`);
  let batch: wire.GroupBatch;
  try {
    batch = wire.GroupBatch.decode(bytes);
  } catch (error) {
    throw new GroupProtocolError(`undecodable group message: ${(error as Error).message}`);
  }
  if (batch.messages.length > MAX_MESSAGES_PER_BATCH)
    throw new GroupProtocolError(`${batch.messages.length} messages in one batch`);
  let entries = 0;
  for (const m of batch.messages)
    entries += (m.propose?.entries?.length ?? 0) + (m.state?.entries?.length ?? 0);
  if (entries > MAX_ENTRIES_PER_BATCH) throw new GroupProtocolError(`${entries} entries in one batch`);
  return batch.messages.map((m) => messageFromWire(m as wire.GroupMessage, nodes));
}

function messageFromWire(m: wire.GroupMessage, nodes: readonly string[]): DeltaMessage {
  if (m.submit) {
    const entry = (m.submit.entry ?? {}) as wire.Entry;
    return {
      type: "submit",
      epoch: epochOf(m.submit.epoch),
      seq: counter(entry.seq, "seq", false),
      body: bodyFromWire(entry, nodes),
    };
  }
  if (m.propose) {
    const list = m.propose.entries as wire.Entry[];
    if (list.length === 0 || list.length > MAX_BATCH_ENTRIES)
      throw new GroupProtocolError(`a proposal of ${list.length} entries`);
    const entries = list.map((e) => entryFromWire(e, nodes));
    entries.forEach((e, i) => {
      if (i > 0 && e.gseq !== (entries[i - 1] as Entry).gseq + 1)
        throw new GroupProtocolError("a proposal's entries are not consecutive");
    });
    return { type: "propose", epoch: epochOf(m.propose.epoch), entries };
  }
  if (m.commit) {
    const upTo = counter(m.commit.upTo, "up_to", true);
    const stable = counter(m.commit.stable, "stable", true);
    if (stable > upTo) throw new GroupProtocolError("stable above up_to");
    return { type: "commit", epoch: epochOf(m.commit.epoch), upTo, stable };
  }
  if (m.ack) return { type: "ack", epoch: epochOf(m.ack.epoch), upTo: counter(m.ack.upTo, "up_to", true) };
  if (m.state) {
    const list = m.state.entries as wire.Entry[];
    if (list.length > MAX_ENTRIES_PER_BATCH)
      throw new GroupProtocolError(`a state of ${list.length} entries`);
    return {
      type: "state",
      epoch: epochOf(m.state.epoch),
      fresh: m.state.fresh === true,
      delivered: counter(m.state.delivered, "delivered", true),
      entries: list.map((e) => entryFromWire(e, nodes)),
      lacking: m.state.lacking === true,
    };
  }
  throw new GroupProtocolError("group message without a known body");
}

function entryFromWire(e: wire.Entry, nodes: readonly string[]): Entry {
  const gseq = counter(e.gseq, "gseq", false);
  const origin = originFromWire(e.origin, nodes);
  const body = bodyFromWire(e, nodes);
  const seq = counter(e.seq, "seq", body.type === "view");
  if ((body.type === "view") !== (seq === 0))
    throw new GroupProtocolError("seq 0 is a view's, and only a view's");
  return { gseq, origin, seq, body };
}

function bodyFromWire(e: wire.Entry, nodes: readonly string[]): EntryBody {
  if (e.message) {
    const payload = e.message.payload ?? new Uint8Array(0);
    if (payload.length > MAX_PAYLOAD_BYTES)
      throw new GroupProtocolError(`a payload of ${payload.length} bytes`);
    return {
      type: "message",
      group: groupName(e.message.group ?? ""),
      instance: instance(e.message.instance ?? "", nodes),
      payload,
    };
  }
  if (e.join) return { type: "join", instance: instanceInfo(e.join.instance, nodes) };
  if (e.leave) {
    const state =
      e.leave.state === wire.ExitState.UNREGISTERED
        ? "unregistered"
        : e.leave.state === wire.ExitState.UNKNOWN
          ? "unknown"
          : undefined;
    if (state === undefined) throw new GroupProtocolError(`exit state ${e.leave.state}`);
    return {
      type: "leave",
      instance: instance(e.leave.instance ?? "", nodes),
      state,
      reason: text(e.leave.reason ?? ""),
    };
  }
  if (e.view) {
    const members = (e.view.members ?? []).map((o) => originFromWire(o, nodes));
    if (members.length === 0 || members.length > nodes.length)
      throw new GroupProtocolError(`a view of ${members.length} members`);
    const snapshot = e.view.snapshot ?? {};
    const instances = (snapshot.instances ?? []).map((i) => instanceInfo(i, nodes));
    const delivered = (snapshot.delivered ?? []).map((d) => ({
      origin: originFromWire(d.origin, nodes),
      seq: counter(d.seq ?? 0, "seq", false),
    }));
    if (instances.length > MAX_INSTANCES || delivered.length > MAX_INSTANCES)
      throw new GroupProtocolError("a snapshot beyond the cluster's bounds");
    const history = snapshot.history ?? "";
    if (history.length === 0 || history.length > MAX_INSTANCE_ID_CHARS)
      throw new GroupProtocolError("a snapshot without its history");
    return {
      type: "view",
      view: epochOf(e.view.view ?? 0),
      members,
      snapshot: { history, instances, delivered },
    };
  }
  throw new GroupProtocolError("an entry without a known body");
}

function originFromWire(o: wire.IOrigin | null | undefined, nodes: readonly string[]): Origin {
  const node = o?.node ?? "";
  const boot = o?.boot ?? 0;
  if (!nodes.includes(node))
    throw new GroupProtocolError(`origin ${JSON.stringify(node.slice(0, 64))} is not a configured node`);
  if (!Number.isInteger(boot) || boot < 1) throw new GroupProtocolError(`incarnation ${boot} out of range`);
  return { node, boot };
}

function instanceInfo(i: wire.IInstance | null | undefined, nodes: readonly string[]): InstanceInfo {
  return {
    id: instance(i?.id ?? "", nodes),
    group: groupName(i?.group ?? ""),
    critical: i?.critical === true,
  };
}

function instance(id: string, nodes: readonly string[]): string {
  const origin = id.length <= MAX_INSTANCE_ID_CHARS ? instanceOrigin(id) : undefined;
  if (origin === undefined || !nodes.includes(origin.node))
    throw new GroupProtocolError(`instance id ${JSON.stringify(id.slice(0, 64))} is malformed`);
  return id;
}

/** A group name: 1..64 printable ASCII characters. */
export function isGroupName(name: string): boolean {
  return name.length >= 1 && name.length <= MAX_GROUP_NAME_CHARS && /^[\x21-\x7e]+$/.test(name);
}

function groupName(name: string): string {
  if (!isGroupName(name))
    throw new GroupProtocolError(`group name ${JSON.stringify(name.slice(0, 64))} is malformed`);
  return name;
}

function text(value: string): string {
  return value.length > MAX_REASON_CHARS ? value.slice(0, MAX_REASON_CHARS) : value;
}

function epochOf(value: number | Long | null | undefined): number {
  const epoch = longToSafeInteger(value ?? 0);
  if (epoch === undefined || epoch < 1 || epoch > MAX_VIEW_ID)
    throw new GroupProtocolError(`epoch ${String(value)} out of range`);
  return epoch;
}

function counter(value: number | Long | null | undefined, field: string, zeroAllowed: boolean): number {
  const n = longToSafeInteger(value ?? 0);
  if (n === undefined || n > MAX_GSEQ || (!zeroAllowed && n === 0))
    throw new GroupProtocolError(`${field} ${String(value)} out of range`);
  return n;
}
