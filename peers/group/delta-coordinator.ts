/**
 * The coordinator's side of the Delta protocol (delta-node.ts has the whole protocol): the
 * serializing queue, numbering, the proposals in flight around the ring, the commit point and
 * the members' acknowledgements. It holds no delivery state: the node it runs in delivers.
 *
 * A proposal (a batch of consecutive entries) is sent to the coordinator's ring successor and
 * comes back from its predecessor once every member holds it; until then it is resent on each
 * proposal timeout. The commit point is the last gseq below every proposal still out; every
 * member is told it (Commit) until it acknowledges delivering up to it (Ack).
 */

import { FifoQueue } from "../../kit/fifo-queue.js";
import type { Entry, EntryBody, Origin } from "./entries.js";
import { entryBytes, originKey } from "./entries.js";
import { MAX_BATCH_ENTRIES, MAX_PROPOSAL_BYTES, MAX_UNSTABLE, MAX_UNSTABLE_BYTES } from "./messages.js";

/** Proposals in flight at once. */
export const PROPOSAL_WINDOW = 8;
/** Submissions one origin may have queued at the coordinator; beyond, they are dropped (resubmitted). */
export const MAX_QUEUED_PER_ORIGIN = 4096;

interface Queued {
  readonly origin: Origin;
  readonly seq: number;
  readonly body: EntryBody;
}

interface InFlight {
  readonly entries: Entry[];
  deadline: number;
}

export class DeltaCoordinator {
  /** The serializing queue: submissions not numbered yet. */
  private queue: Queued[] = [];
  private readonly queuedPerOrigin = new Map<string, number>();
  /** Per origin, the highest seq numbered or queued (submissions at or below it are duplicates). */
  private readonly assigned = new Map<string, number>();
  /** Numbered, not sent yet (a recovery's entries first). */
  private ready: Entry[] = [];
  private readonly inflight = new Map<number, InFlight>();
  private proposedUpTo = 0;
  private nextGseq = 1;
  private committed = 0;
  private readonly acked = new Map<string, number>();
  private stableAt = 0;
  /** Bytes of the entries numbered past the stable point, and each one's, in gseq order. */
  private unstableBytes = 0;
  private readonly sizes = new FifoQueue<{ gseq: number; bytes: number }>();
  private commitResendAt = Number.POSITIVE_INFINITY;

  constructor(
    private readonly self: string,
    private readonly timing: { readonly proposalTimeoutMs: number; readonly commitTimeoutMs: number },
  ) {}

  /**
   * Starts an epoch at the end of its recovery: `recovered` (consecutive, from `from` + 1) are
   * proposed again first; numbering goes on after them. `acked` is what each member delivered.
   */
  begin(from: number, recovered: readonly Entry[], acked: ReadonlyMap<string, number>): void {
    this.ready = [...recovered];
    this.inflight.clear();
    this.proposedUpTo = from;
    this.committed = from;
    this.nextGseq = from + recovered.length + 1;
    this.acked.clear();
    for (const [node, upTo] of acked) this.acked.set(node, upTo);
    this.stableAt = Math.min(...this.acked.values());
    this.commitResendAt = Number.POSITIVE_INFINITY;
    this.sizes.drain();
    this.unstableBytes = 0;
    for (const entry of recovered) this.count(entry);
  }

  private count(entry: Entry): void {
    const bytes = entryBytes(entry.body);
    this.sizes.push({ gseq: entry.gseq, bytes });
    this.unstableBytes += bytes;
  }

  /** Queued submissions of origins outside `live` are dropped (003: a failed initiator's queue). */
  filter(live: ReadonlySet<string>): void {
    this.queue = this.queue.filter((q) => live.has(originKey(q.origin)));
    for (const key of [...this.queuedPerOrigin.keys()]) if (!live.has(key)) this.queuedPerOrigin.delete(key);
    for (const key of [...this.assigned.keys()]) if (!live.has(key)) this.assigned.delete(key);
  }

  /** Forgets everything: another node coordinates now. */
  clear(): void {
    this.queue = [];
    this.queuedPerOrigin.clear();
    this.assigned.clear();
    this.ready = [];
    this.inflight.clear();
    this.acked.clear();
    this.commitResendAt = Number.POSITIVE_INFINITY;
  }

  /** Dedupe from the delivered state: the origin's seqs up to `delivered` are done. */
  seed(origin: Origin, delivered: number): void {
    const key = originKey(origin);
    this.assigned.set(key, Math.max(this.assigned.get(key) ?? 0, delivered));
  }

  /** A submission (or the coordinator's own); false if it was a duplicate, out of order or over the bound. */
  submit(origin: Origin, seq: number, body: EntryBody): boolean {
    const key = originKey(origin);
    const queued = this.queuedPerOrigin.get(key) ?? 0;
    if (seq !== (this.assigned.get(key) ?? 0) + 1 || queued >= MAX_QUEUED_PER_ORIGIN) return false;
    this.assigned.set(key, seq);
    this.queuedPerOrigin.set(key, queued + 1);
    this.queue.push({ origin, seq, body });
    return true;
  }

  /** The gseq the next numbered entry gets. */
  get next(): number {
    return this.nextGseq;
  }

  /** Numbers an entry the coordinator makes itself (a view's), to be proposed after what is ready. */
  append(make: (gseq: number) => Entry): void {
    const entry = make(this.nextGseq++);
    this.count(entry);
    this.ready.push(entry);
  }

  get stable(): number {
    return this.stableAt;
  }

  /** Nothing numbered is still to be proposed or out. */
  get idle(): boolean {
    return this.ready.length === 0 && this.inflight.size === 0;
  }

  /**
   * Proposals to send now: what is ready, then numbered from the queue while `numbering`, within
   * the window and the proposal buffers' bound. Each batch goes to the ring successor.
   */
  pump(numbering: boolean, now: number): Entry[][] {
    const batches: Entry[][] = [];
    while (this.inflight.size < PROPOSAL_WINDOW) {
      let batch: Entry[];
      if (this.ready.length > 0) {
        batch = this.ready.splice(
          0,
          this.fitting(this.ready.length, (i) => (this.ready[i] as Entry).body),
        );
      } else if (numbering && this.queue.length > 0 && this.hasRoom()) {
        const room = Math.min(
          this.fitting(this.queue.length, (i) => (this.queue[i] as Queued).body),
          MAX_UNSTABLE - (this.nextGseq - 1 - this.stableAt),
        );
        batch = this.queue.splice(0, room).map((q) => {
          const key = originKey(q.origin);
          this.queuedPerOrigin.set(key, (this.queuedPerOrigin.get(key) ?? 1) - 1);
          const entry = { gseq: this.nextGseq++, origin: q.origin, seq: q.seq, body: q.body };
          this.count(entry);
          return entry;
        });
      } else {
        break;
      }
      this.inflight.set((batch[0] as Entry).gseq, {
        entries: batch,
        deadline: now + this.timing.proposalTimeoutMs,
      });
      this.proposedUpTo = (batch[batch.length - 1] as Entry).gseq;
      batches.push(batch);
    }
    return batches;
  }

  /** Proposal buffers may take more: below both bounds (entries, bytes) past the stable point. */
  private hasRoom(): boolean {
    return this.nextGseq - 1 - this.stableAt < MAX_UNSTABLE && this.unstableBytes < MAX_UNSTABLE_BYTES;
  }

  /** How many of these (at least one) make a proposal within the entry and byte bounds. */
  private fitting(length: number, body: (index: number) => EntryBody): number {
    let bytes = 0;
    let n = 0;
    while (n < length && n < MAX_BATCH_ENTRIES) {
      bytes += entryBytes(body(n));
      if (n > 0 && bytes > MAX_PROPOSAL_BYTES) break;
      n++;
    }
    return n;
  }

  /** A proposal came back around the ring; the new commit point if it moved. */
  returned(first: number): number | undefined {
    if (!this.inflight.delete(first)) return undefined;
    let point = this.proposedUpTo;
    for (const key of this.inflight.keys()) point = Math.min(point, key - 1);
    if (point <= this.committed) return undefined;
    this.committed = point;
    return point;
  }

  get commitPoint(): number {
    return this.committed;
  }

  /** A member delivered up to `upTo`; true if the stable point moved. */
  ack(node: string, upTo: number): boolean {
    if (!this.acked.has(node)) return false;
    this.acked.set(node, Math.max(this.acked.get(node) ?? 0, Math.min(upTo, this.committed)));
    const stable = Math.min(...this.acked.values());
    if (stable <= this.stableAt) return false;
    this.stableAt = stable;
    for (let s = this.sizes.peek(); s !== undefined && s.gseq <= stable; s = this.sizes.peek()) {
      this.unstableBytes -= s.bytes;
      this.sizes.shift();
    }
    return true;
  }

  /** Members still to acknowledge the commit point. */
  lagging(): string[] {
    const lagging: string[] = [];
    for (const [node, upTo] of this.acked)
      if (node !== this.self && upTo < this.committed) lagging.push(node);
    return lagging;
  }

  armCommitResend(now: number): void {
    this.commitResendAt =
      this.lagging().length > 0 ? now + this.timing.commitTimeoutMs : Number.POSITIVE_INFINITY;
  }

  /** Proposals whose timeout passed: resent around the ring, in order. */
  overdue(now: number): Entry[][] {
    const batches: Entry[][] = [];
    for (const flight of this.inflight.values()) {
      if (flight.deadline > now) continue;
      flight.deadline = now + this.timing.proposalTimeoutMs;
      batches.push(flight.entries);
    }
    return batches;
  }

  commitDue(now: number): boolean {
    return this.commitResendAt <= now;
  }

  wakeAt(): number {
    let next = this.commitResendAt;
    for (const flight of this.inflight.values()) next = Math.min(next, flight.deadline);
    return next;
  }
}
