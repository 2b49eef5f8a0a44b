/**
 * One of a node's cards, on one fabric, with the connection manager that runs over it. A node has
 * one plane per fabric: two with a duplicate fabric (000 claim 7, 001 claim 17), both cards over
 * the node's one host memory, each serving its own boot mailbox at its fabric's predefined address
 * and registering the same client memory under its own keys.
 */
import type { Logger } from "pino";
import type { Clock } from "../kit/clock.js";
import {
  BOOTSTRAP_REGION_BYTES,
  Card,
  type CardEvent,
  CompletionStatus,
  type FabricConfig,
  formatHardwareAddress,
  type HostMemory,
  STATUS_WORD_OFFSET,
} from "../rdma-emu/index.js";
import type { PartnerViewBody } from "./client-codec.js";
import type { ClusterConfig, NodeConfig } from "./cluster-config.js";
import { ConnectionManager } from "./connection-manager.js";
import type { FabricPath } from "./fabric-router.js";
import { mailboxAddressOf } from "./mailbox-layout.js";
import type { ManagerEvent } from "./manager-events.js";
import type { MemoryPool } from "./memory-pool.js";
import type { NodeCard } from "./node-card.js";
import type { OsGate } from "./os-gate.js";

export interface FabricPlaneOptions {
  readonly index: number;
  readonly config: ClusterConfig;
  readonly node: NodeConfig;
  readonly memory: HostMemory;
  readonly pool: MemoryPool;
  readonly gate: OsGate;
  readonly clock: Clock;
  readonly bootIncarnation: number;
  readonly logger: Logger;
  readonly onEvent: (plane: FabricPlane, event: ManagerEvent) => void;
}

export class FabricPlane implements FabricPath {
  readonly index: number;
  readonly mailboxAddress: number;
  readonly manager: ConnectionManager;
  /** The card as the storage OS sees it: completions come back through the OS gate. */
  readonly osCard: NodeCard;

  private constructor(
    readonly card: Card,
    private readonly options: FabricPlaneOptions,
  ) {
    const { config, node, index } = options;
    this.index = index;
    this.mailboxAddress = mailboxAddressOf(index);
    // 004 claims 2, 15, 19: the status word and the mailbox at the predefined address, served by
    // the card alone.
    card.registerBootstrapRegion(this.mailboxAddress, BOOTSTRAP_REGION_BYTES);
    this.osCard = this.gatedCard();
    this.manager = new ConnectionManager({
      self: { id: node.id, index: node.index },
      partners: config.nodes
        .filter((n) => n !== node)
        .map((n) => ({ id: n.id, index: n.index, card: (n.cards[index] ?? n).card })),
      bootIncarnation: options.bootIncarnation,
      minVersion: node.minVersion,
      maxVersion: node.maxVersion,
      card: this.osCard,
      clock: options.clock,
      maxClients: config.maxClients,
      mailboxAddress: this.mailboxAddress,
      memoryPool: options.pool,
      onEvent: (event) => options.onEvent(this, event),
    });
    // The card logs its links itself; they are the manager's business too.
    card.on("event", (event: CardEvent) => {
      if (event.type === "link-down") options.gate.run(() => this.manager.linkDown(event.peer, event.reason));
      else if (event.type === "link-up") options.gate.run(() => this.manager.linkUp(event.peer));
    });
  }

  /** Brings the card's firmware up on its fabric. */
  static async start(options: FabricPlaneOptions): Promise<FabricPlane> {
    const { config, node, index } = options;
    const card = await Card.start({
      fabric: config.fabrics[index] as FabricConfig,
      hardwareAddress: (node.cards[index] ?? node).card,
      memory: options.memory,
      retryTimeoutMs: config.retryTimeoutMs,
      logger: options.logger,
    });
    return new FabricPlane(card, options);
  }

  get cardName(): string {
    return formatHardwareAddress(this.card.hardwareAddress);
  }

  writeStatus(word: bigint): void {
    this.options.memory.writeWord(this.mailboxAddress + STATUS_WORD_OFFSET, word);
  }

  /** The partners as this fabric's manager sees them. */
  partnerViews(self: string): PartnerViewBody[] {
    const manager = this.manager;
    return manager.partnerIds().map((id) => {
      const link = manager.partner(id);
      const session = link?.established;
      return {
        node: id,
        fabric: this.index,
        state: link?.state ?? "connecting",
        step: link?.handshake.phase ?? "idle",
        sessionId: session?.sessionId ?? 0,
        version: session?.version ?? 0,
        partnerBoot: session?.partnerBoot ?? 0,
        detail: link?.detail ?? "",
        clients: [...(link?.partnerClients.values() ?? [])].map((remote) => ({
          name: remote.client,
          ports: remote.vis.length,
          memoryBytes: remote.memoryLength,
          vis: remote.vis,
          channelsUp: link?.channel(remote.client) === undefined ? [] : [self],
        })),
      };
    });
  }

  async stop(): Promise<void> {
    this.manager.stop();
    await this.card.close();
  }

  private gatedCard(): NodeCard {
    const { card } = this;
    const { gate, memory } = this.options;
    const flushed = (error: unknown) => ({
      status: CompletionStatus.WR_FLUSH_ERR,
      detail: (error as Error).message,
    });
    return {
      hardwareAddress: card.hardwareAddress,
      memory,
      createVi: (pd) => card.createVi(pd),
      connectVi: (vi, remote) => card.connectVi(vi, remote),
      destroyVi: (vi) => card.destroyVi(vi),
      registerRegion: (request) => card.registerRegion(request),
      deregisterRegion: (region) => card.deregisterRegion(region),
      post: (vi, request, onComplete) =>
        void card
          .post(vi, request)
          .then(gate.wrap(onComplete), (error) =>
            gate.run(() => onComplete({ ...flushed(error), opcode: request.opcode })),
          ),
      postReceive: (vi, maxLength, onComplete) =>
        void card.postReceive(vi, maxLength).then(gate.wrap(onComplete), (error) =>
          gate.run(() =>
            onComplete({
              ...flushed(error),
              data: new Uint8Array(0),
              immediate: undefined,
              source: undefined,
            }),
          ),
        ),
    };
  }
}
