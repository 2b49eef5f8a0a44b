/**
 * The cluster connection manager of one node (004 claims 10-12, 20-34): from the moment the card
 * is up it lays out the boot mailbox, runs the boot handshake and then the session with every
 * configured partner, registers local clients (ports and memory), pairs them with their
 * counterparts, and tells the runtime what happened. It does no I/O of its own: the card, the
 * clock and the timers come in through NodeCard and a Clock, so the same code runs in a node
 * process and in the seeded simulator.
 */

import type { Clock } from "../kit/clock.js";
import {
  BOOTSTRAP_REGION_BYTES,
  BOOTSTRAP_VI,
  CompletionStatus,
  type ReceiveCompletion,
} from "../rdma-emu/index.js";
import { ClientRegistry, type ClientRequest, type LocalClient, type MemoryRange } from "./client-registry.js";
import {
  CLIENT_MEMORY_ALIGNMENT,
  CLIENT_MEMORY_BASE,
  DEFAULT_MAX_CLIENTS,
  MAX_CLIENT_MESSAGE_BYTES,
  RECEIVES_PER_PORT,
  SOFTWARE_RELEASE,
} from "./constants.js";
import { BadRequestError, NoChannelError, PartnerDownError, UnknownPartnerError } from "./errors.js";
import type { HandshakeTiming } from "./handshake.js";
import {
  decodeNotification,
  encodeHeader,
  HEADER_FIELDS_OFFSET,
  MAILBOX_ADDRESS,
  MAX_NODES,
} from "./mailbox-layout.js";
import type { ManagerEvent } from "./manager-events.js";
import { MemoryPool } from "./memory-pool.js";
import type { NodeCard } from "./node-card.js";
import { PartnerLink } from "./partner-link.js";
import type { RemotePorts } from "./session.js";

export interface ManagerNode {
  readonly id: string;
  readonly index: number;
}

export interface ManagerPartner extends ManagerNode {
  /** Hardware address of the partner's card. */
  readonly card: number;
}

export interface ManagerOptions {
  readonly self: ManagerNode;
  readonly partners: readonly ManagerPartner[];
  /** Fresh per boot, non-zero, 32-bit. */
  readonly bootIncarnation: number;
  readonly minVersion: number;
  readonly maxVersion: number;
  readonly software?: string;
  readonly card: NodeCard;
  readonly clock: Clock;
  readonly timing?: HandshakeTiming;
  readonly maxClients?: number;
  /** The predefined address of this fabric's mailbox (default: the first fabric's). */
  readonly mailboxAddress?: number;
  /**
   * Where client memory comes from. A node with two cards over one host memory gives both
   * managers one pool and hands each registration the same range (registerClient's `range`).
   */
  readonly memoryPool?: MemoryPool;
  readonly onEvent: (event: ManagerEvent) => void;
}

/**
 * Receives kept posted on VI 0 for partners' notifications (WRITEs with immediate, no payload):
 * enough for every partner's few handshake writes at once; beyond them a notification is
 * dropped by the card and the handshake's fallback poll finds the write instead.
 */
export const BOOTSTRAP_RECEIVES_PER_PARTNER = 4;

/** Where a client's port toward a partner leads: our VI and the counterpart's side. */
export interface PortTarget {
  readonly vi: number;
  readonly partnerCard: number;
  readonly remote: RemotePorts;
}

export class ConnectionManager {
  readonly clients: ClientRegistry;
  readonly mailboxAddress: number;
  private readonly partners = new Map<string, PartnerLink>();
  private readonly byCard = new Map<number, PartnerLink>();
  private stopped = false;

  constructor(private readonly options: ManagerOptions) {
    const { self, partners, card } = options;
    if (self.index >= MAX_NODES || partners.some((p) => p.index >= MAX_NODES || p.index === self.index)) {
      throw new BadRequestError(`node indexes must be distinct and below ${MAX_NODES}`);
    }
    this.mailboxAddress = options.mailboxAddress ?? MAILBOX_ADDRESS;
    const pool =
      options.memoryPool ??
      new MemoryPool(CLIENT_MEMORY_BASE, card.memory.size - CLIENT_MEMORY_BASE, CLIENT_MEMORY_ALIGNMENT);
    this.clients = new ClientRegistry(
      card,
      pool,
      partners.map((p) => p.id),
      options.maxClients ?? DEFAULT_MAX_CLIENTS,
    );
    for (const partner of partners) {
      const link = new PartnerLink({
        selfId: self.id,
        selfIndex: self.index,
        selfBoot: options.bootIncarnation,
        minVersion: options.minVersion,
        maxVersion: options.maxVersion,
        software: options.software ?? SOFTWARE_RELEASE,
        partnerId: partner.id,
        partnerIndex: partner.index,
        partnerCard: partner.card,
        mailboxAddress: this.mailboxAddress,
        card,
        clock: options.clock,
        timing: options.timing,
        emit: options.onEvent,
        localPorts: () =>
          this.clients.all().flatMap((c) => this.clients.portsToward(c.name, partner.id) ?? []),
        portsOf: (client) => this.clients.portsToward(client, partner.id),
      });
      this.partners.set(partner.id, link);
      this.byCard.set(partner.card, link);
    }
  }

  /**
   * Lays the boot mailbox out (anything left from an earlier boot is wiped first) and starts the
   * handshake with every partner (004 claims 15-19: R1 goes to each partner's predefined address).
   */
  start(): void {
    const { card, self } = this.options;
    // Before the header makes us findable: a partner's first write may notify us at once.
    for (let i = 0; i < BOOTSTRAP_RECEIVES_PER_PARTNER * this.partners.size; i++) this.postBootstrapReceive();
    card.memory.write(
      this.mailboxAddress + HEADER_FIELDS_OFFSET,
      new Uint8Array(BOOTSTRAP_REGION_BYTES - HEADER_FIELDS_OFFSET),
    );
    const controlVis: number[] = [];
    for (const partner of this.options.partners) {
      controlVis[partner.index] = (this.partners.get(partner.id) as PartnerLink).controlVi;
    }
    card.memory.write(
      this.mailboxAddress + HEADER_FIELDS_OFFSET,
      encodeHeader({
        nodeIndex: self.index,
        bootIncarnation: this.options.bootIncarnation,
        minVersion: this.options.minVersion,
        maxVersion: this.options.maxVersion,
        controlVis,
      }),
    );
    for (const link of this.partners.values()) link.start();
  }

  stop(): void {
    this.stopped = true;
    for (const link of this.partners.values()) link.stop();
  }

  partner(id: string): PartnerLink | undefined {
    return this.partners.get(id);
  }

  partnerIds(): string[] {
    return [...this.partners.keys()];
  }

  /** A monitor (heartbeats, the status word) or the runtime says the partner is down. */
  partnerDown(partner: string, reason: string): void {
    this.link(partner).declareDown(reason);
  }

  /** The fabric link to a card went down: the partner behind it is unreachable. */
  linkDown(card: number, reason: string): void {
    this.byCard.get(card)?.declareDown(`fabric link down: ${reason}`);
  }

  /** The fabric link to a card came up: a handshake waiting to retry R1 toward it goes now. */
  linkUp(card: number): void {
    this.byCard.get(card)?.linkUp();
  }

  /**
   * Claims 5-7: a local client's needs; its ports and memory exist on return, or it throws.
   * `range` is memory already lent to it from a shared pool (registered here, not allocated).
   */
  registerClient(request: ClientRequest, range?: MemoryRange): LocalClient {
    const client = this.clients.register(request, range);
    for (const [partner, vis] of client.vis) {
      vis.forEach((vi, port) => {
        for (let i = 0; i < RECEIVES_PER_PORT; i++) this.postClientReceive(client.name, partner, port, vi);
      });
      const ports = this.clients.portsToward(client.name, partner);
      if (ports !== undefined) this.link(partner).attach(ports);
    }
    return client;
  }

  /** A client left: partners are told, its ports and memory are released. */
  unregisterClient(name: string): void {
    if (this.clients.get(name) === undefined) return;
    for (const link of this.partners.values()) link.detach(name);
    this.clients.unregister(name);
  }

  /** Where `client`'s port `port` toward `partner` leads; throws when it leads nowhere yet. */
  resolvePort(client: string, partner: string, port: number): PortTarget {
    const link = this.link(partner);
    const local = this.clients.portsToward(client, partner);
    if (local === undefined) throw new BadRequestError(`no client ${client} on this node`);
    if (!link.ready) throw new PartnerDownError(`partner ${partner} is not ready (${link.state})`);
    const remote = link.channel(client);
    if (remote === undefined) {
      throw new NoChannelError(`no channel to ${client} on ${partner}: the counterpart is not connected`);
    }
    const ports = Math.min(local.vis.length, remote.vis.length);
    if (!Number.isInteger(port) || port < 0 || port >= ports) {
      throw new BadRequestError(`port must be 0..${ports - 1}, got ${port}`);
    }
    return { vi: local.vis[port] as number, partnerCard: this.cardOf(partner), remote };
  }

  readPartnerStatus(
    partner: string,
    onDone: (word: bigint | undefined, status: CompletionStatus, detail: string) => void,
  ): void {
    this.link(partner).readStatus(onDone);
  }

  private link(partner: string): PartnerLink {
    const link = this.partners.get(partner);
    if (link === undefined) throw new UnknownPartnerError(`${partner} is not a partner of this node`);
    return link;
  }

  private cardOf(partner: string): number {
    return (this.options.partners.find((p) => p.id === partner) as ManagerPartner).card;
  }

  private postClientReceive(client: string, partner: string, port: number, vi: number): void {
    this.options.card.postReceive(vi, MAX_CLIENT_MESSAGE_BYTES, (c: ReceiveCompletion) => {
      // Flushed: the client left (its VIs were destroyed) or the card went away.
      if (this.stopped || c.status === CompletionStatus.WR_FLUSH_ERR) return;
      this.postClientReceive(client, partner, port, vi);
      if (c.status === CompletionStatus.SUCCESS) {
        this.options.onEvent({ type: "message", client, partner, port, data: c.data });
      }
    });
  }

  /**
   * A notification on VI 0: the partner behind the card that sent it wrote to our mailbox. Its
   * handshake looks at once; anything that does not name that partner is ignored.
   */
  private postBootstrapReceive(): void {
    this.options.card.postReceive(BOOTSTRAP_VI, 0, (c: ReceiveCompletion) => {
      // Flushed: the card went away; nothing to post again.
      if (this.stopped || c.status === CompletionStatus.WR_FLUSH_ERR) return;
      this.postBootstrapReceive();
      if (c.status !== CompletionStatus.SUCCESS || c.source === undefined) return;
      const link = this.byCard.get(c.source.hardwareAddress);
      const notification = decodeNotification(c.immediate);
      if (link !== undefined && notification?.writerIndex === link.partnerIndex) link.notified();
    });
  }
}
