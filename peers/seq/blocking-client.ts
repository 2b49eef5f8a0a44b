/**
 * The blocking call of 000 claims 4-5 and 13-14: the caller spins on a completion word while its
 * number is on the way, and if it has not come within `spinMs`, sleeps (Atomics.wait) until it
 * comes or the timeout passes. The connection to the node lives on an I/O worker thread, so any
 * thread may block, the main one included; the number is returned into memory the caller shares
 * with that thread (the role the claims give the originating card writing into the caller's
 * memory, 000 claims 8 and 22).
 *
 *   const seq = await SeqBlockingClient.start("ws://127.0.0.1:7201");
 *   const n = seq.caller().next();              // blocks this thread
 *   // in a worker: SeqBlockingCaller.attach(seq.shared).next()
 *
 * Shared memory: a doorbell word, then per slot a state word, the count asked for, and the first
 * number (or an error code) of the answer.
 */
import { Worker } from "node:worker_threads";
import type { SeqRange } from "./client.js";
import { SeqBadRequestError, SeqUnavailableError } from "./errors.js";

/** Slot states. */
export const SlotState = { FREE: 0, CLAIMED: 1, REQUESTED: 2, DONE: 3, FAILED: 4, ABANDONED: 5 } as const;
/** Error codes a FAILED slot carries. */
export const SlotError = { UNAVAILABLE: 1, BAD_REQUEST: 2, CLOSED: 3 } as const;

export const DEFAULT_SPIN_MS = 0.05;
export const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_SLOTS = 64;
const WORKER = new URL("./blocking-io-worker.mjs", import.meta.url);

/** Views of the shared memory (same layout on every thread). */
export class SharedSlots {
  readonly doorbell: Int32Array;
  readonly states: Int32Array;
  readonly counts: Int32Array;
  readonly values: Float64Array;

  constructor(
    readonly buffer: SharedArrayBuffer,
    readonly slots: number,
  ) {
    this.doorbell = new Int32Array(buffer, 0, 1);
    this.states = new Int32Array(buffer, 4, slots);
    this.counts = new Int32Array(buffer, 4 + 4 * slots, slots);
    // Float64 values need an 8-byte aligned offset.
    this.values = new Float64Array(buffer, align8(4 + 8 * slots), slots);
  }

  static create(slots: number): SharedSlots {
    return new SharedSlots(new SharedArrayBuffer(align8(4 + 8 * slots) + 8 * slots), slots);
  }
}

export interface BlockingOptions {
  /** How long a caller spins before it sleeps. */
  readonly spinMs?: number;
  /** How long it waits in all before E_SEQ_UNAVAILABLE. */
  readonly timeoutMs?: number;
}

/** Owns the I/O worker; hands out callers. */
export class SeqBlockingClient {
  private constructor(
    private readonly worker: Worker,
    readonly shared: SharedArrayBuffer,
    readonly slots: number,
  ) {}

  /** Starts the I/O thread and connects it to the node; resolves once it is connected. */
  static async start(url: string | URL, slots = DEFAULT_SLOTS): Promise<SeqBlockingClient> {
    const memory = SharedSlots.create(slots);
    const worker = new Worker(WORKER, { workerData: { url: String(url), shared: memory.buffer, slots } });
    await new Promise<void>((resolve, reject) => {
      worker.once("message", (message: { ready?: boolean; error?: string }) =>
        message.ready === true
          ? resolve()
          : reject(new SeqUnavailableError(message.error ?? "I/O thread failed")),
      );
      worker.once("error", reject);
    });
    return new SeqBlockingClient(worker, memory.buffer, slots);
  }

  /** A caller for this thread (another thread uses SeqBlockingCaller.attach(client.shared)). */
  caller(options: BlockingOptions = {}): SeqBlockingCaller {
    return SeqBlockingCaller.attach(this.shared, this.slots, options);
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** Blocking calls on the calling thread. */
export class SeqBlockingCaller {
  private constructor(
    private readonly memory: SharedSlots,
    private readonly spinMs: number,
    private readonly timeoutMs: number,
  ) {}

  static attach(
    shared: SharedArrayBuffer,
    slots = DEFAULT_SLOTS,
    options: BlockingOptions = {},
  ): SeqBlockingCaller {
    return new SeqBlockingCaller(
      new SharedSlots(shared, slots),
      options.spinMs ?? DEFAULT_SPIN_MS,
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
  }

  next(): number {
    return this.nextBatch(1).first;
  }

  /** Blocks until `count` numbers come (spinning first, then sleeping), or throws. */
  nextBatch(count: number): SeqRange {
    const { states, counts, values, doorbell } = this.memory;
    const slot = this.claim();
    counts[slot] = count;
    Atomics.store(states, slot, SlotState.REQUESTED);
    Atomics.add(doorbell, 0, 1);
    Atomics.notify(doorbell, 0);
    const started = performance.now();
    // 000 claims 4 and 13: spin while the answer is on its way ...
    while (Atomics.load(states, slot) === SlotState.REQUESTED && performance.now() - started < this.spinMs) {}
    // ... claims 5 and 14: then sleep until it comes, or the time is up.
    for (;;) {
      const left = this.timeoutMs - (performance.now() - started);
      if (Atomics.load(states, slot) !== SlotState.REQUESTED || left <= 0) break;
      Atomics.wait(states, slot, SlotState.REQUESTED, left);
    }
    if (
      Atomics.compareExchange(states, slot, SlotState.REQUESTED, SlotState.ABANDONED) === SlotState.REQUESTED
    ) {
      throw new SeqUnavailableError(`no number within ${this.timeoutMs} ms`);
    }
    const state = Atomics.load(states, slot);
    const value = values[slot] as number;
    Atomics.store(states, slot, SlotState.FREE);
    if (state === SlotState.DONE) return { first: value, count };
    if (value === SlotError.BAD_REQUEST) throw new SeqBadRequestError(`count must be 1..2^20, got ${count}`);
    throw new SeqUnavailableError(
      value === SlotError.CLOSED ? "the I/O thread lost its node" : "no number: retry",
    );
  }

  private claim(): number {
    const { states, slots } = this.memory;
    for (;;) {
      for (let slot = 0; slot < slots; slot++) {
        if (Atomics.compareExchange(states, slot, SlotState.FREE, SlotState.CLAIMED) === SlotState.FREE)
          return slot;
      }
      // Every slot is taken by other threads: wait a little for one to free up.
      Atomics.wait(states, 0, Atomics.load(states, 0), 1);
    }
  }
}

function align8(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}
