/**
 * What the fuzzer sends to each endpoint: random bytes, and messages generated from the project's
 * schemas with plausible values (a real partner, a port in range, the session's id, the current
 * epoch) and then mutated, alone or many to a WebSocket message.
 */
import type { Prng } from "../../rdma-emu/sim/prng.js";
import type { FuzzInput, FuzzMessage } from "./inputs.js";
import {
  BOUNDARY_NUMBERS,
  bytes,
  concat,
  type Encoded,
  encode,
  encodeDelimited,
  Generator,
  type Hint,
  int,
  type Msg,
  msg,
  mutateBytes,
  mutateTree,
  randomAscii,
  randomBytes,
  text,
  type Value,
  weighted,
} from "./wire.js";

/** Client names the fuzzer registers on both nodes, so that channels between them come up. */
export const FUZZ_CLIENT_NAMES = ["fz0", "fz1", "fz2", "fz3"];
/** Names taken by the node's own clients: registering one must be refused, not take it over. */
const TAKEN_NAMES = ["seq", "heartbeat"];

export interface NodeContext {
  /** The node the input goes to, and its partner(s). */
  readonly self: string;
  readonly partners: readonly string[];
}

/** Request ids an input uses: its own range, so ids are unique across a connection's inputs. */
const IDS_PER_INPUT = 4099;

function idFor(index: number, k: number): number {
  return ((index * IDS_PER_INPUT + k) % 0xffff_fffe) + 1;
}

function nodeName(rng: Prng, ctx: NodeContext): string {
  const r = rng.next();
  if (r < 0.65) return rng.pick(ctx.partners);
  if (r < 0.8) return ctx.self;
  if (r < 0.9) return rng.pick(["", "c", "z", "A", "b ", "a\u0000"]);
  return randomAscii(rng, rng.chance(0.5) ? 1 + rng.int(5) : 64 + rng.int(3));
}

function payloadBytes(rng: Prng): Value {
  const r = rng.next();
  if (r < 0.06) return bytes(new Uint8Array(0));
  if (r < 0.93) return bytes(randomBytes(rng, 1 + rng.int(64)));
  if (r < 0.99) return bytes(new Uint8Array(4096 + rng.int(60_000)));
  // About the largest message a client may send (1 MiB), either side of it.
  return bytes(new Uint8Array(1024 * 1024 + rng.pick([-1, 0, 1])));
}

function offsetValue(rng: Prng, gen: Generator): Value {
  const r = rng.next();
  if (r < 0.2) return gen.boundary();
  if (r < 0.6) return int(8 * rng.int(512));
  return int(rng.int(70_000));
}

function lengthValue(rng: Prng, gen: Generator): Value {
  const r = rng.next();
  if (r < 0.2) return gen.boundary();
  if (r < 0.85) return int(rng.int(256));
  return int(rng.pick([4095, 4096, 4097, 65536, 4 * 1024 * 1024, 4 * 1024 * 1024 + 1]));
}

/** A SeqCall as a caller of the sequence service might send it, or not. */
export function seqCallMsg(rng: Prng): Msg {
  const gen = new Generator(rng, {
    oneofWeights: { "SeqCall.next": 4, "SeqCall.status": 1 },
    hint: (path, r, g) => {
      if (path === "NextRequest.count") {
        const x = r.next();
        if (x < 0.7) return int(1 + r.int(64));
        if (x < 0.8) return int(r.pick([0, 2 ** 20, 2 ** 20 + 1]));
        return g.boundary();
      }
      if (path === "NextRequest.floor") return r.chance(0.6) ? int(r.int(1000)) : g.boundary();
      return undefined;
    },
  });
  const m = gen.message("seq.SeqCall");
  if (rng.chance(0.25)) mutateTree(m, rng, 1 + rng.int(3));
  return m;
}

function seqCallPayload(rng: Prng): Value {
  const encoded = encode(seqCallMsg(rng));
  if (rng.chance(0.2)) return bytes(mutateBytes(encoded, rng, 1 + rng.int(3)));
  return bytes(encoded.bytes);
}

/** Hints for client.proto: plausible values for every field a request carries. */
function clientHint(ctx: NodeContext, nextId: () => number): Hint {
  return (path, rng, gen) => {
    switch (path) {
      case "Request.id":
        return rng.chance(0.97) ? int(nextId()) : gen.boundary();
      case "Register.name": {
        const r = rng.next();
        if (r < 0.7) return text(rng.pick(FUZZ_CLIENT_NAMES));
        if (r < 0.8) return text(rng.pick(TAKEN_NAMES));
        return text(gen.string());
      }
      case "Register.ports":
        return rng.chance(0.8) ? int(rng.int(18)) : gen.boundary();
      case "Register.memoryBytes":
        return rng.chance(0.8) ? int(rng.pick([0, 8, 4096, 65536, 65537, 1 << 20, 8 << 20])) : gen.boundary();
      case "Register.monitor":
        // A monitor may report partners down: the fuzzer never registers as one (see guard.ts).
        return int(0);
      case "Send.partner":
      case "Remote.partner":
      case "PartnerStatus.partner":
      case "ReportPartnerDown.partner":
      case "SetFaults.partner":
        return text(nodeName(rng, ctx));
      case "Send.port":
      case "Remote.port":
        return rng.chance(0.85) ? int(rng.int(5)) : gen.boundary();
      case "Send.data":
      case "Remote.data":
      case "LocalWrite.data":
        return payloadBytes(rng);
      case "Remote.offset":
      case "LocalRead.offset":
      case "LocalWrite.offset":
        return offsetValue(rng, gen);
      case "Remote.length":
      case "LocalRead.length":
        return lengthValue(rng, gen);
      case "Remote.compareAdd":
      case "Remote.swap":
        return rng.chance(0.5) ? int(rng.int(4)) : gen.boundary();
      case "ServiceCall.service":
        return text(rng.chance(0.85) ? "seq" : gen.string());
      case "ServiceCall.payload":
        return seqCallPayload(rng);
      case "ReportPartnerDown.reason":
        return text(rng.chance(0.95) ? gen.string() : randomAscii(rng, 10_000));
      case "SetOsState.state":
        // UNSPECIFIED, BOOTING, UP, or no state at all; HUNG and PANICKED only by mutation.
        return rng.chance(0.85) ? int(rng.pick([0, 1, 2])) : gen.boundary();
      case "SetFaults.fabric":
        return rng.chance(0.8) ? int(rng.int(3)) : gen.boundary();
      case "SetFaults.faults":
        // Mostly {} (clears faults: harmless); a real fault only toward no partner (see guard.ts).
        return rng.chance(0.6) ? msg({ fields: [] }) : undefined;
      default:
        return undefined;
    }
  };
}

const CLIENT_BODIES = {
  "Request.register": 6,
  "Request.send": 18,
  "Request.remote": 22,
  "Request.localRead": 8,
  "Request.localWrite": 8,
  "Request.partnerStatus": 5,
  "Request.reportPartnerDown": 3,
  "Request.getStatus": 3,
  "Request.setOsState": 0.3,
  "Request.setFaults": 0.3,
  "Request.serviceCall": 20,
};

const ADMIN_BODIES = {
  "Request.register": 0.3,
  "Request.send": 0.3,
  "Request.remote": 0.3,
  "Request.localRead": 0.3,
  "Request.localWrite": 0.3,
  "Request.partnerStatus": 0.3,
  "Request.reportPartnerDown": 0.3,
  "Request.getStatus": 8,
  "Request.setOsState": 8,
  "Request.setFaults": 8,
  "Request.serviceCall": 0.3,
};

/** Requests cheap for a node to carry out, for the batches of a thousand. */
const CHEAP_BODIES = {
  "Request.getStatus": 1,
  "Request.localRead": 3,
  "Request.localWrite": 2,
  "Request.partnerStatus": 1,
  "Request.send": 1,
};

function requests(
  rng: Prng,
  ctx: NodeContext,
  count: number,
  nextId: () => number,
  bodies: Record<string, number>,
): Msg[] {
  if (count > 40) {
    // Hundreds of requests: two dozen bodies, each request one of them under an id of its own.
    const small = requests(rng, ctx, 24, nextId, bodies).filter((t) => encode(t).bytes.length <= 2048);
    const templates = small.length > 0 ? small : requests(rng, ctx, 1, nextId, { "Request.getStatus": 1 });
    return Array.from({ length: count }, () => ({
      fields: rng
        .pick(templates)
        .fields.map((f) =>
          f.no === 1 && f.wire === 0 && f.value.t === "int" ? { ...f, value: int(nextId()) } : f,
        ),
    }));
  }
  const gen = new Generator(rng, { hint: clientHint(ctx, nextId), oneofWeights: bodies });
  return Array.from({ length: count }, () => {
    const m = gen.message("client.Request");
    if (rng.chance(0.15)) mutateTree(m, rng, 1 + rng.int(3));
    return m;
  });
}

function binary(data: Uint8Array): FuzzMessage {
  return { data, text: false };
}

/** One WebSocket message for a node's client endpoint (requests, admin requests or garbage). */
export function clientInput(
  endpoint: string,
  rng: Prng,
  index: number,
  ctx: NodeContext,
  admin = false,
): FuzzInput {
  let k = 0;
  const nextId = () => idFor(index, k++);
  const bodies = admin ? ADMIN_BODIES : CLIENT_BODIES;
  const many = (count: number, which: Record<string, number> = bodies) =>
    requests(rng, ctx, count, nextId, which);
  const kind = weighted(rng, [45, 15, 9, 3, 0.4, 8, 6, 5, 3]);
  let message: FuzzMessage;
  let what: string;
  switch (kind) {
    case 0: {
      const encoded = encodeDelimited(many(1 + rng.int(6)));
      message = binary(rng.chance(0.25) ? mutateBytes(encoded, rng, 1 + rng.int(2)) : encoded.bytes);
      what = "batch";
      break;
    }
    case 1: {
      const [one] = many(1);
      mutateTree(one as Msg, rng, 1 + rng.int(4));
      message = binary(mutateBytes(encodeDelimited([one as Msg]), rng, rng.int(3)));
      what = "mutated request";
      break;
    }
    case 2:
      message = binary(encodeDelimited(many(10 + rng.int(190))).bytes);
      what = "batch of hundreds";
      break;
    case 3: {
      // Around the most requests one message may hold (1024).
      const count = rng.pick([1023, 1024, 1025, 900 + rng.int(250)]);
      message = binary(encodeDelimited(many(count, admin ? { "Request.getStatus": 1 } : CHEAP_BODIES)).bytes);
      what = `${count} requests`;
      break;
    }
    case 4:
      message = binary(hugeMessage(rng, index));
      what = "huge message";
      break;
    case 5: {
      const length = rng.chance(0.9) ? rng.int(65) : rng.int(20_000);
      message = binary(randomBytes(rng, length));
      what = "random bytes";
      break;
    }
    case 6:
      message = textMessage(rng, () => encodeDelimited(many(1 + rng.int(3))).bytes);
      what = "text frame";
      break;
    case 7: {
      // Crossover: one batch's head, another's tail.
      const a = encodeDelimited(many(1 + rng.int(4))).bytes;
      const b = encodeDelimited(many(1 + rng.int(4))).bytes;
      message = binary(concat(a.subarray(0, rng.int(a.length + 1)), b.subarray(rng.int(b.length + 1))));
      what = "spliced batches";
      break;
    }
    default:
      message = binary(rng.chance(0.5) ? new Uint8Array(0) : Uint8Array.of(rng.pick([0, 0x80, 0xff])));
      what = "empty or one byte";
      break;
  }
  return { endpoint, index, messages: [message], meta: { node: ctx.self, kind: what } };
}

/** The largest inputs: a message full of zeros, or of GetStatus requests, up to the frame limit. */
function hugeMessage(rng: Prng, index: number): Uint8Array {
  const size = rng.pick([100_000, 1_000_000, 4 * 1024 * 1024]);
  if (rng.chance(0.5)) return new Uint8Array(size);
  // Requests {id, get_status {}} back to back: about 590,000 of them in 4 MiB.
  const one = encodeDelimited([
    {
      fields: [
        { no: 1, wire: 0, value: int(idFor(index, 0)) },
        { no: 9, wire: 2, value: msg({ fields: [] }) },
      ],
    },
  ]).bytes;
  const out = new Uint8Array(size - (size % one.length));
  for (let at = 0; at < out.length; at += one.length) out.set(one, at);
  return out;
}

function textMessage(rng: Prng, binaryBytes: () => Uint8Array): FuzzMessage {
  const r = rng.next();
  if (r < 0.3) return { data: new TextEncoder().encode(randomAscii(rng, rng.int(80))), text: true };
  if (r < 0.5)
    return {
      data: new TextEncoder().encode(JSON.stringify({ id: rng.int(100), getStatus: {}, kind: "get-status" })),
      text: true,
    };
  // Protobuf bytes in a text frame (often not UTF-8 at all).
  return { data: binaryBytes(), text: true };
}

// ---- the fabric port ---------------------------------------------------------------------------

export interface FabricContext {
  /** Every card address of the fabric, the target's first. */
  readonly cards: readonly number[];
  readonly fabricId: number;
}

function fabricHint(ctx: FabricContext): Hint {
  return (path, rng, gen) => {
    switch (path) {
      case "LinkLogin.hardwareAddress":
      case "LinkChallenge.hardwareAddress":
        return rng.chance(0.8)
          ? int(rng.pick(ctx.cards))
          : rng.chance(0.5)
            ? int(rng.nextUint32() & 0xffffff)
            : gen.boundary();
      case "LinkLogin.fabricId":
      case "LinkChallenge.fabricId":
        return rng.chance(0.85) ? int(ctx.fabricId) : gen.number();
      case "LinkLogin.cardIncarnation":
      case "LinkChallenge.cardIncarnation":
        return rng.chance(0.7) ? int(1 + rng.int(2 ** 31)) : gen.boundary();
      case "LinkLogin.nonce":
      case "LinkChallenge.nonce":
      case "LinkLogin.proof":
      case "LinkAccept.proof":
        return bytes(randomBytes(rng, rng.chance(0.85) ? 32 : rng.pick([0, 31, 33, 64])));
      case "LinkLogin.protocolVersion":
      case "LinkChallenge.protocolVersion":
        return rng.chance(0.85) ? int(1) : gen.number();
      default:
        return dataFrameHint(path, rng, gen);
    }
  };
}

/** Hints for fabric.Request / fabric.Response: small VIs, PSNs near zero, the bootstrap region. */
export const dataFrameHint: Hint = (path, rng, gen) => {
  switch (path) {
    case "Request.requesterVi":
    case "Request.responderVi":
    case "Response.requesterVi":
    case "Response.responderVi":
      return rng.chance(0.85) ? int(rng.int(4)) : gen.boundary();
    case "Request.generation":
    case "Response.generation":
    case "Request.psn":
    case "Response.psn":
    case "Request.attempt":
    case "Response.attempt":
      return rng.chance(0.8) ? int(rng.int(4)) : gen.boundary();
    case "Request.opcode":
      return rng.chance(0.9) ? int(rng.int(8)) : gen.boundary();
    case "Request.remoteAddress":
      return rng.chance(0.7)
        ? int(0x1000 + 8 * rng.int(512))
        : rng.chance(0.5)
          ? int(0x4000 + 8 * rng.int(600))
          : gen.boundary();
    case "Request.rkey":
      return rng.chance(0.6) ? int(0xb007) : gen.number();
    case "Request.length":
      return rng.chance(0.8) ? int(rng.pick([0, 1, 8, 64, 4096, 4097])) : gen.boundary();
    case "Request.payload":
    case "Response.payload":
      return bytes(randomBytes(rng, rng.chance(0.95) ? rng.int(72) : 4096 + rng.int(2048)));
    case "Request.segmentOffset":
    case "Request.messageLength":
      return rng.chance(0.7) ? int(rng.pick([0, 8, 64, 4096])) : gen.boundary();
    case "Request.alignment":
    case "Response.alignment":
      return bytes(new Uint8Array(rng.int(9)));
    case "Response.status":
      return rng.chance(0.9) ? int(rng.int(9)) : gen.boundary();
    default:
      return undefined;
  }
};

const LOGIN_BODIES = {
  "Frame.login": 10,
  "Frame.challenge": 1,
  "Frame.accept": 1,
  "Frame.request": 2,
  "Frame.response": 2,
};
const DATA_BODIES = {
  "Frame.login": 0.5,
  "Frame.challenge": 0.2,
  "Frame.accept": 0.2,
  "Frame.request": 5,
  "Frame.response": 3,
};

export function fabricFrames(
  rng: Prng,
  ctx: FabricContext,
  count: number,
  bodies: Record<string, number>,
): Msg[] {
  const gen = new Generator(rng, { hint: fabricHint(ctx), oneofWeights: bodies, fieldChance: 0.9 });
  return Array.from({ length: count }, () => {
    const m = gen.message("fabric.Frame");
    if (rng.chance(0.2)) mutateTree(m, rng, 1 + rng.int(3));
    return m;
  });
}

/** A connection's worth of messages to a card's fabric port, from a card without the secret. */
export function fabricInput(endpoint: string, rng: Prng, index: number, ctx: FabricContext): FuzzInput {
  const kind = weighted(rng, [30, 15, 15, 10, 10, 8, 6, 4, 2]);
  const messages: FuzzMessage[] = [];
  let what: string;
  const frames = (count: number, bodies: Record<string, number>): Encoded =>
    encodeDelimited(fabricFrames(rng, ctx, count, bodies));
  switch (kind) {
    case 0:
      messages.push(binary(frames(1, { "Frame.login": 1 }).bytes));
      what = "login with a wrong proof";
      break;
    case 1:
      messages.push(binary(mutateBytes(frames(1, LOGIN_BODIES), rng, 1 + rng.int(4))));
      what = "mutated login frame";
      break;
    case 2:
      messages.push(binary(frames(1 + rng.int(6), DATA_BODIES).bytes));
      what = "data frames before login";
      break;
    case 3:
      messages.push(binary(frames(1, { "Frame.login": 1 }).bytes));
      messages.push(binary(frames(1 + rng.int(4), DATA_BODIES).bytes));
      what = "data frames after a failed login";
      break;
    case 4:
      messages.push(
        binary(concat(frames(1, { "Frame.login": 1 }).bytes, frames(1 + rng.int(20), DATA_BODIES).bytes)),
      );
      what = "login and data frames in one message";
      break;
    case 5:
      messages.push(binary(randomBytes(rng, rng.chance(0.9) ? rng.int(80) : rng.int(10_000))));
      what = "random bytes";
      break;
    case 6:
      messages.push(textMessage(rng, () => frames(1, LOGIN_BODIES).bytes));
      what = "text frame";
      break;
    case 7:
      messages.push(binary(mutateBytes(frames(2 + rng.int(30), DATA_BODIES), rng, 1 + rng.int(3))));
      what = "mutated batch of frames";
      break;
    default:
      // Past the link's frame limit (4 MiB + 1 KiB), or just under it.
      messages.push(binary(new Uint8Array(4 * 1024 * 1024 + 1024 + rng.pick([-1, 1, 4096]))));
      what = "oversized message";
      break;
  }
  return {
    endpoint,
    index,
    messages,
    meta: { card: ctx.cards[0] as number, kind: what, waitForChallenge: rng.chance(0.8) },
  };
}

// ---- peer messages (in-process) ------------------------------------------------------------------

export interface SessionContext {
  readonly sessionId: number;
  readonly clients: readonly string[];
}

/** A session message (proto/ccm.proto) as a partner might send it, or not. */
export function peerMessageBytes(rng: Prng, ctx: SessionContext): Uint8Array {
  const gen = new Generator(rng, {
    oneofWeights: { "PeerMessage.info": 2, "PeerMessage.portState": 6, "PeerMessage.ready": 2 },
    hint: (path, r, g) => {
      switch (path) {
        case "PeerMessage.sessionId":
          return r.chance(0.85) ? int(ctx.sessionId) : g.boundary();
        case "PeerInfo.version":
          return r.chance(0.85) ? int(1) : g.number();
        case "PeerInfo.node":
          return text(r.chance(0.8) ? "b" : g.string());
        case "PeerInfo.clients":
          return Array.from({ length: r.chance(0.95) ? r.int(5) : 60 + r.int(10) }, () =>
            msg(g.message("ccm.PortState", 1)),
          );
        case "PortState.client":
          return text(r.chance(0.85) ? r.pick(ctx.clients) : g.string());
        case "PortState.present":
          return int(r.chance(0.75) ? 1 : 0);
        case "PortState.vis":
        case "PortState.peerVis": {
          const n = r.chance(0.9) ? r.int(4) : r.pick([16, 17, 40]);
          return Array.from({ length: n }, () => (r.chance(0.9) ? int(1 + r.int(30)) : g.boundary()));
        }
        case "PortState.memoryAddress":
          return r.chance(0.8) ? int(0x10000 + 4096 * r.int(64)) : g.boundary();
        case "PortState.memoryLength":
          return r.chance(0.8) ? int(r.pick([0, 4096, 65536])) : g.boundary();
        case "PortState.rkey":
          return r.chance(0.8) ? int(r.nextUint32()) : g.boundary();
        default:
          return undefined;
      }
    },
  });
  return treeOrBytes(rng, gen.message("ccm.PeerMessage"));
}

/** Most inputs are the message, some mutated as a tree, some as bytes, some plain garbage. */
function treeOrBytes(rng: Prng, m: Msg): Uint8Array {
  const r = rng.next();
  if (r < 0.45) return encode(m).bytes;
  if (r < 0.7) return encode(mutateTree(m, rng, 1 + rng.int(4))).bytes;
  if (r < 0.92) return mutateBytes(encode(m), rng, 1 + rng.int(3));
  return randomBytes(rng, rng.int(48));
}

export function heartbeatBytes(rng: Prng): Uint8Array {
  const gen = new Generator(rng, {
    hint: (path, r, g) => {
      if (path === "Heartbeat.seq") return r.chance(0.6) ? int(r.int(1000)) : g.boundary();
      if (path === "Heartbeat.intervalMs") return r.chance(0.7) ? int(100) : g.boundary();
      return undefined;
    },
  });
  return treeOrBytes(rng, gen.message("heartbeat.Heartbeat"));
}

// ---- sequence messages (in-process) ---------------------------------------------------------------

export interface SeqContext {
  readonly nodes: readonly string[];
  /** The target's current epoch and the ballot it promised. */
  readonly epoch: number;
  readonly promised: number;
  /** Messages the target sent lately (encoded SeqMessage bodies), to answer or echo. */
  readonly recent: readonly Msg[];
}

const SEQ_BODIES = {
  "SeqMessage.req": 5,
  "SeqMessage.fwd": 3,
  "SeqMessage.deliver": 3,
  "SeqMessage.nack": 2,
  "SeqMessage.seal": 2,
  "SeqMessage.sealed": 3,
  "SeqMessage.refused": 1,
  "SeqMessage.install": 2,
  "SeqMessage.lease": 3,
  "SeqMessage.leaseAck": 3,
  "SeqMessage.reserve": 2,
  "SeqMessage.reserved": 3,
};

function seqHint(ctx: SeqContext): Hint {
  const near = (r: Prng, base: number, g: Generator): Value => {
    const x = r.next();
    if (x < 0.5) return int(base);
    if (x < 0.8) return int(Math.max(0, base + r.int(40) - 8));
    return g.boundary();
  };
  return (path, r, g) => {
    const field = path.slice(path.indexOf(".") + 1);
    switch (field) {
      case "epoch":
        return near(r, ctx.epoch, g);
      case "ballot":
      case "promised":
        return near(r, Math.max(ctx.epoch, ctx.promised) + 16, g);
      case "primary":
      case "secondary":
      case "origin":
        return text(r.chance(0.9) ? r.pick(ctx.nodes) : g.string());
      case "count":
        return r.chance(0.8)
          ? int(1 + r.int(64))
          : r.chance(0.5)
            ? int(r.pick([0, 2 ** 20, 2 ** 20 + 1]))
            : g.boundary();
      case "reqId":
        return r.chance(0.8) ? int(1 + r.int(50)) : g.boundary();
      case "start":
      case "end":
      case "reserved":
      case "stored":
      case "seen":
      case "floor":
      case "next":
        return r.chance(0.7) ? int(r.pick([0, 1, 2 ** 20, 2 ** 21]) + r.int(100)) : g.boundary();
      case "round":
        return r.chance(0.8) ? int(r.int(20)) : g.boundary();
      default:
        return undefined;
    }
  };
}

/** A SeqBatch a peer might send: replies to what the target sent, fresh messages, or garbage. */
export function seqBatchBytes(rng: Prng, ctx: SeqContext): Uint8Array {
  const gen = new Generator(rng, { hint: seqHint(ctx), oneofWeights: SEQ_BODIES, fieldChance: 0.95 });
  const r = rng.next();
  const count = r < 0.85 ? 1 + rng.int(6) : r < 0.97 ? 20 + rng.int(300) : rng.pick([4096, 4097]);
  const messages: Msg[] = [];
  const fresh = () =>
    ctx.recent.length > 0 && rng.chance(0.35)
      ? answer(rng, rng.pick(ctx.recent), gen)
      : gen.message("seq.SeqMessage");
  // Hundreds of messages: two dozen, each many times.
  const templates = count > 40 ? Array.from({ length: 24 }, fresh) : [];
  for (let i = 0; i < count; i++) messages.push(templates.length > 0 ? rng.pick(templates) : fresh());
  const batch: Msg = { fields: messages.map((m) => ({ no: 1, wire: 2, value: msg(m) })) };
  const x = rng.next();
  if (x < 0.6 || count > 400) return encode(batch).bytes;
  if (x < 0.8) return encode(mutateTree(batch, rng, 1 + rng.int(3))).bytes;
  if (x < 0.95) return mutateBytes(encode(batch), rng, 1 + rng.int(3));
  return randomBytes(rng, rng.int(64));
}

/**
 * A reply to a message the target sent (Seal -> Sealed, Reserve -> Reserved, Lease -> LeaseAck,
 * Req -> Fwd/Deliver), its numbers copied over, or the message echoed back as it was.
 */
function answer(rng: Prng, sent: Msg, gen: Generator): Msg {
  const body = sent.fields[0];
  if (body === undefined || body.value.t !== "msg" || rng.chance(0.15)) return sent;
  const fields = body.value.v.fields;
  const copy = (no: number, to = no) => fields.filter((f) => f.no === no).map((f) => ({ ...f, no: to }));
  const reply = (oneof: number, inner: Msg): Msg => ({ fields: [{ no: oneof, wire: 2, value: msg(inner) }] });
  switch (body.no) {
    case 5: // Seal -> Sealed {ballot, layout?, reserved, stored, seen}
      return reply(6, {
        fields: [...copy(1), ...gen.message("seq.Sealed").fields.filter((f) => f.no !== 1)],
      });
    case 11: // Reserve -> Reserved {epoch, end}
      return reply(12, { fields: [...copy(1), ...copy(2)] });
    case 9: {
      // Lease {layout, round} -> LeaseAck {epoch, round}
      const layout = fields.find((f) => f.no === 1);
      const epoch = layout?.value.t === "msg" ? layout.value.v.fields.filter((f) => f.no === 1) : [];
      return reply(10, { fields: [...epoch, ...copy(2)] });
    }
    case 1: // Req {epoch, req_id, count, floor} -> Deliver {epoch, req_id, start, count}
      return reply(3, {
        fields: [...copy(1), ...copy(2), { no: 3, wire: 0, value: int(rng.int(2 ** 21)) }, ...copy(3, 4)],
      });
    case 2: // Fwd -> Deliver
      return reply(3, { fields: [...copy(1), ...copy(3, 2), ...copy(4, 3), ...copy(5, 4)] });
    default:
      return sent;
  }
}

/** The numbers an input uses when a field needs one of the boundaries directly. */
export function boundaryNumber(rng: Prng): bigint {
  return rng.pick(BOUNDARY_NUMBERS);
}
