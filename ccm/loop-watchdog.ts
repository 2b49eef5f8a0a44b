/**
 * Watches the node's own event loop: a timer that fires late by more than a threshold means
 * something blocked the loop, and heartbeats, fabric acknowledgements and timers were late with
 * it. One warning line per stall tells an operator (and the fuzzer) that it happened and for how
 * long. A stall in which the node had the CPU for less than half the time is the host's doing
 * (it did not run the process), and is logged at debug level only.
 */
import { performance } from "node:perf_hooks";
import type { Logger } from "pino";
import { EVENT_LOOP_STALL_MS } from "./constants.js";

const TICK_MS = 10;

/** Starts watching; the returned function stops it. The timer never keeps the process alive. */
export function watchEventLoop(logger: Logger, thresholdMs = EVENT_LOOP_STALL_MS): () => void {
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  const timer = setInterval(() => {
    const now = performance.now();
    const late = now - last - TICK_MS;
    // The process's CPU time meanwhile: near `late` when the node's own work blocked the loop,
    // far below it when the machine did not run the process (a loaded host, not the node).
    const cpu = process.cpuUsage(lastCpu);
    const cpuMs = Math.min(late, (cpu.user + cpu.system) / 1000);
    last = now;
    lastCpu = process.cpuUsage();
    if (late > thresholdMs) {
      // Only a stall of the node's own making is a warning; a host too busy to run it is noted.
      const own = cpuMs >= late / 2;
      logger[own ? "warn" : "debug"](
        { event: "event-loop-stall", ms: Math.round(late), cpuMs: Math.round(cpuMs) },
        "event loop late by %d ms (%d ms of CPU used by the node meanwhile)",
        Math.round(late),
        Math.round(cpuMs),
      );
    }
  }, TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
