/**
 * The primary: it holds a lease from a majority, reserves blocks of numbers at a majority (on
 * disk) before it issues any of them, assigns [start, +count) to each request and forwards it to
 * the secondary (Fwd). A request resent by its originator gets the same numbers again.
 */
import { FifoQueue } from "../../kit/fifo-queue.js";
import { type Layout, MAX_SEQ_NUMBER } from "./messages.js";
import type { NodeContext } from "./node-context.js";
import { FLOOR_SLACK } from "./node-types.js";

/** The primary trusts a lease this share of its length (clock-rate margin). */
const LEASE_TRUST = 0.8;
/** Requests a primary remembers, so that a resent one gets the same numbers. */
const REMEMBERED_REQUESTS = 4096;
/** Requests a primary holds while it waits for its lease or a block. */
const MAX_QUEUED_REQUESTS = 65536;
/** Lease rounds whose acknowledgements still count (older ones are forgotten). */
const LEASE_ROUNDS_KEPT = 8;

interface Queued {
  readonly origin: string;
  readonly reqId: number;
  readonly count: number;
  readonly floor: number;
}

export class Primary {
  private next = 0;
  private blockEnd = 0;
  private reserving: { end: number; acks: Set<string> } | undefined;
  private leaseUntil = 0;
  private leaseRound = 0;
  private nextRenewAt = 0;
  private readonly leaseRounds = new Map<number, { sentAt: number; acks: Set<string> }>();
  private readonly queue = new FifoQueue<Queued>();
  /** Requests were queued during the current input; they are served at its end. */
  serveDue = false;
  /** Per originator, its recent requests and their numbers (oldest first). */
  private readonly remembered = new Map<string, Map<number, { start: number; count: number }>>();

  constructor(private readonly ctx: NodeContext) {}

  /** True while this node is a primary that may issue numbers. */
  isServing(): boolean {
    const ctx = this.ctx;
    const layout = ctx.layout;
    return (
      layout !== undefined &&
      layout.primary === ctx.self &&
      ctx.generatingEpoch === layout.epoch &&
      ctx.promised === layout.epoch &&
      ctx.now < this.leaseUntil
    );
  }

  private generating(): boolean {
    return this.ctx.generates("primary", this.ctx.layout?.epoch ?? 0);
  }

  wakeAt(): number {
    return this.generating() ? this.nextRenewAt : Number.POSITIVE_INFINITY;
  }

  tick(): void {
    if (this.generating() && this.ctx.now >= this.nextRenewAt) this.renewLease();
  }

  /** Starts generating `layout` (this node is its primary): numbers from its start, a new lease. */
  start(layout: Layout): void {
    this.next = layout.start;
    this.blockEnd = layout.start;
    this.queue.drain();
    this.remembered.clear();
    this.nextRenewAt = this.ctx.now;
    this.renewLease();
    this.reserve(layout.start);
  }

  /** Sealed by a newer ballot, or a new layout installed: no more lease, no more reservation. */
  stop(): void {
    this.leaseUntil = 0;
    this.reserving = undefined;
    this.leaseRounds.clear();
    this.serveQueue();
  }

  onReq(origin: string, epoch: number, reqId: number, count: number, floor: number): void {
    if (!this.ctx.generates("primary", epoch)) {
      this.ctx.nack(origin, epoch, reqId, "not-serving", "not the primary of that epoch");
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
  serveQueue(): void {
    const ctx = this.ctx;
    while (this.queue.length > 0 && this.isServing()) {
      const head = this.queue.peek() as Queued;
      const epoch = (ctx.layout as Layout).epoch;
      if (head.floor >= this.next + FLOOR_SLACK) {
        this.queue.shift();
        ctx.nack(
          head.origin,
          epoch,
          head.reqId,
          "floor-above-issued",
          `floor ${head.floor} is above every number issued (the next is ${this.next})`,
          this.next,
        );
        continue;
      }
      const start = Math.max(this.next, head.floor + 1);
      if (start + head.count > MAX_SEQ_NUMBER) {
        this.queue.shift();
        ctx.nack(head.origin, epoch, head.reqId, "exhausted", "sequence exhausted");
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
    if (this.queue.length === 0 && this.isServing()) {
      ctx.out.push({ type: "counter", role: "primary", value: this.next });
      // Reserve ahead, so that the disk is never on the path of a request.
      if (this.next + ctx.blockSize / 2 >= this.blockEnd) this.reserve(this.next);
    } else if (this.queue.length > 0 && !this.isServing() && ctx.promised !== ctx.layout?.epoch) {
      // Sealed by a newer ballot: nothing queued will ever be served here.
      for (const q of this.queue.drain())
        ctx.nack(q.origin, ctx.layout?.epoch ?? 0, q.reqId, "not-serving", "sealed");
    }
  }

  onReserved(from: string, epoch: number, end: number): void {
    const reserving = this.reserving;
    if (reserving === undefined || epoch !== this.ctx.layout?.epoch || end !== reserving.end) return;
    reserving.acks.add(from);
    if (reserving.acks.size < this.ctx.majority) return;
    this.blockEnd = Math.max(this.blockEnd, end);
    this.reserving = undefined;
    this.serveQueue();
  }

  onLeaseAck(from: string, epoch: number, round: number): void {
    const entry = this.leaseRounds.get(round);
    if (entry === undefined || !this.ctx.generates("primary", epoch)) return;
    entry.acks.add(from);
    if (entry.acks.size < this.ctx.majority) return;
    const until = entry.sentAt + this.ctx.timing.leaseMs * LEASE_TRUST;
    if (until <= this.leaseUntil) return;
    this.leaseUntil = until;
    this.serveQueue();
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
    const layout = this.ctx.layout as Layout;
    this.ctx.send(layout.secondary, { type: "fwd", epoch: layout.epoch, origin, reqId, start, count });
  }

  /**
   * Reserves, at a majority and on disk, a block that reaches at least `needed` (at most
   * MAX_SEQ_NUMBER: the block is cut there, and nothing beyond it is ever reserved).
   */
  private reserve(needed: number): void {
    if (this.reserving !== undefined && this.reserving.end >= needed) return;
    const layout = this.ctx.layout as Layout;
    const end = Math.min(Math.max(needed, this.blockEnd) + this.ctx.blockSize, MAX_SEQ_NUMBER);
    if (end <= this.blockEnd || (this.reserving !== undefined && end <= this.reserving.end)) return;
    this.reserving = { end, acks: new Set() };
    this.ctx.broadcast({ type: "reserve", epoch: layout.epoch, end });
  }

  private renewLease(): void {
    const ctx = this.ctx;
    const layout = ctx.layout as Layout;
    const round = ++this.leaseRound;
    this.leaseRounds.set(round, { sentAt: ctx.now, acks: new Set() });
    this.leaseRounds.delete(round - LEASE_ROUNDS_KEPT);
    this.nextRenewAt = ctx.now + ctx.timing.renewMs;
    ctx.broadcast({ type: "lease", layout, round });
    // A reservation still short of a majority goes again to those that have not answered (lost).
    const reserving = this.reserving;
    if (reserving !== undefined) {
      for (const node of ctx.nodes) {
        if (!reserving.acks.has(node))
          ctx.send(node, { type: "reserve", epoch: layout.epoch, end: reserving.end });
      }
    }
  }
}
