/**
 * A group daemon's client calls that wait for their entry to be delivered: a Register, a Send or
 * an Unregister is answered once its entry comes back in the group's order (so the caller knows
 * it reached every member it will reach), or fails after the call timeout with
 * E_GROUP_UNAVAILABLE (it may still be delivered later: no view, a view change, a minority).
 */
import type { Clock } from "../../kit/clock.js";
import { GroupUnavailableError } from "./errors.js";

export type CallKind = "register" | "send" | "unregister";

export interface PendingCall {
  readonly kind: CallKind;
  /** The instance it is for (a Register's, named before its join is ordered). */
  readonly instance: string;
  readonly done: (result: Uint8Array | Error) => void;
  readonly cancel: () => void;
}

export class PendingCalls {
  private readonly calls = new Map<number, PendingCall>();
  /** The daemon's own seq of each call's entry -> its token (known once the core numbered it). */
  private readonly bySeq = new Map<number, number>();
  private nextToken = 1;

  constructor(
    private readonly clock: Clock,
    private readonly timeoutMs: number,
    /** A call that timed out (a Register's reserved instance must go). */
    private readonly expired: (call: PendingCall) => void,
  ) {}

  /** A new call; its token goes with the entry to the core. */
  add(kind: CallKind, instance: string, done: (result: Uint8Array | Error) => void): number {
    const token = this.nextToken++;
    const cancel = this.clock.at(this.clock.now() + this.timeoutMs, () => {
      const call = this.calls.get(token);
      if (call === undefined) return;
      this.calls.delete(token);
      this.expired(call);
      call.done(
        new GroupUnavailableError(
          `not delivered within ${this.timeoutMs} ms (no view, a view change, or this node in a minority)`,
        ),
      );
    });
    this.calls.set(token, { kind, instance, done, cancel });
    return token;
  }

  /** The core numbered the call's entry `seq`. */
  numbered(token: number, seq: number): void {
    if (this.calls.has(token)) this.bySeq.set(seq, token);
  }

  /** The token of the call whose entry is own seq `seq` (it is forgotten). */
  take(seq: number): number | undefined {
    const token = this.bySeq.get(seq);
    this.bySeq.delete(seq);
    return token;
  }

  /** Answers the call; returns it (undefined if it was answered or timed out already). */
  settle(token: number, result: Uint8Array | Error): PendingCall | undefined {
    const call = this.calls.get(token);
    if (call === undefined) return undefined;
    this.calls.delete(token);
    call.cancel();
    call.done(result);
    return call;
  }

  /** Fails every call (the daemon stops). */
  failAll(error: Error): void {
    const calls = [...this.calls.values()];
    this.calls.clear();
    this.bySeq.clear();
    for (const call of calls) {
      call.cancel();
      call.done(error);
    }
  }
}
