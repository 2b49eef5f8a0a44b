import { schedulerClock } from "../../kit/clock.js";
import { Prng } from "../../kit/prng.js";
import { Scheduler } from "../../kit/scheduler.js";
import { WakeTimer } from "../../kit/wake-timer.js";
import { CardCore } from "../card-core.js";
import { DEFAULT_HOST_MEMORY_BYTES } from "../constants.js";
import { type LinkFaults, NO_FAULTS, planDelivery } from "../faults.js";
import { decodeFrames, encodeFrames } from "../frame-codec.js";
import type { DataFrame } from "../frames.js";
import { formatHardwareAddress, type HardwareAddress } from "../hardware-address.js";
import { HostMemory } from "../host-memory.js";
import type { Completion, ReceiveCompletion, WorkRequest } from "../work-request.js";

export interface SimFabricOptions {
  readonly seed: number;
  readonly cards: readonly HardwareAddress[];
  readonly memoryBytes?: number;
  readonly retryTimeoutMs?: number;
  /** One-way latency of every frame before faults add to it. */
  readonly latencyMs?: number;
  /** Time from both cards being up to their link's login completing. */
  readonly linkSetupMs?: number;
  /** Called after a card (re)starts, so the harness can register its memory again. */
  readonly onCardStart?: (card: SimCard, fabric: SimFabric) => void;
  /** Told when the link between two live cards comes up or goes down (a card crashed). */
  readonly onLinkChange?: (a: HardwareAddress, b: HardwareAddress, up: boolean) => void;
  /** Keep a line per event (for replay comparison); off for bulk runs. */
  readonly trace?: boolean;
  /** Segment size for large payloads; small values make every message go through reassembly. */
  readonly segmentBytes?: number;
  /**
   * A second fabric of the same cluster shares the first one's clock and PRNG (one seed decides
   * both) and each node's host memory (both cards of a node serve the same memory).
   */
  readonly shared?: { readonly scheduler: Scheduler; readonly rng: Prng };
  readonly memory?: (address: HardwareAddress) => HostMemory;
}

const DEFAULT_SIM_LATENCY_MS = 0.02;
const DEFAULT_SIM_LINK_SETUP_MS = 1;

/** One card of the sim: its host memory survives a card crash, its firmware state does not. */
export class SimCard {
  alive = true;

  constructor(
    readonly hardwareAddress: HardwareAddress,
    readonly memory: HostMemory,
    public core: CardCore,
    /** One pending wake-up, at the core's next deadline. */
    readonly timer: WakeTimer,
  ) {}
}

/**
 * The card core run in one process over in-memory links, on a virtual clock, with one seeded PRNG
 * deciding delivery delays, loss, duplication and the incarnations and keys of cards. Frames go
 * through the real codec. Same seed and same calls: same trace, byte for byte.
 */
export class SimFabric {
  readonly scheduler: Scheduler;
  readonly rng: Prng;
  readonly traceLines: string[] = [];
  private readonly cards = new Map<HardwareAddress, SimCard>();
  private readonly faults = new Map<string, LinkFaults>();
  /** Current link session per card pair; frames of an ended session are never delivered. */
  private readonly sessions = new Map<string, number>();
  private nextSession = 1;
  private readonly latencyMs: number;
  private readonly linkSetupMs: number;

  constructor(private readonly options: SimFabricOptions) {
    this.scheduler = options.shared?.scheduler ?? new Scheduler();
    this.rng = options.shared?.rng ?? new Prng(options.seed);
    this.latencyMs = options.latencyMs ?? DEFAULT_SIM_LATENCY_MS;
    this.linkSetupMs = options.linkSetupMs ?? DEFAULT_SIM_LINK_SETUP_MS;
    for (const address of options.cards) {
      const memory =
        options.memory?.(address) ?? new HostMemory(options.memoryBytes ?? DEFAULT_HOST_MEMORY_BYTES);
      const card: SimCard = new SimCard(
        address,
        memory,
        this.newCore(address, memory),
        new WakeTimer(schedulerClock(this.scheduler), () => this.tick(card)),
      );
      this.cards.set(address, card);
    }
    for (const card of this.cards.values()) options.onCardStart?.(card, this);
    this.connectAll();
  }

  get now(): number {
    return this.scheduler.now;
  }

  card(address: HardwareAddress): SimCard {
    const card = this.cards.get(address);
    if (card === undefined) throw new Error(`no sim card ${formatHardwareAddress(address)}`);
    return card;
  }

  setFaults(from: HardwareAddress, to: HardwareAddress, faults: LinkFaults): void {
    this.faults.set(pairKey(from, to), faults);
    this.trace(`faults ${hex(from)}->${hex(to)} ${JSON.stringify(faults)}`);
  }

  post(
    address: HardwareAddress,
    vi: number,
    request: WorkRequest,
    onComplete: (c: Completion) => void,
  ): void {
    const card = this.card(address);
    card.core.post(vi, request, this.now, onComplete);
    this.rearm(card);
  }

  postReceive(
    address: HardwareAddress,
    vi: number,
    maxLength: number,
    onComplete: (c: ReceiveCompletion) => void,
  ) {
    const card = this.card(address);
    card.core.postReceive(vi, maxLength, onComplete);
  }

  /** The card stops: outstanding work is flushed, its links end, frames in flight to it are lost. */
  crash(address: HardwareAddress): void {
    const card = this.card(address);
    if (!card.alive) return;
    this.trace(`crash ${hex(address)}`);
    card.alive = false;
    card.core.reset("card crashed");
    for (const other of this.cards.values()) {
      if (other === card) continue;
      const hadLink = this.sessions.delete(linkKey(address, other.hardwareAddress));
      if (other.alive) {
        other.core.linkDown(address);
        this.rearm(other);
        if (hadLink) this.options.onLinkChange?.(other.hardwareAddress, address, false);
      }
    }
  }

  /** The card boots again with a new incarnation and fresh firmware state; host memory is kept. */
  restart(address: HardwareAddress): void {
    const card = this.card(address);
    if (card.alive) return;
    card.core = this.newCore(address, card.memory);
    card.alive = true;
    card.timer.stop();
    this.trace(`restart ${hex(address)} incarnation ${card.core.incarnation}`);
    this.options.onCardStart?.(card, this);
    this.connectAll();
  }

  /** Runs events until the virtual clock reaches `time` (or nothing is left to do). */
  runUntil(time: number): void {
    while (this.scheduler.peekTime() <= time) this.scheduler.runNext();
    this.scheduler.now = Math.max(this.scheduler.now, time);
  }

  runFor(durationMs: number): void {
    this.runUntil(this.now + durationMs);
  }

  private newCore(address: HardwareAddress, memory: HostMemory): CardCore {
    return new CardCore({
      hardwareAddress: address,
      incarnation: this.rng.nextUint32() * 0x10000 + this.rng.int(0x10000),
      memory,
      retryTimeoutMs: this.options.retryTimeoutMs,
      segmentBytes: this.options.segmentBytes,
      randomKey: () => this.rng.nextUint32(),
      transmit: (peer, frame) => this.transmit(address, peer, frame),
    });
  }

  /** Brings up a link session for every pair of live cards that has none. */
  private connectAll(): void {
    const live = [...this.cards.values()].filter((c) => c.alive);
    for (const a of live) {
      for (const b of live) {
        if (
          a.hardwareAddress >= b.hardwareAddress ||
          this.sessions.has(linkKey(a.hardwareAddress, b.hardwareAddress))
        ) {
          continue;
        }
        const session = this.nextSession++;
        const key = linkKey(a.hardwareAddress, b.hardwareAddress);
        this.sessions.set(key, session);
        this.scheduler.after(this.linkSetupMs, () => {
          if (this.sessions.get(key) !== session) return;
          this.trace(`link-up ${hex(a.hardwareAddress)}<->${hex(b.hardwareAddress)} session ${session}`);
          a.core.linkUp(b.hardwareAddress, b.core.incarnation, this.now);
          b.core.linkUp(a.hardwareAddress, a.core.incarnation, this.now);
          this.rearm(a);
          this.rearm(b);
          this.options.onLinkChange?.(a.hardwareAddress, b.hardwareAddress, true);
        });
      }
    }
  }

  private transmit(from: HardwareAddress, to: HardwareAddress, frame: DataFrame): void {
    const session = this.sessions.get(linkKey(from, to));
    if (session === undefined) return;
    const bytes = encodeFrames([frame]);
    const delays = planDelivery(this.faults.get(pairKey(from, to)) ?? NO_FAULTS, () => this.rng.next());
    if (this.options.trace === true) {
      this.trace(`send ${hex(from)}->${hex(to)} ${describe(frame)} copies ${delays.length}`);
    }
    for (const delay of delays) {
      this.scheduler.after(this.latencyMs + delay, () => this.deliver(from, to, session, bytes));
    }
  }

  private deliver(from: HardwareAddress, to: HardwareAddress, session: number, bytes: Uint8Array): void {
    const card = this.card(to);
    if (!card.alive || this.sessions.get(linkKey(from, to)) !== session) return;
    for (const frame of decodeFrames(bytes)) {
      if (frame.type !== "request" && frame.type !== "response") continue;
      if (this.options.trace === true) this.trace(`recv ${hex(from)}->${hex(to)} ${describe(frame)}`);
      card.core.receive(from, frame, this.now);
    }
    this.rearm(card);
  }

  /** Keeps one pending wake-up per card, at its core's next deadline. */
  private rearm(card: SimCard): void {
    card.timer.arm(card.core.wakeAt());
  }

  private tick(card: SimCard): void {
    if (!card.alive) return;
    card.core.tick(this.now);
    this.rearm(card);
  }

  private trace(line: string): void {
    if (this.options.trace === true) this.traceLines.push(`${this.now.toFixed(4)} ${line}`);
  }
}

function linkKey(a: HardwareAddress, b: HardwareAddress): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

function pairKey(from: HardwareAddress, to: HardwareAddress): string {
  return `${from}>${to}`;
}

function hex(address: HardwareAddress): string {
  return formatHardwareAddress(address);
}

function describe(frame: DataFrame): string {
  const where = `vi ${frame.requesterVi}/${frame.responderVi} gen ${frame.generation} psn ${frame.psn}`;
  return frame.type === "request"
    ? `request op ${frame.opcode} ${where}`
    : `response status ${frame.status}${frame.receiverNotReady ? " rnr" : ""}${frame.sequenceError ? " seq-nak" : ""} ${where}`;
}
