/**
 * The acceptor, every node's part in management: it joins seals (promises a ballot), installs
 * layouts, grants the primary its lease and holds the primary's reservations, each on disk before
 * it answers. It joins no seal while a lease it granted may still run.
 */
import { type Layout, MAX_BALLOT, MAX_SEQ_NUMBER } from "./messages.js";
import { type AfterPersist, type NodeContext, type Roles, validLayout } from "./node-context.js";

export class Acceptor {
  /** No seal may be joined before this (a lease this node granted, or one it may have before a restart). */
  private sealBlockedUntil = 0;
  private readonly deferredSeals = new Map<string, { ballot: number; at: number }>();
  /** The highest ballot a deferred seal asked for: no lease of an older epoch is granted meanwhile. */
  private sealWaiting = 0;

  constructor(
    private readonly ctx: NodeContext,
    private readonly roles: Roles,
  ) {}

  boot(): void {
    // A lease granted before the restart may still run: join no seal for a whole lease time.
    this.sealBlockedUntil = this.ctx.now + this.ctx.timing.leaseMs;
  }

  wakeAt(): number {
    let next = Number.POSITIVE_INFINITY;
    for (const deferred of this.deferredSeals.values()) next = Math.min(next, deferred.at);
    return next;
  }

  /** Answers the seals that waited for a lease to run out. */
  tick(): void {
    for (const [from, deferred] of this.deferredSeals) {
      if (this.ctx.now >= deferred.at) {
        this.deferredSeals.delete(from);
        this.onSeal(from, deferred.ballot);
      }
    }
  }

  onSeal(from: string, ballot: number): void {
    const ctx = this.ctx;
    // The decoder refuses such a ballot; the core holds to the bound whatever it is fed.
    if (!Number.isSafeInteger(ballot) || ballot < 0 || ballot > MAX_BALLOT) return;
    this.roles.proposer.noteBallot(ballot);
    if (ballot < ctx.promised) {
      ctx.send(from, { type: "refused", ballot, promised: ctx.promised });
      return;
    }
    if (ballot > ctx.promised && ctx.now < this.sealBlockedUntil) {
      // A lease this node granted (or may have granted) still runs: answer when it is over.
      this.deferredSeals.set(from, { ballot, at: this.sealBlockedUntil });
      // Stop extending the current primary's lease, or the seal would wait for ever.
      this.sealWaiting = Math.max(this.sealWaiting, ballot);
      return;
    }
    if (ballot > ctx.promised) {
      ctx.promised = ballot;
      this.roles.primary.stop();
    }
    ctx.persistThen({ kind: "reply-sealed", to: from, ballot, layout: ctx.layout });
  }

  onLease(from: string, layout: Layout, round: number): void {
    if (layout.epoch < this.ctx.promised || layout.epoch < this.sealWaiting) return;
    if (layout.epoch === this.ctx.layout?.epoch) this.grantLease(from, layout.epoch, round);
    else this.accept(layout, { to: from, round });
  }

  onReserve(from: string, epoch: number, end: number): void {
    const ctx = this.ctx;
    if (epoch < ctx.promised || epoch !== ctx.layout?.epoch || end > MAX_SEQ_NUMBER) return;
    ctx.reserved = Math.max(ctx.reserved, end);
    ctx.persistThen({ kind: "reply-reserved", to: from, epoch, end });
  }

  /**
   * Installs a layout (durably), then grants `lease` if one came with it; its generators start.
   * A layout of the installed epoch is not installed again (its lease is granted at once).
   */
  accept(layout: Layout, lease?: { readonly to: string; readonly round: number }): void {
    const ctx = this.ctx;
    if (layout.epoch < ctx.promised || !validLayout(layout)) return;
    if (layout.epoch === ctx.layout?.epoch) {
      if (lease !== undefined) this.grantLease(lease.to, layout.epoch, lease.round);
      return;
    }
    ctx.promised = layout.epoch;
    ctx.layout = layout;
    this.roles.proposer.onInstalling(layout.epoch);
    this.roles.primary.stop();
    ctx.persistThen({ kind: "installed", layout, lease });
  }

  /** Does what waited for a write to disk (`NodeContext.persisted`). */
  afterPersist(after: AfterPersist): void {
    const ctx = this.ctx;
    switch (after.kind) {
      case "reply-sealed":
        ctx.send(after.to, {
          type: "sealed",
          ballot: after.ballot,
          layout: after.layout,
          reserved: ctx.reserved,
          stored: this.roles.secondary.stored,
          seen: this.roles.originator.seen,
        });
        break;
      case "reply-reserved":
        ctx.send(after.to, { type: "reserved", epoch: after.epoch, end: after.end });
        break;
      case "installed": {
        const layout = after.layout;
        if (ctx.layout !== layout) return;
        ctx.out.push({ type: "layout", layout, role: ctx.role });
        this.startGenerating(layout);
        if (after.lease !== undefined) this.grantLease(after.lease.to, layout.epoch, after.lease.round);
        this.roles.originator.resendCalls();
        break;
      }
    }
  }

  private grantLease(to: string, epoch: number, round: number): void {
    // Granting: no seal of a newer ballot will be joined before this grant runs out.
    this.sealBlockedUntil = Math.max(this.sealBlockedUntil, this.ctx.now + this.ctx.timing.leaseMs);
    this.ctx.send(to, { type: "lease-ack", epoch, round });
  }

  private startGenerating(layout: Layout): void {
    this.ctx.generatingEpoch = layout.epoch;
    if (layout.primary === this.ctx.self) this.roles.primary.start(layout);
    if (layout.secondary === this.ctx.self) this.roles.secondary.start(layout);
  }
}
