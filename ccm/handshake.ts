/**
 * The boot handshake toward one partner (004 claims 1-2 and 13-19), a pure state machine: events
 * in, actions out, the time passed in, no I/O of its own.
 *
 *   P (us)                                              X (partner) mailbox at MAILBOX_ADDRESS, VI 0
 *    R1  RDMA READ  header + seen  ───────────────────▶  header: incarnation I_X, versions
 *    W1  RDMA WRITE slot[P] = HELLO {I_P → I_X, our versions} ─▶  X scans slot[P], sets seen[P] = I_P
 *    R2  RDMA READ  header + seen  ───────────────────▶  need header.incarnation = I_X, seen[P] = I_P
 *    W2  RDMA WRITE slot[P] = CONFIRM {I_P → I_X, version, session} ─▶
 *    connected once W2 completed and our own slot[X] holds X's CONFIRM {I_X → I_P} with the
 *    same version and session id.
 *
 * X runs the same toward P at the same time, whatever the interleaving. Records name both the
 * writer's and the target's incarnation, so nothing from before a reboot on either side can join a
 * new session: a HELLO aimed at an old incarnation of ours is ignored, and R2 notices when the
 * partner's incarnation changed since R1. Both sides derive the same session id from the two
 * incarnations and the same version (the highest both support).
 */
import {
  decodeHeader,
  decodeSeen,
  encodeSlot,
  HEADER_AND_SEEN_BYTES,
  MAILBOX_ADDRESS,
  type MailboxHeader,
  SlotPhase,
  type SlotRecord,
  sessionIdOf,
  slotOffset,
} from "./mailbox-layout.js";

export type HandshakeStep = "R1" | "W1" | "R2" | "W2";
export type HandshakePhase = HandshakeStep | "idle" | "awaiting-confirm" | "connected" | "incompatible";

export interface HandshakeTiming {
  /** R1 retry backoff while the partner is absent: from min, doubling, up to max. */
  readonly retryMinMs: number;
  readonly retryMaxMs: number;
  /** R2 re-reads this often until the partner has seen our hello, for at most confirmTimeoutMs. */
  readonly confirmPollMs: number;
  readonly confirmTimeoutMs: number;
  /** How often our own slot for the partner is looked at (before and after connecting). */
  readonly localPollMs: number;
  readonly connectedPollMs: number;
}

export const DEFAULT_HANDSHAKE_TIMING: HandshakeTiming = {
  retryMinMs: 20,
  retryMaxMs: 1000,
  confirmPollMs: 10,
  confirmTimeoutMs: 1000,
  localPollMs: 5,
  connectedPollMs: 50,
};

export interface HandshakeOptions {
  readonly selfIndex: number;
  readonly selfIncarnation: number;
  readonly minVersion: number;
  readonly maxVersion: number;
  readonly partnerIndex: number;
  readonly timing?: HandshakeTiming;
}

export type HandshakeEvent =
  | { readonly type: "start" }
  /** A READ of the partner's mailbox completed: its bytes, or undefined when it failed. */
  | { readonly type: "read-done"; readonly seq: number; readonly mailbox: Uint8Array | undefined }
  | { readonly type: "write-done"; readonly seq: number; readonly ok: boolean }
  /** Time passed; `localSlot` is what our own mailbox's slot for the partner holds now. */
  | { readonly type: "tick"; readonly localSlot: SlotRecord | undefined }
  /** The manager declared the partner down (heartbeats, link): start over. */
  | { readonly type: "partner-down"; readonly reason: string };

export type HandshakeAction =
  | {
      readonly type: "read";
      readonly step: "R1" | "R2";
      readonly seq: number;
      readonly address: number;
      readonly length: number;
    }
  | {
      readonly type: "write";
      readonly step: "W1" | "W2";
      readonly seq: number;
      readonly address: number;
      readonly data: Uint8Array;
    }
  /** Record in our own mailbox that we saw this incarnation's hello: seen[partner] = incarnation. */
  | { readonly type: "mark-seen"; readonly incarnation: number }
  | {
      readonly type: "connected";
      readonly sessionId: number;
      readonly version: number;
      readonly partnerIncarnation: number;
    }
  | { readonly type: "session-lost"; readonly reason: string }
  | {
      readonly type: "version-mismatch";
      readonly ours: readonly [number, number];
      readonly theirs: readonly [number, number];
      readonly partnerIncarnation: number;
    };

export class Handshake {
  private current: HandshakePhase = "idle";
  private seq = 0;
  private inFlight = false;
  /** When a retry or a poll of the partner is due (not counting the watch on our own slot). */
  private wake = Number.POSITIVE_INFINITY;
  private lastNow = 0;
  private backoffMs: number;
  private partner: MailboxHeader | undefined;
  private version = 0;
  private sessionId = 0;
  private confirmDeadline = 0;
  private marked = 0;
  private readonly timing: HandshakeTiming;

  constructor(private readonly options: HandshakeOptions) {
    this.timing = options.timing ?? DEFAULT_HANDSHAKE_TIMING;
    this.backoffMs = this.timing.retryMinMs;
  }

  get phase(): HandshakePhase {
    return this.current;
  }

  /**
   * When the runtime should deliver the next tick: a due retry or poll, and in any case the next
   * look at our own slot (the partner's hello must be marked seen promptly whatever we are doing).
   */
  get wakeAt(): number {
    if (this.current === "idle") return Number.POSITIVE_INFINITY;
    const watch = this.current === "connected" ? this.timing.connectedPollMs : this.timing.localPollMs;
    return Math.min(this.wake, this.lastNow + watch);
  }

  /** The session, once connected. */
  get session(): { sessionId: number; version: number; partnerIncarnation: number } | undefined {
    if (this.current !== "connected" || this.partner === undefined) return undefined;
    return { sessionId: this.sessionId, version: this.version, partnerIncarnation: this.partner.incarnation };
  }

  handle(event: HandshakeEvent, now: number): HandshakeAction[] {
    this.lastNow = now;
    const actions: HandshakeAction[] = [];
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
          if (!event.ok) this.restart(now, actions);
          else if (this.current === "W1") this.afterW1(now, actions);
          else if (this.current === "W2") this.enter("awaiting-confirm", now + this.timing.confirmTimeoutMs);
        }
        break;
      case "tick":
        this.onTick(event.localSlot, now, actions);
        break;
      case "partner-down":
        if (this.current === "connected") actions.push({ type: "session-lost", reason: event.reason });
        if (this.current !== "idle") this.restart(now, actions, true);
        break;
    }
    return actions;
  }

  private onTick(localSlot: SlotRecord | undefined, now: number, actions: HandshakeAction[]): void {
    const fromPartner =
      localSlot !== undefined &&
      localSlot.writerIndex === this.options.partnerIndex &&
      localSlot.targetIncarnation === this.options.selfIncarnation
        ? localSlot
        : undefined;
    // Our side of the partner's R2: tell it which of its incarnations' hello we saw.
    if (fromPartner !== undefined && fromPartner.writerIncarnation !== this.marked) {
      this.marked = fromPartner.writerIncarnation;
      actions.push({ type: "mark-seen", incarnation: fromPartner.writerIncarnation });
    }
    const partnerMoved =
      fromPartner !== undefined &&
      this.partner !== undefined &&
      fromPartner.writerIncarnation !== this.partner.incarnation;
    if (this.current === "connected") {
      if (partnerMoved) {
        actions.push({ type: "session-lost", reason: "partner restarted with a new incarnation" });
        this.restart(now, actions, true);
      }
      return;
    }
    if (this.current === "awaiting-confirm") {
      const confirm = fromPartner?.phase === SlotPhase.CONFIRM && !partnerMoved ? fromPartner : undefined;
      if (confirm !== undefined && confirm.sessionId === this.sessionId && confirm.version === this.version) {
        this.current = "connected";
        this.backoffMs = this.timing.retryMinMs;
        this.wake = Number.POSITIVE_INFINITY;
        const partnerIncarnation = (this.partner as MailboxHeader).incarnation;
        actions.push({
          type: "connected",
          sessionId: this.sessionId,
          version: this.version,
          partnerIncarnation,
        });
      } else if (partnerMoved || now >= this.confirmDeadline) {
        this.restart(now, actions);
      }
      return;
    }
    if (this.inFlight || now < this.wake) return;
    if (this.current === "R1" || this.current === "incompatible") this.readHeader(this.current, actions);
    else if (this.current === "R2") this.readHeader("R2", actions);
  }

  private afterR1(mailbox: Uint8Array | undefined, now: number, actions: HandshakeAction[]): void {
    const header = mailbox === undefined ? undefined : decodeHeader(mailbox);
    if (header === undefined || header.nodeIndex !== this.options.partnerIndex) {
      // The partner's card, or its connection manager, is not up yet: try again later.
      this.retryLater(now);
      return;
    }
    const { minVersion, maxVersion } = this.options;
    const version = Math.min(maxVersion, header.maxVersion);
    if (version < Math.max(minVersion, header.minVersion)) {
      if (this.current !== "incompatible" || this.partner?.incarnation !== header.incarnation) {
        actions.push({
          type: "version-mismatch",
          ours: [minVersion, maxVersion],
          theirs: [header.minVersion, header.maxVersion],
          partnerIncarnation: header.incarnation,
        });
      }
      // No session with this incarnation; look again now and then in case the partner is replaced.
      this.partner = header;
      this.current = "incompatible";
      this.wake = now + this.timing.retryMaxMs;
      return;
    }
    this.partner = header;
    this.version = version;
    this.sessionId = sessionIdOf(this.options.selfIncarnation, header.incarnation);
    this.backoffMs = this.timing.retryMinMs;
    this.writeSlot("W1", SlotPhase.HELLO, actions);
  }

  private afterW1(now: number, actions: HandshakeAction[]): void {
    this.confirmDeadline = now + this.timing.confirmTimeoutMs;
    this.readHeader("R2", actions);
  }

  private afterR2(mailbox: Uint8Array | undefined, now: number, actions: HandshakeAction[]): void {
    const header = mailbox === undefined ? undefined : decodeHeader(mailbox);
    if (header === undefined || header.incarnation !== this.partner?.incarnation) {
      this.restart(now, actions); // the partner went away or rebooted since R1
      return;
    }
    const seen = decodeSeen(mailbox as Uint8Array, this.options.selfIndex);
    if (seen === this.options.selfIncarnation) {
      this.writeSlot("W2", SlotPhase.CONFIRM, actions);
    } else if (now >= this.confirmDeadline) {
      this.restart(now, actions);
    } else {
      this.wake = now + this.timing.confirmPollMs;
    }
  }

  private readHeader(step: "R1" | "R2" | "incompatible", actions: HandshakeAction[]): void {
    this.current = step;
    this.inFlight = true;
    this.wake = Number.POSITIVE_INFINITY;
    // 004 claims 2 and 19: the first read targets the predefined mailbox address (VI 0, see runtime).
    actions.push({
      type: "read",
      step: step === "R2" ? "R2" : "R1",
      seq: ++this.seq,
      address: MAILBOX_ADDRESS,
      length: HEADER_AND_SEEN_BYTES,
    });
  }

  private writeSlot(step: "W1" | "W2", phase: SlotPhase, actions: HandshakeAction[]): void {
    const { selfIncarnation, selfIndex, minVersion, maxVersion } = this.options;
    const hello = phase === SlotPhase.HELLO;
    const slot: SlotRecord = {
      writerIncarnation: selfIncarnation,
      targetIncarnation: (this.partner as MailboxHeader).incarnation,
      phase,
      writerIndex: selfIndex,
      version: hello ? minVersion : this.version,
      maxVersion: hello ? maxVersion : 0,
      sessionId: hello ? 0 : this.sessionId,
    };
    this.current = step;
    this.inFlight = true;
    this.wake = Number.POSITIVE_INFINITY;
    actions.push({
      type: "write",
      step,
      seq: ++this.seq,
      address: MAILBOX_ADDRESS + slotOffset(selfIndex),
      data: encodeSlot(slot),
    });
  }

  /** Back to R1 after a backoff (or at once when the cause was the partner going away). */
  private restart(now: number, actions: HandshakeAction[], immediately = false): void {
    this.inFlight = false;
    this.partner = undefined;
    this.current = "R1";
    if (immediately) {
      this.backoffMs = this.timing.retryMinMs;
      this.readHeader("R1", actions);
    } else {
      this.retryLater(now);
    }
  }

  private retryLater(now: number): void {
    this.current = "R1";
    this.wake = now + this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.timing.retryMaxMs);
  }

  private enter(phase: HandshakePhase, deadline: number): void {
    this.current = phase;
    this.confirmDeadline = deadline;
    this.wake = deadline;
  }
}
