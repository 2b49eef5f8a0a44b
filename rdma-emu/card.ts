import { randomBytes, randomInt } from "node:crypto";
import { EventEmitter } from "node:events";
import { performance } from "node:perf_hooks";
import { type Logger, pino } from "pino";
import { realClock } from "../kit/clock.js";
import { WakeTimer } from "../kit/wake-timer.js";
import { BadInputLog } from "./bad-input-log.js";
import { CardCore } from "./card-core.js";
import {
  LINK_RECONNECT_MAX_MS,
  LINK_RECONNECT_MIN_MS,
  LINK_REFUSAL_LOG_LINES_PER_SECOND,
  MAX_PENDING_LINK_LOGINS,
  MIN_RETRANSMIT_TIMEOUT_MS,
  RETRANSMISSIONS_PER_RETRY_TIMEOUT,
} from "./constants.js";
import { CardClosedError, CompletionError, ConfigError, InvalidWorkRequestError } from "./errors.js";
import type { FabricConfig } from "./fabric-config.js";
import { CloseCode, FabricLink, type FabricLinkHandlers } from "./fabric-link.js";
import { type LinkFaults, NO_FAULTS, validateFaults } from "./faults.js";
import type { DataFrame } from "./frames.js";
import { formatHardwareAddress, type HardwareAddress } from "./hardware-address.js";
import type { HostMemory } from "./host-memory.js";
import { LinkListener } from "./link-listener.js";
import { type LinkTransport, TcpTransport } from "./link-transport.js";
import type { MemoryRegion, RegionRequest } from "./memory-region.js";
import {
  type CompareSwapRequest,
  type Completion,
  CompletionStatus,
  type FetchAddRequest,
  type ReadRequest,
  type ReceiveCompletion,
  type RemoteVi,
  type SendRequest,
  statusName,
  type WorkRequest,
  type WriteRequest,
} from "./work-request.js";

export interface CardOptions {
  readonly fabric: FabricConfig;
  readonly hardwareAddress: HardwareAddress;
  readonly memory: HostMemory;
  readonly retryTimeoutMs?: number;
  /** Quiet unless given one. */
  readonly logger?: Logger;
}

/** Lifecycle of the card's links, for the host and for operators. */
export type CardEvent =
  | { readonly type: "link-up"; readonly peer: HardwareAddress; readonly peerIncarnation: number }
  | { readonly type: "link-down"; readonly peer: HardwareAddress; readonly reason: string }
  | { readonly type: "link-refused"; readonly peer: HardwareAddress | undefined; readonly reason: string }
  | { readonly type: "reset"; readonly incarnation: number };

export type FaultDirection = "outbound" | "inbound" | "both";

type Without<T, K extends keyof T> = Omit<T, K>;

/**
 * An emulated RDMA card on one fabric, in the real runtime: the sans-IO CardCore wired to
 * fabric links (raw TCP between cards), real timers and the node's host memory. The card serves its peers' one-sided
 * operations by itself, whatever the node's OS layer does; the host only posts work and reads
 * completions. The lower hardware address of a pair dials the higher one and redials with backoff.
 */
export class Card extends EventEmitter<{ event: [CardEvent] }> {
  readonly hardwareAddress: HardwareAddress;
  private core: CardCore;
  private readonly links = new Map<HardwareAddress, FabricLink>();
  private readonly allLinks = new Set<FabricLink>();
  /** Inbound links not logged in yet, oldest first. */
  private readonly loggingIn = new Set<FabricLink>();
  private readonly faults = new Map<HardwareAddress, { outbound: LinkFaults; inbound: LinkFaults }>();
  private readonly dialTimers = new Map<HardwareAddress, NodeJS.Timeout>();
  private readonly logger: Logger;
  private readonly refusals: BadInputLog;
  private listener: LinkListener | undefined;
  private readonly timer = new WakeTimer(realClock, () => {
    this.core.tick(performance.now());
    this.rearm();
  });
  private rearmQueued = false;
  /** Answers came in since the last timer check: the core's deadlines may be earlier. */
  private deadlinesMoved = false;
  /** The least time from a post to any deadline it can add (see post). */
  private readonly soonestPostDeadline: number;
  private closed = false;

  private constructor(private readonly options: CardOptions) {
    super();
    if (!options.fabric.cards.has(options.hardwareAddress)) {
      throw new ConfigError(
        `card ${formatHardwareAddress(options.hardwareAddress)} is not in the fabric config`,
      );
    }
    this.hardwareAddress = options.hardwareAddress;
    this.logger = (options.logger ?? pino({ level: "silent" })).child({
      card: formatHardwareAddress(options.hardwareAddress),
    });
    this.refusals = new BadInputLog(this.logger, "refused links", LINK_REFUSAL_LOG_LINES_PER_SECOND);
    this.core = this.newCore();
    const retry = this.core.retryTimeoutMs;
    // As the core bounds them: a retransmission timeout is at least MIN_RETRANSMIT_TIMEOUT_MS
    // unless the peer's cap (a share of the retry time) is lower; a retry time is the retry time.
    this.soonestPostDeadline = Math.min(
      MIN_RETRANSMIT_TIMEOUT_MS,
      retry / RETRANSMISSIONS_PER_RETRY_TIMEOUT,
      retry,
    );
  }

  /** Brings the card's firmware up: listens on its endpoint and starts dialing its peers. */
  static async start(options: CardOptions): Promise<Card> {
    const card = new Card(options);
    await card.listen();
    card.dialPeers();
    card.logger.info({ incarnation: card.incarnation }, "card firmware up");
    return card;
  }

  get incarnation(): number {
    return this.core.incarnation;
  }

  /** Peers with an established link right now. */
  get connectedPeers(): HardwareAddress[] {
    return [...this.links.keys()];
  }

  registerRegion(request: RegionRequest): MemoryRegion {
    return this.core.registerRegion(request);
  }

  registerBootstrapRegion(address: number, length: number): MemoryRegion {
    return this.core.registerBootstrapRegion(address, length);
  }

  deregisterRegion(region: Pick<MemoryRegion, "rkey">): void {
    this.core.deregisterRegion(region);
  }

  createVi(protectionDomain?: number): number {
    return this.core.createVi(protectionDomain);
  }

  connectVi(vi: number, remote: RemoteVi): void {
    this.checkPeer(remote.hardwareAddress);
    this.core.connectVi(vi, remote);
  }

  destroyVi(vi: number): void {
    this.core.destroyVi(vi);
  }

  /** Posts a work request; resolves with its completion, whatever the status. */
  post(vi: number, request: WorkRequest): Promise<Completion> {
    return new Promise((resolve) => {
      if (this.closed) throw new CardClosedError();
      if (request.opcode !== "send" && request.remote !== undefined)
        this.checkPeer(request.remote.hardwareAddress);
      const now = performance.now();
      this.core.post(vi, request, now, resolve);
      // A new request's deadlines are at least `soonestPostDeadline` away (its retransmission
      // timeout or its retry time): a timer due before that needs no second look.
      if (now + this.soonestPostDeadline < this.timer.armedAt) this.rearmSoon();
    });
  }

  /** RDMA READ; throws CompletionError unless it succeeded. */
  async read(vi: number, request: Without<ReadRequest, "opcode">): Promise<Uint8Array> {
    return succeeded(await this.post(vi, { ...request, opcode: "read" })).data as Uint8Array;
  }

  async write(vi: number, request: Without<WriteRequest, "opcode">): Promise<void> {
    succeeded(await this.post(vi, { ...request, opcode: "write" }));
  }

  async fetchAdd(vi: number, request: Without<FetchAddRequest, "opcode">): Promise<bigint> {
    return succeeded(await this.post(vi, { ...request, opcode: "fetch-add" })).original as bigint;
  }

  async compareSwap(vi: number, request: Without<CompareSwapRequest, "opcode">): Promise<bigint> {
    return succeeded(await this.post(vi, { ...request, opcode: "compare-swap" })).original as bigint;
  }

  async send(vi: number, request: Without<SendRequest, "opcode">): Promise<void> {
    succeeded(await this.post(vi, { ...request, opcode: "send" }));
  }

  /** Posts a receive; resolves when a message lands in it (or it is flushed). */
  postReceive(vi: number, maxLength: number): Promise<ReceiveCompletion> {
    return new Promise((resolve) => {
      if (this.closed) throw new CardClosedError();
      this.core.postReceive(vi, maxLength, resolve);
    });
  }

  /** Injects faults on the frames exchanged with `peer` (an empty object clears them). */
  setFaults(peer: HardwareAddress, faults: LinkFaults, direction: FaultDirection = "outbound"): void {
    this.checkPeer(peer);
    const problem = validateFaults(faults);
    if (problem !== undefined) throw new ConfigError(`invalid faults: ${problem}`);
    const current = this.faults.get(peer) ?? { outbound: NO_FAULTS, inbound: NO_FAULTS };
    this.faults.set(peer, {
      outbound: direction === "inbound" ? current.outbound : faults,
      inbound: direction === "outbound" ? current.inbound : faults,
    });
    this.logger.info({ peer: formatHardwareAddress(peer), direction, faults }, "faults set");
  }

  /**
   * Card reset: all outstanding work is flushed, the translation table and VIs are lost, links drop
   * and log in again under a new incarnation. The host registers its memory again on "reset".
   */
  reset(): void {
    if (this.closed) return;
    this.core.reset("card reset");
    this.core = this.newCore();
    for (const link of this.allLinks) link.close(CloseCode.GOING_AWAY, "card reset");
    this.logger.warn({ incarnation: this.incarnation }, "card reset");
    this.emit("event", { type: "reset", incarnation: this.incarnation });
    this.dialPeers();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.timer.stop();
    for (const timer of this.dialTimers.values()) clearTimeout(timer);
    for (const link of this.allLinks) link.close(CloseCode.GOING_AWAY, "card shut down");
    this.core.reset("card shut down");
    await this.listener?.close();
  }

  private newCore(): CardCore {
    return new CardCore({
      hardwareAddress: this.hardwareAddress,
      // 48 random bits: a fresh incarnation per boot, never mistaken for an earlier one.
      incarnation: randomInt(1, 2 ** 48),
      memory: this.options.memory,
      retryTimeoutMs: this.options.retryTimeoutMs,
      randomKey: () => randomBytes(4).readUInt32LE(0),
      transmit: (peer, frame) => this.transmit(peer, frame),
    });
  }

  private async listen(): Promise<void> {
    const endpoint = this.options.fabric.cards.get(this.hardwareAddress) as URL;
    this.listener = await LinkListener.listen(
      endpoint,
      (transport, remote) => this.accept(transport, remote),
      (error) => this.logger.error({ err: error }, "link listener failed"),
    );
  }

  /** An inbound link: it logs in as a listener, counted among those logging in until it is done. */
  private accept(transport: LinkTransport, remote: string): void {
    if (this.closed) {
      transport.close(CloseCode.GOING_AWAY, "card shut down");
      return;
    }
    if (this.loggingIn.size >= MAX_PENDING_LINK_LOGINS) {
      const oldest = this.loggingIn.values().next().value as FabricLink;
      this.loggingIn.delete(oldest);
      oldest.close(CloseCode.TRY_AGAIN_LATER, "too many links logging in", "E_LINK_REFUSED");
    }
    this.trackLogin(
      new FabricLink(transport, {
        login: {
          role: "listener",
          self: this.identity(),
          secret: this.options.fabric.secret,
          acceptsPeer: (peer) => this.options.fabric.cards.has(peer) && peer !== this.hardwareAddress,
        },
        handlers: this.linkHandlers,
        logger: this.logger,
        faults: (peer) => this.faultsFor(peer),
        remote,
        refusals: this.refusals,
      }),
    );
  }

  private dialPeers(): void {
    for (const peer of this.options.fabric.cards.keys()) {
      if (peer > this.hardwareAddress && !this.links.has(peer)) this.dial(peer, LINK_RECONNECT_MIN_MS);
    }
  }

  private dial(peer: HardwareAddress, backoffMs: number): void {
    if (this.closed || this.dialTimers.has(peer)) return;
    const url = this.options.fabric.cards.get(peer) as URL;
    // Raw TCP, not a WebSocket: measured on this machine, a ws echo alone costs 1.2-1.25x a
    // length-prefixed TCP echo's round trip, which left a qd1 READ no room of its own.
    const link = new FabricLink(TcpTransport.dial(url.hostname, Number(url.port)), {
      login: {
        role: "dialer",
        self: this.identity(),
        secret: this.options.fabric.secret,
        expectedPeer: peer,
      },
      handlers: {
        ...this.linkHandlers,
        closed: (closedLink, reason, established) => {
          this.linkHandlers.closed(closedLink, reason, established);
          if (this.closed || this.links.has(peer)) return;
          const next = established ? LINK_RECONNECT_MIN_MS : Math.min(backoffMs * 2, LINK_RECONNECT_MAX_MS);
          this.dialTimers.set(
            peer,
            setTimeout(() => {
              this.dialTimers.delete(peer);
              this.dial(peer, next);
            }, backoffMs),
          );
        },
      },
      logger: this.logger,
      faults: (p) => this.faultsFor(p),
      remote: url.host,
    });
    this.track(link);
  }

  private readonly linkHandlers: FabricLinkHandlers = {
    established: (link, peer, peerIncarnation) => {
      this.loggingIn.delete(link);
      if (this.closed) return false;
      const previous = this.links.get(peer);
      this.links.set(peer, link);
      // A newer login from the same card wins: the old session is from before a restart.
      previous?.close(CloseCode.GOING_AWAY, "replaced by a newer link");
      this.core.linkUp(peer, peerIncarnation, performance.now());
      this.rearmSoon();
      this.logger.info({ peer: formatHardwareAddress(peer), peerIncarnation }, "fabric link up");
      this.emit("event", { type: "link-up", peer, peerIncarnation });
      return true;
    },
    frame: (link, frame) => {
      if (this.links.get(link.peer as HardwareAddress) !== link) return;
      this.core.receive(link.peer as HardwareAddress, frame, performance.now());
      // Only the requester keeps timers: a request served moves none. An answer can move one
      // earlier (a receiver-not-ready wait, a reset backoff, a smaller round-trip estimate), so
      // the timer is checked once the whole message is in ("delivered"), with no deferral.
      if (frame.type === "response") this.deadlinesMoved = true;
    },
    delivered: () => {
      if (!this.deadlinesMoved) return;
      this.deadlinesMoved = false;
      this.rearm();
    },
    closed: (link, reason, established) => {
      this.allLinks.delete(link);
      this.loggingIn.delete(link);
      const peer = link.peer;
      if (!established) {
        if (!this.closed) this.emit("event", { type: "link-refused", peer, reason });
        return;
      }
      if (peer === undefined || this.links.get(peer) !== link) return;
      this.links.delete(peer);
      this.core.linkDown(peer);
      this.logger.info({ peer: formatHardwareAddress(peer), reason }, "fabric link down");
      this.emit("event", { type: "link-down", peer, reason });
    },
  };

  private track(link: FabricLink): void {
    this.allLinks.add(link);
  }

  /** An inbound link, counted among those logging in until it is established or gone. */
  private trackLogin(link: FabricLink): void {
    this.track(link);
    this.loggingIn.add(link);
  }

  private identity() {
    return {
      hardwareAddress: this.hardwareAddress,
      fabricId: this.options.fabric.fabricId,
      incarnation: this.core.incarnation,
    };
  }

  private faultsFor(peer: HardwareAddress): { outbound: LinkFaults; inbound: LinkFaults } {
    return this.faults.get(peer) ?? NO_FAULT_PAIR;
  }

  private transmit(peer: HardwareAddress, frame: DataFrame): void {
    this.links.get(peer)?.send(frame);
  }

  private checkPeer(peer: HardwareAddress): void {
    if (!this.options.fabric.cards.has(peer) || peer === this.hardwareAddress) {
      throw new InvalidWorkRequestError(`${formatHardwareAddress(peer)} is not another card of this fabric`);
    }
  }

  /**
   * Batches timer updates: one look at the core's deadline per event-loop turn. A reaction on a
   * settled promise, not queueMicrotask, which costs an AsyncResource and a bind per call
   * (measured: 0.3-0.5 us against 0.05 us; this runs once or twice per work request).
   */
  private rearmSoon(): void {
    if (this.rearmQueued) return;
    this.rearmQueued = true;
    SETTLED.then(this.rearmQueuedTimer);
  }

  private readonly rearmQueuedTimer = () => {
    this.rearmQueued = false;
    this.rearm();
  };

  private rearm(): void {
    // Only ever moves the timer earlier: a deadline that moved later costs one idle wake-up at most.
    if (!this.closed) this.timer.arm(this.core.wakeAt());
  }
}

const NO_FAULT_PAIR = { outbound: NO_FAULTS, inbound: NO_FAULTS };
const SETTLED = Promise.resolve();

function succeeded(completion: Completion): Completion {
  if (completion.status !== CompletionStatus.SUCCESS) {
    throw new CompletionError(completion.status, completion.detail || statusName(completion.status));
  }
  return completion;
}
