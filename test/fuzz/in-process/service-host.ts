/**
 * What the service targets share (membership-service.ts, group-service.ts): a fake clock whose
 * timers run when a step says so, a ServiceHost per hosted service on it (each with its own
 * SENDs, as each service has its own channel on a node), fake client connections that record
 * what is pushed to them, and the check that every call is answered once, in time, with a reply
 * that decodes or a refusal with the service's code.
 */
import { pino } from "pino";
import type { ServiceCaller, ServiceHost } from "../../../ccm/service.js";
import type { Clock } from "../../../kit/clock.js";
import type { Prng } from "../../../kit/prng.js";

/** A problem found after a step returned (a late reply, a bad SEND), blamed on the input being run then. */
export interface LateProblem {
  readonly index: number;
  readonly problem: string;
}

export class FakeClock implements Clock {
  private time = 10_000;
  private timers: { at: number; run: () => void; cancelled: boolean }[] = [];

  now(): number {
    return this.time;
  }

  at(time: number, run: () => void): () => void {
    const timer = { at: time, run, cancelled: false };
    this.timers.push(timer);
    return () => {
      timer.cancelled = true;
    };
  }

  advance(ms: number): void {
    this.time += ms;
  }

  /**
   * Runs microtasks (deferred work), then the timers that are due, then `between` (what the
   * partners say back; true if it said anything), round after round until nothing is left to do.
   */
  async settle(between: () => boolean = () => false): Promise<void> {
    for (let round = 0; round < 12; round++) {
      await new Promise((resolve) => setImmediate(resolve));
      const due = this.timers.filter((t) => !t.cancelled && t.at <= this.time);
      this.timers = this.timers.filter((t) => !t.cancelled && t.at > this.time);
      for (const timer of due) timer.run();
      if (!between() && due.length === 0) break;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export interface HostOptions {
  readonly node: string;
  readonly partners: readonly string[];
  readonly clock: Clock;
  readonly rng: Prng;
  readonly send: (partner: string, bytes: Uint8Array) => void;
  readonly resetNode: (reason: string) => void;
}

/** A ServiceHost on the fake clock; memory words are kept but no service here uses them. */
export function fakeHost(options: HostOptions): ServiceHost {
  const memory = new Map<number, bigint>();
  return {
    node: options.node,
    partners: options.partners,
    logger: pino({ level: "silent" }),
    clock: options.clock,
    random: () => options.rng.next(),
    defer: queueMicrotask,
    send: (partner, bytes, done) => {
      options.send(partner, bytes);
      done?.(undefined);
    },
    writeWord: (offset, value) => memory.set(offset, value),
    readWord: (offset) => memory.get(offset) ?? 0n,
    run: (work) => work(),
    resetNode: options.resetNode,
  };
}

/** A client connection: records pushes (checked by `check`), closes when told to. */
export class FakeCaller implements ServiceCaller {
  closed = false;
  pushes = 0;
  private listeners: (() => void)[] = [];

  constructor(
    readonly id: number,
    private readonly check: (payload: Uint8Array) => void,
  ) {}

  push(payload: Uint8Array): boolean {
    if (this.closed) return false;
    this.pushes++;
    this.check(payload);
    return true;
  }

  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.listeners.push(listener);
  }

  /** The connection closes; listeners hear of it after this turn (through the OS gate). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    const listeners = this.listeners;
    this.listeners = [];
    queueMicrotask(() => {
      for (const listener of listeners) listener();
    });
  }
}

/**
 * Calls in flight: each must be answered once, with a reply `decode` takes or an Error whose
 * string code starts with `prefix`, and within `deadlineMs` of fake time.
 */
export class CallLedger {
  private readonly open = new Map<number, { index: number; at: number }>();
  private next = 1;

  constructor(
    private readonly prefix: string,
    private readonly decode: (reply: Uint8Array) => unknown,
    private readonly late: LateProblem[],
    private readonly deadlineMs: number,
  ) {}

  get pending(): number {
    return this.open.size;
  }

  /** The `done` of a call made by input `index` at `at`; `onReply` sees each decoded reply. */
  done(index: number, at: number, onReply?: (reply: unknown) => void): (result: Uint8Array | Error) => void {
    const call = this.next++;
    this.open.set(call, { index, at });
    let answered = false;
    return (result) => {
      if (answered) {
        this.late.push({ index, problem: "a call was answered twice" });
        return;
      }
      answered = true;
      this.open.delete(call);
      if (result instanceof Error) {
        const code = (result as { code?: unknown }).code;
        if (typeof code !== "string" || !code.startsWith(this.prefix))
          this.late.push({
            index,
            problem: `a call was refused without a ${this.prefix} code: ${String(code)} ${result.name}: ${result.message}`,
          });
        return;
      }
      let reply: unknown;
      try {
        reply = this.decode(result);
      } catch (error) {
        this.late.push({ index, problem: `a call's reply is undecodable: ${(error as Error).message}` });
        return;
      }
      onReply?.(reply);
    };
  }

  /** Calls older than the deadline still unanswered. */
  overdue(now: number): void {
    for (const [call, { index, at }] of this.open) {
      if (now - at > this.deadlineMs) {
        this.open.delete(call);
        this.late.push({ index, problem: `a call was not answered in ${now - at} ms` });
      }
    }
  }
}

/** Throws the first problem of the input `index` (or, failing that, the oldest), clearing them. */
export function throwLate(late: LateProblem[], index: number, Finding: new (message: string) => Error): void {
  const problem = late.find((p) => p.index === index) ?? late[0];
  if (problem === undefined) return;
  late.length = 0;
  throw new Finding(
    problem.index === index ? problem.problem : `(from input ${problem.index}) ${problem.problem}`,
  );
}
