/**
 * The group daemon of one node (the seed's GCD, 003), a pure core: the Delta protocol that puts
 * every group's messages and changes in one order, and the group state that order builds. Wire:
 * proto/group.proto (the diagram is there); the coordinator's side is delta-coordinator.ts.
 *
 * Normal operation, in a membership view (the epoch):
 *   - An initiator submits to the coordinator, which queues (its serializing queue), numbers
 *     (gseq) and proposes batches to its ring successor. Each member keeps the entries in its
 *     proposal buffer, in gseq order without gaps (a batch that would leave a gap is dropped: the
 *     coordinator's resend fills it), and passes the batch on; the batch comes back to the
 *     coordinator once every member holds it. Resent around the ring on a proposal timeout;
 *     members that hold it already pass it on again.
 *   - Then Commit(up_to) to every member: each delivers in gseq order up to there, to its local
 *     instances (003: a message that reached a daemon goes to that daemon's clients), and Acks.
 *     Nobody aborts: an entry that went round is delivered by every member. Entries every member
 *     delivered (stable) leave the buffers.
 *
 * A view change (the membership service installed a view):
 *   1. Every member sends State (fresh or not, delivered up to where, its proposal buffer) to
 *      every member. Messages of the new epoch that come before the states are all in wait.
 *   2. The coordinator of the epoch is the first member in ring order that holds the group state
 *      (not fresh); with none, the first member, from nothing. Every member computes the same.
 *   3. The coordinator's rule (003, coordinator failure): it proposes again, in gseq order, every
 *      entry any member holds past the lowest delivered number (lo), under its own number, and
 *      only then the view's own entry (with the group state, for members that join), and only
 *      then anything new. Members skip what they delivered already.
 *   4. Initiator failure (003): the coordinator drops queued submissions of daemons outside the
 *      view; entries already proposed are in some survivor's buffer and so delivered by all
 *      (step 3); the view's entry, where the failed daemon's instances leave, comes after them.
 *   5. Members resubmit their own entries not yet delivered once they deliver the view's entry;
 *      the coordinator drops what it numbered already (per origin, seqs go up by one).
 *
 * Why nothing delivered is lost and no two members deliver differently: an entry is delivered
 * only after it went round every member of its epoch; the next epoch's members include at least
 * one of them (views need a quorum, quorums intersect) unless the group state dies with them;
 * buffers are gapless and drop only entries every member delivered, so the union of the states
 * holds every entry past lo, and the coordinator re-proposes them under their own numbers.
 */
import type { Core } from "../../kit/core.js";
import type { View } from "../membership/view.js";
import { DeltaCoordinator } from "./delta-coordinator.js";
import { planRecovery, type RecoveryPlan } from "./delta-recovery.js";
import type { Entry, EntryBody, Origin } from "./entries.js";
import { instanceDaemon, instanceOrigin, originKey } from "./entries.js";
import { type GroupChange, GroupState } from "./group-state.js";
import { type DeltaMessage, MAX_ENTRIES_PER_BATCH } from "./messages.js";
import { MAX_OUTGOING, OwnEntries, type OwnEntry } from "./own-entries.js";
import { ProposalBuffer } from "./proposal-buffer.js";

export interface DeltaTiming {
  /** A proposal not back around the ring in this long is resent. */
  readonly proposalTimeoutMs: number;
  /** A member that has not acknowledged a commit in this long is sent it again. */
  readonly commitTimeoutMs: number;
  /** Own entries not delivered in this long are submitted again. */
  readonly submitTimeoutMs: number;
}

export const DEFAULT_DELTA_TIMING: DeltaTiming = {
  proposalTimeoutMs: 200,
  commitTimeoutMs: 200,
  submitTimeoutMs: 1000,
};

/** Messages of an epoch not started yet, kept for when it starts (and the entries they carry). */
const MAX_WAITING = 1024;
const MAX_WAITING_ENTRIES = MAX_ENTRIES_PER_BATCH;

export type DeltaInput =
  /** The membership service installed a view (members in ring order). */
  | { readonly type: "view"; readonly view: View }
  /** This node's view lost its quorum: deliver nothing, until a new view. */
  | { readonly type: "suspend" }
  | { readonly type: "message"; readonly from: string; readonly message: DeltaMessage }
  /** An entry of this node's to order; `token` comes back with its seq. */
  | { readonly type: "submit"; readonly token: number; readonly body: EntryBody }
  | { readonly type: "tick" };

export type DeltaOutput =
  | { readonly type: "send"; readonly to: string; readonly message: DeltaMessage }
  | { readonly type: "deliver"; readonly entry: Entry; readonly changes: readonly GroupChange[] }
  | { readonly type: "submitted"; readonly token: number; readonly seq: number }
  | { readonly type: "refused"; readonly token: number; readonly reason: string }
  /** The epoch's recovery is done here: normal operation from `gseq` on. */
  | {
      readonly type: "recovered";
      readonly epoch: number;
      readonly coordinator: string;
      readonly gseq: number;
    };

type Phase = "none" | "collecting" | "recovering" | "normal" | "suspended";
type StateMessage = Extract<DeltaMessage, { type: "state" }>;

export interface DeltaNodeOptions {
  readonly self: string;
  /** The daemon's incarnation (the membership member's). */
  readonly boot: number;
  readonly timing?: DeltaTiming;
}

export class DeltaNode implements Core<DeltaInput, DeltaOutput> {
  private readonly timing: DeltaTiming;
  private readonly origin: Origin;
  private epoch = 0;
  private members: readonly Origin[] = [];
  private phase: Phase = "none";
  /** The group state, once this daemon has one (from nothing, or a view entry's snapshot). */
  private state: GroupState | undefined;
  private readonly buffer = new ProposalBuffer();
  private now = 0;
  private coordinatorNode: string | undefined;
  private readonly states = new Map<string, StateMessage>();
  private waiting: { from: string; message: DeltaMessage }[] = [];
  private waitingEntries = 0;
  /** When each member's "lacking" State was last answered (this epoch). */
  private readonly answeredAt = new Map<string, number>();
  private readonly role: DeltaCoordinator;
  /** Own entries not delivered yet, in seq order. */
  private readonly own: OwnEntries;
  /** While collecting: when to ask again the members whose State has not come. */
  private stateRetryAt = Number.POSITIVE_INFINITY;

  constructor(options: DeltaNodeOptions) {
    this.timing = options.timing ?? DEFAULT_DELTA_TIMING;
    this.origin = { node: options.self, boot: options.boot };
    this.role = new DeltaCoordinator(options.self, this.timing);
    this.own = new OwnEntries(this.timing.submitTimeoutMs);
  }

  get groups(): GroupState | undefined {
    return this.state;
  }

  get coordinator(): string | undefined {
    return this.phase === "recovering" || this.phase === "normal" ? this.coordinatorNode : undefined;
  }

  get currentEpoch(): number {
    return this.epoch;
  }

  get deliveredUpTo(): number {
    return this.buffer.delivered;
  }

  get serving(): boolean {
    return this.phase === "normal";
  }

  wakeAt(): number {
    if (this.phase === "collecting") return this.stateRetryAt;
    if (this.phase === "normal" || this.phase === "recovering") {
      const own = this.phase === "normal" ? this.own.wakeAt() : Number.POSITIVE_INFINITY;
      return this.isCoordinator() ? Math.min(own, this.role.wakeAt()) : own;
    }
    return Number.POSITIVE_INFINITY;
  }

  handle(input: DeltaInput, now: number): DeltaOutput[] {
    const out: DeltaOutput[] = [];
    this.now = now;
    switch (input.type) {
      case "view":
        this.onView(input.view, now, out);
        break;
      case "suspend":
        if (this.phase !== "none") this.phase = "suspended";
        break;
      case "message":
        this.receive(input.from, input.message, now, out);
        break;
      case "submit":
        this.submitOwn(input.token, input.body, now, out);
        break;
      case "tick":
        this.tick(now, out);
        break;
    }
    return out;
  }

  // --- epochs -----------------------------------------------------------------------------

  private onView(view: View, now: number, out: DeltaOutput[]): void {
    if (
      view.id <= this.epoch ||
      !view.members.some((m) => m.node === this.origin.node && m.boot === this.origin.boot)
    )
      return;
    this.epoch = view.id;
    this.members = view.members.map((m) => ({ node: m.node, boot: m.boot }));
    this.phase = "collecting";
    this.states.clear();
    this.coordinatorNode = undefined;
    this.role.filter(new Set(this.members.map(originKey)));
    // Nothing a member without the group state holds is of use before this epoch's view entry.
    if (this.state === undefined) this.buffer.reset();
    this.answeredAt.clear();
    const mine: StateMessage = {
      type: "state",
      epoch: this.epoch,
      fresh: this.state === undefined,
      delivered: this.buffer.delivered,
      // What it delivered, every member that has not holds too (it went round): delta-recovery.ts.
      entries: this.buffer.undelivered(),
      lacking: false,
    };
    this.states.set(this.origin.node, mine);
    this.stateRetryAt = now + this.timing.proposalTimeoutMs;
    for (const m of this.members)
      if (m.node !== this.origin.node) out.push({ type: "send", to: m.node, message: mine });
    for (const w of this.takeWaiting()) this.receive(w.from, w.message, now, out);
    this.maybeRecover(now, out);
  }

  private maybeRecover(now: number, out: DeltaOutput[]): void {
    if (this.phase !== "collecting" || this.states.size < this.members.length) return;
    const plan = planRecovery(this.members, this.states);
    this.coordinatorNode = plan.coordinator;
    this.phase = "recovering";
    // A member that joins starts at the view's entry: the same plan, on every member, says where.
    if (this.state === undefined && !plan.fromNothing) this.buffer.reset(plan.lo + plan.recovered.length);
    if (this.isCoordinator()) this.startRecovery(plan, now, out);
    else this.role.clear();
    for (const w of this.takeWaiting()) this.receive(w.from, w.message, now, out);
  }

  /** The coordinator's rule (delta-recovery.ts): what any member holds past lo, then the view entry. */
  private startRecovery(plan: RecoveryPlan, now: number, out: DeltaOutput[]): void {
    if (plan.fromNothing) {
      this.state = new GroupState(`${this.origin.node}/${this.origin.boot}/${this.epoch}`);
      this.buffer.reset();
    }
    for (const entry of plan.recovered) this.buffer.hold(entry);
    this.role.begin(plan.lo, plan.recovered, plan.acked);
    this.pump(now, out);
  }

  // --- messages ---------------------------------------------------------------------------

  private receive(from: string, message: DeltaMessage, now: number, out: DeltaOutput[]): void {
    if (message.epoch < this.epoch) return;
    if (message.epoch > this.epoch || (this.phase === "collecting" && message.type !== "state")) {
      this.wait(from, message);
      return;
    }
    if (!this.members.some((m) => m.node === from) || this.phase === "suspended") return;
    switch (message.type) {
      case "state":
        // A member that lacks ours asks with its own (a SEND can be lost with the channel up);
        // answered at most once per proposal timeout, so asking cannot be turned into a flood.
        if (
          message.lacking &&
          !(now < (this.answeredAt.get(from) ?? Number.NEGATIVE_INFINITY) + this.timing.proposalTimeoutMs)
        ) {
          this.answeredAt.set(from, now);
          out.push({ type: "send", to: from, message: this.states.get(this.origin.node) as StateMessage });
        }
        if (this.phase === "collecting" && !this.states.has(from)) {
          this.states.set(from, message);
          this.maybeRecover(now, out);
        }
        return;
      case "propose":
        // Proposals travel the ring: only the predecessor passes one on.
        if (from === this.neighbour(-1)) this.onPropose(message.entries, now, out);
        return;
      case "commit":
        if (from === this.coordinatorNode) this.onCommit(message.upTo, message.stable, out);
        return;
      case "ack":
        if (this.isCoordinator() && this.role.ack(from, message.upTo))
          this.buffer.dropStable(this.role.stable);
        return;
      case "submit":
        this.onSubmit(from, message.seq, message.body, now, out);
        return;
    }
  }

  private onPropose(entries: readonly Entry[], now: number, out: DeltaOutput[]): void {
    const first = entries[0] as Entry;
    if (this.isCoordinator()) {
      // Back around the ring: every member holds it.
      const point = this.role.returned(first.gseq);
      if (point !== undefined) this.commit(point, now, out);
      return;
    }
    // Gapless: a batch that starts past what is held is dropped, not passed on (the coordinator
    // resends the gap, then the rest). A member that joins holds from its view's entry on.
    if (!this.buffer.follows(first.gseq)) return;
    for (const e of entries) this.buffer.hold(e);
    this.forward(entries, out);
  }

  /** Passes a proposal on to the ring successor. */
  private forward(entries: readonly Entry[], out: DeltaOutput[]): void {
    out.push({
      type: "send",
      to: this.neighbour(1),
      message: { type: "propose", epoch: this.epoch, entries },
    });
  }

  private onCommit(upTo: number, stable: number, out: DeltaOutput[]): void {
    this.deliverUpTo(upTo, out);
    this.buffer.dropStable(stable);
    out.push({
      type: "send",
      to: this.coordinatorNode as string,
      message: { type: "ack", epoch: this.epoch, upTo: this.buffer.delivered },
    });
  }

  private onSubmit(from: string, seq: number, body: EntryBody, now: number, out: DeltaOutput[]): void {
    if (!this.isCoordinator() || this.phase !== "normal") return;
    const origin = this.members.find((m) => m.node === from) as Origin;
    if (!this.ownsBody(origin, body)) return;
    if (this.role.submit(origin, seq, body)) this.pump(now, out);
  }

  /** A daemon submits for its own instances only (a client cannot act in another node's name). */
  private ownsBody(origin: Origin, body: EntryBody): boolean {
    const id = body.type === "join" ? body.instance.id : body.type === "view" ? undefined : body.instance;
    const named = id === undefined ? undefined : instanceOrigin(id);
    return named !== undefined && named.node === origin.node && named.boot === origin.boot;
  }

  // --- the coordinator's part -------------------------------------------------------------

  private isCoordinator(): boolean {
    return (
      this.coordinatorNode === this.origin.node && (this.phase === "recovering" || this.phase === "normal")
    );
  }

  private pump(now: number, out: DeltaOutput[]): void {
    if (this.phase === "recovering" && this.role.idle && this.buffer.delivered === this.role.next - 1) {
      // Everything recovered is delivered here: the view's entry, with the state it leaves.
      const snapshot = (this.state as GroupState).snapshot();
      const live = new Set(this.members.map(originKey));
      this.role.append((gseq) => ({
        gseq,
        origin: this.origin,
        seq: 0,
        body: {
          type: "view",
          view: this.epoch,
          members: this.members,
          snapshot: {
            history: snapshot.history,
            instances: snapshot.instances.filter((i) => live.has(instanceDaemon(i.id))),
            delivered: snapshot.delivered.filter((d) => live.has(originKey(d.origin))),
          },
        },
      }));
    }
    for (const batch of this.role.pump(this.phase === "normal", now)) this.propose(batch, now, out);
  }

  private propose(batch: Entry[], now: number, out: DeltaOutput[]): void {
    for (const e of batch) this.buffer.hold(e);
    if (this.members.length === 1) {
      const point = this.role.returned((batch[0] as Entry).gseq);
      if (point !== undefined) this.commit(point, now, out);
      return;
    }
    this.forward(batch, out);
  }

  private commit(point: number, now: number, out: DeltaOutput[]): void {
    this.deliverUpTo(point, out);
    this.role.ack(this.origin.node, this.buffer.delivered);
    this.sendCommit(this.role.lagging(), out);
    this.role.armCommitResend(now);
    this.buffer.dropStable(this.role.stable);
    this.pump(now, out);
  }

  private sendCommit(to: readonly string[], out: DeltaOutput[]): void {
    const message: DeltaMessage = {
      type: "commit",
      epoch: this.epoch,
      upTo: this.role.commitPoint,
      stable: this.role.stable,
    };
    for (const node of to) out.push({ type: "send", to: node, message });
  }

  private tick(now: number, out: DeltaOutput[]): void {
    if (this.phase === "collecting" && now >= this.stateRetryAt) {
      const mine = this.states.get(this.origin.node) as StateMessage;
      for (const m of this.members) {
        if (!this.states.has(m.node))
          out.push({ type: "send", to: m.node, message: { ...mine, lacking: true } });
      }
      this.stateRetryAt = now + this.timing.proposalTimeoutMs;
    }
    if (this.phase === "normal" && now >= this.own.wakeAt()) this.sendOwn(this.own.pending, now, out);
    if (!this.isCoordinator()) return;
    for (const batch of this.role.overdue(now)) this.forward(batch, out);
    if (this.role.commitDue(now)) {
      this.sendCommit(this.role.lagging(), out);
      this.role.armCommitResend(now);
    }
  }

  // --- delivery ---------------------------------------------------------------------------

  private deliverUpTo(upTo: number, out: DeltaOutput[]): void {
    for (let entry = this.buffer.next(upTo); entry !== undefined; entry = this.buffer.next(upTo)) {
      // A member that joins starts with its view's entry: anything else there is not its to take.
      if (this.state === undefined && entry.body.type !== "view") return;
      this.buffer.advance();
      this.deliver(entry, out);
    }
  }

  private deliver(entry: Entry, out: DeltaOutput[]): void {
    const body = entry.body;
    let changes: GroupChange[] = [];
    if (this.state !== undefined) changes = this.state.apply(entry);
    // The first entry a joining member delivers is its view's: it starts from its snapshot.
    else if (body.type === "view") this.state = GroupState.from(body.snapshot);
    if (entry.origin.node === this.origin.node && entry.origin.boot === this.origin.boot && entry.seq > 0) {
      this.own.delivered(entry.seq, this.now);
    }
    out.push({ type: "deliver", entry, changes });
    if (body.type === "view" && body.view === this.epoch && this.phase === "recovering")
      this.recovered(entry.gseq, out);
  }

  /** This member delivered its epoch's view entry: normal operation, own entries submitted again. */
  private recovered(gseq: number, out: DeltaOutput[]): void {
    this.phase = "normal";
    const state = this.state as GroupState;
    if (this.isCoordinator()) for (const m of this.members) this.role.seed(m, state.deliveredSeq(m));
    out.push({ type: "recovered", epoch: this.epoch, coordinator: this.coordinatorNode as string, gseq });
    this.own.resendNow();
  }

  // --- own entries ------------------------------------------------------------------------

  private submitOwn(token: number, body: EntryBody, now: number, out: DeltaOutput[]): void {
    const entry = this.own.add(body);
    if (entry === undefined) {
      out.push({
        type: "refused",
        token,
        reason: `${MAX_OUTGOING} entries of this node wait to be delivered already`,
      });
      return;
    }
    out.push({ type: "submitted", token, seq: entry.seq });
    if (this.phase === "normal") this.sendOwn([entry], now, out);
  }

  private sendOwn(entries: readonly OwnEntry[], now: number, out: DeltaOutput[]): void {
    this.own.sent(now);
    if (this.isCoordinator()) {
      let any = false;
      for (const e of entries) any = this.role.submit(this.origin, e.seq, e.body) || any;
      if (any) this.pump(now, out);
      return;
    }
    const to = this.coordinatorNode as string;
    for (const e of entries) {
      out.push({
        type: "send",
        to,
        message: { type: "submit", epoch: this.epoch, seq: e.seq, body: e.body },
      });
    }
  }

  /** The ring successor (+1) or predecessor (-1). */
  private neighbour(step: 1 | -1): string {
    const n = this.members.length;
    const at = this.members.findIndex((m) => m.node === this.origin.node);
    return (this.members[(at + step + n) % n] as Origin).node;
  }

  /** Keeps a message of an epoch not started here yet (the next one only, within a bound). */
  private wait(from: string, message: DeltaMessage): void {
    if (message.epoch > this.epoch + 1) return;
    const entries = message.type === "propose" || message.type === "state" ? message.entries.length : 0;
    if (this.waiting.length >= MAX_WAITING || this.waitingEntries + entries > MAX_WAITING_ENTRIES) return;
    this.waiting.push({ from, message });
    this.waitingEntries += entries;
  }

  /** The messages kept for this epoch, to be handled now (in the order they came). */
  private takeWaiting(): { from: string; message: DeltaMessage }[] {
    const waiting = this.waiting;
    this.waiting = [];
    this.waitingEntries = 0;
    return waiting;
  }
}
