/**
 * The one loop that runs a core (core.ts) over a clock: it feeds the core its inputs and, at the
 * time the core asks for, its wake-up input, and hands every output to the runtime. The real
 * runtime runs it over real timers and the sim over the virtual clock, so the loop that ships is
 * the loop the seeds check.
 *
 * Inputs fed while outputs are being applied (an output whose effect answers at once) are queued
 * and handled after, in order: a core never sees an input in the middle of another. One timer is
 * kept, at the earliest wake-up asked for; a wake-up that comes before the core's time (it moved
 * its time later meanwhile) only re-arms.
 */
import type { Clock } from "./clock.js";
import type { Core } from "./core.js";
import { FifoQueue } from "./fifo-queue.js";
import { WakeTimer } from "./wake-timer.js";

export interface CoreDriverOptions<I, O> {
  readonly clock: Clock;
  /** The wake-up input, built when the timer fires (it may carry what the runtime reads then). */
  readonly wakeUp: () => I;
  /** Carries the outputs of one input out, in order. */
  readonly apply: (outputs: readonly O[]) => void;
}

export class CoreDriver<I, O> {
  private readonly queued = new FifoQueue<I>();
  private running = false;
  private stopped = false;
  private readonly timer: WakeTimer;

  constructor(
    readonly core: Core<I, O>,
    private readonly options: CoreDriverOptions<I, O>,
  ) {
    this.timer = new WakeTimer(options.clock, () => this.wake());
  }

  /** Hands the core one input now (or, while outputs are being applied, right after them). */
  feed(input: I): void {
    if (this.stopped) return;
    this.queued.push(input);
    if (this.running) return;
    this.running = true;
    try {
      for (let next = this.queued.shift(); next !== undefined; next = this.queued.shift()) {
        this.options.apply(this.core.handle(next, this.options.clock.now()));
        if (this.stopped) return;
      }
    } finally {
      // Even when an output's effect threw (the error goes on to the caller), the core keeps its
      // wake-ups; inputs still queued are handled at the next feed.
      this.running = false;
      if (!this.stopped) this.rearm();
    }
  }

  /** No more inputs, no more wake-ups. */
  stop(): void {
    this.stopped = true;
    this.queued.drain();
    this.timer.stop();
  }

  private rearm(): void {
    this.timer.arm(this.core.wakeAt());
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.core.wakeAt() > this.options.clock.now()) this.rearm();
    else this.feed(this.options.wakeUp());
  }
}
