/**
 * A group daemon's proposal buffer (003): the entries proposed to it, kept in gseq order without
 * gaps, from the first not yet delivered everywhere (stable) up to the last held (`known`), and
 * how far it delivered. A member that joins starts at its view's entry (`startAt`): nothing
 * before it is of use to it.
 */
import type { Entry } from "./entries.js";

export class ProposalBuffer {
  private readonly entries = new Map<number, Entry>();
  /** The last gseq held: every entry (delivered, known] is here. */
  private knownUpTo = 0;
  private deliveredUpTo = 0;

  get known(): number {
    return this.knownUpTo;
  }

  get delivered(): number {
    return this.deliveredUpTo;
  }

  /** Empties it; the next entry held is `from + 1` (and everything up to `from` counts as delivered). */
  reset(from = 0): void {
    this.entries.clear();
    this.knownUpTo = this.deliveredUpTo = from;
  }

  /** Holds the entry if it is the next one (true), else leaves it (held already, or past a gap). */
  hold(entry: Entry): boolean {
    if (entry.gseq !== this.knownUpTo + 1) return false;
    this.entries.set(entry.gseq, entry);
    this.knownUpTo = entry.gseq;
    return true;
  }

  /** Whether a batch starting at `first` leaves no gap after what is held. */
  follows(first: number): boolean {
    return first <= this.knownUpTo + 1;
  }

  /** The next entry to deliver, if it is held and at most `upTo` (advance() takes it). */
  next(upTo: number): Entry | undefined {
    return this.deliveredUpTo >= upTo ? undefined : this.entries.get(this.deliveredUpTo + 1);
  }

  /** The entry next() gave counts as delivered. */
  advance(): void {
    this.deliveredUpTo++;
  }

  /** Drops what every member delivered (and this one too). */
  dropStable(stable: number): void {
    const upTo = Math.min(stable, this.deliveredUpTo);
    for (const gseq of this.entries.keys()) {
      if (gseq > upTo) break;
      this.entries.delete(gseq);
    }
  }

  /** What is held and not delivered here, in gseq order (a State's entries). */
  undelivered(): Entry[] {
    const out: Entry[] = [];
    for (let gseq = this.deliveredUpTo + 1; gseq <= this.knownUpTo; gseq++)
      out.push(this.entries.get(gseq) as Entry);
    return out;
  }
}
