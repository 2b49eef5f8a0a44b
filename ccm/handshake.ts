/**
 * The boot handshake toward one partner (004 claims 1-2 and 13-19), a pure core (kit/core.ts):
 * inputs in, outputs out, the time passed in, no I/O of its own.
 *
 *   P (us, id p = I_P·attempt)                         X (partner), mailbox at its predefined address, VI 0
 *    R1  RDMA READ  header + seen ────────────────────▶ header: boot I_X, versions, control VI for P
 *    W1  RDMA WRITE slot[P] = HELLO {p → I_X, our versions}, with immediate ──▶ X, notified, looks at
 *        ◀──────────────────── empty WRITE with immediate ── once, sets seen[P] = p and tells P
 *    R2  RDMA READ  header + seen (again when told) ──▶ need header boot = I_X and seen[P] = p,
 *                                                       and X's own record (id x) in our slot[X]
 *    W2  RDMA WRITE slot[P] = CONFIRM {p → x, version, session(p, x)}, with immediate ──▶
 *    connected once W2 completed and our own slot[X] holds X's CONFIRM {x → p} with the same
 *    version and session id (X's W2 notifies us, so we look at once).
 *
 * X runs the same toward P at the same time, whatever the interleaving. A record names both its
 * writer's handshake id and its target, so nothing from another boot or another attempt of either
 * side can join a session: a HELLO aimed at an earlier boot of ours is ignored, R2 notices when the
 * partner rebooted since R1, and a CONFIRM must name our current attempt. Whenever a session is
 * given up (the partner declared down, a step failed) the next run is a new attempt under a new
 * id; the partner sees the new id in its slot and gives up its side of the old session too.
 * Both sides derive the same session id from the two ids and the same version (the highest both
 * support).
 *
 * Nobody polls while the partner is there: a WRITE with immediate on VI 0 raises a receive
 * completion at its target, which feeds us a "notified" input. The order on the wire stays R1, W1,
 * R2, W2 (plus the empty WRITE). The mailbox stays the truth: a notification only says "look
 * now", so one lost (no receive posted, an OS that does not run) costs a fallback poll, never a
 * decision.
 */
import type { Core } from "../kit/core.js";
import {
  DEFAULT_HANDSHAKE_TIMING,
  type HandshakeInput,
  type HandshakeOutput,
  type HandshakePhase,
  type HandshakeStep,
  type HandshakeTiming,
  type SessionInfo,
} from "./handshake-io.js";
import {
  bootOf,
  decodeHeader,
  decodeSeen,
  encodeNotification,
  encodeSlot,
  HEADER_AND_SEEN_BYTES,
  handshakeId,
  type MailboxHeader,
  NotifyKind,
  nextAttempt,
  SlotPhase,
  type SlotRecord,
  sessionIdOf,
  slotOffset,
} from "./mailbox-layout.js";

export type {
  HandshakeInput,
  HandshakeOutput,
  HandshakePhase,
  HandshakeStep,
  HandshakeTiming,
  SessionInfo,
} from "./handshake-io.js";
export { DEFAULT_HANDSHAKE_TIMING } from "./handshake-io.js";

export interface HandshakeOptions {
  readonly selfIndex: number;
  readonly selfBoot: number;
  readonly minVersion: number;
  readonly maxVersion: number;
  readonly partnerIndex: number;
  readonly timing?: HandshakeTiming;
}

export class Handshake implements Core<HandshakeInput, HandshakeOutput> {
  private current: HandshakePhase = "idle";
  private attempt = 1;
  private seq = 0;
  private inFlight = false;
  /** A notification came while a read was in flight: a read that finds nothing new goes again. */
  private recheck = false;
  /** A notification of the partner has reached us: polls are a fallback only. */
  private heard = false;
  /** When a retry or a poll of the partner is due (not counting the watch on our own slot). */
  private wake = Number.POSITIVE_INFINITY;
  private lastNow = 0;
  private backoffMs: number;
  /** The partner's header as R1 found it. */
  private partner: MailboxHeader | undefined;
  /** The partner's handshake id, from its latest record in our slot (this boot of it only). */
  private partnerId = 0;
  private version = 0;
  private sessionId = 0;
  private confirmDeadline = 0;
  private marked = 0;
  /** The partner's latest record in our slot aimed at this boot of ours (any boot of the partner). */
  private lastRecord: SlotRecord | undefined;
  /** The partner boot a version mismatch was last reported for (reported once per boot). */
  private mismatchReported = 0;
  private readonly timing: HandshakeTiming;

  constructor(private readonly options: HandshakeOptions) {
    this.timing = options.timing ?? DEFAULT_HANDSHAKE_TIMING;
    this.backoffMs = this.timing.retryMinMs;
  }

  get phase(): HandshakePhase {
    return this.current;
  }

  /** Our handshake id in the current attempt. */
  get selfId(): number {
    return handshakeId(this.options.selfBoot, this.attempt);
  }

  /**
   * When the runtime should deliver the next tick: a due retry or poll, and in any case the next
   * look at our own slot (the partner's hello must be marked seen promptly whatever we are doing).
   */
  wakeAt(): number {
    if (this.current === "idle") return Number.POSITIVE_INFINITY;
    const watch = this.current === "connected" ? this.timing.connectedPollMs : this.pollMs("local");
    return Math.min(this.wake, this.lastNow + watch);
  }

  private pollMs(poll: "local" | "confirm"): number {
    if (this.heard) return this.timing.notifiedPollMs;
    return poll === "local" ? this.timing.localPollMs : this.timing.confirmPollMs;
  }

  /** The session, once connected. */
  get session(): SessionInfo | undefined {
    return this.current === "connected" ? this.sessionInfo() : undefined;
  }

  handle(event: HandshakeInput, now: number): HandshakeOutput[] {
    this.lastNow = now;
    const actions: HandshakeOutput[] = [];
    switch (event.type) {
      case "start":
        if (this.current === "idle") this.readHeader("R1", actions);
        break;
      case "read-done":
        if (event.seq === this.seq && this.inFlight) {
          this.inFlight = false;
          if (this.current === "R1" || this.current === "incompatible")
            this.afterR1(event.mailbox, now, actions);
          else if (this.current === "R2") this.afterR2(event.mailbox, now, actions);
        }
        break;
      case "write-done":
        if (event.seq === this.seq && this.inFlight) {
          this.inFlight = false;
          const step = this.current as "W1" | "W2";
          this.stepDone(step, event.ok, event.ok ? "" : "write failed", actions);
          if (!event.ok) this.restart(now, actions);
          else if (step === "W1") this.afterW1(now, actions);
          else this.afterW2(now, actions);
        }
        break;
      case "tick":
      case "notified":
        this.onLocalSlot(event.localSlot, event.type === "notified", now, actions);
        break;
      case "partner-down":
        if (this.current !== "idle") this.restart(now, actions, event.reason, true);
        break;
      case "link-up":
        if (this.current === "R1" && !this.inFlight) {
          this.backoffMs = this.timing.retryMinMs;
          this.readHeader("R1", actions);
        }
        break;
    }
    return actions;
  }

  /** A look at our own slot for the partner: at a tick, or at once when the partner notified us. */
  private onLocalSlot(
    localSlot: SlotRecord | undefined,
    notified: boolean,
    now: number,
    actions: HandshakeOutput[],
  ): void {
    const { partnerIndex, selfBoot, selfIndex } = this.options;
    if (notified) this.heard = true;
    const record =
      localSlot !== undefined && localSlot.writerIndex === partnerIndex && localSlot.targetBoot === selfBoot
        ? localSlot
        : undefined;
    if (record !== undefined) this.lastRecord = record;
    // Our side of the partner's R2: tell it which of its records we saw, and that it may look.
    if (record !== undefined && record.writerId !== this.marked) {
      this.marked = record.writerId;
      const immediate = encodeNotification(NotifyKind.SEEN, selfIndex);
      actions.push({ type: "mark-seen", id: record.writerId });
      actions.push({ type: "notify", offset: slotOffset(selfIndex), immediate });
    }
    this.consider(record, notified, now, actions);
  }

  /** What the partner's latest record in our slot (undefined: none aimed at us) means now. */
  private consider(
    record: SlotRecord | undefined,
    notified: boolean,
    now: number,
    actions: HandshakeOutput[],
  ): void {
    const partnerBoot = this.partner?.bootIncarnation;
    const fromPartner = record !== undefined && bootOf(record.writerId) === partnerBoot ? record : undefined;
    if (this.current === "connected" || this.current === "awaiting-confirm") {
      if (record !== undefined && fromPartner === undefined) {
        // Only a newer boot can write after the records that got us here: the partner rebooted.
        this.restart(now, actions, "the partner rebooted", true);
      } else if (fromPartner !== undefined && fromPartner.writerId !== this.partnerId) {
        this.follow(fromPartner.writerId, now, actions);
      } else if (this.current === "awaiting-confirm") {
        this.awaitConfirm(fromPartner, now, actions);
      }
      return;
    }
    // Before W2 we follow the partner's latest record: its id is what our confirmation names (a
    // record that comes while W2 is on its way is taken up once it completed, see afterW2).
    if (fromPartner !== undefined && this.current !== "W2") this.partnerId = fromPartner.writerId;
    if (this.inFlight) {
      // What the read in flight finds may predate what we were told of: if so, it reads again.
      if (notified) this.recheck = true;
      return;
    }
    // The partner wrote to us, so it is up: a waiting R1 or R2 goes now (an incompatible partner
    // waits out its slow retry).
    const due = now >= this.wake || (notified && this.current !== "incompatible");
    if (!due) return;
    if (this.current === "R1" || this.current === "incompatible") this.readHeader("R1", actions);
    else if (this.current === "R2") this.readHeader("R2", actions);
  }

  private awaitConfirm(fromPartner: SlotRecord | undefined, now: number, actions: HandshakeOutput[]): void {
    if (
      fromPartner?.phase === SlotPhase.CONFIRM &&
      fromPartner.targetId === this.selfId &&
      fromPartner.sessionId === this.sessionId &&
      fromPartner.version === this.version
    ) {
      this.current = "connected";
      this.backoffMs = this.timing.retryMinMs;
      this.wake = Number.POSITIVE_INFINITY;
      actions.push({ type: "connected", ...this.sessionInfo() });
    } else if (now >= this.confirmDeadline) {
      this.restart(now, actions, "no confirmation from the partner");
    }
  }

  /**
   * The partner gave its side up and started a new attempt (same boot, new id). We keep our own
   * id, so that the partner has nothing new to follow in turn, and confirm toward its new id
   * after checking (R2) that it has seen ours.
   */
  private follow(partnerId: number, now: number, actions: HandshakeOutput[]): void {
    if (this.current === "connected") {
      actions.push({
        type: "session-lost",
        sessionId: this.sessionId,
        reason: "the partner started a new handshake",
      });
    }
    this.partnerId = partnerId;
    this.confirmDeadline = now + this.timing.confirmTimeoutMs;
    this.readHeader("R2", actions);
  }

  private afterR1(mailbox: Uint8Array | undefined, now: number, actions: HandshakeOutput[]): void {
    const header = mailbox === undefined ? undefined : decodeHeader(mailbox);
    if (header === undefined || header.nodeIndex !== this.options.partnerIndex) {
      // The partner's card, or its connection manager, is not up yet: try again later.
      const why = mailbox === undefined ? "partner unreachable" : "no mailbox header yet";
      this.stepDone("R1", false, why, actions);
      if (this.recheck) this.readHeader("R1", actions);
      else this.retryLater(now);
      return;
    }
    const { minVersion, maxVersion } = this.options;
    const version = Math.min(maxVersion, header.maxVersion);
    if (version < Math.max(minVersion, header.minVersion)) {
      if (this.mismatchReported !== header.bootIncarnation) {
        this.mismatchReported = header.bootIncarnation;
        actions.push({
          type: "version-mismatch",
          ours: [minVersion, maxVersion],
          theirs: [header.minVersion, header.maxVersion],
          partnerBoot: header.bootIncarnation,
        });
      }
      // No session with this boot; look again now and then in case the partner is replaced.
      this.partner = header;
      this.current = "incompatible";
      this.wake = now + this.timing.retryMaxMs;
      return;
    }
    if (this.partner?.bootIncarnation !== header.bootIncarnation) this.partnerId = 0;
    this.partner = header;
    // The partner's hello may have come before we knew its boot: take it up now, not at a tick.
    const last = this.lastRecord;
    if (last !== undefined && bootOf(last.writerId) === header.bootIncarnation)
      this.partnerId = last.writerId;
    this.version = version;
    this.backoffMs = this.timing.retryMinMs;
    this.stepDone("R1", true, "", actions);
    this.writeSlot("W1", SlotPhase.HELLO, actions);
  }

  private afterW1(now: number, actions: HandshakeOutput[]): void {
    this.confirmDeadline = now + this.timing.confirmTimeoutMs;
    this.readHeader("R2", actions);
  }

  /**
   * Our confirmation is out; the partner's may have come while it was on its way (its
   * notification then found us busy): look at what our slot last held at once.
   */
  private afterW2(now: number, actions: HandshakeOutput[]): void {
    this.enter("awaiting-confirm", now + this.timing.confirmTimeoutMs);
    this.consider(this.lastRecord, false, now, actions);
  }

  private afterR2(mailbox: Uint8Array | undefined, now: number, actions: HandshakeOutput[]): void {
    const header = mailbox === undefined ? undefined : decodeHeader(mailbox);
    if (header === undefined || header.bootIncarnation !== this.partner?.bootIncarnation) {
      this.stepDone("R2", false, "the partner went away or rebooted since R1", actions);
      this.restart(now, actions);
      return;
    }
    const seenUs = decodeSeen(mailbox as Uint8Array, this.options.selfIndex) === this.selfId;
    if (seenUs && this.partnerId !== 0) {
      this.partner = header;
      this.sessionId = sessionIdOf(this.selfId, this.partnerId);
      this.stepDone("R2", true, "", actions);
      actions.push({ type: "connect-control", partnerControlVi: this.partnerControlVi() });
      this.writeSlot("W2", SlotPhase.CONFIRM, actions);
    } else if (now >= this.confirmDeadline) {
      const why = seenUs ? "no hello from the partner" : "the partner has not seen our hello";
      this.stepDone("R2", false, why, actions);
      this.restart(now, actions);
    } else if (this.recheck) {
      this.readHeader("R2", actions);
    } else {
      this.wake = now + this.pollMs("confirm");
    }
  }

  private readHeader(step: "R1" | "R2", actions: HandshakeOutput[]): void {
    this.current = step;
    this.inFlight = true;
    this.recheck = false;
    this.wake = Number.POSITIVE_INFINITY;
    // 004 claims 2 and 19: the first read targets the start of the mailbox at its predefined
    // address (VI 0: see the runtime).
    actions.push({ type: "read", step, seq: ++this.seq, offset: 0, length: HEADER_AND_SEEN_BYTES });
  }

  private writeSlot(step: "W1" | "W2", phase: SlotPhase, actions: HandshakeOutput[]): void {
    const { selfIndex, minVersion, maxVersion } = this.options;
    const hello = phase === SlotPhase.HELLO;
    const slot: SlotRecord = {
      writerId: this.selfId,
      targetBoot: (this.partner as MailboxHeader).bootIncarnation,
      targetId: hello ? 0 : this.partnerId,
      sessionId: hello ? 0 : this.sessionId,
      phase,
      writerIndex: selfIndex,
      version: hello ? minVersion : this.version,
      maxVersion: hello ? maxVersion : 0,
    };
    this.current = step;
    this.inFlight = true;
    this.wake = Number.POSITIVE_INFINITY;
    actions.push({
      type: "write",
      step,
      seq: ++this.seq,
      offset: slotOffset(selfIndex),
      data: encodeSlot(slot),
      immediate: encodeNotification(NotifyKind.SLOT, selfIndex),
    });
  }

  /**
   * Gives the current run up and starts a new attempt: at once when the partner went away (it
   * may be back any moment), after the backoff when a step failed.
   */
  private restart(now: number, actions: HandshakeOutput[], reason?: string, immediately = false): void {
    if (this.current === "connected") {
      actions.push({ type: "session-lost", sessionId: this.sessionId, reason: reason ?? "session failed" });
    }
    this.inFlight = false;
    this.attempt = nextAttempt(this.attempt);
    if (immediately) {
      this.backoffMs = this.timing.retryMinMs;
      this.readHeader("R1", actions);
    } else {
      this.retryLater(now);
    }
  }

  private retryLater(now: number): void {
    this.current = "R1";
    this.recheck = false;
    this.wake = now + this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.timing.retryMaxMs);
  }

  private enter(phase: HandshakePhase, deadline: number): void {
    this.current = phase;
    this.confirmDeadline = deadline;
    this.wake = deadline;
  }

  private stepDone(step: HandshakeStep, ok: boolean, detail: string, actions: HandshakeOutput[]): void {
    actions.push({
      type: "step-done",
      step,
      ok,
      detail,
      selfId: this.selfId,
      partnerBoot: this.partner?.bootIncarnation,
    });
  }

  private partnerControlVi(): number {
    return (this.partner as MailboxHeader).controlVis[this.options.selfIndex] ?? 0;
  }

  private sessionInfo(): SessionInfo {
    return {
      sessionId: this.sessionId,
      version: this.version,
      selfId: this.selfId,
      partnerId: this.partnerId,
      partnerBoot: (this.partner as MailboxHeader).bootIncarnation,
      partnerControlVi: this.partnerControlVi(),
    };
  }
}
