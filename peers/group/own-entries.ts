/**
 * An initiator's own entries (part of DeltaNode): numbered by the daemon (seq, from 1, one by
 * one), kept until delivered, and submitted again when the coordinator may not have them: after
 * a view change, and when none was delivered for the submit timeout. The coordinator takes a
 * seq only right after the last it took from this daemon, so submitting again is harmless.
 */
import type { EntryBody } from "./entries.js";

/** Own entries waiting to be delivered, at most: beyond, a submission is refused. */
export const MAX_OUTGOING = 4096;

export interface OwnEntry {
  readonly seq: number;
  readonly body: EntryBody;
}

export class OwnEntries {
  private waiting: OwnEntry[] = [];
  private nextSeq = 1;
  /** When to submit everything again (Infinity: nothing waits, or nothing was sent yet). */
  private againAt = Number.POSITIVE_INFINITY;

  constructor(private readonly timeoutMs: number) {}

  get pending(): readonly OwnEntry[] {
    return this.waiting;
  }

  /** Numbers a new entry; undefined if too many wait already. */
  add(body: EntryBody): OwnEntry | undefined {
    if (this.waiting.length >= MAX_OUTGOING) return undefined;
    const entry = { seq: this.nextSeq++, body };
    this.waiting.push(entry);
    return entry;
  }

  /** They are being sent now: if none is delivered for the timeout, all go again. */
  sent(now: number): void {
    if (!(this.againAt > now)) this.againAt = now + this.timeoutMs;
  }

  /** Own entry `seq` was delivered (and so every one before it). */
  delivered(seq: number, now: number): void {
    let done = 0;
    while (done < this.waiting.length && (this.waiting[done] as OwnEntry).seq <= seq) done++;
    this.waiting = done === 0 ? this.waiting : this.waiting.slice(done);
    this.againAt = now + this.timeoutMs;
  }

  /** Everything must go again at once (a new coordinator). */
  resendNow(): void {
    this.againAt = Number.NEGATIVE_INFINITY;
  }

  /** When they must go again (Infinity when nothing waits). */
  wakeAt(): number {
    return this.waiting.length > 0 ? this.againAt : Number.POSITIVE_INFINITY;
  }
}
