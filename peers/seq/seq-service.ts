/**
 * The sequence service in the real runtime: SeqNode hosted in-process by a node emulator (a
 * ccm NodeService named "seq"). Its messages travel as SENDs over the "seq" channel to the
 * counterpart service on every partner, several to a SEND (one per turn and partner); its
 * durable state is a SeqStorage (a SeqStore file; the sim's disk); the generators keep their current number in the
 * service's registered memory (000 claims 8 and 15: word 0 the primary's next number, word 8 the
 * secondary's highest stored), where partners can read it by RDMA.
 *
 * A store that cannot be read leaves the service down on this node (logged once, E_SEQ_STORE):
 * the node keeps running, every call to the service answers E_SEQ_STORE, and the service takes no
 * part in the protocol (answering seals as an empty node could let numbers be issued again).
 */
import type { ClientEventBody } from "../../ccm/client-codec.js";
import type { NodeService, ServiceHost } from "../../ccm/service.js";
import { CoreDriver } from "../../kit/driver.js";
import { seq } from "../../proto/generated/seq.js";
import { longToSafeInteger } from "../../proto/int64.js";
import { SeqBadRequestError, SeqProtocolError, SeqStoreError, SeqUnavailableError } from "./errors.js";
import {
  decodeBatch,
  encodeBatch,
  type Layout,
  MAX_BALLOT,
  MAX_COUNT_PER_REQUEST,
  MAX_MESSAGES_PER_BATCH,
  MAX_SEQ_NUMBER,
  type SeqMessage,
} from "./messages.js";
import { type DurableState, type SeqInput, SeqNode, type SeqOutput, type SeqTiming } from "./seq-node.js";
import type { SeqStorage } from "./seq-store.js";

export const SEQ_SERVICE = "seq";
/** Where the generators keep their current numbers in the service's memory. */
export const PRIMARY_WORD = 0;
export const SECONDARY_WORD = 8;
const SERVICE_MEMORY_BYTES = 4096;
/** A durable write that failed is tried again after this long (the core waits for it meanwhile). */
const SAVE_RETRY_MS = 1000;

export interface SeqServiceOptions {
  /** Every configured node, in index order. */
  readonly nodes: readonly string[];
  readonly store: SeqStorage;
  readonly timing?: SeqTiming;
  readonly blockSize?: number;
}

type Done = (result: Uint8Array | Error) => void;

export class SeqService implements NodeService {
  readonly name = SEQ_SERVICE;
  readonly ports = 1;
  readonly memoryBytes = SERVICE_MEMORY_BYTES;
  private host: ServiceHost | undefined;
  private core: SeqNode | undefined;
  private driver: CoreDriver<SeqInput, SeqOutput> | undefined;
  private readonly pending = new Map<number, Done>();
  private nextCallId = 1;
  private outbox = new Map<string, SeqMessage[]>();
  private flushQueued = false;
  private stopped = false;
  /** Why the service is down on this node (its store cannot be read), if it is. */
  private down: SeqStoreError | undefined;
  /** Durable writes that failed in a row (the first is logged, the rest summed up at the next success). */
  private saveFailures = 0;

  constructor(private readonly options: SeqServiceOptions) {}

  start(host: ServiceHost): void {
    this.host = host;
    let durable: DurableState;
    try {
      durable = this.options.store.load();
    } catch (error) {
      // Starting from nothing could reissue numbers: the service stays down on this node.
      this.down =
        error instanceof SeqStoreError
          ? error
          : new SeqStoreError(`cannot load the sequence state: ${(error as Error).message}`, {
              cause: error,
            });
      host.logger.error(
        { event: "seq-store-unreadable", code: this.down.code, path: this.options.store.path },
        "sequence service down on this node: %s",
        this.down.message,
      );
      return;
    }
    this.core = new SeqNode({
      self: host.node,
      nodes: this.options.nodes,
      random: host.random,
      ...(this.options.timing === undefined ? {} : { timing: this.options.timing }),
      ...(this.options.blockSize === undefined ? {} : { blockSize: this.options.blockSize }),
    });
    this.driver = new CoreDriver(this.core, {
      clock: host.clock,
      wakeUp: () => ({ type: "tick" }),
      apply: (outputs) => this.apply(outputs),
    });
    this.feed({ type: "boot", durable });
  }

  /** The layout this node has installed, if any (for tests and the sim). */
  get layout(): Layout | undefined {
    return this.core?.currentLayout;
  }

  stop(): void {
    this.stopped = true;
    this.driver?.stop();
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const done of pending) done(new SeqUnavailableError("the node is stopping"));
  }

  event(event: ClientEventBody): void {
    switch (event.type) {
      case "channel-up":
        this.feed({ type: "peer-up", peer: event.partner });
        break;
      case "channel-down":
      case "partner-down":
        this.feed({ type: "peer-down", peer: event.partner });
        break;
      case "message": {
        let messages: SeqMessage[];
        try {
          messages = decodeBatch(event.data);
        } catch (error) {
          if (!(error instanceof SeqProtocolError)) throw error;
          this.host?.logger.warn(
            { partner: event.partner, code: error.code },
            "dropped a sequence message: %s",
            error.message,
          );
          return;
        }
        this.feed({ type: "messages", from: event.partner, messages });
        break;
      }
      default:
        break;
    }
  }

  /** A client's call; the caller is not kept (the sequence service pushes nothing, keeps no sessions). */
  call(payload: Uint8Array, done: Done): void {
    let reply: Uint8Array | undefined;
    try {
      reply = this.begin(payload, done);
    } catch (error) {
      done(error as Error);
      return;
    }
    if (reply !== undefined) done(reply);
  }

  /** Starts a call: the reply at once (a status), or undefined (`done` hears of it later). */
  private begin(payload: Uint8Array, done: Done): Uint8Array | undefined {
    let call: seq.SeqCall;
    try {
      call = seq.SeqCall.decode(payload);
    } catch (error) {
      throw new SeqBadRequestError(`undecodable sequence call: ${(error as Error).message}`);
    }
    if (this.down !== undefined)
      throw new SeqStoreError(`the sequence service is down on this node: ${this.down.message}`);
    const core = this.core;
    if (core === undefined) throw new SeqUnavailableError("the sequence service is not running on this node");
    if (call.status) {
      const layout = core.currentLayout;
      return seq.SeqCallReply.encode({
        status: {
          layout: layout ?? null,
          role: core.role,
          serving: core.serving,
          promised: core.promisedBallot,
          reserved: core.reservedEnd,
        },
      }).finish();
    }
    if (!call.next) throw new SeqBadRequestError("sequence call without a known body");
    const next = call.next as seq.NextRequest;
    // The wire values are checked before they are narrowed: count a uint32, floor a uint64.
    if (!Number.isInteger(next.count) || next.count < 1 || next.count > MAX_COUNT_PER_REQUEST) {
      throw new SeqBadRequestError(`count must be 1..${MAX_COUNT_PER_REQUEST}, got ${next.count}`);
    }
    const floor = longToSafeInteger(next.floor);
    if (floor === undefined || floor > MAX_SEQ_NUMBER) {
      throw new SeqBadRequestError(`floor must be 0..${MAX_SEQ_NUMBER}, got ${String(next.floor)}`);
    }
    const callId = this.nextCallId++;
    this.pending.set(callId, done);
    this.feed({ type: "call", callId, count: next.count, floor });
    return undefined;
  }

  private feed(input: SeqInput): void {
    if (!this.stopped) this.driver?.feed(input);
  }

  private apply(outputs: readonly SeqOutput[]): void {
    const host = this.host as ServiceHost;
    for (const output of outputs) {
      switch (output.type) {
        case "send":
          this.queue(output.to, output.message);
          break;
        case "persist":
          this.save(output.token, output.state);
          break;
        case "result": {
          const done = this.pending.get(output.callId);
          this.pending.delete(output.callId);
          done?.(
            seq.SeqCallReply.encode({
              next: { start: output.start, count: output.count, epoch: output.epoch },
            }).finish(),
          );
          break;
        }
        case "failed": {
          const done = this.pending.get(output.callId);
          this.pending.delete(output.callId);
          done?.(
            output.error === "bad-request"
              ? new SeqBadRequestError(output.reason)
              : new SeqUnavailableError(output.reason),
          );
          break;
        }
        case "counter":
          host.writeWord(output.role === "primary" ? PRIMARY_WORD : SECONDARY_WORD, BigInt(output.value));
          break;
        case "layout":
          host.logger.info(
            { event: "seq-layout", ...output.layout, role: output.role },
            "sequence layout %d: primary %s, secondary %s, from %d (this node: %s)",
            output.layout.epoch,
            output.layout.primary,
            output.layout.secondary,
            output.layout.start,
            output.role,
          );
          break;
        case "proposing":
          host.logger.info(
            { event: "seq-proposing", ballot: output.ballot, reason: output.reason },
            "proposing sequence layout %d: %s",
            output.ballot,
            output.reason,
          );
          break;
        case "ballots-exhausted":
          host.logger.error(
            { event: "seq-ballots-exhausted", promised: output.promised, reason: output.reason },
            "this node cannot propose a sequence layout (%s): the next ballot would pass %d (promised %d)",
            output.reason,
            MAX_BALLOT,
            output.promised,
          );
          break;
      }
    }
  }

  /**
   * Writes the state, then tells the core. Without its write on disk the node must not answer:
   * it stays silent (its peers work around it) and tries again until the disk takes it. The first
   * failure is logged, the others are counted and summed up once a write succeeds.
   */
  private save(token: number, state: DurableState): void {
    const host = this.host as ServiceHost;
    this.options.store.save(state, (error) => {
      if (error === undefined) {
        host.run(() => {
          if (this.saveFailures > 0) {
            host.logger.info(
              { event: "seq-saved", failures: this.saveFailures },
              "sequence state saved after %d failed writes",
              this.saveFailures,
            );
            this.saveFailures = 0;
          }
          this.feed({ type: "persisted", token });
        });
        return;
      }
      if (this.saveFailures++ === 0) {
        host.logger.error(
          { event: "seq-save-failed", code: "E_SEQ_STORE" },
          "sequence state not saved (trying again every %d ms, quietly): %s",
          SAVE_RETRY_MS,
          error.message,
        );
      }
      if (this.stopped) return;
      host.clock.at(host.clock.now() + SAVE_RETRY_MS, () => {
        if (!this.stopped) this.save(token, state);
      });
    });
  }

  /** Messages to one partner produced in one event-loop turn go out as one SEND. */
  private queue(to: string, message: SeqMessage): void {
    const list = this.outbox.get(to);
    if (list === undefined) this.outbox.set(to, [message]);
    else list.push(message);
    if (this.flushQueued) return;
    this.flushQueued = true;
    (this.host as ServiceHost).defer(() => this.flush());
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.stopped) return;
    const outbox = this.outbox;
    this.outbox = new Map();
    const host = this.host as ServiceHost;
    for (const [to, messages] of outbox) {
      for (let at = 0; at < messages.length; at += MAX_MESSAGES_PER_BATCH) {
        // A partner without a channel loses the messages: the protocol resends what matters.
        host.send(to, encodeBatch(messages.slice(at, at + MAX_MESSAGES_PER_BATCH)));
      }
    }
  }
}
