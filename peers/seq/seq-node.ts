/**
 * One node's part of the highly available sequence-number service (000 and 001 claims), a pure
 * state machine: inputs (messages, peer liveness, durable writes done, callers' requests, the
 * time) in, outputs (messages, durable writes, results) out. Every node plays three parts:
 *
 *   originator  a caller asks for `count` numbers; Req goes to the primary, the numbers come back
 *               from the secondary (Deliver), and only numbers of the current epoch are accepted
 *   generator   the primary assigns [start, +count) and forwards it (Fwd); the secondary stores
 *               the highest number, then delivers to the originator (000 claim 1: c..g)
 *   management  any node may replace the layout (000 claims 25-27, 001 claim 18):
 *
 *     proposer                 every node (acceptor)
 *     Seal(b) ───────────────▶ b > promised? wait out any lease it granted, promise b
 *     ◀─────────────────────── Sealed(b, layout, reserved, stored, seen)    (durable first)
 *     from a majority: primary = the old secondary if it answered, secondary = another
 *     answerer, start = above everything any answer knows of
 *     Install(layout b) ──────▶ installs it (durable first)
 *
 * Safety, and why:
 * - No duplicates: the primary issues only numbers of a block it has first reserved at a majority
 *   (Reserve, on disk); any later epoch is sealed at a majority, which includes one of those, so
 *   its start lies above every block an earlier epoch used.
 * - No real-time disorder, no split brain: the primary serves only while a majority grants it a
 *   lease, and a node does not join a seal before the lease it granted has run out (nor, after a
 *   restart, before a whole lease time has passed). So an old primary has stopped before a new
 *   epoch exists; a cut-off primary answers its callers with a retryable error.
 * - Fencing: every Req, Fwd and Deliver names its epoch; a node that knows a newer one refuses
 *   the older: an originator never returns a number from an older epoch than it knows.
 * - A caller's floor is checked where what was issued is known: a serving primary's next number is
 *   above every number ever issued (its layout's start is above every reservation a majority
 *   holds, and it issues only inside blocks it reserved), so an honest floor, the highest number
 *   a caller has seen, is always below it. A floor at or above it is refused for that call alone
 *   (Nack "floor-above-issued"): nothing reserved, nothing stored, no new layout. No value ever
 *   passes MAX_SEQ_NUMBER.
 * - Everything a node sends, its peers' decoder takes: no ballot or epoch passes MAX_BALLOT (none
 *   is taken, none proposed), a layout starts at 1 or above, nothing stored is below 0.
 */
import { FifoQueue } from "../../rdma-emu/index.js";
import { chooseLayout } from "./layout-choice.js";
import {
  type Layout,
  MAX_BALLOT,
  MAX_BLOCK_SIZE,
  MAX_COUNT_PER_REQUEST,
  MAX_SEQ_NUMBER,
  type NackCode,
  type SeqMessage,
} from "./messages.js";

/**
 * Ballots: round × BALLOT_SPAN + the proposer's index, so no two proposers share one. None is
 * above MAX_BALLOT: a node never proposes one, nor takes one (the decoder refuses it).
 */
export const BALLOT_SPAN = 16;

/**
 * How far at or above the serving primary's next number a caller's floor may be: none. The next
 * number is above every number ever issued in any epoch, and an honest floor is a number some
 * call returned, so it is below the next number; a floor that reaches it cannot come from a
 * number this service issued. No slack is needed and none is given: any slack would let a
 * hostile floor push the numbers up by that much per call.
 */
export const FLOOR_SLACK = 0;

export interface SeqTiming {
  /** How long a lease grant lasts; the primary counts it from when it asked, minus a margin. */
  readonly leaseMs: number;
  /** How often the primary renews its lease. */
  readonly renewMs: number;
  /** An originator resends an unanswered request after this long. */
  readonly retryMs: number;
  /** How long a caller waits for numbers before E_SEQ_UNAVAILABLE. */
  readonly callTimeoutMs: number;
  /** How long a proposer waits for a majority of Sealed replies. */
  readonly sealTimeoutMs: number;
  /** A node proposes this long after it found a layout missing or a generator gone (× its rank). */
  readonly proposeDelayMs: number;
}

export const DEFAULT_SEQ_TIMING: SeqTiming = {
  leaseMs: 300,
  renewMs: 75,
  retryMs: 100,
  callTimeoutMs: 10_000,
  sealTimeoutMs: 400,
  proposeDelayMs: 30,
};

/** The primary trusts a lease this share of its length (clock-rate margin). */
const LEASE_TRUST = 0.8;
/** Requests unanswered for this many lease times, with no progress at all, call for a new layout. */
const STALL_LEASES = 4;
/** Numbers reserved at a majority at a time; the next block is reserved when half is used. */
export const DEFAULT_BLOCK_SIZE = 1 << 20;
/** Requests a primary remembers, so that a resent one gets the same numbers. */
const REMEMBERED_REQUESTS = 4096;
/** Request ids start at a random base per process, so a restarted originator never reuses one. */
const REQ_ID_BASES = 2 ** 30;
const REQ_IDS_PER_BASE = 2 ** 22;
/** Requests a primary holds while it waits for its lease or a block. */
const MAX_QUEUED_REQUESTS = 65536;

/** What a node keeps on disk. */
export interface DurableState {
  /** The highest ballot promised (0: none). */
  readonly promised: number;
  readonly layout: Layout | undefined;
  /** The highest reservation end held (0: none). */
  readonly reserved: number;
}

export const EMPTY_DURABLE_STATE: DurableState = { promised: 0, layout: undefined, reserved: 0 };

export interface SeqNodeOptions {
  readonly self: string;
  /** Every configured node, in index order (a node's index is its position). */
  readonly nodes: readonly string[];
  readonly timing?: SeqTiming;
  readonly blockSize?: number;
  /** Uniform in [0, 1): the only randomness (proposal jitter); seeded in the sim. */
  readonly random: () => number;
}

export type SeqInput =
  /** The process (re)started; `durable` is what its store holds. */
  | { readonly type: "boot"; readonly durable: DurableState }
  /** Messages from one peer, in the order they came (one SEND carries several). */
  | { readonly type: "messages"; readonly from: string; readonly messages: readonly SeqMessage[] }
  | { readonly type: "peer-up"; readonly peer: string }
  | { readonly type: "peer-down"; readonly peer: string }
  /** The durable write with this token is on disk. */
  | { readonly type: "persisted"; readonly token: number }
  /** A caller wants `count` numbers, above `floor` (the highest it has seen). */
  | { readonly type: "call"; readonly callId: number; readonly count: number; readonly floor: number }
  | { readonly type: "tick" };

export type SeqRole = "primary" | "secondary" | "none";

export type SeqOutput =
  | { readonly type: "send"; readonly to: string; readonly message: SeqMessage }
  | { readonly type: "persist"; readonly token: number; readonly state: DurableState }
  | {
      readonly type: "result";
      readonly callId: number;
      readonly start: number;
      readonly count: number;
      readonly epoch: number;
    }
  /**
   * The call failed: "unavailable", no number in time (or none left), retryable; "bad-request",
   * refused as such (its floor is above every number issued), final.
   */
  | {
      readonly type: "failed";
      readonly callId: number;
      readonly error: "unavailable" | "bad-request";
      readonly reason: string;
    }
  /** The generator's current number changed (the runtime keeps it in registered memory). */
  | { readonly type: "counter"; readonly role: "primary" | "secondary"; readonly value: number }
  /** For operators: this node installed a layout / its part in it changed. */
  | { readonly type: "layout"; readonly layout: Layout; readonly role: SeqRole }
  | { readonly type: "proposing"; readonly ballot: number; readonly reason: string }
  /**
   * A new layout is called for, but the next ballot would pass MAX_BALLOT (once per process):
   * this node proposes no more; the others still may. Out of reach of an honest cluster.
   */
  | { readonly type: "ballots-exhausted"; readonly promised: number; readonly reason: string };

interface Call {
  readonly count: number;
  readonly floor: number;
  readonly reqId: number;
  readonly deadline: number;
  /** When the request was first and last sent (0: not yet: no layout known). */
  firstSentAt: number;
  sentAt: number;
}

interface Proposal {
  readonly ballot: number;
  readonly deadline: number;
  readonly replies: Map<string, SeqMessage & { type: "sealed" }>;
}

interface Queued {
  readonly origin: string;
  readonly reqId: number;
  readonly count: number;
  readonly floor: number;
}

export class SeqNode {
  private readonly timing: SeqTiming;
  private readonly blockSize: number;
  private readonly selfIndex: number;
  private readonly majority: number;
  private booted = false;
  private now = 0;
  private out: SeqOutput[] = [];
  private readonly local: SeqMessage[] = [];

  // Durable state (what is on disk, or about to be).
  private promised = 0;
  private layout: Layout | undefined;
  private reserved = 0;
  private persistToken = 0;
  private persistInFlight: { token: number; waiters: (() => void)[] } | undefined;
  private persistNext: (() => void)[] | undefined;

  // Acceptor.
  private readonly alive = new Set<string>();
  /** No seal may be joined before this (a lease this node granted, or one it may have before a restart). */
  private sealBlockedUntil = 0;
  private readonly deferredSeals = new Map<string, { ballot: number; at: number }>();
  /** The highest ballot a deferred seal asked for: no lease of an older epoch is granted meanwhile. */
  private sealWaiting = 0;

  /** The epoch whose generator this process started (a restarted generator never resumes one). */
  private generatingEpoch = 0;

  // Primary.
  private next = 0;
  private blockEnd = 0;
  private reserving: { end: number; acks: Set<string> } | undefined;
  private leaseUntil = 0;
  private leaseRound = 0;
  private nextRenewAt = 0;
  private readonly leaseRounds = new Map<number, { sentAt: number; acks: Set<string> }>();
  private queue = new FifoQueue<Queued>();
  /** Requests were queued during the current input; they are served at its end. */
  private serveDue = false;
  /** Per originator, its recent requests and their numbers (oldest first). */
  private readonly remembered = new Map<string, Map<number, { start: number; count: number }>>();

  // Secondary.
  private stored = 0;

  // Originator.
  private readonly calls = new Map<number, Call>();
  private readonly byReqId = new Map<number, number>();
  private nextReqId = 0;
  private seen = 0;
  private lastProgress = 0;
  private nextCallScan = 0;

  // Proposer.
  private proposal: Proposal | undefined;
  private proposeAt = Number.POSITIVE_INFINITY;
  private highestBallot = 0;
  private pendingReason = "";
  /**
   * This process booted as a generator of its stored layout, which it cannot resume: a new layout
   * is called for whether its partner looks alive or not. Cleared when a newer layout is installed.
   */
  private restartedGenerator = false;
  /** "ballots-exhausted" was output (it is said once). */
  private ballotsExhaustedSaid = false;

  constructor(private readonly options: SeqNodeOptions) {
    this.timing = options.timing ?? DEFAULT_SEQ_TIMING;
    this.blockSize = options.blockSize ?? DEFAULT_BLOCK_SIZE;
    if (!Number.isInteger(this.blockSize) || this.blockSize < 2 || this.blockSize > MAX_BLOCK_SIZE)
      throw new RangeError(`blockSize must be 2..${MAX_BLOCK_SIZE}`);
    this.selfIndex = options.nodes.indexOf(options.self);
    if (this.selfIndex < 0 || this.selfIndex >= BALLOT_SPAN)
      throw new RangeError(`${options.self} is not a node`);
    this.majority = Math.floor(options.nodes.length / 2) + 1;
  }

  /** The installed layout, if any. */
  get currentLayout(): Layout | undefined {
    return this.layout;
  }

  get role(): SeqRole {
    if (this.layout?.primary === this.options.self) return "primary";
    if (this.layout?.secondary === this.options.self) return "secondary";
    return "none";
  }

  get promisedBallot(): number {
    return this.promised;
  }

  /** The highest reservation end this node holds. */
  get reservedEnd(): number {
    return this.reserved;
  }

  /** True while this node is a primary that may issue numbers. */
  get serving(): boolean {
    return this.isServingPrimary();
  }

  /** When `tick` must run next. */
  wakeAt(): number {
    let next = this.proposeAt;
    if (this.proposal !== undefined) next = Math.min(next, this.proposal.deadline);
    if (this.calls.size > 0) next = Math.min(next, this.nextCallScan);
    if (this.generates("primary", this.layout?.epoch ?? 0)) next = Math.min(next, this.nextRenewAt);
    for (const deferred of this.deferredSeals.values()) next = Math.min(next, deferred.at);
    return next;
  }

  handle(input: SeqInput, now: number): SeqOutput[] {
    this.now = now;
    this.out = [];
    if (input.type === "boot") this.boot(input.durable);
    else if (this.booted) this.dispatch(input);
    this.drainLocal();
    // Requests queued by this input are served together (one pass, one counter update).
    while (this.serveDue) {
      this.serveDue = false;
      this.serveQueue();
      this.drainLocal();
    }
    return this.out;
  }

  // ---- inputs --------------------------------------------------------------------------------

  private boot(durable: DurableState): void {
    this.booted = true;
    this.promised = durable.promised;
    this.layout = durable.layout;
    this.reserved = durable.reserved;
    this.highestBallot = durable.promised;
    // Request ids of this process must not meet those of an earlier one at a primary that remembers.
    this.nextReqId = Math.floor(this.options.random() * REQ_ID_BASES) * REQ_IDS_PER_BASE + 1;
    // A lease granted before the restart may still run: join no seal for a whole lease time.
    this.sealBlockedUntil = this.now + this.timing.leaseMs;
    // Counters were volatile: a generator that restarted does not resume; a new epoch replaces it.
    const layout = durable.layout;
    this.restartedGenerator =
      layout?.primary === this.options.self || layout?.secondary === this.options.self;
    this.scheduleProposal(this.restartedGenerator ? "a generator restarted" : "booted");
  }

  private dispatch(input: Exclude<SeqInput, { type: "boot" }>): void {
    switch (input.type) {
      case "messages":
        for (const message of input.messages) this.receive(input.from, message);
        break;
      case "peer-up":
        this.alive.add(input.peer);
        if (this.layout?.primary === input.peer) this.resendCalls();
        break;
      case "peer-down":
        this.alive.delete(input.peer);
        if (
          this.layout !== undefined &&
          (this.layout.primary === input.peer || this.layout.secondary === input.peer)
        ) {
          this.scheduleProposal(`generator ${input.peer} is down`);
        }
        break;
      case "persisted":
        this.onPersisted(input.token);
        break;
      case "call":
        this.call(input.callId, input.count, input.floor);
        break;
      case "tick":
        this.tick();
        break;
    }
  }

  private receive(from: string, message: SeqMessage): void {
    switch (message.type) {
      case "req":
        this.onReq(from, message.epoch, message.reqId, message.count, message.floor);
        break;
      case "fwd":
        this.onFwd(message);
        break;
      case "deliver":
        this.onDeliver(message);
        break;
      case "nack":
        this.onNack(message);
        break;
      case "seal":
        this.onSeal(from, message.ballot);
        break;
      case "sealed":
        this.onSealed(from, message);
        break;
      case "refused":
        if (message.promised > MAX_BALLOT) break;
        this.highestBallot = Math.max(this.highestBallot, message.promised);
        if (this.proposal?.ballot === message.ballot) this.abandonProposal();
        break;
      case "install":
        this.accept(message.layout, () => {});
        break;
      case "lease":
        this.onLease(from, message.layout, message.round);
        break;
      case "lease-ack":
        this.onLeaseAck(from, message.epoch, message.round);
        break;
      case "reserve":
        this.onReserve(from, message.epoch, message.end);
        break;
      case "reserved":
        this.onReserved(from, message.epoch, message.end);
        break;
    }
  }

  private tick(): void {
    const now = this.now;
    if (now >= this.nextCallScan) this.scanCalls();
    for (const [from, deferred] of this.deferredSeals) {
      if (now >= deferred.at) {
        this.deferredSeals.delete(from);
        this.onSeal(from, deferred.ballot);
      }
    }
    if (this.proposal !== undefined && now >= this.proposal.deadline) this.abandonProposal();
    if (now >= this.proposeAt) this.propose();
    if (this.generates("primary", this.layout?.epoch ?? 0) && now >= this.nextRenewAt) this.renewLease();
  }

  /**
   * Calls are looked at every half retry time (not each at its own time: with many in flight
   * that would cost a pass over all of them per input): resent when unanswered, failed when late.
   */
  private scanCalls(): void {
    const now = this.now;
    this.nextCallScan = now + this.timing.retryMs / 2;
    for (const [callId, call] of this.calls) {
      if (now >= call.deadline) {
        this.calls.delete(callId);
        this.byReqId.delete(call.reqId);
        this.out.push({ type: "failed", callId, error: "unavailable", reason: this.unavailableReason() });
      } else if (call.sentAt !== 0 && now >= call.sentAt + this.timing.retryMs) {
        this.sendCall(call);
        if (this.stalled()) this.scheduleProposal("requests go unanswered");
      }
    }
  }

  // ---- originator ------------------------------------------------------------------------------

  private call(callId: number, count: number, floor: number): void {
    // The runtime checks what callers send; this holds the core to its bounds whatever it is fed.
    if (
      !Number.isInteger(count) ||
      count < 1 ||
      count > MAX_COUNT_PER_REQUEST ||
      !Number.isSafeInteger(floor) ||
      floor < 0 ||
      floor > MAX_SEQ_NUMBER
    ) {
      this.out.push({
        type: "failed",
        callId,
        error: "bad-request",
        reason: `count must be 1..${MAX_COUNT_PER_REQUEST} and floor 0..${MAX_SEQ_NUMBER}`,
      });
      return;
    }
    const reqId = this.nextReqId++;
    const call: Call = {
      count,
      floor: Math.max(floor, this.seen),
      reqId,
      deadline: this.now + this.timing.callTimeoutMs,
      firstSentAt: 0,
      sentAt: 0,
    };
    if (this.calls.size === 0) this.nextCallScan = this.now + this.timing.retryMs / 2;
    this.calls.set(callId, call);
    this.byReqId.set(reqId, callId);
    if (this.layout === undefined) this.scheduleProposal("no layout yet");
    else this.sendCall(call);
  }

  private sendCall(call: Call): void {
    const layout = this.layout;
    if (layout === undefined) return;
    if (call.firstSentAt === 0) call.firstSentAt = this.now;
    call.sentAt = this.now;
    this.send(layout.primary, {
      type: "req",
      epoch: layout.epoch,
      reqId: call.reqId,
      count: call.count,
      floor: call.floor,
    });
  }

  private resendCalls(): void {
    for (const call of this.calls.values()) this.sendCall(call);
  }

  private onDeliver(message: SeqMessage & { type: "deliver" }): void {
    const callId = this.byReqId.get(message.reqId);
    // Never return a number of an epoch older than the newest this node knows of (fencing).
    if (callId === undefined || message.epoch < this.knownEpoch()) return;
    const call = this.calls.get(callId);
    if (call === undefined || message.count !== call.count || message.start <= call.floor) return;
    this.calls.delete(callId);
    this.byReqId.delete(message.reqId);
    this.seen = Math.max(this.seen, message.start + message.count - 1);
    this.lastProgress = this.now;
    this.out.push({
      type: "result",
      callId,
      start: message.start,
      count: message.count,
      epoch: message.epoch,
    });
  }

  private onNack(message: SeqMessage & { type: "nack" }): void {
    const callId = this.byReqId.get(message.reqId);
    if (callId === undefined) return;
    if (message.code === "not-serving") {
      this.scheduleProposal("the primary does not serve");
      return;
    }
    // The primary refused this call as such. Only the word of the newest epoch counts (fencing,
    // as for Deliver): an older primary's next number may lie below what a newer one issued.
    const call = this.calls.get(callId);
    if (call === undefined || message.epoch < this.knownEpoch()) return;
    const floorRefused = message.code === "floor-above-issued";
    // A refusal that does not fit the call (its floor is below that next number) is not for it.
    if (floorRefused && call.floor < message.next + FLOOR_SLACK) return;
    this.calls.delete(callId);
    this.byReqId.delete(message.reqId);
    this.out.push(
      floorRefused
        ? {
            type: "failed",
            callId,
            error: "bad-request",
            reason: `floor ${call.floor} is above every number issued (the next is ${message.next})`,
          }
        : {
            type: "failed",
            callId,
            error: "unavailable",
            reason: `the sequence is exhausted: no ${call.count} numbers left below ${MAX_SEQ_NUMBER}`,
          },
    );
  }

  private knownEpoch(): number {
    return Math.max(this.promised, this.layout?.epoch ?? 0);
  }

  private unavailableReason(): string {
    if (this.layout === undefined) return "no layout: no majority has agreed on generators yet";
    return `no number from primary ${this.layout.primary} (epoch ${this.layout.epoch}) in time`;
  }

  // ---- primary ---------------------------------------------------------------------------------

  private isServingPrimary(): boolean {
    const layout = this.layout;
    return (
      layout !== undefined &&
      layout.primary === this.options.self &&
      this.generatingEpoch === layout.epoch &&
      this.promised === layout.epoch &&
      this.now < this.leaseUntil
    );
  }

  /** Whether this process is `role` of `epoch`, installed, started and not sealed by a newer ballot. */
  private generates(role: "primary" | "secondary", epoch: number): boolean {
    const layout = this.layout;
    return (
      layout !== undefined &&
      layout[role] === this.options.self &&
      layout.epoch === epoch &&
      this.generatingEpoch === epoch &&
      this.promised === epoch
    );
  }

  private onReq(origin: string, epoch: number, reqId: number, count: number, floor: number): void {
    if (!this.generates("primary", epoch)) {
      this.nack(origin, epoch, reqId, "not-serving", "not the primary of that epoch");
      return;
    }
    const known = this.remembered.get(origin)?.get(reqId);
    if (known !== undefined) {
      this.forward(origin, reqId, known.start, known.count);
      return;
    }
    if (this.queue.length >= MAX_QUEUED_REQUESTS) this.queue.shift();
    this.queue.push({ origin, reqId, count, floor });
    this.serveDue = true;
  }

  /**
   * Assigns numbers to queued requests while the lease holds and the reserved block lasts. A
   * request whose floor is at or above the next number, or whose numbers would pass
   * MAX_SEQ_NUMBER, is refused as such (checked here, while serving: only a primary that holds its
   * lease knows its next number to be above every number issued).
   */
  private serveQueue(): void {
    while (this.queue.length > 0 && this.isServingPrimary()) {
      const head = this.queue.peek() as Queued;
      if (head.floor >= this.next + FLOOR_SLACK) {
        this.queue.shift();
        this.nack(
          head.origin,
          (this.layout as Layout).epoch,
          head.reqId,
          "floor-above-issued",
          `floor ${head.floor} is above every number issued (the next is ${this.next})`,
        );
        continue;
      }
      const start = Math.max(this.next, head.floor + 1);
      if (start + head.count > MAX_SEQ_NUMBER) {
        this.queue.shift();
        this.nack(head.origin, (this.layout as Layout).epoch, head.reqId, "exhausted", "sequence exhausted");
        continue;
      }
      if (start + head.count > this.blockEnd) {
        this.reserve(start + head.count);
        return;
      }
      this.queue.shift();
      this.next = start + head.count;
      this.remember(head.origin, head.reqId, { start, count: head.count });
      this.forward(head.origin, head.reqId, start, head.count);
    }
    if (this.queue.length === 0 && this.isServingPrimary()) {
      this.out.push({ type: "counter", role: "primary", value: this.next });
      // Reserve ahead, so that the disk is never on the path of a request.
      if (this.next + this.blockSize / 2 >= this.blockEnd) this.reserve(this.next);
    } else if (this.queue.length > 0 && !this.isServingPrimary() && this.promised !== this.layout?.epoch) {
      // Sealed by a newer ballot: nothing queued will ever be served here.
      for (const q of this.queue.drain())
        this.nack(q.origin, this.layout?.epoch ?? 0, q.reqId, "not-serving", "sealed");
    }
  }

  private remember(origin: string, reqId: number, range: { start: number; count: number }): void {
    let recent = this.remembered.get(origin);
    if (recent === undefined) {
      recent = new Map();
      this.remembered.set(origin, recent);
    }
    recent.set(reqId, range);
    if (recent.size > REMEMBERED_REQUESTS) recent.delete(recent.keys().next().value as number);
  }

  private forward(origin: string, reqId: number, start: number, count: number): void {
    const layout = this.layout as Layout;
    this.send(layout.secondary, { type: "fwd", epoch: layout.epoch, origin, reqId, start, count });
  }

  /**
   * Reserves, at a majority and on disk, a block that reaches at least `needed` (at most
   * MAX_SEQ_NUMBER: the block is cut there, and nothing beyond it is ever reserved).
   */
  private reserve(needed: number): void {
    if (this.reserving !== undefined && this.reserving.end >= needed) return;
    const layout = this.layout as Layout;
    const end = Math.min(Math.max(needed, this.blockEnd) + this.blockSize, MAX_SEQ_NUMBER);
    if (end <= this.blockEnd || (this.reserving !== undefined && end <= this.reserving.end)) return;
    this.reserving = { end, acks: new Set() };
    this.broadcast({ type: "reserve", epoch: layout.epoch, end });
  }

  private onReserve(from: string, epoch: number, end: number): void {
    if (epoch < this.promised || epoch !== this.layout?.epoch || end > MAX_SEQ_NUMBER) return;
    this.reserved = Math.max(this.reserved, end);
    this.persistThen(() => this.send(from, { type: "reserved", epoch, end }));
  }

  private onReserved(from: string, epoch: number, end: number): void {
    const reserving = this.reserving;
    if (reserving === undefined || epoch !== this.layout?.epoch || end !== reserving.end) return;
    reserving.acks.add(from);
    if (reserving.acks.size < this.majority) return;
    this.blockEnd = Math.max(this.blockEnd, end);
    this.reserving = undefined;
    this.serveQueue();
  }

  private renewLease(): void {
    const layout = this.layout as Layout;
    const round = ++this.leaseRound;
    this.leaseRounds.set(round, { sentAt: this.now, acks: new Set() });
    this.leaseRounds.delete(round - 8);
    this.nextRenewAt = this.now + this.timing.renewMs;
    this.broadcast({ type: "lease", layout, round });
    // A reservation still short of a majority goes again to those that have not answered (lost).
    const reserving = this.reserving;
    if (reserving !== undefined) {
      for (const node of this.options.nodes) {
        if (!reserving.acks.has(node))
          this.send(node, { type: "reserve", epoch: layout.epoch, end: reserving.end });
      }
    }
  }

  private onLease(from: string, layout: Layout, round: number): void {
    if (layout.epoch < this.promised || layout.epoch < this.sealWaiting) return;
    const grant = () => {
      // Granting: no seal of a newer ballot will be joined before this grant runs out.
      this.sealBlockedUntil = Math.max(this.sealBlockedUntil, this.now + this.timing.leaseMs);
      this.send(from, { type: "lease-ack", epoch: layout.epoch, round });
    };
    if (layout.epoch === this.layout?.epoch) grant();
    else this.accept(layout, grant);
  }

  private onLeaseAck(from: string, epoch: number, round: number): void {
    const entry = this.leaseRounds.get(round);
    if (entry === undefined || !this.generates("primary", epoch)) return;
    entry.acks.add(from);
    if (entry.acks.size < this.majority) return;
    const until = entry.sentAt + this.timing.leaseMs * LEASE_TRUST;
    if (until <= this.leaseUntil) return;
    this.leaseUntil = until;
    this.serveQueue();
  }

  // ---- secondary -------------------------------------------------------------------------------

  private onFwd(message: SeqMessage & { type: "fwd" }): void {
    if (!this.generates("secondary", message.epoch)) {
      this.nack(
        message.origin,
        message.epoch,
        message.reqId,
        "not-serving",
        "not the secondary of that epoch",
      );
      return;
    }
    // 000 claim 1 (f): stored before it goes on to the originator (g).
    const last = message.start + message.count - 1;
    if (last > this.stored) {
      this.stored = last;
      this.out.push({ type: "counter", role: "secondary", value: last });
    }
    this.send(message.origin, {
      type: "deliver",
      epoch: message.epoch,
      reqId: message.reqId,
      start: message.start,
      count: message.count,
    });
  }

  // ---- acceptor (management) --------------------------------------------------------------------

  private onSeal(from: string, ballot: number): void {
    // The decoder refuses such a ballot; the core holds to the bound whatever it is fed.
    if (!Number.isSafeInteger(ballot) || ballot < 0 || ballot > MAX_BALLOT) return;
    this.highestBallot = Math.max(this.highestBallot, ballot);
    if (ballot < this.promised) {
      this.send(from, { type: "refused", ballot, promised: this.promised });
      return;
    }
    if (ballot > this.promised && this.now < this.sealBlockedUntil) {
      // A lease this node granted (or may have granted) still runs: answer when it is over.
      this.deferredSeals.set(from, { ballot, at: this.sealBlockedUntil });
      // Stop extending the current primary's lease, or the seal would wait for ever.
      this.sealWaiting = Math.max(this.sealWaiting, ballot);
      return;
    }
    if (ballot > this.promised) {
      this.promised = ballot;
      this.stopGenerating();
    }
    const layout = this.layout;
    this.persistThen(() =>
      this.send(from, {
        type: "sealed",
        ballot,
        layout,
        reserved: this.reserved,
        stored: this.stored,
        seen: this.seen,
      }),
    );
  }

  /** Installs a layout (durably), then runs `then`; its generators start. */
  private accept(layout: Layout, then: () => void): void {
    if (layout.epoch < this.promised || !validLayout(layout)) return;
    if (layout.epoch === this.layout?.epoch) {
      then();
      return;
    }
    this.promised = layout.epoch;
    this.layout = layout;
    this.restartedGenerator = false;
    this.highestBallot = Math.max(this.highestBallot, layout.epoch);
    this.stopGenerating();
    this.proposeAt = Number.POSITIVE_INFINITY;
    if (this.proposal !== undefined && this.proposal.ballot <= layout.epoch) this.proposal = undefined;
    this.persistThen(() => {
      if (this.layout !== layout) return;
      this.out.push({ type: "layout", layout, role: this.role });
      this.startGenerating(layout);
      then();
      this.resendCalls();
    });
  }

  private stopGenerating(): void {
    this.leaseUntil = 0;
    this.reserving = undefined;
    this.leaseRounds.clear();
    this.serveQueue();
  }

  private startGenerating(layout: Layout): void {
    this.generatingEpoch = layout.epoch;
    if (layout.primary === this.options.self) {
      this.next = layout.start;
      this.blockEnd = layout.start;
      this.queue.drain();
      this.remembered.clear();
      this.nextRenewAt = this.now;
      this.renewLease();
      this.reserve(layout.start);
    }
    // Numbers start at 1: nothing stored yet is 0, never below (a Sealed carries it).
    if (layout.secondary === this.options.self) this.stored = Math.max(0, layout.start - 1);
  }

  // ---- proposer (management) --------------------------------------------------------------------

  /**
   * Something calls for a new layout. The lowest-index live node proposes first; the others wait
   * longer, by rank, in case it cannot.
   */
  private scheduleProposal(reason: string): void {
    if (this.proposal !== undefined || this.proposeAt !== Number.POSITIVE_INFINITY) return;
    const ranked = this.options.nodes.filter((n) => n === this.options.self || this.alive.has(n));
    const rank = Math.max(0, ranked.indexOf(this.options.self));
    const delay = this.timing.proposeDelayMs * (1 + 4 * rank) * (1 + this.options.random());
    this.proposeAt = this.now + delay;
    this.pendingReason = reason;
  }

  private propose(): void {
    this.proposeAt = Number.POSITIVE_INFINITY;
    if (!this.needsLayout()) return;
    const ballot =
      (Math.floor(Math.max(this.highestBallot, this.promised) / BALLOT_SPAN) + 1) * BALLOT_SPAN +
      this.selfIndex;
    if (ballot > MAX_BALLOT) {
      // No ballot above the bound exists for the others (they refuse it): propose none, never wrap.
      if (!this.ballotsExhaustedSaid) {
        this.ballotsExhaustedSaid = true;
        this.out.push({
          type: "ballots-exhausted",
          promised: Math.max(this.highestBallot, this.promised),
          reason: this.pendingReason,
        });
      }
      return;
    }
    this.highestBallot = ballot;
    this.proposal = { ballot, deadline: this.now + this.timing.sealTimeoutMs, replies: new Map() };
    this.out.push({ type: "proposing", ballot, reason: this.pendingReason });
    this.broadcast({ type: "seal", ballot });
  }

  /** Whether a new layout is called for (checked again when a scheduled proposal comes due). */
  private needsLayout(): boolean {
    const layout = this.layout;
    if (layout === undefined || this.promised > layout.epoch) return true;
    const up = (node: string) => node === this.options.self || this.alive.has(node);
    if (!up(layout.primary) || !up(layout.secondary)) return true;
    // The generators look alive, yet requests have gone unanswered for long: replace them. So
    // does a generator that restarted (its counters are gone), until a newer layout is installed.
    if (this.stalled()) return true;
    return this.restartedGenerator;
  }

  /** Requests have waited for several lease times and nothing at all came back meanwhile. */
  private stalled(): boolean {
    const limit = STALL_LEASES * this.timing.leaseMs;
    if (this.now - this.lastProgress < limit) return false;
    for (const call of this.calls.values())
      if (call.firstSentAt !== 0 && this.now - call.firstSentAt >= limit) return true;
    return false;
  }

  private onSealed(from: string, message: SeqMessage & { type: "sealed" }): void {
    const proposal = this.proposal;
    // Only members count toward a majority (the runtime hears only from them).
    if (proposal === undefined || message.ballot !== proposal.ballot || !this.options.nodes.includes(from))
      return;
    proposal.replies.set(from, message);
    if (proposal.replies.size < this.majority) return;
    this.proposal = undefined;
    this.broadcast({
      type: "install",
      layout: chooseLayout(proposal.ballot, proposal.replies, this.options.nodes),
    });
  }

  private abandonProposal(): void {
    this.proposal = undefined;
    this.scheduleProposal(this.pendingReason || "the last proposal failed");
  }

  // ---- plumbing --------------------------------------------------------------------------------

  private send(to: string, message: SeqMessage): void {
    if (to === this.options.self) this.local.push(message);
    else this.out.push({ type: "send", to, message });
  }

  private nack(to: string, epoch: number, reqId: number, code: NackCode, reason: string): void {
    this.send(to, {
      type: "nack",
      epoch,
      reqId,
      reason,
      code,
      next: code === "floor-above-issued" ? this.next : 0,
    });
  }

  private broadcast(message: SeqMessage): void {
    for (const node of this.options.nodes) this.send(node, message);
  }

  private drainLocal(): void {
    while (this.local.length > 0) this.receive(this.options.self, this.local.shift() as SeqMessage);
  }

  /** Runs `waiter` once the current durable state is on disk (writes go one at a time). */
  private persistThen(waiter: () => void): void {
    if (this.persistInFlight === undefined) this.issuePersist([waiter]);
    else this.persistNext = [...(this.persistNext ?? []), waiter];
  }

  private issuePersist(waiters: (() => void)[]): void {
    const token = ++this.persistToken;
    this.persistInFlight = { token, waiters };
    this.out.push({
      type: "persist",
      token,
      state: { promised: this.promised, layout: this.layout, reserved: this.reserved },
    });
  }

  private onPersisted(token: number): void {
    const inFlight = this.persistInFlight;
    if (inFlight === undefined || inFlight.token !== token) return;
    this.persistInFlight = undefined;
    const next = this.persistNext;
    this.persistNext = undefined;
    if (next !== undefined) this.issuePersist(next);
    for (const waiter of inFlight.waiters) waiter();
  }
}

/** A layout as the decoder admits it: epoch 1..MAX_BALLOT, start 1..MAX_SEQ_NUMBER. */
function validLayout(layout: Layout): boolean {
  return (
    Number.isSafeInteger(layout.epoch) &&
    layout.epoch >= 1 &&
    layout.epoch <= MAX_BALLOT &&
    Number.isSafeInteger(layout.start) &&
    layout.start >= 1 &&
    layout.start <= MAX_SEQ_NUMBER
  );
}
