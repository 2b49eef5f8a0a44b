/**
 * The sequence service's messages (proto/seq.proto) in typed form, and their codec. Everything a
 * peer sent is validated here, once, before the state machine sees it.
 */
import type Long from "long";
import { seq } from "../../proto/generated/seq.js";
import { longToSafeInteger } from "../../proto/int64.js";
import { SeqProtocolError } from "./errors.js";

/** Who generates numbers in an epoch, and from where on. */
export interface Layout {
  /** A ballot: round × BALLOT_SPAN + the proposer's node index. */
  readonly epoch: number;
  readonly primary: string;
  readonly secondary: string;
  /** The first number this epoch may issue: above every number issued before. */
  readonly start: number;
}

export type SeqMessage =
  | {
      readonly type: "req";
      readonly epoch: number;
      readonly reqId: number;
      readonly count: number;
      readonly floor: number;
    }
  | {
      readonly type: "fwd";
      readonly epoch: number;
      readonly origin: string;
      readonly reqId: number;
      readonly start: number;
      readonly count: number;
    }
  | {
      readonly type: "deliver";
      readonly epoch: number;
      readonly reqId: number;
      readonly start: number;
      readonly count: number;
    }
  | {
      readonly type: "nack";
      readonly epoch: number;
      readonly reqId: number;
      readonly reason: string;
      readonly code: NackCode;
      /** With "floor-above-issued": the primary's next number. */
      readonly next: number;
    }
  | { readonly type: "seal"; readonly ballot: number }
  | {
      readonly type: "sealed";
      readonly ballot: number;
      readonly layout: Layout | undefined;
      readonly reserved: number;
      readonly stored: number;
      readonly seen: number;
    }
  | { readonly type: "refused"; readonly ballot: number; readonly promised: number }
  | { readonly type: "install"; readonly layout: Layout }
  | { readonly type: "lease"; readonly layout: Layout; readonly round: number }
  | { readonly type: "lease-ack"; readonly epoch: number; readonly round: number }
  | { readonly type: "reserve"; readonly epoch: number; readonly end: number }
  | { readonly type: "reserved"; readonly epoch: number; readonly end: number };

/**
 * Why a request was not served: "not-serving", the sender does not generate that epoch (look for
 * the current layout); "floor-above-issued", the serving primary refuses the request as such, its
 * floor being at or above every number ever issued; "exhausted", the numbers asked for would pass
 * MAX_SEQ_NUMBER.
 */
export type NackCode = "not-serving" | "floor-above-issued" | "exhausted";

/** Largest count one request may ask for. */
export const MAX_COUNT_PER_REQUEST = 1 << 20;
/**
 * The bound of every sequence value the service handles: a number, a floor, a layout's start, a
 * reservation's end. An end is exclusive, so the last number that can ever be issued is
 * MAX_SEQ_NUMBER - 1. The 2^42 of headroom below 2^53 keeps every sum the service makes (a value
 * plus a block of at most MAX_BLOCK_SIZE = 2^40, plus a count of at most 2^20) an exact integer.
 */
export const MAX_SEQ_NUMBER = 2 ** 53 - 2 ** 42;
/**
 * The bound of every ballot and epoch (a layout's epoch is the ballot that installed it). A ballot
 * is round × BALLOT_SPAN (16) + the proposer's index, and a round goes up by one per proposal:
 * 2^48 is 2^44 rounds, more than a cluster proposing a thousand times a second reaches in 500
 * years. A ballot or epoch above it is refused as malformed (from a peer, E_SEQ_PROTOCOL; in a
 * store, E_SEQ_STORE), and a node whose next ballot would pass it proposes none and says so
 * (SeqOutput "ballots-exhausted") rather than wrap. Without the bound a peer could hand a node a
 * ballot near 2^53, above which no ballot is exact: the node could never propose again and would
 * refuse every honest ballot, for good (it is on disk).
 */
export const MAX_BALLOT = 2 ** 48;
/** Largest block a primary reserves at once. */
export const MAX_BLOCK_SIZE = 2 ** 40;
/** Longest node id a message may carry. */
const MAX_NODE_CHARS = 64;
/** Messages one SEND may carry. */
export const MAX_MESSAGES_PER_BATCH = 4096;

export function encodeBatch(messages: readonly SeqMessage[]): Uint8Array {
  return seq.SeqBatch.encode({ messages: messages.map(toWire) }).finish();
}

/** Decodes a batch from a peer; anything malformed throws SeqProtocolError and nothing is returned. */
export function decodeBatch(bytes: Uint8Array): SeqMessage[] {
  let batch: seq.SeqBatch;
  try {
    batch = seq.SeqBatch.decode(bytes);
  } catch (error) {
    throw new SeqProtocolError(`undecodable sequence message: ${(error as Error).message}`);
  }
  if (batch.messages.length > MAX_MESSAGES_PER_BATCH)
    throw new SeqProtocolError("too many messages in one batch");
  return batch.messages.map((m) => fromWire(m as seq.SeqMessage));
}

function toWire(message: SeqMessage): seq.SeqMessage.$Properties {
  switch (message.type) {
    case "req":
      return {
        req: { epoch: message.epoch, reqId: message.reqId, count: message.count, floor: message.floor },
      };
    case "fwd":
      return { fwd: { ...message } };
    case "deliver":
      return { deliver: { ...message } };
    case "nack":
      return {
        nack: {
          epoch: message.epoch,
          reqId: message.reqId,
          reason: message.reason,
          code: NACK_CODES_TO_WIRE[message.code],
          next: message.next,
        },
      };
    case "seal":
      return { seal: { ballot: message.ballot } };
    case "sealed":
      return { sealed: { ...message, layout: message.layout ?? null } };
    case "refused":
      return { refused: { ...message } };
    case "install":
      return { install: { layout: message.layout } };
    case "lease":
      return { lease: { layout: message.layout, round: message.round } };
    case "lease-ack":
      return { leaseAck: { epoch: message.epoch, round: message.round } };
    case "reserve":
      return { reserve: { epoch: message.epoch, end: message.end } };
    case "reserved":
      return { reserved: { epoch: message.epoch, end: message.end } };
  }
}

function fromWire(m: seq.SeqMessage): SeqMessage {
  if (m.req) {
    const r = m.req as seq.Req;
    return {
      type: "req",
      epoch: ballot(r.epoch),
      reqId: num(r.reqId),
      count: count(r.count),
      floor: seqNum(r.floor),
    };
  }
  if (m.fwd) {
    const f = m.fwd as seq.Fwd;
    return {
      type: "fwd",
      epoch: ballot(f.epoch),
      origin: node(f.origin),
      reqId: num(f.reqId),
      ...range(f.start, f.count),
    };
  }
  if (m.deliver) {
    const d = m.deliver as seq.Deliver;
    return {
      type: "deliver",
      epoch: ballot(d.epoch),
      reqId: num(d.reqId),
      ...range(d.start, d.count),
    };
  }
  if (m.nack) {
    const n = m.nack as seq.Nack;
    return {
      type: "nack",
      epoch: ballot(n.epoch),
      reqId: num(n.reqId),
      reason: n.reason.slice(0, 200),
      // A code this version does not know reads as the plain one.
      code: NACK_CODES_FROM_WIRE.get(n.code) ?? "not-serving",
      next: seqNum(n.next),
    };
  }
  if (m.seal) return { type: "seal", ballot: ballot((m.seal as seq.Seal).ballot) };
  if (m.sealed) {
    const s = m.sealed as seq.Sealed;
    return {
      type: "sealed",
      ballot: ballot(s.ballot),
      layout: s.layout ? layout(s.layout as seq.Layout) : undefined,
      reserved: seqNum(s.reserved),
      stored: seqNum(s.stored),
      seen: seqNum(s.seen),
    };
  }
  if (m.refused) {
    const r = m.refused as seq.Refused;
    return { type: "refused", ballot: ballot(r.ballot), promised: ballot(r.promised) };
  }
  if (m.install) {
    const i = m.install as seq.Install;
    if (!i.layout) throw new SeqProtocolError("Install without a layout");
    return { type: "install", layout: layout(i.layout as seq.Layout) };
  }
  if (m.lease) {
    const l = m.lease as seq.Lease;
    if (!l.layout) throw new SeqProtocolError("Lease without a layout");
    return { type: "lease", layout: layout(l.layout as seq.Layout), round: l.round };
  }
  if (m.leaseAck) {
    const a = m.leaseAck as seq.LeaseAck;
    return { type: "lease-ack", epoch: ballot(a.epoch), round: a.round };
  }
  if (m.reserve) {
    const r = m.reserve as seq.Reserve;
    return { type: "reserve", epoch: ballot(r.epoch), end: seqNum(r.end) };
  }
  if (m.reserved) {
    const r = m.reserved as seq.Reserved;
    return { type: "reserved", epoch: ballot(r.epoch), end: seqNum(r.end) };
  }
  throw new SeqProtocolError("sequence message without a known body");
}

/**
 * A layout: its epoch a ballot (1..MAX_BALLOT; 0 means "none"), its start a number (numbers start
 * at 1: a start of 0 would make its secondary's stored number -1).
 */
function layout(l: seq.Layout): Layout {
  const epoch = ballot(l.epoch);
  if (epoch < 1) throw new SeqProtocolError("a layout's epoch must be at least 1");
  return {
    epoch,
    primary: node(l.primary),
    secondary: node(l.secondary),
    start: firstNumber(l.start),
  };
}

/** Numbers start .. start + count - 1: start at least 1, all of them at most MAX_SEQ_NUMBER. */
function range(start: number | Long, value: number): { start: number; count: number } {
  const first = firstNumber(start);
  const n = count(value);
  if (first + n > MAX_SEQ_NUMBER) throw new SeqProtocolError(`numbers beyond ${MAX_SEQ_NUMBER}`);
  return { start: first, count: n };
}

/** A sequence value (number, floor, start, end): at most MAX_SEQ_NUMBER. */
function seqNum(value: number | Long): number {
  const n = num(value);
  if (n > MAX_SEQ_NUMBER) throw new SeqProtocolError(`a sequence value exceeds ${MAX_SEQ_NUMBER}`);
  return n;
}

/** A number that is issued or starts a range: numbers start at 1. */
function firstNumber(value: number | Long): number {
  const n = seqNum(value);
  if (n < 1) throw new SeqProtocolError("sequence numbers start at 1, got 0");
  return n;
}

/** A ballot or an epoch: at most MAX_BALLOT. */
function ballot(value: number | Long): number {
  const n = num(value);
  if (n > MAX_BALLOT) throw new SeqProtocolError(`a ballot or epoch exceeds ${MAX_BALLOT}`);
  return n;
}

function num(value: number | Long): number {
  const safe = longToSafeInteger(value);
  if (safe === undefined) throw new SeqProtocolError("a number exceeds 2^53");
  return safe;
}

function count(value: number): number {
  if (value < 1 || value > MAX_COUNT_PER_REQUEST) {
    throw new SeqProtocolError(`count must be 1..${MAX_COUNT_PER_REQUEST}, got ${value}`);
  }
  return value;
}

const NACK_CODES_TO_WIRE: Record<NackCode, seq.NackCode> = {
  "not-serving": seq.NackCode.NACK_NOT_SERVING,
  "floor-above-issued": seq.NackCode.NACK_FLOOR_ABOVE_ISSUED,
  exhausted: seq.NackCode.NACK_EXHAUSTED,
};
const NACK_CODES_FROM_WIRE = new Map<number, NackCode>(
  Object.entries(NACK_CODES_TO_WIRE).map(([code, wire]) => [wire, code as NackCode]),
);

function node(id: string): string {
  if (id.length === 0 || id.length > MAX_NODE_CHARS) throw new SeqProtocolError("invalid node id");
  return id;
}
