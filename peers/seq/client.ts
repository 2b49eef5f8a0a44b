/**
 * The caller's side of the sequence service (000 claims 2-5, 11-14): a process asks its local
 * node's sequence service for numbers. The ordinary API is `await seq.next()` and
 * `await seq.nextBatch(k)`; any number of calls may be in flight (pipelining, claims 9 and 16),
 * and calls made in the same event-loop turn travel as one request (batching). See
 * blocking-client.ts for the spin-then-sleep call of claims 4-5 and 13-14.
 *
 *   const seq = await SeqClient.connect("ws://127.0.0.1:7201");
 *   const n = await seq.next();
 *   const { first, count } = await seq.nextBatch(64);
 */
import { CcmServiceClient } from "../../ccm/client.js";
import { ServiceCallError } from "../../ccm/errors.js";
import { seq } from "../../proto/generated/seq.js";
import { longToSafeInteger } from "../../proto/int64.js";
import { SeqBadRequestError, type SeqError, SeqStoreError, SeqUnavailableError } from "./errors.js";
import type { History } from "./history.js";
import type { Layout } from "./messages.js";
import { SEQ_SERVICE } from "./seq-service.js";

export interface SeqClientOptions {
  /** Records every call (invoke, ok or fail, with monotonic times) for the checker. */
  readonly history?: History;
  /** The name calls are recorded under (default: the node's URL). */
  readonly label?: string;
}

export interface SeqRange {
  readonly first: number;
  readonly count: number;
}

export interface SeqStatus {
  readonly layout: Layout | undefined;
  readonly role: string;
  readonly serving: boolean;
  readonly promised: number;
  readonly reserved: number;
}

/** Milliseconds on CLOCK_MONOTONIC: one clock for every process of the machine, never backwards. */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

let processCalls = 0;

export class SeqClient {
  /** The highest number this client has received: the service never hands out one below it. */
  private highest = 0;
  private batch: { resolve: (n: number) => void; reject: (e: Error) => void; op: string | undefined }[] = [];

  private constructor(
    private readonly service: CcmServiceClient,
    private readonly options: SeqClientOptions,
    private readonly label: string,
  ) {}

  static async connect(url: string | URL, options: SeqClientOptions = {}): Promise<SeqClient> {
    return new SeqClient(await CcmServiceClient.connect(url), options, options.label ?? String(url));
  }

  get connected(): boolean {
    return this.service.connected;
  }

  /** One number. Concurrent calls of one event-loop turn share a request. */
  next(): Promise<number> {
    return new Promise((resolve, reject) => {
      this.batch.push({ resolve, reject, op: this.invoke(1) });
      if (this.batch.length === 1) queueMicrotask(() => void this.flushBatch());
    });
  }

  /** `count` consecutive numbers (1..2^20), in one round trip. */
  async nextBatch(count: number): Promise<SeqRange> {
    const op = this.invoke(count);
    try {
      const range = await this.request(count);
      this.ok(op, range.first, count);
      return range;
    } catch (error) {
      this.fail(op, error as Error);
      throw error;
    }
  }

  async status(): Promise<SeqStatus> {
    const reply = await this.callService({ status: {} });
    const status = reply.status as seq.StatusReply;
    const layout = status.layout as seq.Layout | null;
    return {
      layout:
        layout === null
          ? undefined
          : {
              epoch: longToSafeInteger(layout.epoch) ?? 0,
              primary: layout.primary,
              secondary: layout.secondary,
              start: longToSafeInteger(layout.start) ?? 0,
            },
      role: status.role,
      serving: status.serving,
      promised: longToSafeInteger(status.promised) ?? 0,
      reserved: longToSafeInteger(status.reserved) ?? 0,
    };
  }

  close(): void {
    this.service.close();
  }

  private async flushBatch(): Promise<void> {
    const batch = this.batch;
    this.batch = [];
    try {
      const range = await this.request(batch.length);
      batch.forEach((caller, i) => {
        this.ok(caller.op, range.first + i, 1);
        caller.resolve(range.first + i);
      });
    } catch (error) {
      for (const caller of batch) {
        this.fail(caller.op, error as Error);
        caller.reject(error as Error);
      }
    }
  }

  private async request(count: number): Promise<SeqRange> {
    const reply = await this.callService({ next: { count, floor: this.highest } });
    const next = reply.next as seq.NextReply;
    const first = longToSafeInteger(next.start);
    if (first === undefined || next.count !== count)
      throw new SeqUnavailableError("malformed reply from the node");
    this.highest = Math.max(this.highest, first + count - 1);
    return { first, count };
  }

  private async callService(call: seq.SeqCall.$Properties): Promise<seq.SeqCallReply> {
    let payload: Uint8Array;
    try {
      payload = await this.service.call(SEQ_SERVICE, seq.SeqCall.encode(call).finish());
    } catch (error) {
      throw error instanceof ServiceCallError ? seqError(error) : error;
    }
    return seq.SeqCallReply.decode(payload);
  }

  private invoke(count: number): string | undefined {
    const history = this.options.history;
    if (history === undefined) return undefined;
    const op = `${this.label}#${process.pid}.${++processCalls}`;
    history.invoke(op, this.label, monotonicMs(), count);
    return op;
  }

  private ok(op: string | undefined, first: number, count: number): void {
    if (op !== undefined) this.options.history?.ok(op, monotonicMs(), first, count);
  }

  private fail(op: string | undefined, error: Error): void {
    if (op !== undefined)
      this.options.history?.fail(op, monotonicMs(), (error as { code?: string }).code ?? error.message);
  }
}

/** The service's own error, rebuilt from the code it sent. */
function seqError(error: ServiceCallError): SeqError | ServiceCallError {
  switch (error.serviceCode) {
    case "E_SEQ_UNAVAILABLE":
      return new SeqUnavailableError(error.message);
    case "E_SEQ_BAD_REQUEST":
      return new SeqBadRequestError(error.message);
    case "E_SEQ_STORE":
      return new SeqStoreError(error.message);
    default:
      return error;
  }
}
