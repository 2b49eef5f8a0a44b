/**
 * What every role of a sequence node shares: who the node is among its peers, the time, its
 * outputs, its durable state and the queue of writes to disk, with the work that waits for a
 * write kept as data (`AfterPersist`), interpreted by the node once the write is done.
 */

import type { Acceptor } from "./acceptor.js";
import {
  type Layout,
  MAX_BALLOT,
  MAX_BLOCK_SIZE,
  MAX_SEQ_NUMBER,
  type NackCode,
  type SeqMessage,
} from "./messages.js";
import {
  BALLOT_SPAN,
  DEFAULT_BLOCK_SIZE,
  DEFAULT_SEQ_TIMING,
  type SeqNodeOptions,
  type SeqOutput,
  type SeqRole,
  type SeqTiming,
} from "./node-types.js";
import type { Originator } from "./originator.js";
import type { Primary } from "./primary.js";
import type { Proposer } from "./proposer.js";
import type { Secondary } from "./secondary.js";

/** Work that waits until the durable state it depends on is on disk. */
export type AfterPersist =
  /** Answer a Seal: the promise is on disk (`layout` as it was when the seal was joined). */
  | {
      readonly kind: "reply-sealed";
      readonly to: string;
      readonly ballot: number;
      readonly layout: Layout | undefined;
    }
  /** Acknowledge a reservation: it is on disk. */
  | { readonly kind: "reply-reserved"; readonly to: string; readonly epoch: number; readonly end: number }
  /**
   * A layout is on disk: install it (if still the current one), start its generators and, if it
   * came with a Lease, grant that lease.
   */
  | {
      readonly kind: "installed";
      readonly layout: Layout;
      readonly lease: { readonly to: string; readonly round: number } | undefined;
    };

export class NodeContext {
  readonly self: string;
  readonly nodes: readonly string[];
  readonly selfIndex: number;
  readonly majority: number;
  readonly timing: SeqTiming;
  readonly blockSize: number;
  readonly random: () => number;

  booted = false;
  now = 0;
  out: SeqOutput[] = [];
  /** Messages this node sent itself, received once the current step is done. */
  readonly local: SeqMessage[] = [];
  /** Peers seen up. */
  readonly alive = new Set<string>();

  // Durable state (what is on disk, or about to be).
  promised = 0;
  layout: Layout | undefined;
  reserved = 0;
  private persistToken = 0;
  private persistInFlight: { token: number; after: AfterPersist[] } | undefined;
  private persistNext: AfterPersist[] | undefined;

  /** The epoch whose generator this process started (a restarted generator never resumes one). */
  generatingEpoch = 0;

  constructor(options: SeqNodeOptions) {
    this.timing = options.timing ?? DEFAULT_SEQ_TIMING;
    this.blockSize = options.blockSize ?? DEFAULT_BLOCK_SIZE;
    if (!Number.isInteger(this.blockSize) || this.blockSize < 2 || this.blockSize > MAX_BLOCK_SIZE)
      throw new RangeError(`blockSize must be 2..${MAX_BLOCK_SIZE}`);
    this.self = options.self;
    this.nodes = options.nodes;
    this.random = options.random;
    this.selfIndex = options.nodes.indexOf(options.self);
    if (this.selfIndex < 0 || this.selfIndex >= BALLOT_SPAN)
      throw new RangeError(`${options.self} is not a node`);
    this.majority = Math.floor(options.nodes.length / 2) + 1;
  }

  /** This node's part in the installed layout. */
  get role(): SeqRole {
    if (this.layout?.primary === this.self) return "primary";
    if (this.layout?.secondary === this.self) return "secondary";
    return "none";
  }

  /** Whether `node` is this node or a peer seen up. */
  up(node: string): boolean {
    return node === this.self || this.alive.has(node);
  }

  /** Whether this process is `role` of `epoch`, installed, started and not sealed by a newer ballot. */
  generates(role: "primary" | "secondary", epoch: number): boolean {
    const layout = this.layout;
    return (
      layout !== undefined &&
      layout[role] === this.self &&
      layout.epoch === epoch &&
      this.generatingEpoch === epoch &&
      this.promised === epoch
    );
  }

  /** The newest epoch this node knows of: no number of an older one is returned (fencing). */
  knownEpoch(): number {
    return Math.max(this.promised, this.layout?.epoch ?? 0);
  }

  send(to: string, message: SeqMessage): void {
    if (to === this.self) this.local.push(message);
    else this.out.push({ type: "send", to, message });
  }

  broadcast(message: SeqMessage): void {
    for (const node of this.nodes) this.send(node, message);
  }

  /** Refuses a request; `next` goes with "floor-above-issued" only (the primary's next number). */
  nack(to: string, epoch: number, reqId: number, code: NackCode, reason: string, next = 0): void {
    this.send(to, {
      type: "nack",
      epoch,
      reqId,
      reason,
      code,
      next: code === "floor-above-issued" ? next : 0,
    });
  }

  /** Queues `after` until the current durable state is on disk (writes go one at a time). */
  persistThen(after: AfterPersist): void {
    if (this.persistInFlight === undefined) this.issuePersist([after]);
    else if (this.persistNext === undefined) this.persistNext = [after];
    else this.persistNext.push(after);
  }

  /**
   * The write with `token` is on disk: the next one goes out, and what waited for this one is
   * returned, in order, for the node to do (nothing if the token is not the one in flight).
   */
  persisted(token: number): readonly AfterPersist[] {
    const inFlight = this.persistInFlight;
    if (inFlight === undefined || inFlight.token !== token) return [];
    this.persistInFlight = undefined;
    const next = this.persistNext;
    this.persistNext = undefined;
    if (next !== undefined) this.issuePersist(next);
    return inFlight.after;
  }

  private issuePersist(after: AfterPersist[]): void {
    const token = ++this.persistToken;
    this.persistInFlight = { token, after };
    this.out.push({
      type: "persist",
      token,
      state: { promised: this.promised, layout: this.layout, reserved: this.reserved },
    });
  }
}

/** A layout as the decoder admits it: epoch 1..MAX_BALLOT, start 1..MAX_SEQ_NUMBER. */
export function validLayout(layout: Layout): boolean {
  return (
    Number.isSafeInteger(layout.epoch) &&
    layout.epoch >= 1 &&
    layout.epoch <= MAX_BALLOT &&
    Number.isSafeInteger(layout.start) &&
    layout.start >= 1 &&
    layout.start <= MAX_SEQ_NUMBER
  );
}

/** A node's roles, as each sees the others (wired by `SeqNode`). */
export interface Roles {
  readonly originator: Originator;
  readonly primary: Primary;
  readonly secondary: Secondary;
  readonly acceptor: Acceptor;
  readonly proposer: Proposer;
}
