/**
 * Endpoints fuzzed in this process, against the real decoders and cores: what travels only between
 * logged-in cards (session messages, heartbeats, sequence messages, data frames) cannot be sent
 * from outside, so each is fed straight to the code that reads it, the way its runtime does (a
 * typed protocol error is caught and dropped, anything else would reach the node's event loop).
 *
 * A target's state lives for an episode of inputs (a session, a monitor, a sequence node, a card),
 * built from the seed, so that any input can be replayed with the state it met.
 */
import { pino } from "pino";
import { type ClientEventBody, MAX_CLIENT_FRAME_BYTES } from "../../ccm/client-codec.js";
import { decodeRequests, UndecodableRequest } from "../../ccm/client-request-decoder.js";
import { EVENT_LOOP_STALL_MS, MAX_REQUESTS_PER_MESSAGE } from "../../ccm/constants.js";
import { PeerProtocolError } from "../../ccm/errors.js";
import { decodePeerMessage, encodePeerMessage } from "../../ccm/peer-codec.js";
import type { ServiceHost } from "../../ccm/service.js";
import { type LocalPorts, Session, type SessionAction } from "../../ccm/session.js";
import { type HeartbeatAction, HeartbeatMonitor } from "../../peers/heartbeat.js";
import { SeqProtocolError } from "../../peers/seq/errors.js";
import { decodeBatch, encodeBatch, type SeqMessage } from "../../peers/seq/messages.js";
import { BALLOT_SPAN, EMPTY_DURABLE_STATE, SeqNode, type SeqOutput } from "../../peers/seq/seq-node.js";
import { SeqService } from "../../peers/seq/seq-service.js";
import { parseState, SeqStore } from "../../peers/seq/seq-store.js";
import { heartbeat } from "../../proto/generated/heartbeat.js";
import { seq } from "../../proto/generated/seq.js";
import { ALL_ACCESS } from "../../rdma-emu/access-flags.js";
import { CardCore } from "../../rdma-emu/card-core.js";
import { LinkProtocolError } from "../../rdma-emu/errors.js";
import { decodeFrames, encodeFrames } from "../../rdma-emu/frame-codec.js";
import type { DataFrame, FabricFrame } from "../../rdma-emu/frames.js";
import { HostMemory } from "../../rdma-emu/host-memory.js";
import { LinkLogin, type LinkLoginAction } from "../../rdma-emu/link-login.js";
import type { Prng } from "../../rdma-emu/sim/prng.js";
import {
  clientInput,
  fabricFrames,
  heartbeatBytes,
  peerMessageBytes,
  seqBatchBytes,
  seqCallMsg,
} from "./generators.js";
import type { FuzzInput } from "./inputs.js";
import { encode, encodeDelimited, type Msg, messageType, mutateBytes, parse, randomBytes } from "./wire.js";

/** A check the code under test failed (as opposed to an exception it threw). */
export class FuzzFinding extends Error {
  override readonly name = "FuzzFinding";
}

export interface Episode {
  /** Runs one input; throws for anything the runtime would not survive or should not do. */
  step(input: FuzzInput): void | Promise<void>;
}

export interface InProcessTarget<E extends Episode = Episode> {
  readonly name: string;
  readonly episodeLength: number;
  /** An input taking longer than this (at best of three replays) is a finding; 20 ms unless given. */
  readonly slowMs?: number;
  episode(rng: Prng): E;
  generate(rng: Prng, index: number, episode: E): FuzzInput;
}

function one(endpoint: string, index: number, data: Uint8Array, meta: FuzzInput["meta"] = {}): FuzzInput {
  return { endpoint, index, messages: [{ data, text: false }], meta };
}

function data(input: FuzzInput): Uint8Array {
  return input.messages[0]?.data ?? new Uint8Array(0);
}

function num(input: FuzzInput, key: string): number {
  return Number(input.meta[key] ?? 0);
}

function str(input: FuzzInput, key: string): string {
  return String(input.meta[key] ?? "");
}

/** A time step: mostly small, sometimes past every timeout of the cores. */
function timeStep(rng: Prng): number {
  const r = rng.next();
  if (r < 0.5) return rng.int(5);
  if (r < 0.85) return rng.int(120);
  if (r < 0.98) return 100 + rng.int(900);
  return 1000 + rng.int(20_000);
}

function safeCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new FuzzFinding(`${what} is ${value}, not a count`);
}

// ---- the node's client request decoder ---------------------------------------------------------

/** ccm/client-request-decoder.ts: whatever a client sends, each request is decoded or refused. */
export const clientDecodeTarget: InProcessTarget = {
  name: "client-decode",
  // No state: an episode is one input (so a slow one is replayed alone).
  episodeLength: 1,
  // A whole message (up to 1024 requests) is decoded in one turn of the node's event loop: the
  // node's own stall threshold (EVENT_LOOP_STALL_MS) is the bound.
  slowMs: EVENT_LOOP_STALL_MS,
  episode: () => ({
    step(input) {
      const bytes = data(input);
      if (bytes.length > MAX_CLIENT_FRAME_BYTES) return; // ws refuses it before the node sees it
      const items = decodeRequests(bytes);
      if (items.length === 0) throw new FuzzFinding("no item for a message: it would get no reply");
      if (items.length > MAX_REQUESTS_PER_MESSAGE)
        throw new FuzzFinding(
          `${items.length} requests from one message (limit ${MAX_REQUESTS_PER_MESSAGE})`,
        );
      for (const item of items) {
        const id = item instanceof UndecodableRequest ? item.id : item.id;
        if (!Number.isSafeInteger(id) || id < 0 || id > 0xffff_ffff)
          throw new FuzzFinding(`request id ${id} outside 0..2^32-1`);
        if (!(item instanceof UndecodableRequest) && id === 0)
          throw new FuzzFinding("a request with id 0 decoded");
      }
    },
  }),
  generate: (rng, index) => {
    const input = clientInput("client-decode", rng, index, { self: "a", partners: ["b"] }, rng.chance(0.2));
    // Text frames never reach the decoder; their bytes go in as binary.
    return { ...input, messages: input.messages.map((m) => ({ data: m.data, text: false })) };
  },
};

// ---- session messages ----------------------------------------------------------------------------

const LOCAL_PORTS: LocalPorts[] = [
  { client: "fz0", vis: [3, 4], memoryAddress: 0x10000, memoryLength: 4096, rkey: 77 },
  { client: "seq", vis: [5], memoryAddress: 0x11000, memoryLength: 4096, rkey: 78 },
  { client: "heartbeat", vis: [6], memoryAddress: 0, memoryLength: 0, rkey: 0 },
];
const SESSION_CLIENTS = ["fz0", "fz1", "seq", "heartbeat"];

class SessionEpisode implements Episode {
  readonly sessionId: number;
  private session!: Session;
  private local = new Set<string>();

  constructor(rng: Prng) {
    this.sessionId = 1 + rng.int(2 ** 40);
    this.reset();
  }

  /** A session the partner broke is dropped; the next handshake opens a new one. */
  private reset(): void {
    this.session = new Session({ version: 1, node: "a", software: "fuzz" });
    this.local = new Set(LOCAL_PORTS.map((p) => p.client));
    this.check(this.session.open(LOCAL_PORTS));
  }

  step(input: FuzzInput): void {
    const local = str(input, "local");
    if (local !== "") {
      const ports = LOCAL_PORTS.find((p) => p.client === local) ?? { ...LOCAL_PORTS[0], client: local };
      if (this.local.has(local)) {
        this.local.delete(local);
        this.check(this.session.detach(local));
      } else {
        this.local.add(local);
        this.check(this.session.attach(ports as LocalPorts));
      }
    }
    let message: ReturnType<typeof decodePeerMessage>;
    try {
      message = decodePeerMessage(data(input));
    } catch (error) {
      if (!(error instanceof PeerProtocolError)) throw error;
      this.reset();
      return;
    }
    // A message of another session is dropped (or kept for a session not yet open).
    if (message.sessionId !== this.sessionId) return;
    this.check(this.session.receive(message.body));
  }

  private check(actions: SessionAction[]): void {
    for (const action of actions) {
      switch (action.type) {
        case "send": {
          // What we send, the partner's decoder (the same code) must take.
          const bytes = encodePeerMessage({ sessionId: this.sessionId, body: action.body });
          try {
            decodePeerMessage(bytes);
          } catch (error) {
            throw new FuzzFinding(
              `the session sent a message its partner refuses: ${(error as Error).message}`,
            );
          }
          break;
        }
        case "connect-ports":
          for (const vi of action.remote.vis)
            if (!Number.isInteger(vi) || vi < 1 || vi > 0xfffff)
              throw new FuzzFinding(`connect-ports to VI ${vi}`);
          break;
        case "protocol-error":
          this.reset();
          return;
        default:
          break;
      }
    }
  }
}

export const sessionTarget: InProcessTarget<SessionEpisode> = {
  name: "session",
  episodeLength: 200,
  episode: (rng) => new SessionEpisode(rng),
  generate: (rng, index, episode) =>
    one("session", index, peerMessageBytes(rng, { sessionId: episode.sessionId, clients: SESSION_CLIENTS }), {
      local: rng.chance(0.05) ? rng.pick(SESSION_CLIENTS) : "",
    }),
};

// ---- heartbeats ------------------------------------------------------------------------------------

const HEARTBEAT_PARTNERS = ["b", "c"];

class HeartbeatEpisode implements Episode {
  private readonly monitor: HeartbeatMonitor;
  private readonly up = new Set<string>();
  private now = 1000;

  constructor(rng: Prng) {
    this.monitor = new HeartbeatMonitor(
      rng.chance(0.5) ? { intervalMs: 100, timeoutMs: 1000 } : { intervalMs: 50, timeoutMs: 600 },
    );
  }

  step(input: FuzzInput): void {
    this.now += num(input, "dt");
    const partner = str(input, "partner");
    switch (str(input, "event")) {
      case "channel-up":
        this.up.add(partner);
        this.apply(this.monitor.handle({ type: "channel-up", partner }, this.now));
        break;
      case "channel-down":
        this.up.delete(partner);
        this.apply(this.monitor.handle({ type: "channel-down", partner }, this.now));
        break;
      case "status":
        this.apply(
          this.monitor.handle(
            {
              type: "status",
              partner,
              opinion: input.meta.readable
                ? { readable: true, osUp: Boolean(input.meta.osUp), meaning: "fuzz" }
                : { readable: false, detail: "fuzz" },
            },
            this.now,
          ),
        );
        break;
      default: {
        // As peers/heartbeat-client.ts: an undecodable heartbeat is dropped, whatever the error.
        let hb: heartbeat.Heartbeat;
        try {
          hb = heartbeat.Heartbeat.decode(data(input));
        } catch {
          break;
        }
        this.apply(this.monitor.handle({ type: "heartbeat", partner, seq: hb.seq }, this.now));
        break;
      }
    }
    for (let ticks = 0; this.monitor.wakeAt() <= this.now; ticks++) {
      if (ticks > 100) throw new FuzzFinding("the monitor wants a tick again and again at the same time");
      this.apply(this.monitor.handle({ type: "tick" }, this.now));
    }
    const wake = this.monitor.wakeAt();
    if (Number.isNaN(wake)) throw new FuzzFinding("the monitor's next wake-up is NaN");
    for (const p of this.monitor.partners)
      if (!this.up.has(p)) throw new FuzzFinding(`the monitor watches ${p}, whose channel is not up`);
  }

  private apply(actions: HeartbeatAction[]): void {
    for (const action of actions) {
      if (action.type === "declare-down") this.up.delete(action.partner);
      if (action.type === "send") {
        if (!Number.isInteger(action.seq) || action.seq < 0 || action.seq > 0xffff_ffff)
          throw new FuzzFinding(`heartbeat seq ${action.seq} is not a uint32`);
        heartbeat.Heartbeat.encode({ seq: action.seq, intervalMs: 100 }).finish();
      }
    }
  }
}

export const heartbeatTarget: InProcessTarget<HeartbeatEpisode> = {
  name: "heartbeat",
  episodeLength: 300,
  episode: (rng) => new HeartbeatEpisode(rng),
  generate: (rng, index) => {
    const r = rng.next();
    const event = r < 0.08 ? "channel-up" : r < 0.11 ? "channel-down" : r < 0.15 ? "status" : "heartbeat";
    return one("heartbeat", index, heartbeatBytes(rng), {
      event,
      partner: rng.pick(HEARTBEAT_PARTNERS),
      dt: timeStep(rng),
      readable: rng.chance(0.7),
      osUp: rng.chance(0.7),
    });
  },
};

// ---- the sequence service's core -------------------------------------------------------------------

const SEQ_NODES = ["a", "b", "c"];
const SEQ_PEERS = ["b", "c"];

/** Checks what a sequence node asks its runtime to do: every message encodable, every state readable. */
function checkSeqOutputs(outputs: readonly SeqOutput[], recent: Msg[] | undefined): void {
  for (const output of outputs) {
    switch (output.type) {
      case "send": {
        let bytes: Uint8Array;
        try {
          bytes = encodeBatch([output.message]);
        } catch (error) {
          throw new FuzzFinding(`a message to ${output.to} cannot be encoded: ${(error as Error).message}`);
        }
        try {
          decodeBatch(bytes);
        } catch (error) {
          throw new FuzzFinding(
            `a ${output.message.type} to ${output.to} is refused by its decoder (${(error as Error).message}): ${JSON.stringify(output.message).slice(0, 240)}`,
          );
        }
        if (recent !== undefined) {
          const batch = parse(bytes, messageType("seq.SeqBatch"));
          const body = batch.fields[0];
          if (body?.value.t === "msg") recent.push(body.value.v);
          if (recent.length > 16) recent.shift();
        }
        break;
      }
      case "persist":
        try {
          parseState(JSON.parse(JSON.stringify(output.state)));
        } catch (error) {
          throw new FuzzFinding(
            `the node would persist a state its store cannot read back: ${(error as Error).message}`,
          );
        }
        break;
      case "counter":
        safeCount(output.value, `the ${output.role}'s counter`);
        break;
      case "result":
        safeCount(output.start, "a result's start");
        safeCount(output.count, "a result's count");
        safeCount(output.epoch, "a result's epoch");
        break;
      default:
        break;
    }
  }
}

class SeqEpisode implements Episode {
  readonly core: SeqNode;
  readonly recent: Msg[] = [];
  private now = 10_000;
  private persists: number[] = [];
  private nextCall = 1;

  constructor(rng: Prng) {
    const blockSize = rng.pick([undefined, 16, 4096]);
    this.core = new SeqNode({
      self: rng.pick(SEQ_NODES),
      nodes: SEQ_NODES,
      random: () => rng.next(),
      ...(blockSize === undefined ? {} : { blockSize }),
    });
    this.feed({ type: "boot", durable: EMPTY_DURABLE_STATE });
    for (const peer of SEQ_NODES) this.feed({ type: "peer-up", peer });
  }

  private feed(input: Parameters<SeqNode["handle"]>[0]): void {
    const outputs = this.core.handle(input, this.now);
    checkSeqOutputs(outputs, this.recent);
    for (const output of outputs) if (output.type === "persist") this.persists.push(output.token);
  }

  step(input: FuzzInput): void {
    this.now += num(input, "dt");
    let messages: SeqMessage[] | undefined;
    try {
      messages = decodeBatch(data(input));
    } catch (error) {
      // As peers/seq/seq-service.ts: a malformed batch is logged and dropped.
      if (!(error instanceof SeqProtocolError)) throw error;
    }
    const from = str(input, "from");
    if (messages !== undefined) this.feed({ type: "messages", from, messages });
    if (input.meta.call === true)
      this.feed({
        type: "call",
        callId: this.nextCall++,
        count: num(input, "count"),
        floor: num(input, "floor"),
      });
    if (input.meta.peerDown === true) this.feed({ type: "peer-down", peer: from });
    if (input.meta.peerUp === true) this.feed({ type: "peer-up", peer: from });
    // The disk answers: most writes are done by the next input.
    if (input.meta.persist === true) {
      const done = this.persists;
      this.persists = [];
      for (const token of done) this.feed({ type: "persisted", token });
    }
    for (let ticks = 0; this.core.wakeAt() <= this.now; ticks++) {
      if (ticks > 100)
        throw new FuzzFinding("the sequence node wants a tick again and again at the same time");
      this.feed({ type: "tick" });
    }
    if (Number.isNaN(this.core.wakeAt())) throw new FuzzFinding("the sequence node's next wake-up is NaN");
    // A ballot no higher one can follow (within the safe integers the wire carries) leaves the
    // node unable to propose, and refusing every honest ballot below it, for good: it is on disk.
    const highest = Math.max(this.core.promisedBallot, this.core.currentLayout?.epoch ?? 0);
    if (highest > Number.MAX_SAFE_INTEGER - 2 * BALLOT_SPAN)
      throw new FuzzFinding(
        `the node took ballot ${highest} from ${from}: no ballot above it fits the wire, so it can never propose again and refuses every honest one`,
      );
  }
}

function seqContext(core: SeqNode, recent: readonly Msg[]) {
  return {
    nodes: SEQ_NODES,
    epoch: core.currentLayout?.epoch ?? 0,
    promised: core.promisedBallot,
    recent,
  };
}

export const seqTarget: InProcessTarget<SeqEpisode> = {
  name: "seq",
  episodeLength: 400,
  episode: (rng) => new SeqEpisode(rng),
  generate: (rng, index, episode) =>
    one("seq", index, seqBatchBytes(rng, seqContext(episode.core, episode.recent)), {
      from: rng.pick(SEQ_PEERS),
      dt: timeStep(rng),
      persist: rng.chance(0.8),
      call: rng.chance(0.1),
      count: rng.chance(0.9) ? 1 + rng.int(64) : 2 ** 20,
      floor: rng.chance(0.9) ? 0 : rng.int(2 ** 30),
      peerDown: rng.chance(0.01),
      peerUp: rng.chance(0.02),
    }),
};

// ---- the sequence service as the node hosts it ---------------------------------------------------

/** A store on nothing: every write is durable at once. */
class MemoryStore extends SeqStore {
  constructor() {
    super("/nonexistent/fuzz-seq-state.json");
  }
  override load() {
    return EMPTY_DURABLE_STATE;
  }
  override save(): Promise<void> {
    return Promise.resolve();
  }
}

class SeqServiceEpisode implements Episode {
  readonly service: SeqService;
  private now = 10_000;
  private timers: { at: number; run: () => void; cancelled: boolean }[] = [];
  /** Problems found after a step returned (a call's late rejection, a bad SEND), by input index. */
  readonly late: { index: number; problem: string }[] = [];
  private current = -1;
  private readonly memory = new Map<number, bigint>();

  constructor(rng: Prng) {
    this.service = new SeqService({
      nodes: SEQ_NODES,
      store: new MemoryStore(),
      timing: {
        leaseMs: 300,
        renewMs: 75,
        retryMs: 100,
        callTimeoutMs: rng.chance(0.5) ? 1000 : 3000,
        sealTimeoutMs: 400,
        proposeDelayMs: 30,
      },
    });
    const host: ServiceHost = {
      node: rng.pick(SEQ_NODES),
      partners: SEQ_PEERS,
      logger: pino({ level: "silent" }),
      clock: {
        now: () => this.now,
        at: (time, run) => {
          const timer = { at: time, run, cancelled: false };
          this.timers.push(timer);
          return () => {
            timer.cancelled = true;
          };
        },
      },
      send: async (partner, bytes) => {
        try {
          decodeBatch(bytes);
        } catch (error) {
          this.late.push({
            index: this.current,
            problem: `the service sent ${partner} a batch it refuses: ${(error as Error).message}`,
          });
        }
      },
      writeWord: (offset, value) => {
        if (value < 0n || value >= 2n ** 64n)
          this.late.push({ index: this.current, problem: `word ${offset} written with ${value}` });
        this.memory.set(offset, value);
      },
      readWord: (offset) => this.memory.get(offset) ?? 0n,
      run: (work) => work(),
    };
    this.service.start(host);
    for (const partner of SEQ_PEERS)
      this.service.event({ type: "channel-up", partner, ports: 1, remoteMemoryBytes: 4096 });
  }

  async step(input: FuzzInput): Promise<void> {
    this.current = input.index;
    this.now += num(input, "dt");
    const partner = str(input, "from");
    const index = input.index;
    switch (str(input, "event")) {
      case "call":
        this.service.call(data(input)).then(
          (reply) => {
            try {
              seq.SeqCallReply.decode(reply);
            } catch (error) {
              this.late.push({
                index,
                problem: `a call's reply is undecodable: ${(error as Error).message}`,
              });
            }
          },
          (error: unknown) => {
            // The node passes a service's string code on; anything else would be E_INTERNAL.
            if (typeof (error as { code?: unknown } | undefined)?.code !== "string")
              this.late.push({ index, problem: `a call was refused without a code: ${String(error)}` });
          },
        );
        break;
      case "down":
        this.service.event({ type: "channel-down", partner, reason: "fuzz" });
        break;
      case "up":
        this.service.event({ type: "channel-up", partner, ports: 1, remoteMemoryBytes: 4096 });
        break;
      default: {
        const event: ClientEventBody = { type: "message", partner, port: 0, data: data(input) };
        this.service.event(event);
        break;
      }
    }
    // Microtasks (SEND batches, durable writes) run, then the timers that are due.
    await new Promise((resolve) => setImmediate(resolve));
    for (let round = 0; round < 10; round++) {
      const due = this.timers.filter((t) => !t.cancelled && t.at <= this.now);
      if (due.length === 0) break;
      this.timers = this.timers.filter((t) => !t.cancelled && t.at > this.now);
      for (const timer of due) timer.run();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const problem = this.late.find((p) => p.index === index) ?? this.late[0];
    if (problem !== undefined) {
      this.late.length = 0;
      throw new FuzzFinding(
        problem.index === index ? problem.problem : `(from input ${problem.index}) ${problem.problem}`,
      );
    }
  }

  stop(): void {
    this.service.stop();
  }
}

export const seqServiceTarget: InProcessTarget<SeqServiceEpisode> = {
  name: "seq-service",
  episodeLength: 300,
  episode: (rng) => new SeqServiceEpisode(rng),
  generate: (rng, index) => {
    const r = rng.next();
    const event = r < 0.25 ? "call" : r < 0.27 ? "down" : r < 0.3 ? "up" : "message";
    let bytes: Uint8Array;
    if (event === "call") {
      const encoded = encode(seqCallMsg(rng));
      bytes = rng.chance(0.3) ? mutateBytes(encoded, rng, 1 + rng.int(3)) : encoded.bytes;
    } else {
      bytes = seqBatchBytes(rng, { nodes: SEQ_NODES, epoch: 16 * rng.int(4), promised: 0, recent: [] });
    }
    return one("seq-service", index, bytes, { event, from: rng.pick(SEQ_PEERS), dt: timeStep(rng) });
  },
};

// ---- data frames and link login ------------------------------------------------------------------

const SELF_CARD = 0x0a0001;
const PEER_CARD = 0x0a0002;
const FRAMES_SECRET = new TextEncoder().encode("fuzz-fabric-secret-0123456789");

class FramesEpisode implements Episode {
  private readonly core: CardCore;
  private login!: LinkLogin;
  private now = 1000;
  private readonly vi: number;

  constructor(private readonly rng: Prng) {
    const memory = new HostMemory(0x8000);
    this.core = new CardCore({
      hardwareAddress: SELF_CARD,
      incarnation: 5,
      memory,
      transmit: (_peer, frame) => this.transmitted(frame),
      randomKey: () => rng.nextUint32(),
      retryTimeoutMs: 500,
      segmentBytes: rng.pick([16, 1024 * 1024]),
    });
    this.core.registerBootstrapRegion(0x1000, 0x1000);
    this.core.registerRegion({ address: 0x4000, length: 0x2000, access: ALL_ACCESS, protectionDomain: 1 });
    this.vi = this.core.createVi(1);
    this.core.connectVi(this.vi, { hardwareAddress: PEER_CARD, vi: 1 });
    this.core.linkUp(PEER_CARD, 77, this.now);
    this.newLogin();
  }

  private newLogin(): void {
    this.login = new LinkLogin({
      role: "listener",
      self: { hardwareAddress: SELF_CARD, fabricId: 1, incarnation: 5 },
      secret: FRAMES_SECRET,
      nonce: randomBytes(this.rng, 32),
      acceptsPeer: (peer) => peer === PEER_CARD,
    });
    this.loginActions(this.login.start());
  }

  private loginActions(actions: LinkLoginAction[]): void {
    for (const action of actions) {
      if (action.type === "established")
        throw new FuzzFinding("a link logged in without the fabric's secret");
      if (action.type === "reject") {
        this.newLogin();
        return;
      }
    }
  }

  private transmitted(frame: DataFrame): void {
    let back: FabricFrame[];
    try {
      back = decodeFrames(encodeFrames([frame]));
    } catch (error) {
      throw new FuzzFinding(`the card sent a frame its peer refuses: ${(error as Error).message}`);
    }
    if (back.length !== 1) throw new FuzzFinding(`one frame sent, ${back.length} read back`);
  }

  step(input: FuzzInput): void {
    this.now += num(input, "dt");
    if (input.meta.post === true) {
      // Work of our own toward the peer, so that its responses have requests to answer.
      const op = num(input, "op");
      const onComplete = () => {};
      if (op === 0)
        this.core.post(
          this.vi,
          { opcode: "read", remoteAddress: 0x1000, rkey: 0xb007, length: 8 },
          this.now,
          onComplete,
        );
      else if (op === 1)
        this.core.post(this.vi, { opcode: "send", data: new Uint8Array(40) }, this.now, onComplete);
      else this.core.postReceive(this.vi, 4096, onComplete);
    }
    let frames: FabricFrame[] | undefined;
    try {
      frames = decodeFrames(data(input));
    } catch (error) {
      // As rdma-emu/fabric-link.ts: the link is closed with the reason.
      if (!(error instanceof LinkProtocolError)) throw error;
    }
    for (const frame of frames ?? []) {
      if (frame.kind === "request" || frame.kind === "response")
        this.core.receive(PEER_CARD, frame, this.now);
      else this.loginActions(this.login.receive(frame));
    }
    for (let ticks = 0; this.core.nextDeadline() <= this.now; ticks++) {
      if (ticks > 1000) throw new FuzzFinding("the card wants a tick again and again at the same time");
      this.core.tick(this.now);
    }
  }
}

export const framesTarget: InProcessTarget<FramesEpisode> = {
  name: "frames",
  episodeLength: 300,
  episode: (rng) => new FramesEpisode(rng),
  generate: (rng, index) => {
    const ctx = { cards: [SELF_CARD, PEER_CARD], fabricId: 1 };
    const bodies = rng.chance(0.2)
      ? { "Frame.login": 5, "Frame.challenge": 1, "Frame.accept": 1 }
      : { "Frame.request": 5, "Frame.response": 4, "Frame.login": 0.2 };
    const frames = fabricFrames(rng, ctx, rng.chance(0.9) ? 1 + rng.int(4) : 20 + rng.int(100), bodies);
    const encoded = encodeDelimited(frames);
    const r = rng.next();
    const bytes =
      r < 0.55
        ? encoded.bytes
        : r < 0.93
          ? mutateBytes(encoded, rng, 1 + rng.int(3))
          : randomBytes(rng, rng.int(64));
    return one("frames", index, bytes, {
      dt: timeStep(rng),
      post: rng.chance(0.1),
      op: rng.int(3),
    });
  },
};

export const IN_PROCESS_TARGETS: readonly InProcessTarget[] = [
  clientDecodeTarget,
  sessionTarget,
  heartbeatTarget,
  seqTarget,
  seqServiceTarget,
  framesTarget,
] as InProcessTarget[];
