/**
 * How many inputs an endpoint gets (a count, a time, or the one input of a replay), and which
 * input indexes each of its senders takes, so that input i is the same bytes however the run went.
 */
import { performance } from "node:perf_hooks";

export interface Budget {
  /** Inputs for the endpoint in all (across nodes), or until a time. */
  readonly inputs?: number;
  readonly until?: number;
  /** Only this input (a replay). */
  readonly only?: number;
}

/** Hands out input indexes: sender i of n gets the indexes i, i + n, i + 2n, ... within the budget. */
export class Indexes {
  private readonly next: number[];

  constructor(
    private readonly senders: number,
    private readonly budget: Budget,
  ) {
    this.next = Array.from({ length: senders }, (_, i) => i);
  }

  take(sender: number): number | undefined {
    const { budget } = this;
    if (budget.only !== undefined) {
      if (budget.only % this.senders !== sender || this.next[sender] === -1) return undefined;
      this.next[sender] = -1;
      return budget.only;
    }
    const index = this.next[sender] as number;
    if (budget.inputs !== undefined && index >= budget.inputs) return undefined;
    if (budget.until !== undefined && performance.now() >= budget.until) return undefined;
    this.next[sender] = index + this.senders;
    return index;
  }
}
