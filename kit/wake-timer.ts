/**
 * One timer at the earliest wake-up asked for: the timer half of every runtime of a core (the
 * core driver, the card's data path in a node and in the sim). Asking for a later time than the
 * one armed changes nothing (the wake-up comes early and its owner asks again), so a busy core
 * costs no timer churn: only an earlier time re-arms.
 */
import type { Clock } from "./clock.js";

export class WakeTimer {
  /** When the armed wake-up comes (Infinity: none armed). */
  armedAt = Number.POSITIVE_INFINITY;
  private cancel: (() => void) | undefined;

  constructor(
    private readonly clock: Clock,
    private readonly wake: () => void,
  ) {}

  /** A wake-up at `time` or before (Infinity: none asked). */
  arm(time: number): void {
    if (time >= this.armedAt) return;
    this.cancel?.();
    this.armedAt = time;
    this.cancel = this.clock.at(time, () => {
      this.armedAt = Number.POSITIVE_INFINITY;
      this.cancel = undefined;
      this.wake();
    });
  }

  stop(): void {
    this.cancel?.();
    this.cancel = undefined;
    this.armedAt = Number.POSITIVE_INFINITY;
  }
}
