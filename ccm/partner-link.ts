/**
 * Everything a node runs toward one partner: the boot handshake (its outputs carried out as RDMA
 * verbs on the card, the core run by a kit CoreDriver over the manager's clock), then the session
 * over the control VIs, and the partner's status word as a second opinion on its health. The
 * cores decide; this class only does what they say.
 */

import type { Clock } from "../kit/clock.js";
import { CoreDriver } from "../kit/driver.js";
import {
  BOOTSTRAP_RKEY,
  BOOTSTRAP_VI,
  type Completion,
  CompletionStatus,
  type ReceiveCompletion,
  STATUS_WORD_OFFSET,
  statusName,
} from "../rdma-emu/index.js";
import { CONTROL_RECEIVES, MAX_PEER_MESSAGE_BYTES } from "./constants.js";
import { PeerProtocolError } from "./errors.js";
import {
  Handshake,
  type HandshakeInput,
  type HandshakeOutput,
  type HandshakeStep,
  type HandshakeTiming,
  type SessionInfo,
} from "./handshake.js";
import { decodeSlot, SLOT_BYTES, type SlotRecord, seenOffset, slotOffset } from "./mailbox-layout.js";
import type { ManagerEvent, PartnerState } from "./manager-events.js";
import type { NodeCard } from "./node-card.js";
import { decodePeerMessage, encodePeerMessage, type PeerMessage } from "./peer-codec.js";
import {
  type LocalPorts,
  type RemotePorts,
  Session,
  type SessionBody,
  type SessionInput,
  type SessionOutput,
} from "./session.js";

export interface PartnerLinkOptions {
  readonly selfId: string;
  readonly selfIndex: number;
  readonly selfBoot: number;
  readonly minVersion: number;
  readonly maxVersion: number;
  readonly software: string;
  readonly partnerId: string;
  readonly partnerIndex: number;
  readonly partnerCard: number;
  /** Where the mailboxes are on this fabric (the same predefined address on every node). */
  readonly mailboxAddress: number;
  readonly card: NodeCard;
  readonly clock: Clock;
  readonly timing?: HandshakeTiming | undefined;
  readonly emit: (event: ManagerEvent) => void;
  /** The local clients' ports toward this partner. */
  readonly localPorts: () => LocalPorts[];
  readonly portsOf: (client: string) => LocalPorts | undefined;
}

/** Messages that arrive for a session we have not opened yet (our confirmation is still pending). */
const MAX_EARLY_MESSAGES = 64;
const EMPTY = new Uint8Array(0);

export class PartnerLink {
  readonly handshake: Handshake;
  private readonly driver: CoreDriver<HandshakeInput, HandshakeOutput>;
  /** Our VIs toward the partner: handshake steps, the session's control channel, status reads. */
  readonly handshakeVi: number;
  readonly controlVi: number;
  private readonly probeVi: number;
  private session: Session | undefined;
  private sessionInfo: SessionInfo | undefined;
  private early: PeerMessage[] = [];
  private readonly stepStarted = new Map<HandshakeStep, number>();
  private stateNow: PartnerState = "connecting";
  private detailNow = "";
  private stopped = false;

  constructor(private readonly options: PartnerLinkOptions) {
    const { card } = options;
    this.handshakeVi = card.createVi();
    this.controlVi = card.createVi();
    this.probeVi = card.createVi();
    this.handshake = new Handshake({
      selfIndex: options.selfIndex,
      selfBoot: options.selfBoot,
      minVersion: options.minVersion,
      maxVersion: options.maxVersion,
      partnerIndex: options.partnerIndex,
      ...(options.timing === undefined ? {} : { timing: options.timing }),
    });
    this.driver = new CoreDriver(this.handshake, {
      clock: options.clock,
      wakeUp: () => ({ type: "tick", localSlot: this.localSlot() }),
      apply: (outputs) => this.applyHandshake(outputs),
    });
  }

  get partnerIndex(): number {
    return this.options.partnerIndex;
  }

  get state(): PartnerState {
    return this.stateNow;
  }

  get detail(): string {
    return this.detailNow;
  }

  get established(): SessionInfo | undefined {
    return this.sessionInfo;
  }

  get ready(): boolean {
    return this.session?.ready === true;
  }

  /** The partner's clients, as the session last described them. */
  get partnerClients(): ReadonlyMap<string, RemotePorts> {
    return this.session?.partnerClients ?? new Map();
  }

  /** The partner's side of a client's channel, when it is up. */
  channel(client: string): RemotePorts | undefined {
    return this.session?.channel(client);
  }

  start(): void {
    for (let i = 0; i < CONTROL_RECEIVES; i++) this.postControlReceive();
    this.driver.feed({ type: "start" });
  }

  /** Stops acting on completions and timers (the node is shutting down). */
  stop(): void {
    this.stopped = true;
    this.driver.stop();
  }

  /** The partner is declared down (a monitor's verdict, a dead link): give the session up. */
  declareDown(reason: string): void {
    this.driver.feed({ type: "partner-down", reason });
  }

  /** The fabric link to the partner's card came up. */
  linkUp(): void {
    this.driver.feed({ type: "link-up" });
  }

  /** The partner wrote to our mailbox and told us (a WRITE with immediate on VI 0): look now. */
  notified(): void {
    this.driver.feed({ type: "notified", localSlot: this.localSlot() });
  }

  attach(ports: LocalPorts): void {
    this.toSession({ type: "attach", ports });
  }

  detach(client: string): void {
    this.toSession({ type: "detach", client });
  }

  /** RDMA READ of the partner's status word over VI 0: its card answers whatever its OS does. */
  readStatus(onDone: (word: bigint | undefined, status: CompletionStatus, detail: string) => void): void {
    this.options.card.post(
      this.probeVi,
      {
        opcode: "read",
        remote: { hardwareAddress: this.options.partnerCard, vi: BOOTSTRAP_VI },
        rkey: BOOTSTRAP_RKEY,
        remoteAddress: this.options.mailboxAddress + STATUS_WORD_OFFSET,
        length: 8,
      },
      (c) => {
        const data = c.data;
        if (c.status !== CompletionStatus.SUCCESS || data === undefined) {
          onDone(undefined, c.status, c.detail || statusName(c.status));
        } else {
          onDone(new DataView(data.buffer, data.byteOffset, 8).getBigUint64(0, true), c.status, "");
        }
      },
    );
  }

  /** What our own mailbox's slot for the partner holds now. */
  private localSlot(): SlotRecord | undefined {
    const { card, mailboxAddress, partnerIndex } = this.options;
    return decodeSlot(card.memory.read(mailboxAddress + slotOffset(partnerIndex), SLOT_BYTES));
  }

  private applyHandshake(actions: readonly HandshakeOutput[]): void {
    const { card, clock, partnerCard } = this.options;
    const remote = { hardwareAddress: partnerCard, vi: BOOTSTRAP_VI };
    for (const action of actions) {
      switch (action.type) {
        case "read":
          this.stepStarting(action.step);
          card.post(
            this.handshakeVi,
            {
              opcode: "read",
              remote,
              rkey: BOOTSTRAP_RKEY,
              remoteAddress: this.options.mailboxAddress + action.offset,
              length: action.length,
            },
            (c) =>
              this.handshakeDone({
                type: "read-done",
                seq: action.seq,
                mailbox: succeeded(c) ? c.data : undefined,
              }),
          );
          break;
        case "write":
          this.stepStarting(action.step);
          card.post(
            this.handshakeVi,
            { opcode: "write", remote, rkey: BOOTSTRAP_RKEY, ...this.mailboxWrite(action) },
            (c) => this.handshakeDone({ type: "write-done", seq: action.seq, ok: succeeded(c) }),
          );
          break;
        case "notify":
          // Only a hint: a failure shows in the handshake's own verbs, so the completion is moot.
          card.post(
            this.handshakeVi,
            {
              opcode: "write",
              remote,
              rkey: BOOTSTRAP_RKEY,
              ...this.mailboxWrite({ ...action, data: EMPTY }),
            },
            () => {},
          );
          break;
        case "step-done":
          this.options.emit({
            type: "handshake-step",
            partner: this.options.partnerId,
            step: action.step,
            ok: action.ok,
            detail: action.detail,
            vi: this.handshakeVi,
            remoteVi: BOOTSTRAP_VI,
            partnerCard,
            address:
              this.options.mailboxAddress +
              (action.step === "R1" || action.step === "R2" ? 0 : slotOffset(this.options.selfIndex)),
            selfId: action.selfId,
            partnerBoot: action.partnerBoot,
            durationMs: clock.now() - (this.stepStarted.get(action.step) ?? clock.now()),
          });
          if (!action.ok) this.setState("connecting", `${action.step}: ${action.detail}`);
          break;
        case "mark-seen":
          card.memory.writeWord(
            this.options.mailboxAddress + seenOffset(this.options.partnerIndex),
            BigInt(action.id),
          );
          break;
        case "connect-control":
          card.connectVi(this.controlVi, { hardwareAddress: partnerCard, vi: action.partnerControlVi });
          break;
        case "connected":
          this.openSession(action);
          break;
        case "session-lost":
          this.closeSession(action.reason);
          break;
        case "version-mismatch":
          this.options.emit({
            type: "version-mismatch",
            partner: this.options.partnerId,
            ours: action.ours,
            theirs: action.theirs,
          });
          this.setState(
            "incompatible",
            `no common protocol version: ours ${action.ours.join("..")}, the partner's ${action.theirs.join("..")}`,
          );
          break;
      }
    }
  }

  /** Where in the partner's mailbox a handshake write goes, what it carries, and its notification. */
  private mailboxWrite(write: { offset: number; data: Uint8Array; immediate: number }): {
    remoteAddress: number;
    data: Uint8Array;
    immediate: number;
  } {
    return {
      remoteAddress: this.options.mailboxAddress + write.offset,
      data: write.data,
      immediate: write.immediate,
    };
  }

  private stepStarting(step: HandshakeStep): void {
    this.stepStarted.set(step, this.options.clock.now());
    this.options.emit({
      type: "handshake-step-start",
      partner: this.options.partnerId,
      step,
      selfId: this.handshake.selfId,
    });
  }

  private handshakeDone(input: HandshakeInput & { type: "read-done" | "write-done" }): void {
    if (!this.stopped) this.driver.feed(input);
  }

  private openSession(info: SessionInfo): void {
    this.sessionInfo = info;
    this.options.emit({
      type: "session-connected",
      partner: this.options.partnerId,
      sessionId: info.sessionId,
      version: info.version,
      selfId: info.selfId,
      partnerId: info.partnerId,
      partnerBoot: info.partnerBoot,
    });
    this.setState("connected", "");
    this.session = new Session({
      version: info.version,
      node: this.options.selfId,
      software: this.options.software,
    });
    this.toSession({ type: "open", clients: this.options.localPorts() });
    const early = this.early.filter((message) => message.sessionId === info.sessionId);
    this.early = [];
    for (const message of early) this.receive(message);
  }

  private closeSession(reason: string): void {
    const session = this.session;
    const wasReady = session?.ready === true;
    this.session = undefined;
    this.sessionInfo = undefined;
    this.early = [];
    if (session !== undefined) {
      for (const [client] of session.partnerClients) {
        if (session.isUp(client)) {
          this.options.emit({ type: "channel-down", client, partner: this.options.partnerId, reason });
        }
      }
    }
    if (wasReady) this.options.emit({ type: "partner-down", partner: this.options.partnerId, reason });
    this.setState("connecting", reason);
  }

  private toSession(input: SessionInput): void {
    if (this.session !== undefined) this.applySession(this.session.handle(input, this.options.clock.now()));
  }

  private applySession(actions: readonly SessionOutput[]): void {
    const session = this.session;
    const info = this.sessionInfo;
    if (session === undefined || info === undefined) return;
    const partner = this.options.partnerId;
    for (const action of actions) {
      switch (action.type) {
        case "send":
          this.sendControl(info.sessionId, action.body);
          break;
        case "connect-ports": {
          const local = this.options.portsOf(action.client);
          if (local === undefined) break;
          const count = Math.min(local.vis.length, action.remote.vis.length);
          for (let port = 0; port < count; port++) {
            this.options.card.connectVi(local.vis[port] as number, {
              hardwareAddress: this.options.partnerCard,
              vi: action.remote.vis[port] as number,
            });
          }
          break;
        }
        case "ready":
          this.setState("ready", "");
          this.options.emit({
            type: "partner-ready",
            partner,
            version: info.version,
            sessionId: info.sessionId,
            partnerBoot: info.partnerBoot,
          });
          break;
        case "channel-up": {
          const local = this.options.portsOf(action.client);
          this.options.emit({
            type: "channel-up",
            client: action.client,
            partner,
            ports: Math.min(local?.vis.length ?? 0, action.remote.vis.length),
            remoteMemoryBytes: action.remote.memoryLength,
          });
          break;
        }
        case "channel-down":
          this.options.emit({ type: "channel-down", client: action.client, partner, reason: action.reason });
          break;
        case "protocol-error":
          this.protocolError(action.reason);
          return;
      }
    }
  }

  private sendControl(sessionId: number, body: SessionBody): void {
    const data = encodePeerMessage({ sessionId, body });
    this.options.card.post(this.controlVi, { opcode: "send", data }, (c) => {
      if (this.stopped || succeeded(c) || this.sessionInfo?.sessionId !== sessionId) return;
      this.declareDown(`control channel failed: ${c.detail || statusName(c.status)}`);
    });
  }

  private postControlReceive(): void {
    this.options.card.postReceive(this.controlVi, MAX_PEER_MESSAGE_BYTES, (c) => this.onControlReceive(c));
  }

  private onControlReceive(c: ReceiveCompletion): void {
    // A flushed receive means the VI or the card is gone: nothing to post again.
    if (this.stopped || c.status === CompletionStatus.WR_FLUSH_ERR) return;
    this.postControlReceive();
    if (c.status !== CompletionStatus.SUCCESS) return;
    let message: PeerMessage;
    try {
      message = decodePeerMessage(c.data);
    } catch (error) {
      if (error instanceof PeerProtocolError) this.protocolError(error.message);
      else throw error;
      return;
    }
    this.receive(message);
  }

  private receive(message: PeerMessage): void {
    const session = this.session;
    if (session !== undefined && message.sessionId === this.sessionInfo?.sessionId) {
      this.toSession({ type: "receive", body: message.body });
    } else if (this.early.length < MAX_EARLY_MESSAGES) {
      // Our side may not have seen the partner's confirmation yet; anything of another session is
      // dropped when ours opens.
      this.early.push(message);
    }
  }

  private protocolError(reason: string): void {
    this.options.emit({ type: "peer-protocol-error", partner: this.options.partnerId, reason });
    this.declareDown(`protocol error: ${reason}`);
  }

  private setState(state: PartnerState, detail: string): void {
    if (state === this.stateNow && detail === this.detailNow) return;
    const changed = state !== this.stateNow;
    this.stateNow = state;
    this.detailNow = detail;
    if (changed) this.options.emit({ type: "partner-state", partner: this.options.partnerId, state, detail });
  }
}

function succeeded(c: Completion): boolean {
  return c.status === CompletionStatus.SUCCESS;
}
