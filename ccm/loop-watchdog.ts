/**
 * Watches the node's own event loop: a timer that fires late by more than a threshold means
 * something blocked the loop, and heartbeats, fabric acknowledgements and timers were late with
 * it. One warning line per stall tells an operator (and the fuzzer) that it happened and for how
 * long.
 */
import { performance } from "node:perf_hooks";
import type { Logger } from "pino";
import { EVENT_LOOP_STALL_MS } from "./constants.js";

const TICK_MS = 10;

/** Starts watching; the returned function stops it. The timer never keeps the process alive. */
export function watchEventLoop(logger: Logger, thresholdMs = EVENT_LOOP_STALL_MS): () => void {
  let last = performance.now();
  let lastUse = performance.eventLoopUtilization();
  const timer = setInterval(() => {
    const now = performance.now();
    const use = performance.eventLoopUtilization();
    const late = now - last - TICK_MS;
    // Time the loop spent running rather than waiting for I/O: near `late` when the node's own
    // work blocked it, far below when the machine did not run the process meanwhile.
    const busy = performance.eventLoopUtilization(use, lastUse).active;
    last = now;
    lastUse = use;
    if (late > thresholdMs) {
      logger.warn(
        { event: "event-loop-stall", ms: Math.round(late), busyMs: Math.round(busy) },
        "event loop late by %d ms (%d ms of it running the node's own work)",
        Math.round(late),
        Math.round(busy),
      );
    }
  }, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
