/**
 * How a group daemon watches its own application instances (003: existence and liveliness), a
 * pure core. Existence: the instance's client connection (`closed` when it goes). Liveliness:
 * a Ping every intervalMs that must be answered (Pong with a nonce sent to it) within timeoutMs;
 * an application monitor's check (app-monitor.ts) feeds `answered` and `failed-check` instead.
 *
 *   watched ──ping──▶ answered within timeoutMs ──▶ watched
 *           └─ unanswered / connection closed / check failed ──▶ failed (once; watching stops)
 *
 * What a failure means is the daemon's: a critical instance takes the node down, a non-critical
 * one leaves its group in an unknown state (003).
 */
import type { Core } from "../../kit/core.js";

export interface MonitorTiming {
  readonly intervalMs: number;
  readonly timeoutMs: number;
}

export const DEFAULT_MONITOR_TIMING: MonitorTiming = { intervalMs: 500, timeoutMs: 2000 };

export type MonitorInput =
  | {
      readonly type: "watch";
      readonly instance: string;
      readonly critical: boolean;
      /** Pinged by the daemon (a client instance), or answered by checks (an application monitor). */
      readonly pinged: boolean;
    }
  | { readonly type: "unwatch"; readonly instance: string }
  | { readonly type: "pong"; readonly instance: string; readonly nonce: number }
  | { readonly type: "closed"; readonly instance: string }
  | { readonly type: "failed-check"; readonly instance: string; readonly reason: string }
  | { readonly type: "tick" };

export type MonitorOutput =
  | { readonly type: "ping"; readonly instance: string; readonly nonce: number }
  | {
      readonly type: "failed";
      readonly instance: string;
      readonly critical: boolean;
      readonly reason: string;
    };

interface Watched {
  readonly critical: boolean;
  readonly pinged: boolean;
  /** Last time it showed it lives (watch, or an answer). */
  lastAnswer: number;
  nextPingAt: number;
  /** The first nonce not answered yet (an answer to it or a later one counts). */
  firstUnanswered: number;
}

export class InstanceMonitor implements Core<MonitorInput, MonitorOutput> {
  private readonly watched = new Map<string, Watched>();
  private nextNonce = 1;

  constructor(private readonly timing: MonitorTiming = DEFAULT_MONITOR_TIMING) {}

  wakeAt(): number {
    let next = Number.POSITIVE_INFINITY;
    for (const w of this.watched.values()) {
      if (w.pinged) next = Math.min(next, w.nextPingAt, w.lastAnswer + this.timing.timeoutMs);
    }
    return next;
  }

  handle(input: MonitorInput, now: number): MonitorOutput[] {
    const out: MonitorOutput[] = [];
    switch (input.type) {
      case "watch":
        if (!this.watched.has(input.instance)) {
          this.watched.set(input.instance, {
            critical: input.critical,
            pinged: input.pinged,
            lastAnswer: now,
            nextPingAt: now,
            firstUnanswered: this.nextNonce,
          });
        }
        break;
      case "unwatch":
        this.watched.delete(input.instance);
        break;
      case "pong": {
        const w = this.watched.get(input.instance);
        // Only an answer to a ping it was sent counts (a nonce it could not have seen does not).
        if (w !== undefined && input.nonce >= w.firstUnanswered && input.nonce < this.nextNonce) {
          w.lastAnswer = now;
          w.firstUnanswered = input.nonce + 1;
        }
        break;
      }
      case "closed":
        this.fail(input.instance, "its connection closed", out);
        break;
      case "failed-check":
        this.fail(input.instance, input.reason, out);
        break;
      case "tick":
        break;
    }
    this.check(now, out);
    return out;
  }

  private check(now: number, out: MonitorOutput[]): void {
    for (const [instance, w] of this.watched) {
      if (!w.pinged) continue;
      // The same sum as wakeAt: `now - lastAnswer >= timeout` can miss it by a rounding.
      if (now >= w.lastAnswer + this.timing.timeoutMs) {
        this.fail(instance, `no answer to monitoring for ${Math.round(now - w.lastAnswer)} ms`, out);
      } else if (now >= w.nextPingAt) {
        w.nextPingAt = now + this.timing.intervalMs;
        out.push({ type: "ping", instance, nonce: this.nextNonce++ });
      }
    }
  }

  private fail(instance: string, reason: string, out: MonitorOutput[]): void {
    const w = this.watched.get(instance);
    if (w === undefined) return;
    this.watched.delete(instance);
    out.push({ type: "failed", instance, critical: w.critical, reason });
  }
}
