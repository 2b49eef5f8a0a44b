/**
 * Partner-failure detection from heartbeats (004 claim 32), a pure state machine: the time and
 * what arrived go in, what to send and whom to declare down come out.
 *
 *   channel up ──▶ send a heartbeat every intervalMs, note every one received
 *   silent for suspectAfterMs ──▶ second opinion: read the partner's status word over RDMA
 *       its card does not answer         ──▶ down now ("card unreachable")
 *       the word says the OS is not up   ──▶ down now ("storage OS hung", ...)
 *       the word says the OS is up       ──▶ keep waiting for heartbeats
 *   silent for timeoutMs ──▶ down, whatever the status word said
 *
 * So a partner is declared down at most timeoutMs after the last heartbeat it sent, and sooner
 * when its own card says its OS is gone. Tracking stops until its channel comes up again.
 */
import type { Core } from "../kit/core.js";

export interface HeartbeatTiming {
  readonly intervalMs: number;
  readonly timeoutMs: number;
  /** Silence after which the status word is read (default: half the timeout). */
  readonly suspectAfterMs?: number;
}

/** What a partner's status word said (see ccm/node-status.ts), or why it could not be read. */
export type StatusOpinion =
  | { readonly readable: true; readonly osUp: boolean; readonly meaning: string }
  | { readonly readable: false; readonly detail: string };

export type HeartbeatInput =
  | { readonly type: "channel-up"; readonly partner: string }
  | { readonly type: "channel-down"; readonly partner: string }
  | { readonly type: "heartbeat"; readonly partner: string; readonly seq: number }
  | { readonly type: "status"; readonly partner: string; readonly opinion: StatusOpinion }
  | { readonly type: "tick" };

export type HeartbeatOutput =
  | { readonly type: "send"; readonly partner: string; readonly seq: number }
  | { readonly type: "read-status"; readonly partner: string }
  | {
      readonly type: "declare-down";
      readonly partner: string;
      readonly reason: string;
      readonly silentMs: number;
    };

interface Tracked {
  lastHeard: number;
  lastSent: number;
  seq: number;
  /** The status word was asked for (and, if it said the OS is up, only the timeout remains). */
  suspect: boolean;
}

export class HeartbeatMonitor implements Core<HeartbeatInput, HeartbeatOutput> {
  private readonly tracked = new Map<string, Tracked>();
  private readonly suspectAfterMs: number;

  constructor(private readonly timing: HeartbeatTiming) {
    this.suspectAfterMs = timing.suspectAfterMs ?? timing.timeoutMs / 2;
  }

  /** Partners currently watched. */
  get partners(): string[] {
    return [...this.tracked.keys()];
  }

  /** When `tick` must run next. */
  wakeAt(): number {
    let next = Number.POSITIVE_INFINITY;
    for (const t of this.tracked.values()) {
      next = Math.min(next, t.lastSent + this.timing.intervalMs, t.lastHeard + this.timing.timeoutMs);
      if (!t.suspect) next = Math.min(next, t.lastHeard + this.suspectAfterMs);
    }
    return next;
  }

  handle(input: HeartbeatInput, now: number): HeartbeatOutput[] {
    const outputs: HeartbeatOutput[] = [];
    switch (input.type) {
      case "channel-up":
        // The session just came up: count from now, and say hello at once.
        this.tracked.set(input.partner, { lastHeard: now, lastSent: now, seq: 1, suspect: false });
        outputs.push({ type: "send", partner: input.partner, seq: 1 });
        break;
      case "channel-down":
        this.tracked.delete(input.partner);
        break;
      case "heartbeat": {
        const t = this.tracked.get(input.partner);
        if (t !== undefined) {
          t.lastHeard = now;
          t.suspect = false;
        }
        break;
      }
      case "status":
        this.onStatus(input.partner, input.opinion, now, outputs);
        break;
      case "tick":
        for (const [partner, t] of this.tracked) this.check(partner, t, now, outputs);
        break;
    }
    return outputs;
  }

  private check(partner: string, t: Tracked, now: number, actions: HeartbeatOutput[]): void {
    const silent = now - t.lastHeard;
    // The same sums as wakeAt: `silent >= timeoutMs` can miss the deadline by a rounding, and the
    // driver would wake the core at that time forever.
    if (now >= t.lastHeard + this.timing.timeoutMs) {
      this.declare(partner, `no heartbeat for ${Math.round(silent)} ms`, silent, actions);
      return;
    }
    if (!t.suspect && now >= t.lastHeard + this.suspectAfterMs) {
      t.suspect = true;
      actions.push({ type: "read-status", partner });
    }
    if (now >= t.lastSent + this.timing.intervalMs) {
      t.seq = (t.seq + 1) >>> 0;
      t.lastSent = now;
      actions.push({ type: "send", partner, seq: t.seq });
    }
  }

  private onStatus(partner: string, opinion: StatusOpinion, now: number, actions: HeartbeatOutput[]): void {
    const t = this.tracked.get(partner);
    // A heartbeat that arrived meanwhile settles it.
    if (t === undefined || !t.suspect) return;
    const silent = now - t.lastHeard;
    if (!opinion.readable) {
      this.declare(
        partner,
        `no heartbeat for ${Math.round(silent)} ms and its card does not answer (${opinion.detail})`,
        silent,
        actions,
      );
    } else if (!opinion.osUp) {
      this.declare(
        partner,
        `no heartbeat for ${Math.round(silent)} ms; its status word says: ${opinion.meaning}`,
        silent,
        actions,
      );
    }
  }

  private declare(partner: string, reason: string, silentMs: number, actions: HeartbeatOutput[]): void {
    this.tracked.delete(partner);
    actions.push({ type: "declare-down", partner, reason, silentMs });
  }
}
