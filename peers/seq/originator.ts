/**
 * The originator: a caller asks this node for `count` numbers; the Req goes to the primary, the
 * numbers come back from the secondary (Deliver), and only numbers of the newest epoch this node
 * knows of are returned (fencing).
 */
import { MAX_COUNT_PER_REQUEST, MAX_SEQ_NUMBER, type SeqMessage } from "./messages.js";
import type { NodeContext, Roles } from "./node-context.js";
import { FLOOR_SLACK } from "./node-types.js";

/** Requests unanswered for this many lease times, with no progress at all, call for a new layout. */
const STALL_LEASES = 4;
/** Request ids start at a random base per process, so a restarted originator never reuses one. */
const REQ_ID_BASES = 2 ** 30;
const REQ_IDS_PER_BASE = 2 ** 22;

interface Call {
  readonly count: number;
  readonly floor: number;
  readonly reqId: number;
  readonly deadline: number;
  /** When the request was first and last sent (0: not yet: no layout known). */
  firstSentAt: number;
  sentAt: number;
}

export class Originator {
  private readonly calls = new Map<number, Call>();
  private readonly byReqId = new Map<number, number>();
  private nextReqId = 0;
  /** The highest number this node's callers were given. */
  seen = 0;
  private lastProgress = 0;
  private nextCallScan = 0;

  constructor(
    private readonly ctx: NodeContext,
    private readonly roles: Roles,
  ) {}

  boot(): void {
    // Request ids of this process must not meet those of an earlier one at a primary that remembers.
    this.nextReqId = Math.floor(this.ctx.random() * REQ_ID_BASES) * REQ_IDS_PER_BASE + 1;
  }

  wakeAt(): number {
    return this.calls.size > 0 ? this.nextCallScan : Number.POSITIVE_INFINITY;
  }

  tick(): void {
    if (this.ctx.now >= this.nextCallScan) this.scanCalls();
  }

  call(callId: number, count: number, floor: number): void {
    const ctx = this.ctx;
    // The runtime checks what callers send; this holds the core to its bounds whatever it is fed.
    if (
      !Number.isInteger(count) ||
      count < 1 ||
      count > MAX_COUNT_PER_REQUEST ||
      !Number.isSafeInteger(floor) ||
      floor < 0 ||
      floor > MAX_SEQ_NUMBER
    ) {
      ctx.out.push({
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
      deadline: ctx.now + ctx.timing.callTimeoutMs,
      firstSentAt: 0,
      sentAt: 0,
    };
    if (this.calls.size === 0) this.nextCallScan = ctx.now + ctx.timing.retryMs / 2;
    this.calls.set(callId, call);
    this.byReqId.set(reqId, callId);
    if (ctx.layout === undefined) this.roles.proposer.schedule("no layout yet");
    else this.sendCall(call);
  }

  /** Sends every unanswered request again (to a primary that came up, or of a new layout). */
  resendCalls(): void {
    for (const call of this.calls.values()) this.sendCall(call);
  }

  /** Requests have waited for several lease times and nothing at all came back meanwhile. */
  stalled(): boolean {
    const now = this.ctx.now;
    const limit = STALL_LEASES * this.ctx.timing.leaseMs;
    if (now - this.lastProgress < limit) return false;
    for (const call of this.calls.values())
      if (call.firstSentAt !== 0 && now - call.firstSentAt >= limit) return true;
    return false;
  }

  onDeliver(message: SeqMessage & { type: "deliver" }): void {
    const callId = this.byReqId.get(message.reqId);
    // Never return a number of an epoch older than the newest this node knows of (fencing).
    if (callId === undefined || message.epoch < this.ctx.knownEpoch()) return;
    const call = this.calls.get(callId);
    if (call === undefined || message.count !== call.count || message.start <= call.floor) return;
    this.calls.delete(callId);
    this.byReqId.delete(message.reqId);
    this.seen = Math.max(this.seen, message.start + message.count - 1);
    this.lastProgress = this.ctx.now;
    this.ctx.out.push({
      type: "result",
      callId,
      start: message.start,
      count: message.count,
      epoch: message.epoch,
    });
  }

  onNack(message: SeqMessage & { type: "nack" }): void {
    const callId = this.byReqId.get(message.reqId);
    if (callId === undefined) return;
    if (message.code === "not-serving") {
      this.roles.proposer.schedule("the primary does not serve");
      return;
    }
    // The primary refused this call as such. Only the word of the newest epoch counts (fencing,
    // as for Deliver): an older primary's next number may lie below what a newer one issued.
    const call = this.calls.get(callId);
    if (call === undefined || message.epoch < this.ctx.knownEpoch()) return;
    const floorRefused = message.code === "floor-above-issued";
    // A refusal that does not fit the call (its floor is below that next number) is not for it.
    if (floorRefused && call.floor < message.next + FLOOR_SLACK) return;
    this.calls.delete(callId);
    this.byReqId.delete(message.reqId);
    this.ctx.out.push(
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

  /**
   * Calls are looked at every half retry time (not each at its own time: with many in flight
   * that would cost a pass over all of them per input): resent when unanswered, failed when late.
   */
  private scanCalls(): void {
    const ctx = this.ctx;
    const now = ctx.now;
    this.nextCallScan = now + ctx.timing.retryMs / 2;
    let resent = false;
    for (const [callId, call] of this.calls) {
      if (now >= call.deadline) {
        this.calls.delete(callId);
        this.byReqId.delete(call.reqId);
        ctx.out.push({ type: "failed", callId, error: "unavailable", reason: this.unavailableReason() });
      } else if (call.sentAt !== 0 && now >= call.sentAt + ctx.timing.retryMs) {
        this.sendCall(call);
        resent = true;
      }
    }
    if (resent && this.stalled()) this.roles.proposer.schedule("requests go unanswered");
  }

  private sendCall(call: Call): void {
    const layout = this.ctx.layout;
    if (layout === undefined) return;
    if (call.firstSentAt === 0) call.firstSentAt = this.ctx.now;
    call.sentAt = this.ctx.now;
    this.ctx.send(layout.primary, {
      type: "req",
      epoch: layout.epoch,
      reqId: call.reqId,
      count: call.count,
      floor: call.floor,
    });
  }

  private unavailableReason(): string {
    const layout = this.ctx.layout;
    if (layout === undefined) return "no layout: no majority has agreed on generators yet";
    return `no number from primary ${layout.primary} (epoch ${layout.epoch}) in time`;
  }
}
