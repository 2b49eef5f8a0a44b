/**
 * One node's part of the highly available sequence-number service (000 and 001 claims), a pure
 * state machine: inputs (messages, peer liveness, durable writes done, callers' requests, the
 * time) in, outputs (messages, durable writes, results) out. Every node plays three parts, each
 * in its own file around a shared context (node-context.ts: peers, time, outputs, durable state
 * and the queue of disk writes, with what waits for a write kept as data):
 *
 *   originator  (originator.ts) a caller asks for `count` numbers; Req goes to the primary, the
 *               numbers come back from the secondary (Deliver), and only numbers of the current
 *               epoch are accepted
 *   generator   (primary.ts, secondary.ts) the primary assigns [start, +count) and forwards it
 *               (Fwd); the secondary stores the highest number, then delivers to the originator
 *               (000 claim 1: c..g)
 *   management  (acceptor.ts, proposer.ts, layout-choice.ts) any node may replace the layout
 *               (000 claims 25-27, 001 claim 18):
 *
 *     proposer                 every node (acceptor)
 *     Seal(b) ───────────────▶ b > promised? wait out any lease it granted, promise b
 *     ◀─────────────────────── Sealed(b, layout, reserved, stored, seen)    (durable first)
 *     from a majority: primary = the old secondary if it answered, secondary = another
 *     answerer, start = above everything any answer knows of
 *     Install(layout b) ──────▶ installs it (durable first)
 *
 * Safety, and why:
 * - No duplicates: the primary issues only numbers of a block it has first reserved at a majority
 *   (Reserve, on disk); any later epoch is sealed at a majority, which includes one of those, so
 *   its start lies above every block an earlier epoch used.
 * - No real-time disorder, no split brain: the primary serves only while a majority grants it a
 *   lease, and a node does not join a seal before the lease it granted has run out (nor, after a
 *   restart, before a whole lease time has passed). So an old primary has stopped before a new
 *   epoch exists; a cut-off primary answers its callers with a retryable error.
 * - Fencing: every Req, Fwd and Deliver names its epoch; a node that knows a newer one refuses
 *   the older: an originator never returns a number from an older epoch than it knows.
 * - A caller's floor is checked where what was issued is known: a serving primary's next number is
 *   above every number ever issued (its layout's start is above every reservation a majority
 *   holds, and it issues only inside blocks it reserved), so an honest floor, the highest number
 *   a caller has seen, is always below it. A floor at or above it is refused for that call alone
 *   (Nack "floor-above-issued"): nothing reserved, nothing stored, no new layout. No value ever
 *   passes MAX_SEQ_NUMBER.
 * - Everything a node sends, its peers' decoder takes: no ballot or epoch passes MAX_BALLOT (none
 *   is taken, none proposed), a layout starts at 1 or above, nothing stored is below 0.
 */
import { Acceptor } from "./acceptor.js";
import type { Layout, SeqMessage } from "./messages.js";
import { NodeContext, type Roles } from "./node-context.js";
import type { DurableState, SeqInput, SeqNodeOptions, SeqOutput, SeqRole } from "./node-types.js";
import { Originator } from "./originator.js";
import { Primary } from "./primary.js";
import { Proposer } from "./proposer.js";
import { Secondary } from "./secondary.js";

export {
  BALLOT_SPAN,
  DEFAULT_BLOCK_SIZE,
  DEFAULT_SEQ_TIMING,
  type DurableState,
  EMPTY_DURABLE_STATE,
  FLOOR_SLACK,
  type SeqInput,
  type SeqNodeOptions,
  type SeqOutput,
  type SeqRole,
  type SeqTiming,
} from "./node-types.js";

/** One node of the sequence service: its roles behind one step function (`handle`). */
export class SeqNode {
  private readonly ctx: NodeContext;
  private readonly roles: Roles;

  constructor(options: SeqNodeOptions) {
    const ctx = new NodeContext(options);
    const roles = {} as { -readonly [K in keyof Roles]: Roles[K] };
    roles.originator = new Originator(ctx, roles);
    roles.primary = new Primary(ctx);
    roles.secondary = new Secondary(ctx);
    roles.acceptor = new Acceptor(ctx, roles);
    roles.proposer = new Proposer(ctx, roles);
    this.ctx = ctx;
    this.roles = roles;
  }

  /** The installed layout, if any. */
  get currentLayout(): Layout | undefined {
    return this.ctx.layout;
  }

  get role(): SeqRole {
    return this.ctx.role;
  }

  get promisedBallot(): number {
    return this.ctx.promised;
  }

  /** The highest reservation end this node holds. */
  get reservedEnd(): number {
    return this.ctx.reserved;
  }

  /** True while this node is a primary that may issue numbers. */
  get serving(): boolean {
    return this.roles.primary.isServing();
  }

  /** When `tick` must run next. */
  wakeAt(): number {
    const { originator, primary, acceptor, proposer } = this.roles;
    return Math.min(proposer.wakeAt(), originator.wakeAt(), primary.wakeAt(), acceptor.wakeAt());
  }

  handle(input: SeqInput, now: number): SeqOutput[] {
    const ctx = this.ctx;
    ctx.now = now;
    ctx.out = [];
    if (input.type === "boot") this.boot(input.durable);
    else if (ctx.booted) this.dispatch(input);
    this.drainLocal();
    // Requests queued by this input are served together (one pass, one counter update).
    const primary = this.roles.primary;
    while (primary.serveDue) {
      primary.serveDue = false;
      primary.serveQueue();
      this.drainLocal();
    }
    return ctx.out;
  }

  private boot(durable: DurableState): void {
    const ctx = this.ctx;
    ctx.booted = true;
    ctx.promised = durable.promised;
    ctx.layout = durable.layout;
    ctx.reserved = durable.reserved;
    this.roles.originator.boot();
    this.roles.acceptor.boot();
    this.roles.proposer.boot();
  }

  private dispatch(input: Exclude<SeqInput, { type: "boot" }>): void {
    const ctx = this.ctx;
    switch (input.type) {
      case "messages":
        for (const message of input.messages) this.receive(input.from, message);
        break;
      case "peer-up":
        ctx.alive.add(input.peer);
        if (ctx.layout?.primary === input.peer) this.roles.originator.resendCalls();
        break;
      case "peer-down":
        ctx.alive.delete(input.peer);
        if (
          ctx.layout !== undefined &&
          (ctx.layout.primary === input.peer || ctx.layout.secondary === input.peer)
        )
          this.roles.proposer.schedule(`generator ${input.peer} is down`);
        break;
      case "persisted":
        for (const after of ctx.persisted(input.token)) this.roles.acceptor.afterPersist(after);
        break;
      case "call":
        this.roles.originator.call(input.callId, input.count, input.floor);
        break;
      case "tick":
        this.tick();
        break;
    }
  }

  private receive(from: string, message: SeqMessage): void {
    const { originator, primary, secondary, acceptor, proposer } = this.roles;
    switch (message.type) {
      case "req":
        primary.onReq(from, message.epoch, message.reqId, message.count, message.floor);
        break;
      case "fwd":
        secondary.onFwd(message);
        break;
      case "deliver":
        originator.onDeliver(message);
        break;
      case "nack":
        originator.onNack(message);
        break;
      case "seal":
        acceptor.onSeal(from, message.ballot);
        break;
      case "sealed":
        proposer.onSealed(from, message);
        break;
      case "refused":
        proposer.onRefused(message.ballot, message.promised);
        break;
      case "install":
        acceptor.accept(message.layout);
        break;
      case "lease":
        acceptor.onLease(from, message.layout, message.round);
        break;
      case "lease-ack":
        primary.onLeaseAck(from, message.epoch, message.round);
        break;
      case "reserve":
        acceptor.onReserve(from, message.epoch, message.end);
        break;
      case "reserved":
        primary.onReserved(from, message.epoch, message.end);
        break;
    }
  }

  /** Timed work, in this order: calls, deferred seals, proposals, the primary's lease. */
  private tick(): void {
    this.roles.originator.tick();
    this.roles.acceptor.tick();
    this.roles.proposer.tick();
    this.roles.primary.tick();
  }

  private drainLocal(): void {
    const local = this.ctx.local;
    while (local.length > 0) this.receive(this.ctx.self, local.shift() as SeqMessage);
  }
}
