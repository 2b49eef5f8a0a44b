/** A virtual clock and its queue of events, ordered by time, then by scheduling order. */
export class Scheduler {
  private heap: { at: number; seq: number; run: () => void }[] = [];
  private seq = 0;
  now = 0;

  at(time: number, run: () => void): void {
    this.heap.push({ at: Math.max(time, this.now), seq: this.seq++, run });
    this.up(this.heap.length - 1);
  }

  after(delayMs: number, run: () => void): void {
    this.at(this.now + delayMs, run);
  }

  /** Time of the next queued event (Infinity when none). */
  peekTime(): number {
    return this.heap[0]?.at ?? Number.POSITIVE_INFINITY;
  }

  /** Runs the next event, advancing the clock to it. */
  runNext(): boolean {
    const top = this.heap[0];
    if (top === undefined) return false;
    const last = this.heap.pop() as (typeof this.heap)[number];
    if (this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    this.now = top.at;
    top.run();
    return true;
  }

  private less(i: number, j: number): boolean {
    const a = this.heap[i] as (typeof this.heap)[number];
    const b = this.heap[j] as (typeof this.heap)[number];
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private swap(i: number, j: number): void {
    const tmp = this.heap[i] as (typeof this.heap)[number];
    this.heap[i] = this.heap[j] as (typeof this.heap)[number];
    this.heap[j] = tmp;
  }

  private up(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) return;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < this.heap.length && this.less(left, smallest)) smallest = left;
      if (right < this.heap.length && this.less(right, smallest)) smallest = right;
      if (smallest === i) return;
      this.swap(i, smallest);
      i = smallest;
    }
  }
}
