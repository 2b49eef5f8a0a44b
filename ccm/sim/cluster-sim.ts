/**
 * The connection manager in the sim runtime: every node of a cluster in one process, over
 * SimFabric's cards, on the virtual clock, with the seeded PRNG deciding boot incarnations, keys
 * and faults. A node crash is a card crash; a host reboot replaces the manager while the card
 * keeps running (so writes aimed at the old boot can still land); a hung OS freezes the manager
 * behind its gate while the card goes on serving.
 */

import type { Clock } from "../../kit/clock.js";
import {
  BOOTSTRAP_REGION_BYTES,
  type CardCore,
  FIRMWARE_ONLY_STATUS,
  type HardwareAddress,
  SimFabric,
  type WorkRequest,
} from "../../rdma-emu/index.js";
import type { ClientRequest } from "../client-registry.js";
import { ConnectionManager } from "../connection-manager.js";
import type { HandshakeTiming } from "../handshake.js";
import { decodeSlot, MAILBOX_ADDRESS, MAX_BOOT_INCARNATION, type SlotRecord } from "../mailbox-layout.js";
import type { ManagerEvent } from "../manager-events.js";
import type { NodeCard } from "../node-card.js";
import { OsGate } from "../os-gate.js";

export interface ClusterSimOptions {
  readonly seed: number;
  readonly nodes: number;
  /** Supported protocol versions per node (default 1..1 everywhere). */
  readonly versions?: readonly (readonly [number, number])[];
  readonly retryTimeoutMs?: number;
  readonly timing?: HandshakeTiming;
  /** Clients each node registers whenever it boots. */
  readonly clients?: (node: number) => readonly ClientRequest[];
  readonly trace?: boolean;
}

/** Something a node's manager reported, with what the harness knew at that moment. */
export interface SimEvent {
  readonly at: number;
  readonly node: number;
  readonly boot: number;
  readonly event: ManagerEvent;
}

/** A mailbox slot record a node posted in an RDMA WRITE (observed where it leaves the manager). */
export interface SlotWrite {
  readonly at: number;
  readonly node: number;
  readonly record: SlotRecord;
}

const FIRST_ADDRESS = 0x0a0001;
const DEFAULT_SIM_RETRY_TIMEOUT_MS = 100;
const SIM_MEMORY_BYTES = 1024 * 1024;

class SimNode {
  up = true;
  boot = 0;
  manager: ConnectionManager | undefined;
  gate = new OsGate();
  /** Bumped at every boot: callbacks of an earlier boot are ignored. */
  generation = 0;

  constructor(
    readonly index: number,
    readonly id: string,
    readonly address: HardwareAddress,
  ) {}
}

export class ClusterSim {
  readonly fabric: SimFabric;
  readonly events: SimEvent[] = [];
  readonly slotWrites: SlotWrite[] = [];
  /** Messages clients received: `${node}/${client} <- ${partner}:${port} ${text}`. */
  readonly delivered: string[] = [];
  private readonly nodes: SimNode[];

  constructor(private readonly options: ClusterSimOptions) {
    this.nodes = Array.from({ length: options.nodes }, (_, i) => new SimNode(i, `n${i}`, FIRST_ADDRESS + i));
    this.fabric = new SimFabric({
      seed: options.seed,
      cards: this.nodes.map((n) => n.address),
      memoryBytes: SIM_MEMORY_BYTES,
      retryTimeoutMs: options.retryTimeoutMs ?? DEFAULT_SIM_RETRY_TIMEOUT_MS,
      trace: options.trace ?? false,
      onCardStart: (card, fabric) => this.bootNode(fabric, this.nodeAt(card.hardwareAddress), card.core),
      onLinkChange: (a, b, up) => {
        if (!up) {
          this.run(this.nodeAt(a), (m) => m.linkDown(b, "card crashed"));
          return;
        }
        this.run(this.nodeAt(a), (m) => m.linkUp(b));
        this.run(this.nodeAt(b), (m) => m.linkUp(a));
      },
    });
  }

  get now(): number {
    return this.fabric.now;
  }

  id(index: number): string {
    return this.node(index).id;
  }

  isUp(index: number): boolean {
    return this.node(index).up;
  }

  boot(index: number): number {
    return this.node(index).boot;
  }

  manager(index: number): ConnectionManager | undefined {
    const node = this.node(index);
    return node.up ? node.manager : undefined;
  }

  crash(index: number): void {
    const node = this.node(index);
    node.up = false;
    node.generation++;
    node.manager?.stop();
    node.manager = undefined;
    this.fabric.crash(node.address);
  }

  restart(index: number): void {
    this.fabric.restart(this.node(index).address);
  }

  /**
   * The node's host reboots while its card keeps running (what the card's independence from the
   * OS is for): a new boot incarnation and a wiped mailbox, but links and requests in flight
   * survive, so partners' writes aimed at the old boot can still land in the new mailbox.
   */
  rebootHost(index: number): void {
    const node = this.node(index);
    if (!node.up) return;
    node.manager?.stop();
    this.bootNode(this.fabric, node, this.fabric.card(node.address).core, false);
  }

  /** The node's OS hangs (its manager stops processing) or recovers. */
  hang(index: number): void {
    this.node(index).gate.freeze();
  }

  recover(index: number): void {
    this.node(index).gate.thaw();
  }

  /** The node's manager declares the partner down (as heartbeats or a status read would). */
  declareDown(index: number, partner: number): void {
    this.run(this.node(index), (m) => m.partnerDown(this.id(partner), "declared down"));
  }

  /** A client registers on the node unless it is there, or leaves it (through the OS gate). */
  attach(index: number, request: ClientRequest): void {
    this.run(this.node(index), (m) => m.clients.get(request.name) ?? m.registerClient(request));
  }

  detach(index: number, client: string): void {
    this.run(this.node(index), (m) => m.unregisterClient(client));
  }

  /** Sends a message from `client` on `node` to its counterpart on `partner`, over port 0. */
  sendMessage(index: number, client: string, partner: number, text: string): boolean {
    const node = this.node(index);
    const manager = this.manager(index);
    if (manager === undefined) return false;
    const target = manager.resolvePort(client, this.id(partner), 0);
    this.fabric.post(
      node.address,
      target.vi,
      { opcode: "send", data: new TextEncoder().encode(text) },
      () => {},
    );
    return true;
  }

  private node(index: number): SimNode {
    const node = this.nodes[index];
    if (node === undefined) throw new RangeError(`no sim node ${index}`);
    return node;
  }

  private nodeAt(address: HardwareAddress): SimNode {
    return this.nodes.find((n) => n.address === address) as SimNode;
  }

  /** Runs `work` on the node's manager, through its OS gate, if the node is up. */
  private run(node: SimNode, work: (manager: ConnectionManager) => void): void {
    const generation = node.generation;
    node.gate.run(() => {
      if (node.generation === generation && node.up && node.manager !== undefined) work(node.manager);
    });
  }

  private bootNode(fabric: SimFabric, node: SimNode, core: CardCore, cardStarted = true): void {
    node.up = true;
    node.generation++;
    node.gate = new OsGate();
    node.boot = 1 + fabric.rng.int(MAX_BOOT_INCARNATION);
    const memory = fabric.card(node.address).memory;
    if (cardStarted) core.registerBootstrapRegion(MAILBOX_ADDRESS, BOOTSTRAP_REGION_BYTES);
    memory.writeWord(MAILBOX_ADDRESS, FIRMWARE_ONLY_STATUS);
    const [minVersion, maxVersion] = this.options.versions?.[node.index] ?? [1, 1];
    const manager = new ConnectionManager({
      self: { id: node.id, index: node.index },
      partners: this.nodes
        .filter((p) => p !== node)
        .map((p) => ({ id: p.id, index: p.index, card: p.address })),
      bootIncarnation: node.boot,
      minVersion,
      maxVersion,
      card: this.nodeCard(fabric, node),
      clock: this.nodeClock(fabric, node),
      ...(this.options.timing === undefined ? {} : { timing: this.options.timing }),
      onEvent: (event) => this.record(node, event),
    });
    node.manager = manager;
    // Start once the card has finished booting (this runs inside the card's start-up).
    fabric.scheduler.after(0, () =>
      this.run(node, (m) => {
        m.start();
        for (const request of this.options.clients?.(node.index) ?? []) this.attach(node.index, request);
      }),
    );
  }

  private record(node: SimNode, event: ManagerEvent): void {
    this.events.push({ at: this.now, node: node.index, boot: node.boot, event });
    if (event.type === "message") {
      this.delivered.push(
        `${node.index}/${event.client} <- ${event.partner}:${event.port} ${new TextDecoder().decode(event.data)}`,
      );
    }
  }

  /** The node's card as its manager sees it: completions pass the OS gate, stale boots are cut off. */
  private nodeCard(fabric: SimFabric, node: SimNode): NodeCard {
    const core = () => fabric.card(node.address).core;
    const generation = node.generation;
    const deliver = <T>(onComplete: (value: T) => void) =>
      node.gate.wrap((value: T) => {
        if (node.generation === generation) onComplete(value);
      });
    return {
      hardwareAddress: node.address,
      memory: fabric.card(node.address).memory,
      createVi: (pd) => core().createVi(pd),
      connectVi: (vi, remote) => core().connectVi(vi, remote),
      destroyVi: (vi) => core().destroyVi(vi),
      registerRegion: (request) => core().registerRegion(request),
      deregisterRegion: (region) => core().deregisterRegion(region),
      post: (vi, request, onComplete) => {
        this.observeSlotWrite(fabric, node, request);
        fabric.post(node.address, vi, request, deliver(onComplete));
      },
      postReceive: (vi, maxLength, onComplete) =>
        fabric.postReceive(node.address, vi, maxLength, deliver(onComplete)),
    };
  }

  private nodeClock(fabric: SimFabric, node: SimNode): Clock {
    const { scheduler } = fabric;
    return {
      now: () => scheduler.now,
      at: (time, run) => {
        let cancelled = false;
        const generation = node.generation;
        scheduler.at(time, () =>
          node.gate.run(() => {
            if (!cancelled && node.generation === generation) run();
          }),
        );
        return () => {
          cancelled = true;
        };
      },
    };
  }

  /** Records every mailbox slot record a node sends toward a partner's memory, when it posts it. */
  private observeSlotWrite(fabric: SimFabric, node: SimNode, request: WorkRequest): void {
    if (request.opcode !== "write") return;
    const record = decodeSlot(request.data);
    if (record !== undefined) this.slotWrites.push({ at: fabric.now, node: node.index, record });
  }
}
