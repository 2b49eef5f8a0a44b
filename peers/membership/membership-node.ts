/**
 * The membership daemon of one node (the seed's CMD, 003), a pure core: it watches which
 * partners' daemons are alive, agrees views with them in two phases through a coordinator, and
 * tells its subscribers. Wire: proto/membership.proto (the diagram is there).
 *
 * Liveness. A partner is alive while its channel is up and its Hellos (every
 * heartbeatIntervalMs) keep coming; silent for heartbeatTimeoutMs, or its channel down, it is
 * suspected (`node-suspected`, if it is a member). A daemon that stops is a node that stops.
 *
 * Who proposes. The coordinator: the first member of the installed view, in ring order
 * (view.ts), that is alive; before any view, the lowest-indexed alive node, unless an alive
 * node already has a view (then it waits to be let in). It proposes the alive set, once that set
 * has stood still for settleMs and is a quorum, whenever it differs from the installed members
 * (a node gone, a node come, an incarnation changed) or a member's view is suspended.
 *
 * Agreement (two-phase, ids as ballots). A proposal's id is above every id the proposer has
 * seen. A member promises the id (and refuses every lower one) and accepts; once every proposed
 * member accepted, the coordinator installs the view and sends it to them (resent until acked).
 * Safety: an id is accepted by a member once at most, and a view is installed only after all
 * its members, a quorum, accepted it; two quorums intersect, so two different views never carry
 * one id, and every node installs views in increasing id order.
 *
 * Exclusion. A node that had installed a view and learns of a later view without it (a
 * proposal's base, a refusal's view, an install) was declared dead by a quorum: it resets
 * (output `reset`), and comes back as a new incarnation that joins. So a minority that lost
 * quorum (`quorum-lost`: it delivers nothing new) rejoins only through a reset, with the state
 * the majority kept.
 */
import type { Core } from "../../kit/core.js";
import { Liveness } from "./liveness.js";
import {
  DEFAULT_MEMBERSHIP_TIMING,
  type MembershipDurable,
  type MembershipInput,
  type MembershipOutput,
  type MembershipTiming,
  type NodeMembershipState,
} from "./membership-types.js";
import type { CmsMessage } from "./messages.js";
import { MAX_VIEW_ID } from "./messages.js";
import {
  coordinatorOf,
  isMember,
  isQuorum,
  type Member,
  NO_VIEW,
  ringOrder,
  sameMembers,
  type View,
} from "./view.js";

interface Proposal {
  readonly id: number;
  readonly members: readonly Member[];
  readonly accepted: Set<string>;
  readonly deadline: number;
}

export interface MembershipNodeOptions {
  readonly self: string;
  /** This daemon's incarnation (1..2^32-1). */
  readonly boot: number;
  /** Every configured node, in index order. */
  readonly nodes: readonly string[];
  readonly timing?: MembershipTiming;
  /** What the node's earlier incarnations kept (none on a first boot). */
  readonly durable?: MembershipDurable;
}

export class MembershipNode implements Core<MembershipInput, MembershipOutput> {
  private readonly timing: MembershipTiming;
  private readonly liveness: Liveness;
  /** The latest installed view this node knows of (it may be without this incarnation). */
  private known: View = NO_VIEW;
  /** This incarnation was a member of an installed view (if left out of a later one, it resets). */
  private wasMember = false;
  private promised = 0;
  private savedPromised = 0;
  private savedViewId = 0;
  private highestSeen = 0;
  private suspendedView = false;
  private proposal: Proposal | undefined;
  /** Install not yet acknowledged, per member (the coordinator resends it). */
  private readonly unacked = new Set<string>();
  private installResendAt = Number.POSITIVE_INFINITY;
  private nextHelloAt = 0;
  /** No proposal before this (after a failed one). */
  private proposeAfter = 0;
  private resetting = false;

  constructor(private readonly options: MembershipNodeOptions) {
    this.timing = options.timing ?? DEFAULT_MEMBERSHIP_TIMING;
    this.liveness = new Liveness({ node: options.self, boot: options.boot }, this.timing.heartbeatTimeoutMs);
    if (options.durable !== undefined) {
      this.known = options.durable.view;
      this.promised = this.savedPromised = options.durable.promised;
      this.savedViewId = options.durable.view.id;
      this.highestSeen = Math.max(this.promised, this.known.id);
    }
  }

  /** The installed view this node is a member of (NO_VIEW while it is not in one). */
  get view(): View {
    return this.member ? this.known : NO_VIEW;
  }

  /** The latest installed view this node knows of, with or without it. */
  get knownView(): View {
    return this.known;
  }

  private get member(): boolean {
    return isMember(this.known, this.options.self, this.options.boot);
  }

  get suspended(): boolean {
    return this.suspendedView;
  }

  get coordinator(): string | undefined {
    return coordinatorOf(this.view);
  }

  /** How this node sees every configured node. */
  states(): { node: string; state: NodeMembershipState; boot: number }[] {
    const { self, boot } = this.options;
    const view = this.view;
    return this.options.nodes.map((node) => {
      const inView = view.members.find((m) => m.node === node);
      if (node === self)
        return { node, state: !this.member ? "joining" : this.suspendedView ? "suspended" : "member", boot };
      const peer = this.liveness.get(node);
      const alive = peer?.alive === true;
      const state =
        inView !== undefined
          ? alive && peer?.boot === inView.boot
            ? "member"
            : "suspected"
          : alive
            ? "joining"
            : "down";
      return { node, state, boot: peer?.boot ?? inView?.boot ?? 0 };
    });
  }

  wakeAt(): number {
    if (this.resetting) return Number.POSITIVE_INFINITY;
    let next = Math.min(this.nextHelloAt, this.installResendAt);
    next = Math.min(next, this.liveness.nextDeadline());
    if (this.proposal !== undefined) next = Math.min(next, this.proposal.deadline);
    else if (this.wantsToPropose())
      next = Math.min(next, Math.max(this.liveness.changedAt + this.timing.settleMs, this.proposeAfter));
    return next;
  }

  handle(input: MembershipInput, now: number): MembershipOutput[] {
    const out: MembershipOutput[] = [];
    if (this.resetting) return out;
    switch (input.type) {
      case "peer-up":
        if (
          input.peer !== this.options.self &&
          this.options.nodes.includes(input.peer) &&
          this.liveness.channelUp(input.peer, now)
        )
          out.push({ type: "send", to: input.peer, message: this.hello() });
        break;
      case "peer-down":
        this.lose(input.peer, `its channel went down: ${input.reason}`, now, out, true);
        break;
      case "message":
        if (input.from !== this.options.self && this.options.nodes.includes(input.from))
          this.receive(input.from, input.message, now, out);
        break;
      case "tick":
        break;
    }
    if (this.resetting) return this.persistFirst(out.filter((o) => o.type === "reset"));
    this.heartbeats(now, out);
    for (const { peer, silentMs } of this.liveness.silent(now))
      this.lose(peer, `no hello for ${Math.round(silentMs)} ms`, now, out);
    this.coordinate(now, out);
    return this.persistFirst(out);
  }

  /** Puts a persist of what changed before every output (promises go to disk before accepts). */
  private persistFirst(out: MembershipOutput[]): MembershipOutput[] {
    if (this.promised === this.savedPromised && this.known.id === this.savedViewId) return out;
    this.savedPromised = this.promised;
    this.savedViewId = this.known.id;
    return [{ type: "persist", durable: { promised: this.promised, view: this.known } }, ...out];
  }

  // --- liveness ---------------------------------------------------------------------------

  private lose(
    peer: string,
    reason: string,
    now: number,
    out: MembershipOutput[],
    channelDown = false,
  ): void {
    if (!this.liveness.lose(peer, now, channelDown)) return;
    if (this.member && this.known.members.some((m) => m.node === peer))
      out.push({
        type: "notify",
        notification: { type: "node-suspected", node: peer, reason, view: this.known.id },
      });
    this.checkQuorum(out);
  }

  private heartbeats(now: number, out: MembershipOutput[]): void {
    if (now < this.nextHelloAt) return;
    this.nextHelloAt = now + this.timing.heartbeatIntervalMs;
    const hello = this.hello();
    for (const peer of this.liveness.channels()) out.push({ type: "send", to: peer, message: hello });
  }

  private hello(): CmsMessage {
    return { type: "hello", boot: this.options.boot, installed: this.view.id, suspended: this.suspendedView };
  }

  private onHello(
    from: string,
    hello: Extract<CmsMessage, { type: "hello" }>,
    now: number,
    out: MembershipOutput[],
  ): void {
    const before = this.liveness.get(from)?.boot ?? 0;
    if (before !== 0 && before !== hello.boot) {
      // A new incarnation on the same channel: the old one is gone.
      this.lose(from, `it restarted (incarnation ${before} -> ${hello.boot})`, now, out);
    }
    if (this.liveness.get(from)?.channelUp !== true) return;
    this.liveness.heard(from, hello, now);
    // Behind on views: it missed an install, or a quorum left it out. Either way our view tells it.
    const view = this.view;
    if (hello.installed > 0 && hello.installed < view.id)
      out.push({ type: "send", to: from, message: { type: "install", view } });
  }

  private checkQuorum(out: MembershipOutput[]): void {
    if (!this.member || this.suspendedView) return;
    const alive = this.liveness.aliveSet().map((a) => a.node);
    if (isQuorum(alive, this.options.nodes)) return;
    this.suspendedView = true;
    out.push({ type: "notify", notification: { type: "quorum-lost", view: this.known.id, alive } });
  }

  // --- agreement --------------------------------------------------------------------------

  private receive(from: string, message: CmsMessage, now: number, out: MembershipOutput[]): void {
    switch (message.type) {
      case "hello":
        this.onHello(from, message, now, out);
        return;
      case "propose":
        this.onPropose(from, message, out);
        return;
      case "accept":
        this.onAccept(from, message.id, now, out);
        return;
      case "reject":
        this.onReject(message, now, out);
        return;
      case "install":
        // Only a member of a view tells of it (its coordinator, or a member a laggard asked).
        if (!message.view.members.some((m) => m.node === from)) return;
        this.learn(message.view, out);
        if (!this.resetting)
          out.push({ type: "send", to: from, message: { type: "installed", id: message.view.id } });
        return;
      case "installed":
        if (message.id === this.view.id) this.unacked.delete(from);
        if (this.unacked.size === 0) this.installResendAt = Number.POSITIVE_INFINITY;
        return;
    }
  }

  private onPropose(
    from: string,
    p: Extract<CmsMessage, { type: "propose" }>,
    out: MembershipOutput[],
  ): void {
    const { self, boot } = this.options;
    this.learn(p.base, out);
    if (this.resetting) return;
    this.highestSeen = Math.max(this.highestSeen, p.id);
    const proposerListed = p.members.some((m) => m.node === from);
    if (
      p.base.id < this.known.id ||
      p.id <= this.promised ||
      !proposerListed ||
      !p.members.some((m) => m.node === self && m.boot === boot)
    ) {
      out.push({
        type: "send",
        to: from,
        message: { type: "reject", id: p.id, promised: this.promised, installed: this.known },
      });
      return;
    }
    this.promised = p.id;
    // A proposal of another coordinator supersedes ours.
    if (this.proposal !== undefined && this.proposal.id < p.id) this.proposal = undefined;
    out.push({ type: "send", to: from, message: { type: "accept", id: p.id } });
  }

  private onAccept(from: string, id: number, now: number, out: MembershipOutput[]): void {
    const proposal = this.proposal;
    if (proposal === undefined || proposal.id !== id) return;
    proposal.accepted.add(from);
    if (proposal.members.some((m) => m.node !== this.options.self && !proposal.accepted.has(m.node))) return;
    this.proposal = undefined;
    const view: View = { id, members: proposal.members };
    this.install(view, out);
    this.unacked.clear();
    for (const m of view.members) if (m.node !== this.options.self) this.unacked.add(m.node);
    this.sendInstall(now, out);
  }

  private onReject(r: Extract<CmsMessage, { type: "reject" }>, now: number, out: MembershipOutput[]): void {
    this.highestSeen = Math.max(this.highestSeen, r.promised, r.installed.id);
    this.learn(r.installed, out);
    if (this.proposal !== undefined && this.proposal.id === r.id) {
      this.proposal = undefined;
      this.proposeAfter = now + this.backoff();
    }
  }

  /** A view a peer installed: ours if we are in it and it is newer; if it leaves us out, we reset. */
  private learn(view: View, out: MembershipOutput[]): void {
    if (view.id <= this.known.id) return;
    // An own proposal at or below a view learned from a peer could only install an older view.
    if (this.proposal !== undefined && this.proposal.id <= view.id) this.proposal = undefined;
    const { self, boot } = this.options;
    if (isMember(view, self, boot)) {
      this.install(view, out);
      return;
    }
    this.known = { id: view.id, members: ringOrder(view.members, this.options.nodes) };
    this.highestSeen = Math.max(this.highestSeen, view.id);
    if (this.wasMember) {
      // Left out by a quorum: we were declared dead. (Not in a view yet, it is only knowledge.)
      this.resetting = true;
      out.push({ type: "reset", reason: `view ${view.id} was installed without this node` });
    }
  }

  private install(view: View, out: MembershipOutput[]): void {
    const previous = this.view;
    const members = ringOrder(view.members, this.options.nodes);
    this.known = { id: view.id, members };
    this.wasMember = true;
    this.promised = Math.max(this.promised, view.id);
    this.highestSeen = Math.max(this.highestSeen, view.id);
    // Quorum is checked when a member is lost, not here: an installed view had a quorum, and
    // this node may not have heard every member's hello yet.
    this.suspendedView = false;
    const had = new Set(previous.members.map((m) => `${m.node}/${m.boot}`));
    const has = new Set(members.map((m) => `${m.node}/${m.boot}`));
    out.push({
      type: "notify",
      notification: {
        type: "view-installed",
        view: this.known,
        coordinator: coordinatorOf(this.known) as string,
        joined: members.filter((m) => !had.has(`${m.node}/${m.boot}`)).map((m) => m.node),
        left: previous.members.filter((m) => !has.has(`${m.node}/${m.boot}`)).map((m) => m.node),
      },
    });
  }

  private sendInstall(now: number, out: MembershipOutput[]): void {
    for (const node of this.unacked)
      out.push({ type: "send", to: node, message: { type: "install", view: this.known } });
    this.installResendAt =
      this.unacked.size === 0 ? Number.POSITIVE_INFINITY : now + this.timing.proposalTimeoutMs;
  }

  private isCoordinator(): boolean {
    const { self } = this.options;
    if (this.member) {
      const first = this.known.members.find((m) => this.liveness.isAlive(m));
      return first?.node === self;
    }
    // No view yet: wait to be let in if anyone alive has one; else the lowest-indexed alive node.
    if (this.liveness.anyInView()) return false;
    const alive = new Set(this.liveness.aliveSet().map((a) => a.node));
    return this.options.nodes.find((n) => alive.has(n)) === self;
  }

  /** The id the next proposal takes: above every id promised or seen. */
  private nextId(): number {
    return Math.max(this.promised, this.highestSeen, this.known.id) + 1;
  }

  private wantsToPropose(): boolean {
    // Past MAX_VIEW_ID no id is left: proposing stops (and the core must not wake for it).
    if (!this.isCoordinator() || this.nextId() > MAX_VIEW_ID) return false;
    const alive = this.liveness.aliveSet();
    if (
      !isQuorum(
        alive.map((a) => a.node),
        this.options.nodes,
      )
    )
      return false;
    if (this.suspendedView || !sameMembers(this.view.members, alive)) return true;
    // A member whose current view lost quorum (a hello from before the last install says nothing).
    for (const m of this.view.members) {
      const peer = this.liveness.get(m.node);
      if (peer?.suspended === true && peer.installed === this.view.id) return true;
    }
    return false;
  }

  private coordinate(now: number, out: MembershipOutput[]): void {
    if (this.installResendAt <= now) this.sendInstall(now, out);
    const proposal = this.proposal;
    if (proposal !== undefined) {
      if (now < proposal.deadline) return;
      this.proposal = undefined;
      this.proposeAfter = now + this.backoff();
    }
    if (
      !this.wantsToPropose() ||
      now < this.liveness.changedAt + this.timing.settleMs ||
      now < this.proposeAfter
    )
      return;
    const id = this.nextId();
    const members = ringOrder(
      this.liveness.aliveSet().map(({ node, boot }) => {
        const old = this.view.members.find((m) => m.node === node && m.boot === boot);
        return { node, boot, since: old?.since ?? id };
      }),
      this.options.nodes,
    );
    this.promised = id;
    this.highestSeen = id;
    this.proposal = { id, members, accepted: new Set(), deadline: now + this.timing.proposalTimeoutMs };
    const message: CmsMessage = { type: "propose", id, members, base: this.known };
    for (const m of members)
      if (m.node !== this.options.self) out.push({ type: "send", to: m.node, message });
    if (members.length === 1) this.onAccept(this.options.self, id, now, out);
  }

  /** After a failed proposal: half to one proposal timeout, so that two proposers fall apart. */
  private backoff(): number {
    // Deterministic per node: the node's index spreads the proposers (no randomness needed).
    const index = this.options.nodes.indexOf(this.options.self);
    return (this.timing.proposalTimeoutMs * (1 + index / this.options.nodes.length)) / 2;
  }
}
