/**
 * The whole-node sim: every node of a cluster in one process, composed as the node emulator
 * composes one (sim-node.ts: a card and a connection manager per fabric, the fabric policy, the
 * services the node hosts), over SimFabric's cards, on the virtual clock, with one seeded PRNG
 * deciding boot incarnations, keys, delivery and faults. A node crash is a crash of its cards; a
 * host reboot replaces its software while the cards keep running (so writes aimed at the old boot
 * can still land); a hung OS freezes the node behind its gate while the cards go on serving.
 */
import type { Prng } from "../../kit/prng.js";
import type { Scheduler } from "../../kit/scheduler.js";
import {
  type CardCore,
  type HardwareAddress,
  type LinkFaults,
  SimFabric,
  type WorkRequest,
} from "../../rdma-emu/index.js";
import type { ClientRequest } from "../client-registry.js";
import type { ConnectionManager } from "../connection-manager.js";
import { OsStateError } from "../errors.js";
import type { HandshakeTiming } from "../handshake.js";
import { decodeSlot, MAX_BOOT_INCARNATION, type SlotRecord } from "../mailbox-layout.js";
import type { ManagerEvent } from "../manager-events.js";
import type { NodeService, ServiceCaller } from "../service.js";
import { SimCaller } from "./sim-caller.js";
import { SimNode } from "./sim-node.js";

export interface ClusterSimOptions {
  readonly seed: number;
  readonly nodes: number;
  /** 2 for a duplicate fabric (a second card per node); default 1. */
  readonly fabrics?: number;
  /** Supported protocol versions per node (default 1..1 everywhere). */
  readonly versions?: readonly (readonly [number, number])[];
  readonly retryTimeoutMs?: number;
  readonly timing?: HandshakeTiming;
  /** Clients each node registers whenever it boots. */
  readonly clients?: (node: number) => readonly ClientRequest[];
  /** The services a node hosts, fresh for each boot (a restarted process starts from its disk). */
  readonly services?: (node: number) => readonly NodeService[];
  /** Told when a node's boot has started its managers and services. */
  readonly onStarted?: (node: number) => void;
  /** Told when a service's reset (ServiceHost.resetNode) reboots a node, just before it does. */
  readonly onReset?: (node: number, reason: string) => void;
  readonly trace?: boolean;
}

/** Something a node's manager reported, with what the harness knew at that moment. */
export interface SimEvent {
  readonly at: number;
  readonly node: number;
  readonly boot: number;
  readonly fabric: number;
  readonly event: ManagerEvent;
}

/** A mailbox slot record a node posted in an RDMA WRITE (observed where it leaves the manager). */
export interface SlotWrite {
  readonly at: number;
  readonly node: number;
  readonly record: SlotRecord;
}

/** A node reset by one of its services (ServiceHost.resetNode), as carried out. */
export interface SimReset {
  readonly at: number;
  readonly node: number;
  /** The boot incarnation that ended. */
  readonly boot: number;
  readonly reason: string;
}

/** The caller of a call that names none: it takes every push, records nothing, and never closes. */
const NO_CALLER: ServiceCaller = { id: 0, push: () => true, onClose: () => {} };

/** Hardware addresses: fabric f's card of node i is FIRST_ADDRESS + f × FABRIC_STRIDE + i. */
const FIRST_ADDRESS = 0x0a0001;
const FABRIC_STRIDE = 0x010000;
const DEFAULT_SIM_RETRY_TIMEOUT_MS = 100;
const SIM_MEMORY_BYTES = 1024 * 1024;

export class ClusterSim {
  readonly fabrics: SimFabric[] = [];
  readonly events: SimEvent[] = [];
  readonly slotWrites: SlotWrite[] = [];
  /** Messages clients received: `${node}/${client} <- ${partner}:${port} ${text}`. */
  readonly delivered: string[] = [];
  /** Resets services asked for, in the order carried out. */
  readonly resets: SimReset[] = [];
  private readonly nodes: SimNode[];
  /** The SimCallers that called each node's services in its current boot: they close with it. */
  private readonly callers = new Map<number, Set<SimCaller>>();

  constructor(private readonly options: ClusterSimOptions) {
    const fabricCount = options.fabrics ?? 1;
    this.nodes = Array.from(
      { length: options.nodes },
      (_, i) =>
        new SimNode(
          i,
          `n${i}`,
          Array.from({ length: fabricCount }, (_, f) => FIRST_ADDRESS + f * FABRIC_STRIDE + i),
          SIM_MEMORY_BYTES,
        ),
    );
    for (let f = 0; f < fabricCount; f++) {
      const first = this.fabrics[0];
      this.fabrics.push(
        new SimFabric({
          seed: options.seed,
          cards: this.nodes.map((n) => n.addresses[f] as HardwareAddress),
          retryTimeoutMs: options.retryTimeoutMs ?? DEFAULT_SIM_RETRY_TIMEOUT_MS,
          trace: options.trace ?? false,
          ...(first === undefined ? {} : { shared: { scheduler: first.scheduler, rng: first.rng } }),
          memory: (address) => this.nodeAt(f, address).memory,
          onCardStart: (card) => this.cardStarted(this.nodeAt(f, card.hardwareAddress), f, card.core),
          onLinkChange: (a, b, up) => {
            const node = this.nodeAt(f, a);
            const partner = this.nodeAt(f, b);
            if (!up) {
              this.onManager(node, f, (m) => m.linkDown(b, "card crashed"));
              return;
            }
            this.onManager(node, f, (m) => m.linkUp(b));
            this.onManager(partner, f, (m) => m.linkUp(a));
          },
        }),
      );
    }
    for (const node of this.nodes) this.startNode(node);
  }

  /** The first fabric. */
  get fabric(): SimFabric {
    return this.fabrics[0] as SimFabric;
  }

  get scheduler(): Scheduler {
    return this.fabric.scheduler;
  }

  /** The run's one source of randomness (the harness draws its faults from it too). */
  get rng(): Prng {
    return this.fabric.rng;
  }

  get now(): number {
    return this.fabric.now;
  }

  runUntil(time: number): void {
    this.fabric.runUntil(time);
  }

  runFor(ms: number): void {
    this.fabric.runFor(ms);
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

  /** The node's manager on `fabric` (the first by default), while the node is up. */
  manager(index: number, fabric = 0): ConnectionManager | undefined {
    const node = this.node(index);
    return node.up ? node.managers[fabric] : undefined;
  }

  /** The node's hosted service `name` of its current boot, while the node is up. */
  service(index: number, name: string): NodeService | undefined {
    const node = this.node(index);
    return node.up ? node.services?.get(name) : undefined;
  }

  /**
   * A client's call to a hosted service, through the node's OS gate (held while it is hung).
   * `caller` is the client connection it comes from (default: one that takes every push, records
   * nothing and never closes); a SimCaller closes when the node crashes or reboots, as a node's
   * connections do. As on a node, a close the service hears later reaches it in the next event,
   * through the gate, and never once its boot is gone.
   */
  callService(
    index: number,
    name: string,
    payload: Uint8Array,
    done: (result: Uint8Array | Error) => void,
    caller: ServiceCaller = NO_CALLER,
  ): void {
    const node = this.node(index);
    const service = this.service(index, name);
    if (service === undefined) {
      done(new OsStateError(`${node.id} is down`));
      return;
    }
    if (caller instanceof SimCaller) {
      const callers = this.callers.get(index) ?? new Set<SimCaller>();
      this.callers.set(index, callers);
      callers.add(caller);
    }
    const generation = node.generation;
    const seen: ServiceCaller = {
      id: caller.id,
      push: (pushed) => caller.push(pushed),
      onClose: (listener) => {
        let registering = true;
        caller.onClose(() => {
          if (registering) listener();
          else this.scheduler.after(0, () => node.runIn(generation, listener));
        });
        registering = false;
      },
    };
    node.run(() => service.call(payload, done, seen));
  }

  /** The node's cards crash: its software is gone, its links end, its memory stays. */
  crash(index: number): void {
    const node = this.node(index);
    node.up = false;
    node.halt();
    this.closeCallers(node);
    this.fabrics.forEach((fabric, f) => {
      fabric.crash(node.addresses[f] as HardwareAddress);
    });
  }

  /** The node's cards boot again (its software follows once every card is up). */
  restart(index: number): void {
    const node = this.node(index);
    this.fabrics.forEach((fabric, f) => {
      fabric.restart(node.addresses[f] as HardwareAddress);
    });
  }

  /**
   * The node's host reboots while its cards keep running (what the card's independence from the
   * OS is for): a new boot incarnation and a wiped mailbox, but links and requests in flight
   * survive, so partners' writes aimed at the old boot can still land in the new mailbox.
   */
  rebootHost(index: number): void {
    const node = this.node(index);
    if (node.up) this.startNode(node);
  }

  /** The node's OS hangs (its software stops processing) or recovers. */
  hang(index: number): void {
    this.node(index).gate.freeze();
  }

  recover(index: number): void {
    this.node(index).gate.thaw();
  }

  /** The node's managers declare the partner down (as heartbeats or a status read would). */
  declareDown(index: number, partner: number): void {
    const node = this.node(index);
    node.run(() => {
      for (const manager of node.managers) manager.partnerDown(this.id(partner), "declared down");
    });
  }

  /** Faults on fabric `fabric`'s frames from node `from` to node `to` ({} clears them). */
  setFaults(from: number, to: number, faults: LinkFaults, fabric = 0): void {
    const f = this.fabrics[fabric] as SimFabric;
    f.setFaults(
      this.node(from).addresses[fabric] as number,
      this.node(to).addresses[fabric] as number,
      faults,
    );
  }

  /** A client registers on the node unless it is there, or leaves it (through the OS gate). */
  attach(index: number, request: ClientRequest): void {
    const node = this.node(index);
    node.run(() => {
      if (node.managers[0]?.clients.get(request.name) === undefined) node.fabrics?.register(request);
    });
  }

  detach(index: number, client: string): void {
    const node = this.node(index);
    node.run(() => node.fabrics?.unregister(client));
  }

  /** Sends a message from `client` on `node` to its counterpart on `partner`, over port 0. */
  sendMessage(index: number, client: string, partner: number, text: string): boolean {
    const node = this.node(index);
    if (!node.up || node.fabrics === undefined) return false;
    node.fabrics.router.send(client, this.id(partner), 0, new TextEncoder().encode(text), () => {});
    return true;
  }

  private node(index: number): SimNode {
    const node = this.nodes[index];
    if (node === undefined) throw new RangeError(`no sim node ${index}`);
    return node;
  }

  private nodeAt(fabric: number, address: HardwareAddress): SimNode {
    return this.nodes.find((n) => n.addresses[fabric] === address) as SimNode;
  }

  /** Runs `work` on the node's manager on `fabric`, through its OS gate, if the node is up. */
  private onManager(node: SimNode, fabric: number, work: (manager: ConnectionManager) => void): void {
    node.run(() => {
      const manager = node.managers[fabric];
      if (manager !== undefined) work(manager);
    });
  }

  /** A card (re)started: its firmware serves the mailbox; the node boots once all its cards are up. */
  private cardStarted(node: SimNode, fabric: number, core: CardCore): void {
    SimNode.cardStarted(core, fabric);
    // While the fabrics are being built the constructor boots every node once they all are.
    if (this.fabrics.length < (this.options.fabrics ?? 1)) return;
    if (this.fabrics.every((f, i) => f.card(node.addresses[i] as HardwareAddress).alive))
      this.startNode(node);
  }

  /** The node's client connections close with its boot. */
  private closeCallers(node: SimNode): void {
    const callers = this.callers.get(node.index);
    this.callers.delete(node.index);
    for (const caller of callers ?? []) caller.close();
  }

  /**
   * A service of the node's current boot asked for a reset: the host reboots in the next event
   * (never inside the service's call), once however often that boot asks, and not at all if the
   * boot ended meanwhile (a crash, a reboot).
   */
  private resetLater(node: SimNode, asked: { done: boolean }, reason: string): void {
    if (asked.done) return;
    asked.done = true;
    const generation = node.generation;
    this.scheduler.after(0, () => {
      if (node.generation !== generation || !node.up) return;
      this.resets.push({ at: this.now, node: node.index, boot: node.boot, reason });
      this.options.onReset?.(node.index, reason);
      this.rebootHost(node.index);
    });
  }

  private startNode(node: SimNode): void {
    const [minVersion, maxVersion] = this.options.versions?.[node.index] ?? [1, 1];
    this.closeCallers(node);
    const asked = { done: false };
    node.start(
      this.fabrics,
      this.nodes.filter((p) => p !== node),
      {
        incarnation: 1 + this.rng.int(MAX_BOOT_INCARNATION),
        versions: [minVersion, maxVersion],
        timing: this.options.timing,
        services: this.options.services?.(node.index) ?? [],
        onEvent: (fabric, event) => this.record(node, fabric, event),
        onPost: (request) => this.observeSlotWrite(node, request),
        started: () => {
          for (const request of this.options.clients?.(node.index) ?? []) this.attach(node.index, request);
          this.options.onStarted?.(node.index);
        },
        resetNode: (reason) => this.resetLater(node, asked, reason),
      },
    );
  }

  private record(node: SimNode, fabric: number, event: ManagerEvent): void {
    this.events.push({ at: this.now, node: node.index, boot: node.boot, fabric, event });
    if (event.type === "message") {
      this.delivered.push(
        `${node.index}/${event.client} <- ${event.partner}:${event.port} ${new TextDecoder().decode(event.data)}`,
      );
    }
  }

  /** Records every mailbox slot record a node sends toward a partner's memory, when it posts it. */
  private observeSlotWrite(node: SimNode, request: WorkRequest): void {
    if (request.opcode !== "write") return;
    const record = decodeSlot(request.data);
    if (record !== undefined) this.slotWrites.push({ at: this.now, node: node.index, record });
  }
}
