/**
 * The proposer, any node's part in replacing the layout (000 claims 25-27, 001 claim 18): when a
 * layout is missing, a generator is gone or restarted, or requests stall, it seals a new ballot at
 * a majority and installs the layout `chooseLayout` makes of their replies.
 */
import { chooseLayout } from "./layout-choice.js";
import { MAX_BALLOT, type SeqMessage } from "./messages.js";
import type { NodeContext, Roles } from "./node-context.js";
import { BALLOT_SPAN } from "./node-types.js";

/** Proposal delay factor per rank: the lowest-index live node goes first, the others later. */
const RANK_DELAY_FACTOR = 4;

interface Proposal {
  readonly ballot: number;
  readonly deadline: number;
  readonly replies: Map<string, SeqMessage & { type: "sealed" }>;
}

export class Proposer {
  private proposal: Proposal | undefined;
  private proposeAt = Number.POSITIVE_INFINITY;
  private highestBallot = 0;
  private pendingReason = "";
  /**
   * This process booted as a generator of its stored layout, which it cannot resume: a new layout
   * is called for whether its partner looks alive or not. Cleared when a newer layout is installed.
   */
  private restartedGenerator = false;
  /** "ballots-exhausted" was output (it is said once). */
  private ballotsExhaustedSaid = false;

  constructor(
    private readonly ctx: NodeContext,
    private readonly roles: Roles,
  ) {}

  boot(): void {
    const ctx = this.ctx;
    this.highestBallot = ctx.promised;
    // Counters were volatile: a generator that restarted does not resume; a new epoch replaces it.
    const layout = ctx.layout;
    this.restartedGenerator = layout?.primary === ctx.self || layout?.secondary === ctx.self;
    this.schedule(this.restartedGenerator ? "a generator restarted" : "booted");
  }

  wakeAt(): number {
    return Math.min(this.proposeAt, this.proposal?.deadline ?? Number.POSITIVE_INFINITY);
  }

  tick(): void {
    const now = this.ctx.now;
    if (this.proposal !== undefined && now >= this.proposal.deadline) this.abandon();
    if (now >= this.proposeAt) this.propose();
  }

  /** A ballot was seen (in a Seal): this node's next one goes above it. */
  noteBallot(ballot: number): void {
    this.highestBallot = Math.max(this.highestBallot, ballot);
  }

  /** A layout of `epoch` is being installed: it is the new layout, no proposal below it goes on. */
  onInstalling(epoch: number): void {
    this.restartedGenerator = false;
    this.highestBallot = Math.max(this.highestBallot, epoch);
    this.proposeAt = Number.POSITIVE_INFINITY;
    if (this.proposal !== undefined && this.proposal.ballot <= epoch) this.proposal = undefined;
  }

  /**
   * Something calls for a new layout. The lowest-index live node proposes first; the others wait
   * longer, by rank, in case it cannot.
   */
  schedule(reason: string): void {
    const ctx = this.ctx;
    if (this.proposal !== undefined || this.proposeAt !== Number.POSITIVE_INFINITY) return;
    const ranked = ctx.nodes.filter((n) => ctx.up(n));
    const rank = Math.max(0, ranked.indexOf(ctx.self));
    const delay = ctx.timing.proposeDelayMs * (1 + RANK_DELAY_FACTOR * rank) * (1 + ctx.random());
    this.proposeAt = ctx.now + delay;
    this.pendingReason = reason;
  }

  onSealed(from: string, message: SeqMessage & { type: "sealed" }): void {
    const proposal = this.proposal;
    // Only members count toward a majority (the runtime hears only from them).
    if (proposal === undefined || message.ballot !== proposal.ballot || !this.ctx.nodes.includes(from))
      return;
    proposal.replies.set(from, message);
    if (proposal.replies.size < this.ctx.majority) return;
    this.proposal = undefined;
    this.ctx.broadcast({
      type: "install",
      layout: chooseLayout(proposal.ballot, proposal.replies, this.ctx.nodes),
    });
  }

  onRefused(ballot: number, promised: number): void {
    if (promised > MAX_BALLOT) return;
    this.highestBallot = Math.max(this.highestBallot, promised);
    if (this.proposal?.ballot === ballot) this.abandon();
  }

  private propose(): void {
    const ctx = this.ctx;
    this.proposeAt = Number.POSITIVE_INFINITY;
    if (!this.needsLayout()) return;
    const highest = Math.max(this.highestBallot, ctx.promised);
    const ballot = (Math.floor(highest / BALLOT_SPAN) + 1) * BALLOT_SPAN + ctx.selfIndex;
    if (ballot > MAX_BALLOT) {
      // No ballot above the bound exists for the others (they refuse it): propose none, never wrap.
      if (!this.ballotsExhaustedSaid) {
        this.ballotsExhaustedSaid = true;
        ctx.out.push({ type: "ballots-exhausted", promised: highest, reason: this.pendingReason });
      }
      return;
    }
    this.highestBallot = ballot;
    this.proposal = { ballot, deadline: ctx.now + ctx.timing.sealTimeoutMs, replies: new Map() };
    ctx.out.push({ type: "proposing", ballot, reason: this.pendingReason });
    ctx.broadcast({ type: "seal", ballot });
  }

  /** Whether a new layout is called for (checked again when a scheduled proposal comes due). */
  private needsLayout(): boolean {
    const ctx = this.ctx;
    const layout = ctx.layout;
    if (layout === undefined || ctx.promised > layout.epoch) return true;
    if (!ctx.up(layout.primary) || !ctx.up(layout.secondary)) return true;
    // The generators look alive, yet requests have gone unanswered for long: replace them. So
    // does a generator that restarted (its counters are gone), until a newer layout is installed.
    return this.roles.originator.stalled() || this.restartedGenerator;
  }

  private abandon(): void {
    this.proposal = undefined;
    this.schedule(this.pendingReason || "the last proposal failed");
  }
}
