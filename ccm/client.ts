/**
 * The client library: a process attaches to its local node, registers with a name, a number of
 * ports and an amount of memory, and talks to its counterpart (the client of the same name) on
 * every partner over peer channels. Lifecycle changes arrive as typed events.
 *
 *   const client = await CcmClient.connect({ url: "ws://127.0.0.1:7201", name: "db", ports: 2, memoryBytes: 65536 });
 *   client.on("event", (e) => { if (e.type === "channel-up") ... });
 *   const peer = client.channel("b");
 *   await peer.send(new TextEncoder().encode("hello"));      // two-sided, port 0
 *   const bytes = await peer.read(0, 64);                     // one-sided on the counterpart's memory
 *   const old = await peer.fetchAdd(8, 1n);
 */
import { EventEmitter } from "node:events";
import type { FaultDirection, LinkFaults } from "../rdma-emu/index.js";
import type { ClientEventBody, NodeStatusBody } from "./client-codec.js";
import { expectResult, NodeConnection } from "./node-connection.js";
import type { OsState } from "./node-status.js";

export interface ClientOptions {
  /** The node's client endpoint, e.g. ws://127.0.0.1:7201. */
  readonly url: string | URL;
  readonly name: string;
  /** Ports (peer channels) toward each partner. */
  readonly ports: number;
  /** Memory the counterparts may read, write and operate on atomically. */
  readonly memoryBytes: number;
  /** May report a partner down (heartbeat monitors). */
  readonly monitor?: boolean;
}

/**
 * Lifecycle and data events, as a typed union on `type`: partner-ready, partner-down, channel-up,
 * channel-down, message (as the node sends them), and closed (the connection to the node is gone:
 * node stopped, OS panicked, or close()). Events that arrive before the first "event" listener is
 * added are kept and delivered to it, so none is lost between connect() and on("event").
 */
export type ClientEvent = ClientEventBody | { readonly type: "closed"; readonly reason: string };

export class CcmClient extends EventEmitter<{ event: [ClientEvent] }> {
  /** The node this client is attached to. */
  node = "";
  private connection!: NodeConnection;
  /** Events that came before anyone listened (they may follow the registration reply at once). */
  private early: ClientEvent[] | undefined = [];

  private constructor(readonly name: string) {
    super();
    (this as EventEmitter).on("newListener", (name: string) => {
      const early = this.early;
      if (name !== "event" || early === undefined) return;
      this.early = undefined;
      queueMicrotask(() => {
        for (const event of early) this.emit("event", event);
      });
    });
  }

  private deliver(event: ClientEvent): void {
    if (this.early !== undefined) this.early.push(event);
    else this.emit("event", event);
  }

  /**
   * Connects and registers. Resolves once the node accepted the registration (a node whose OS
   * is still booting answers when it is up); rejects with the node's error otherwise.
   */
  static async connect(options: ClientOptions): Promise<CcmClient> {
    const client = new CcmClient(options.name);
    client.connection = await NodeConnection.open(
      options.url,
      (event) => {
        // A registered client makes no service calls: no service has it to push to.
        if (event.type !== "service-event") client.deliver(event);
      },
      (reason) => client.deliver({ type: "closed", reason }),
    );
    try {
      const registered = expectResult(
        await client.connection.call({
          kind: "register",
          name: options.name,
          ports: options.ports,
          memoryBytes: options.memoryBytes,
          monitor: options.monitor ?? false,
        }),
        "registered",
      );
      client.node = registered.node;
    } catch (error) {
      client.connection.close();
      throw error;
    }
    return client;
  }

  get connected(): boolean {
    return this.connection.isOpen;
  }

  /** The channel to this client's counterpart on `partner`. */
  channel(partner: string): PeerChannel {
    return new PeerChannel(this.connection, partner);
  }

  async readLocal(offset: number, length: number): Promise<Uint8Array> {
    return expectResult(await this.connection.call({ kind: "local-read", offset, length }), "data").data;
  }

  async writeLocal(offset: number, data: Uint8Array): Promise<void> {
    await this.connection.call({ kind: "local-write", offset, data });
  }

  /** The partner's status word, read over RDMA from its card (see ccm/node-status.ts). */
  async partnerStatus(partner: string): Promise<bigint> {
    return expectResult(await this.connection.call({ kind: "partner-status", partner }), "value").value;
  }

  /** A monitor's verdict: the node drops the session with `partner` and handshakes anew. */
  async reportPartnerDown(partner: string, reason: string): Promise<void> {
    await this.connection.call({ kind: "report-partner-down", partner, reason });
  }

  /** Leaves: the node releases this client's ports and memory on both sides. */
  close(): void {
    this.connection.close();
  }
}

/** One client's peer channel toward its counterpart on one partner; `port` picks the VI. */
export class PeerChannel {
  constructor(
    private readonly connection: NodeConnection,
    readonly partner: string,
  ) {}

  /** Two-sided: the counterpart gets a `message` event. */
  async send(data: Uint8Array, port = 0): Promise<void> {
    await this.connection.call({ kind: "send", partner: this.partner, port, data });
  }

  async read(offset: number, length: number, port = 0): Promise<Uint8Array> {
    return expectResult(await this.remote("read", port, offset, { length }), "data").data;
  }

  async write(offset: number, data: Uint8Array, port = 0): Promise<void> {
    await this.remote("write", port, offset, { data });
  }

  /** Atomically adds to the counterpart's 8-byte word at `offset`; returns the previous value. */
  async fetchAdd(offset: number, add: bigint, port = 0): Promise<bigint> {
    return expectResult(await this.remote("fetch-add", port, offset, { compareAdd: add }), "value").value;
  }

  /** Atomically replaces the word with `swap` if it equals `compare`; returns the previous value. */
  async compareSwap(offset: number, compare: bigint, swap: bigint, port = 0): Promise<bigint> {
    return expectResult(
      await this.remote("compare-swap", port, offset, { compareAdd: compare, swap }),
      "value",
    ).value;
  }

  private remote(
    op: "read" | "write" | "fetch-add" | "compare-swap",
    port: number,
    offset: number,
    fields: { length?: number; data?: Uint8Array; compareAdd?: bigint; swap?: bigint },
  ) {
    return this.connection.call({
      kind: "remote",
      partner: this.partner,
      port,
      op,
      offset,
      length: fields.length ?? 0,
      data: fields.data ?? new Uint8Array(0),
      compareAdd: fields.compareAdd ?? 0n,
      swap: fields.swap ?? 0n,
    });
  }
}

/** The node's management side: status, OS states and fabric faults (`ccm status`, `ccm inject`). */
export class CcmAdmin {
  private constructor(private readonly connection: NodeConnection) {}

  static async connect(url: string | URL): Promise<CcmAdmin> {
    return new CcmAdmin(await NodeConnection.open(url, () => {}));
  }

  async status(): Promise<NodeStatusBody> {
    return expectResult(await this.connection.call({ kind: "get-status" }), "status").status;
  }

  async setOsState(state: OsState): Promise<void> {
    await this.connection.call({ kind: "set-os-state", state });
  }

  /** Faults toward `partner` on the node's first fabric, or with `fabric` 1 its duplicate fabric. */
  async setFaults(
    partner: string,
    faults: LinkFaults,
    direction: FaultDirection = "both",
    fabric = 0,
  ): Promise<void> {
    await this.connection.call({ kind: "set-faults", partner, faults, direction, fabric });
  }

  close(): void {
    this.connection.close();
  }
}

/**
 * Calls the services a node hosts in-process (ccm/service.ts); needs no registration. A service
 * that keeps the connection as a session pushes events on it: subscribe with onServiceEvent
 * before the call that opens the session (events of a service nobody listens to are dropped).
 * The session ends with the connection: onClose says when, and why.
 */
export class CcmServiceClient {
  private connection!: NodeConnection;
  private readonly serviceListeners = new Map<string, Set<(payload: Uint8Array) => void>>();
  private readonly closeListeners = new Set<(reason: string) => void>();
  private closedReason: string | undefined;

  private constructor() {}

  static async connect(url: string | URL, onClose?: (reason: string) => void): Promise<CcmServiceClient> {
    const client = new CcmServiceClient();
    if (onClose !== undefined) client.onClose(onClose);
    client.connection = await NodeConnection.open(
      url,
      (event) => {
        if (event.type !== "service-event") return;
        for (const listener of client.serviceListeners.get(event.service) ?? []) listener(event.payload);
      },
      (reason) => {
        client.closedReason = reason;
        for (const listener of [...client.closeListeners]) listener(reason);
        client.closeListeners.clear();
      },
    );
    return client;
  }

  get connected(): boolean {
    return this.connection.isOpen;
  }

  /**
   * Events `service` pushes to this connection, in the order it pushed them. Returns the
   * unsubscribe.
   */
  onServiceEvent(service: string, listener: (payload: Uint8Array) => void): () => void {
    let listeners = this.serviceListeners.get(service);
    if (listeners === undefined) {
      listeners = new Set();
      this.serviceListeners.set(service, listeners);
    }
    // A wrapper per subscription: the same function subscribed twice is two subscriptions.
    const entry = (payload: Uint8Array) => listener(payload);
    listeners.add(entry);
    return () => {
      listeners.delete(entry);
      if (listeners.size === 0 && this.serviceListeners.get(service) === listeners)
        this.serviceListeners.delete(service);
    };
  }

  /**
   * `listener` runs once when the connection closes (node stopped or reset, too slow a reader,
   * close()), at once if it has closed already. Returns the unsubscribe.
   */
  onClose(listener: (reason: string) => void): () => void {
    if (this.closedReason !== undefined) {
      listener(this.closedReason);
      return () => {};
    }
    const entry = (reason: string) => listener(reason);
    this.closeListeners.add(entry);
    return () => this.closeListeners.delete(entry);
  }

  /** The service's reply payload; rejects with a CcmError (ServiceCallError for the service's own codes). */
  async call(service: string, payload: Uint8Array): Promise<Uint8Array> {
    return expectResult(await this.connection.call({ kind: "service-call", service, payload }), "data").data;
  }

  close(): void {
    this.connection.close();
  }
}
