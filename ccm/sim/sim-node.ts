/**
 * One node of the whole-node sim, composed as the node emulator composes one (ccm/node.ts): a card
 * and a connection manager per fabric over the node's one host memory, the fabric policy and
 * registrations (NodeFabrics), and the services the node hosts (HostedServices) on a ServiceHost
 * whose clock, timers, randomness and end-of-turn work are the sim's. Everything the storage OS
 * runs passes its gate; a boot's callbacks never reach a later boot (`generation`).
 */
import type { Logger } from "pino";
import { pino } from "pino";
import type { Clock } from "../../kit/clock.js";
import {
  BOOTSTRAP_REGION_BYTES,
  type CardCore,
  CompletionStatus,
  FIRMWARE_ONLY_STATUS,
  type HardwareAddress,
  HostMemory,
  type SimFabric,
  STATUS_WORD_OFFSET,
  type WorkRequest,
} from "../../rdma-emu/index.js";
import { ConnectionManager } from "../connection-manager.js";
import { CLIENT_MEMORY_ALIGNMENT, CLIENT_MEMORY_BASE } from "../constants.js";
import type { FabricPath } from "../fabric-router.js";
import type { HandshakeTiming } from "../handshake.js";
import { HostedServices } from "../hosted-services.js";
import { mailboxAddressOf } from "../mailbox-layout.js";
import type { ManagerEvent } from "../manager-events.js";
import { MemoryPool } from "../memory-pool.js";
import type { NodeCard } from "../node-card.js";
import { NodeFabrics } from "../node-fabrics.js";
import { OsGate } from "../os-gate.js";
import type { NodeService } from "../service.js";

const SILENT: Logger = pino({ level: "silent" });

export interface SimNodeBoot {
  readonly incarnation: number;
  readonly versions: readonly [number, number];
  readonly timing: HandshakeTiming | undefined;
  readonly services: readonly NodeService[];
  /** What each fabric's manager reports (recorded by the harness), before the node acts on it. */
  readonly onEvent: (fabric: number, event: ManagerEvent) => void;
  /** Sees every request the node posts (the harness records mailbox slot writes). */
  readonly onPost: (request: WorkRequest) => void;
  /** Runs once the managers and the services have started (the harness attaches its clients). */
  readonly started: () => void;
  /** A service of this boot asked for the node to reset (ServiceHost.resetNode). */
  readonly resetNode: (reason: string) => void;
}

export class SimNode {
  up = true;
  boot = 0;
  gate = new OsGate();
  /** Bumped at every boot and crash: callbacks of an earlier boot are ignored. */
  generation = 0;
  paths: FabricPath[] = [];
  fabrics: NodeFabrics | undefined;
  services: HostedServices | undefined;
  readonly memory: HostMemory;

  constructor(
    readonly index: number,
    readonly id: string,
    /** Its card's hardware address on each fabric. */
    readonly addresses: readonly HardwareAddress[],
    memoryBytes: number,
  ) {
    this.memory = new HostMemory(memoryBytes);
  }

  get managers(): ConnectionManager[] {
    return this.paths.map((p) => p.manager);
  }

  /** Runs `work` as the storage OS of this boot would: through the gate, and only while it lives. */
  run(work: () => void): void {
    this.runIn(this.generation, work);
  }

  /** Runs `work` as the storage OS of boot `generation` would: never once that boot is gone. */
  runIn(generation: number, work: () => void): void {
    this.gate.run(() => {
      if (this.generation === generation && this.up) work();
    });
  }

  /** The storage OS of this boot stops: its managers and services end, its callbacks are cut off. */
  halt(): void {
    this.generation++;
    this.gate.kill();
    this.services?.stopAll();
    for (const manager of this.managers) manager.stop();
    this.paths = [];
    this.fabrics = undefined;
    this.services = undefined;
  }

  /**
   * Boots the node's software over its running cards: a fresh mailbox on each fabric, a manager
   * per fabric, then (in the next event, once the cards have finished starting) the managers
   * start and the services register and start.
   */
  start(fabrics: readonly SimFabric[], partners: readonly SimNode[], boot: SimNodeBoot): void {
    this.halt();
    this.up = true;
    this.gate = new OsGate();
    this.boot = boot.incarnation;
    const clock = this.clock(fabrics[0] as SimFabric);
    const pool = new MemoryPool(
      CLIENT_MEMORY_BASE,
      this.memory.size - CLIENT_MEMORY_BASE,
      CLIENT_MEMORY_ALIGNMENT,
    );
    this.paths = fabrics.map((fabric, index) => {
      const osCard = this.osCard(fabric, index, boot);
      const mailboxAddress = mailboxAddressOf(index);
      this.memory.writeWord(mailboxAddress + STATUS_WORD_OFFSET, FIRMWARE_ONLY_STATUS);
      const manager = new ConnectionManager({
        self: { id: this.id, index: this.index },
        partners: partners.map((p) => ({ id: p.id, index: p.index, card: p.addresses[index] as number })),
        bootIncarnation: boot.incarnation,
        minVersion: boot.versions[0],
        maxVersion: boot.versions[1],
        card: osCard,
        clock,
        mailboxAddress,
        memoryPool: pool,
        ...(boot.timing === undefined ? {} : { timing: boot.timing }),
        onEvent: (event) => {
          boot.onEvent(index, event);
          this.fabrics?.managerEvent(index, event);
        },
      });
      return { index, manager, osCard };
    });
    const nodeFabrics = new NodeFabrics({
      fabrics: fabrics.length,
      paths: this.paths,
      memory: this.memory,
      pool,
      clock,
    });
    this.fabrics = nodeFabrics;
    const scheduler = (fabrics[0] as SimFabric).scheduler;
    const rng = (fabrics[0] as SimFabric).rng;
    this.services = new HostedServices(boot.services, {
      node: this.id,
      partners: () => partners.map((p) => p.id),
      logger: SILENT,
      clock,
      gate: this.gate,
      memory: this.memory,
      fabrics: nodeFabrics,
      random: () => rng.next(),
      defer: (work) => scheduler.after(0, () => this.run(work)),
      resetNode: boot.resetNode,
    });
    const services = this.services;
    scheduler.after(0, () =>
      this.run(() => {
        for (const manager of this.managers) manager.start();
        services.startAll();
        boot.started();
      }),
    );
  }

  /** Registers a card's bootstrap region, as its firmware does when it (re)starts. */
  static cardStarted(core: CardCore, fabric: number): void {
    core.registerBootstrapRegion(mailboxAddressOf(fabric), BOOTSTRAP_REGION_BYTES);
  }

  /** The node's card on `fabric` as its OS sees it: completions pass the gate, stale boots are cut off. */
  private osCard(fabric: SimFabric, index: number, boot: SimNodeBoot): NodeCard {
    const address = this.addresses[index] as HardwareAddress;
    const core = () => fabric.card(address).core;
    const generation = this.generation;
    const deliver = <T>(onComplete: (value: T) => void) =>
      this.gate.wrap((value: T) => {
        if (this.generation === generation) onComplete(value);
      });
    return {
      hardwareAddress: address,
      memory: this.memory,
      createVi: (pd) => core().createVi(pd),
      connectVi: (vi, remote) => core().connectVi(vi, remote),
      destroyVi: (vi) => core().destroyVi(vi),
      registerRegion: (request) => core().registerRegion(request),
      deregisterRegion: (region) => core().deregisterRegion(region),
      // As in a node process, a post the card refuses completes (flushed) rather than throws.
      post: (vi, request, onComplete) => {
        boot.onPost(request);
        const done = deliver(onComplete);
        try {
          fabric.post(address, vi, request, done);
        } catch (error) {
          fabric.scheduler.after(0, () => done({ ...flushed(error), opcode: request.opcode }));
        }
      },
      postReceive: (vi, maxLength, onComplete) => {
        const done = deliver(onComplete);
        try {
          fabric.postReceive(address, vi, maxLength, done);
        } catch (error) {
          fabric.scheduler.after(0, () =>
            done({ ...flushed(error), data: new Uint8Array(0), immediate: undefined, source: undefined }),
          );
        }
      },
    };
  }

  /** The virtual clock as this boot's OS sees it: its timers pass the gate and die with the boot. */
  private clock(fabric: SimFabric): Clock {
    const { scheduler } = fabric;
    const generation = this.generation;
    return {
      now: () => scheduler.now,
      at: (time, run) => {
        let cancelled = false;
        scheduler.at(time, () =>
          this.gate.run(() => {
            if (!cancelled && this.generation === generation) run();
          }),
        );
        return () => {
          cancelled = true;
        };
      },
    };
  }
}

function flushed(error: unknown): { status: CompletionStatus; detail: string } {
  return { status: CompletionStatus.WR_FLUSH_ERR, detail: (error as Error).message };
}
