/**
 * The boot handshake in the sim runtime: every node in one process over SimFabric's cards, on the
 * virtual clock, with the seeded PRNG deciding incarnations, boot times and faults. A node crash is
 * a card crash; its reboot clears the mailbox and starts over under a new incarnation.
 */
import {
  BOOTSTRAP_REGION_BYTES,
  BOOTSTRAP_RKEY,
  BOOTSTRAP_VI,
  type CardCore,
  CompletionStatus,
  FIRMWARE_ONLY_STATUS,
  type HardwareAddress,
  SimFabric,
} from "../../rdma-emu/index.js";
import { Handshake, type HandshakeAction, type HandshakeTiming } from "../handshake.js";
import {
  decodeSlot,
  encodeHeader,
  HEADER_FIELDS_OFFSET,
  MAILBOX_ADDRESS,
  MAX_BOOT_INCARNATION,
  SLOT_BYTES,
  seenOffset,
  slotOffset,
} from "../mailbox-layout.js";

export interface BootSimOptions {
  readonly seed: number;
  readonly nodes: number;
  /** Supported protocol versions per node (default 1..1 everywhere). */
  readonly versions?: readonly (readonly [number, number])[];
  readonly retryTimeoutMs?: number;
  readonly timing?: HandshakeTiming;
  readonly trace?: boolean;
}

/** Something a node's handshake reported, with what the harness knew at that moment. */
export interface BootEvent {
  readonly at: number;
  readonly node: number;
  readonly partner: number;
  readonly action: HandshakeAction;
  readonly selfBoot: number;
  /** The node's handshake id toward the partner when the action was taken. */
  readonly selfId: number;
  /** The partner's boot incarnation at that moment, undefined while it is down. */
  readonly partnerBootNow: number | undefined;
}

const FIRST_ADDRESS = 0x0a0001;
const DEFAULT_SIM_RETRY_TIMEOUT_MS = 100;

class SimNode {
  up = true;
  boot = 0;
  handshakes = new Map<number, Handshake>();
  vis = new Map<number, number>();
  controlVis = new Map<number, number>();
  tickAt = Number.POSITIVE_INFINITY;
  /** Bumped at every boot: callbacks of an earlier boot are ignored. */
  generation = 0;

  constructor(
    readonly index: number,
    readonly address: HardwareAddress,
  ) {}
}

export class BootSim {
  readonly fabric: SimFabric;
  readonly events: BootEvent[] = [];
  /** When each node crashed (a session may end unmatched only through one of these). */
  readonly crashes: { readonly node: number; readonly at: number }[] = [];
  private readonly nodes: SimNode[];

  constructor(private readonly options: BootSimOptions) {
    this.nodes = Array.from({ length: options.nodes }, (_, i) => new SimNode(i, FIRST_ADDRESS + i));
    this.fabric = new SimFabric({
      seed: options.seed,
      cards: this.nodes.map((n) => n.address),
      retryTimeoutMs: options.retryTimeoutMs ?? DEFAULT_SIM_RETRY_TIMEOUT_MS,
      trace: options.trace ?? false,
      onCardStart: (card, fabric) => this.bootNode(fabric, this.nodeAt(card.hardwareAddress), card.core),
    });
  }

  get now(): number {
    return this.fabric.now;
  }

  address(index: number): HardwareAddress {
    return (this.nodes[index] as SimNode).address;
  }

  isUp(index: number): boolean {
    return (this.nodes[index] as SimNode).up;
  }

  boot(index: number): number {
    return (this.nodes[index] as SimNode).boot;
  }

  handshake(index: number, partner: number): Handshake | undefined {
    return this.nodes[index]?.handshakes.get(partner);
  }

  crash(index: number): void {
    const node = this.nodes[index] as SimNode;
    node.up = false;
    node.generation++;
    this.crashes.push({ node: index, at: this.now });
    this.fabric.crash(node.address);
  }

  restart(index: number): void {
    this.fabric.restart((this.nodes[index] as SimNode).address);
  }

  /**
   * The node's host reboots while its card keeps running (the case the card's independence from
   * the OS is for): a new incarnation and a cleared mailbox, but links and requests in flight
   * survive, so partners' writes aimed at the old incarnation can still land in the new mailbox.
   */
  rebootHost(index: number): void {
    const node = this.nodes[index] as SimNode;
    if (!node.up) return;
    this.crashes.push({ node: index, at: this.now });
    const card = this.fabric.card(node.address);
    this.bootNode(this.fabric, node, card.core, false);
  }

  /** The node's manager declares the partner down (as heartbeats or a dead link would). */
  declareDown(index: number, partner: number): void {
    const node = this.nodes[index] as SimNode;
    const handshake = node.handshakes.get(partner);
    if (!node.up || handshake === undefined) return;
    this.apply(node, partner, handshake.handle({ type: "partner-down", reason: "declared down" }, this.now));
    this.rearm(node);
  }

  private nodeAt(address: HardwareAddress): SimNode {
    return this.nodes.find((n) => n.address === address) as SimNode;
  }

  private bootNode(fabric: SimFabric, node: SimNode, core: CardCore, cardStarted = true): void {
    node.up = true;
    node.generation++;
    node.tickAt = Number.POSITIVE_INFINITY;
    node.boot = 1 + fabric.rng.int(MAX_BOOT_INCARNATION);
    const memory = fabric.card(node.address).memory;
    memory.write(MAILBOX_ADDRESS, new Uint8Array(BOOTSTRAP_REGION_BYTES));
    if (cardStarted) core.registerBootstrapRegion(MAILBOX_ADDRESS, BOOTSTRAP_REGION_BYTES);
    memory.writeWord(MAILBOX_ADDRESS, FIRMWARE_ONLY_STATUS);
    const [minVersion, maxVersion] = this.options.versions?.[node.index] ?? [1, 1];
    node.handshakes.clear();
    if (cardStarted) {
      node.vis.clear();
      node.controlVis.clear();
    }
    const controlVis: number[] = [];
    for (const partner of this.nodes) {
      if (partner === node) continue;
      // One VI per partner, so one partner's retries never hold another's completions back (kept
      // across host reboots: the card still has them), and one control VI per partner.
      if (!node.vis.has(partner.index)) node.vis.set(partner.index, core.createVi());
      if (!node.controlVis.has(partner.index)) node.controlVis.set(partner.index, core.createVi());
      controlVis[partner.index] = node.controlVis.get(partner.index) as number;
      const handshake = new Handshake({
        selfIndex: node.index,
        selfBoot: node.boot,
        minVersion,
        maxVersion,
        partnerIndex: partner.index,
        ...(this.options.timing === undefined ? {} : { timing: this.options.timing }),
      });
      node.handshakes.set(partner.index, handshake);
    }
    memory.write(
      MAILBOX_ADDRESS + HEADER_FIELDS_OFFSET,
      encodeHeader({ nodeIndex: node.index, bootIncarnation: node.boot, minVersion, maxVersion, controlVis }),
    );
    // Start once the card has finished booting (this runs inside the card's start-up).
    const generation = node.generation;
    fabric.scheduler.after(0, () => {
      if (node.generation !== generation) return;
      for (const [partner, handshake] of node.handshakes)
        this.apply(node, partner, handshake.handle({ type: "start" }, fabric.now));
      this.rearm(node);
    });
  }

  private apply(node: SimNode, partnerIndex: number, actions: HandshakeAction[]): void {
    const partner = this.nodes[partnerIndex] as SimNode;
    const handshake = node.handshakes.get(partnerIndex) as Handshake;
    const generation = node.generation;
    for (const action of actions) {
      this.events.push({
        at: this.now,
        node: node.index,
        partner: partnerIndex,
        action,
        selfBoot: node.boot,
        selfId: handshake.selfId,
        partnerBootNow: partner.up ? partner.boot : undefined,
      });
      const remote = { hardwareAddress: partner.address, vi: BOOTSTRAP_VI };
      const vi = node.vis.get(partnerIndex) as number;
      switch (action.type) {
        case "read":
          this.fabric.post(
            node.address,
            vi,
            {
              opcode: "read",
              remote,
              rkey: BOOTSTRAP_RKEY,
              remoteAddress: action.address,
              length: action.length,
            },
            (c) => {
              if (node.generation !== generation) return;
              const mailbox = c.status === CompletionStatus.SUCCESS ? c.data : undefined;
              this.apply(
                node,
                partnerIndex,
                handshake.handle({ type: "read-done", seq: action.seq, mailbox }, this.now),
              );
              this.rearm(node);
            },
          );
          break;
        case "write":
          this.fabric.post(
            node.address,
            vi,
            {
              opcode: "write",
              remote,
              rkey: BOOTSTRAP_RKEY,
              remoteAddress: action.address,
              data: action.data,
            },
            (c) => {
              if (node.generation !== generation) return;
              const ok = c.status === CompletionStatus.SUCCESS;
              this.apply(
                node,
                partnerIndex,
                handshake.handle({ type: "write-done", seq: action.seq, ok }, this.now),
              );
              this.rearm(node);
            },
          );
          break;
        case "connect-control":
          this.fabric.card(node.address).core.connectVi(node.controlVis.get(partnerIndex) as number, {
            hardwareAddress: partner.address,
            vi: action.partnerControlVi,
          });
          break;
        case "mark-seen":
          this.fabric
            .card(node.address)
            .memory.writeWord(MAILBOX_ADDRESS + seenOffset(partnerIndex), BigInt(action.id));
          break;
        default:
          break;
      }
    }
  }

  /** One pending tick per node, at its earliest handshake's wake-up. */
  private rearm(node: SimNode): void {
    let next = Number.POSITIVE_INFINITY;
    for (const handshake of node.handshakes.values()) next = Math.min(next, handshake.wakeAt);
    if (next >= node.tickAt) return;
    node.tickAt = next;
    const generation = node.generation;
    this.fabric.scheduler.at(next, () => {
      if (node.generation !== generation || node.tickAt !== next) return;
      node.tickAt = Number.POSITIVE_INFINITY;
      const memory = this.fabric.card(node.address).memory;
      for (const [partnerIndex, handshake] of node.handshakes) {
        if (handshake.wakeAt > this.now) continue;
        const localSlot = decodeSlot(memory.read(MAILBOX_ADDRESS + slotOffset(partnerIndex), SLOT_BYTES));
        this.apply(node, partnerIndex, handshake.handle({ type: "tick", localSlot }, this.now));
      }
      this.rearm(node);
    });
  }
}
