/**
 * Time as a core's runtime sees it. Cores never read a clock: their driver passes `now` in. The
 * real runtime's clock is monotonic (performance.now) with real timers; the sim's is the
 * scheduler's virtual time.
 */
import { performance } from "node:perf_hooks";
import type { Scheduler } from "./scheduler.js";

export interface Clock {
  /** Milliseconds on a monotonic clock. */
  now(): number;
  /** Runs `run` once at `time` (or soon after); returns a function that cancels it. */
  at(time: number, run: () => void): () => void;
}

/** The process's monotonic clock and its timers. */
export const realClock: Clock = {
  now: () => performance.now(),
  at: (time, run) => {
    const timer = setTimeout(run, Math.max(0, time - performance.now()));
    return () => clearTimeout(timer);
  },
};

/** The sim's virtual clock: a cancelled event stays queued and does nothing when it comes. */
export function schedulerClock(scheduler: Scheduler): Clock {
  return {
    now: () => scheduler.now,
    at: (time, run) => {
      let cancelled = false;
      scheduler.at(time, () => {
        if (!cancelled) run();
      });
      return () => {
        cancelled = true;
      };
    },
  };
}
