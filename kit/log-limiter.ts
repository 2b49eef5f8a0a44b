/**
 * Log lines a peer's bad input cannot turn into a flood, on any clock (the sim's too): the first
 * `perWindow` lines of each window are written; the rest are counted, and the count is written
 * with the next line that gets through ("and N more like it were dropped"). No timer of its own.
 */
import type { Clock } from "./clock.js";

export class LogLimiter {
  private windowStart = Number.NEGATIVE_INFINITY;
  private written = 0;
  private dropped = 0;

  constructor(
    private readonly clock: Clock,
    private readonly perWindow: number,
    private readonly windowMs = 1000,
  ) {}

  /** Writes the line (given the lines dropped since the last one written) or counts it. */
  line(write: (droppedBefore: number) => void): void {
    const now = this.clock.now();
    if (now >= this.windowStart + this.windowMs) {
      this.windowStart = now;
      this.written = 0;
    }
    if (this.written >= this.perWindow) {
      this.dropped++;
      return;
    }
    this.written++;
    const dropped = this.dropped;
    this.dropped = 0;
    write(dropped);
  }
}
