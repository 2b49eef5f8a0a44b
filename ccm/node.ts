/**
 * A storage node emulator in the real runtime: one OS process with its card on the fabric (and a
 * second card on a duplicate fabric, if configured), a connection manager per card, an emulated
 * storage OS that boots in phases and can be forced to hang or panic, the services it hosts, and
 * the local endpoint its client processes attach to.
 *
 *   card firmware up ─▶ connection manager running ─▶ VI layer up ─▶ storage OS up
 *   (bootstrap region,   (mailbox header, handshake    (viLayerMs)     (osBootMs: clients
 *    status word)         toward every partner)                         may register)
 *
 * The handshake starts at the second phase, long before the OS is up (004 claims 21 and 33). The
 * cards are outside the OS gate: whatever the OS does, partners can read the status word.
 *
 * With two fabrics each card has its own sessions; a client sees one partner and one channel,
 * up while either fabric's is, and its requests go over the first fabric whose channel is up.
 */
import { randomInt } from "node:crypto";
import type { Logger } from "pino";
import { type Clock, realClock } from "../kit/clock.js";
import { HostMemory } from "../rdma-emu/index.js";
import type { ClientCall, NodeStatusBody, ReplyResult } from "./client-codec.js";
import type { ClientConnection, ClientHandler } from "./client-server.js";
import { ClientServer } from "./client-server.js";
import { type ClusterConfig, type NodeConfig, nodeById, partnerCardOn } from "./cluster-config.js";
import { CLIENT_MEMORY_ALIGNMENT, CLIENT_MEMORY_BASE } from "./constants.js";
import { DEFAULT_ENDPOINT_LIMITS, type EndpointLimits } from "./endpoint-limits.js";
import {
  BadRequestError,
  ClientClosedError,
  ForbiddenError,
  NotRegisteredError,
  OsStateError,
} from "./errors.js";
import { FabricPlane } from "./fabric-plane.js";
import type { Outcome } from "./fabric-router.js";
import type { HandshakeStep } from "./handshake.js";
import { HostedServices } from "./hosted-services.js";
import { watchEventLoop } from "./loop-watchdog.js";
import { MAX_BOOT_INCARNATION } from "./mailbox-layout.js";
import type { ManagerEvent } from "./manager-events.js";
import { logManagerEvent } from "./manager-log.js";
import { MemoryPool } from "./memory-pool.js";
import { NodeFabrics } from "./node-fabrics.js";
import { BOOT_PHASE_LINES, type BootPhase, type OsState, statusCodeOf, statusWord } from "./node-status.js";
import { OsGate } from "./os-gate.js";
import type { NodeService } from "./service.js";

export interface NodeOptions {
  readonly config: ClusterConfig;
  readonly nodeId: string;
  readonly logger: Logger;
  /** Test hook: the process kills itself (SIGKILL) while this handshake step is in flight. */
  readonly crashAt?: HandshakeStep;
  /**
   * Builds the services the node hosts in-process (ccm/service.ts), afresh for every boot; they
   * start when the OS is up.
   */
  readonly services?: () => readonly NodeService[];
  /** Bounds of the client endpoint (tests shrink them); the defaults are documented in the README. */
  readonly endpointLimits?: EndpointLimits;
  /**
   * A service reset the node (ServiceHost.resetNode): told once per boot, after the turn that
   * asked, with the OS already dead. Whoever runs the node stops it and boots a new one
   * (ccm/node-process.ts). Without it, the node just stops.
   */
  readonly onReset?: (reason: string) => void;
  /** Ids of client connections (unique across the boots of one process; default 1, 2, ...). */
  readonly connectionIds?: () => number;
}

export class NodeEmulator implements ClientHandler {
  readonly node: NodeConfig;
  private readonly memory: HostMemory;
  /** Client memory, lent once per client and registered on every card. */
  private readonly pool: MemoryPool;
  private readonly gate = new OsGate();
  private readonly logger: Logger;
  private readonly clock: Clock;
  private readonly bootIncarnation = randomInt(1, MAX_BOOT_INCARNATION);
  private readonly planes: FabricPlane[] = [];
  /** The fabrics as clients see them: the two-fabric policy, routing, registrations. */
  private readonly fabrics: NodeFabrics;
  private readonly services: HostedServices;
  private clients!: ClientServer;
  private phase: BootPhase = "card-firmware";
  private os: OsState = "booting";
  private osUpWaiters: (() => void)[] = [];
  private readonly timers: NodeJS.Timeout[] = [];
  private stopWatchdog: (() => void) | undefined;
  private stopped = false;
  private resetting = false;

  private constructor(private readonly options: NodeOptions) {
    this.node = nodeById(options.config, options.nodeId);
    this.memory = new HostMemory(this.node.memoryBytes);
    this.clock = { now: realClock.now, at: (time, run) => realClock.at(time, this.gate.wrap(run)) };
    this.pool = new MemoryPool(
      CLIENT_MEMORY_BASE,
      this.memory.size - CLIENT_MEMORY_BASE,
      CLIENT_MEMORY_ALIGNMENT,
    );
    this.fabrics = new NodeFabrics({
      fabrics: options.config.fabrics.length,
      paths: this.planes,
      memory: this.memory,
      pool: this.pool,
      clock: this.clock,
    });
    // Every line names the boot it comes from: a trace spanning restarts stays readable.
    this.logger = options.logger.child({ boot: this.bootIncarnation });
    this.services = new HostedServices(options.services?.() ?? [], {
      node: this.node.id,
      partners: () => this.first.manager.partnerIds(),
      logger: this.logger,
      clock: this.clock,
      gate: this.gate,
      memory: this.memory,
      fabrics: this.fabrics,
      random: Math.random,
      defer: queueMicrotask,
      resetNode: (reason) => this.reset(reason),
    });
  }

  /** Boots the node: cards, connection managers, client endpoint; VI layer and OS follow on timers. */
  static async start(options: NodeOptions): Promise<NodeEmulator> {
    const node = new NodeEmulator(options);
    try {
      await node.boot();
    } catch (error) {
      // What did start (a card listening on its fabric port) stops: a boot tried again can bind.
      await node.stop();
      throw error;
    }
    return node;
  }

  get osState(): OsState {
    return this.os;
  }

  status(): NodeStatusBody {
    const first = this.first.manager;
    return {
      node: this.node.id,
      index: this.node.index,
      bootIncarnation: this.bootIncarnation,
      phase: this.phase,
      osState: this.os,
      partners: this.planes.flatMap((plane) => plane.partnerViews(this.node.id)),
      connections: this.clients.connectionCount,
      clients: first.clients.all().map((client) => ({
        name: client.name,
        ports: client.ports,
        memoryBytes: client.memoryBytes,
        vis: this.planes.flatMap((plane) =>
          [...(plane.manager.clients.get(client.name)?.vis.values() ?? [])].flat(),
        ),
        channelsUp: first.partnerIds().filter((p) => this.fabrics.channelUp(client.name, p)),
      })),
    };
  }

  /** Forces the emulated storage OS into a state (tests and `ccm inject`). */
  setOsState(state: OsState): void {
    if (state === this.os) return;
    if (this.os === "panicked") throw new OsStateError("a panicked OS stays down until the node restarts");
    if (state === "booting") throw new BadRequestError("the OS cannot be sent back to booting");
    if (state === "up" && this.os !== "hung") throw new OsStateError("the OS is still booting");
    if (state === "hung") {
      this.gate.freeze();
      this.logger.warn({ event: "os-state", os: "hung" }, "storage OS hung (the card keeps serving)");
    } else if (state === "up") {
      this.gate.thaw();
      this.logger.warn({ event: "os-state", os: "up" }, "storage OS recovered");
    } else {
      this.gate.kill();
      for (const plane of this.planes) plane.manager.stop();
      this.clients.closeClients("storage OS panicked");
      this.logger.error(
        { event: "os-state", os: "panicked" },
        "storage OS panicked (the card keeps serving)",
      );
    }
    this.os = state;
    this.writeStatus();
  }

  /**
   * The node fails as a whole (a critical service asked, ServiceHost.resetNode): its OS dies at
   * once, as in a crash, and whoever runs the node is told after this turn (it is inside the
   * service's call). A second request of the same boot, or one while stopping, does nothing.
   */
  private reset(reason: string): void {
    if (this.stopped || this.resetting) return;
    this.resetting = true;
    this.logger.warn({ event: "node-reset", reason }, "node resets: %s", reason);
    this.gate.kill();
    const { onReset } = this.options;
    setImmediate(() => (onReset === undefined ? void this.stop() : onReset(reason)));
  }

  /** Stops everything and releases the node's fabric and client ports before it resolves. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.stopWatchdog?.();
    this.gate.kill();
    this.services.stopAll();
    // A boot that failed half way may have no client endpoint yet.
    await this.clients?.close();
    for (const plane of this.planes) await plane.stop();
  }

  // ---- boot --------------------------------------------------------------------------------

  private get first(): FabricPlane {
    return this.planes[0] as FabricPlane;
  }

  private async boot(): Promise<void> {
    const { config } = this.options;
    this.stopWatchdog = watchEventLoop(this.logger);
    for (let index = 0; index < config.fabrics.length; index++) {
      this.planes.push(
        await FabricPlane.start({
          index,
          config,
          node: this.node,
          memory: this.memory,
          pool: this.pool,
          gate: this.gate,
          clock: this.clock,
          bootIncarnation: this.bootIncarnation,
          logger: config.fabrics.length > 1 ? this.logger.child({ fabric: index }) : this.logger,
          onEvent: (plane, event) => this.onManagerEvent(plane, event),
        }),
      );
    }
    this.enterPhase("card-firmware", {
      cards: this.planes.map((p) => p.cardName),
      cardIncarnations: this.planes.map((p) => p.card.incarnation),
    });
    for (const plane of this.planes) plane.manager.start();
    this.enterPhase("connection-manager", {
      bootIncarnation: this.bootIncarnation,
      versions: `${this.node.minVersion}..${this.node.maxVersion}`,
      partners: this.first.manager.partnerIds(),
    });
    this.clients = await ClientServer.listen(
      this.node.clientEndpoint,
      this,
      this.logger,
      this.options.endpointLimits ?? DEFAULT_ENDPOINT_LIMITS,
      this.options.connectionIds,
    );
    this.logger.info(
      { event: "client-endpoint", url: this.node.clientEndpoint.href },
      "listening for clients and admin tools on %s",
      this.node.clientEndpoint.href,
    );
    this.after(config.viLayerMs, () => this.enterPhase("vi-layer", {}));
    this.after(Math.max(config.viLayerMs, this.node.osBootMs), () => {
      this.os = "up";
      this.enterPhase("storage-os", { clientEndpoint: this.node.clientEndpoint.href });
      this.services.startAll();
      for (const waiter of this.osUpWaiters.splice(0)) waiter();
    });
  }

  private enterPhase(phase: BootPhase, facts: Record<string, unknown>): void {
    this.phase = phase;
    this.writeStatus();
    this.logger.info({ event: "boot-phase", phase, ...facts }, BOOT_PHASE_LINES[phase]);
  }

  private writeStatus(): void {
    const word = statusWord(statusCodeOf(this.phase, this.os));
    for (const plane of this.planes) plane.writeStatus(word);
  }

  /** An OS timer: it does not fire while the OS is hung (it fires on recovery). */
  private after(ms: number, run: () => void): void {
    this.timers.push(setTimeout(this.gate.wrap(run), ms));
  }

  // ---- events: one partner and one channel per client, whatever the number of fabrics --------

  private onManagerEvent(plane: FabricPlane, event: ManagerEvent): void {
    logManagerEvent(this.planes.length > 1 ? this.logger.child({ fabric: plane.index }) : this.logger, event);
    if (event.type === "handshake-step-start" && event.step === this.options.crashAt) {
      // Let the step's RDMA operation leave first: the crash is *during* the step.
      setImmediate(() => process.kill(process.pid, "SIGKILL"));
    }
    this.fabrics.managerEvent(plane.index, event);
  }

  // ---- clients -----------------------------------------------------------------------------

  async handle(connection: ClientConnection, call: ClientCall): Promise<ReplyResult> {
    switch (call.kind) {
      // Admin requests are served by the node's management side, whatever the OS does.
      case "get-status":
        return { kind: "status", status: this.status() };
      case "set-os-state":
        this.setOsState(call.state);
        return OK;
      case "set-faults": {
        const plane = this.planes[call.fabric];
        if (plane === undefined) throw new BadRequestError(`this node has no fabric ${call.fabric}`);
        plane.card.setFaults(
          partnerCardOn(this.options.config, this.node, call.partner, plane.index),
          call.faults,
          call.direction,
        );
        this.logger.warn(
          {
            event: "faults",
            partner: call.partner,
            fabric: call.fabric,
            faults: call.faults,
            direction: call.direction,
          },
          "fabric faults set",
        );
        return OK;
      }
      case "service-call":
        return this.osWork(() => this.serviceCall(connection, call.service, call.payload));
      default:
        return this.osWork(() => this.clientCall(connection, call));
    }
  }

  replied(connection: ClientConnection, call: ClientCall): void {
    // A client learns, right after its registration, which partners are ready and which of its
    // channels are up already (one may be at once, when the counterpart is there).
    if (call.kind === "register" && connection.name !== undefined) this.fabrics.registered(connection.name);
  }

  disconnected(connection: ClientConnection): void {
    const name = connection.name;
    if (name === undefined || this.fabrics.sinkOf(name) !== connection) return;
    this.fabrics.detach(name);
    this.gate.run(() => {
      this.fabrics.unregister(name);
      this.logger.info(
        { event: "client-left", client: name },
        "client %s left: its ports and memory are released",
        name,
      );
    });
  }

  /** A call to a hosted service; the connection is its caller, to which the service may push. */
  private async serviceCall(
    connection: ClientConnection,
    name: string,
    payload: Uint8Array,
  ): Promise<ReplyResult> {
    await this.osIsUp();
    return this.services.call(name, payload, connection);
  }

  /** Resolves once the storage OS has booted (at once if it has). */
  private async osIsUp(): Promise<void> {
    if (this.os === "booting") await new Promise<void>((resolve) => this.osUpWaiters.push(resolve));
  }

  /** Work of the storage OS: held while it is hung, refused once it panicked. */
  private osWork<T>(work: () => Promise<T>): Promise<T> {
    if (this.os === "panicked") return Promise.reject(new OsStateError("the node's storage OS panicked"));
    return new Promise((resolve, reject) => this.gate.run(() => work().then(resolve, reject)));
  }

  private async clientCall(connection: ClientConnection, call: ClientCall): Promise<ReplyResult> {
    if (call.kind === "register") return this.register(connection, call);
    const name = connection.name;
    if (name === undefined) throw new NotRegisteredError("register before anything else");
    switch (call.kind) {
      case "send":
        await settle<unknown>((done) =>
          this.fabrics.router.send(name, call.partner, call.port, call.data, done),
        );
        return OK;
      case "remote":
        return settle<ReplyResult>((done) => this.fabrics.router.remote(name, call, done));
      case "local-read": {
        const region = this.localRange(name, call.offset, call.length);
        return { kind: "data", data: this.memory.read(region, call.length) };
      }
      case "local-write":
        this.memory.write(this.localRange(name, call.offset, call.data.length), call.data);
        return OK;
      case "partner-status":
        return {
          kind: "value",
          value: await settle<bigint>((done) => this.fabrics.router.partnerStatus(call.partner, done)),
        };
      case "report-partner-down":
        if (this.first.manager.clients.get(name)?.monitor !== true) {
          throw new ForbiddenError(`client ${name} did not register as a monitor`);
        }
        for (const plane of this.planes)
          plane.manager.partnerDown(call.partner, `${name} reports: ${call.reason}`);
        return OK;
      default:
        throw new BadRequestError(`${call.kind} is not a client request`);
    }
  }

  private async register(
    connection: ClientConnection,
    call: ClientCall & { kind: "register" },
  ): Promise<ReplyResult> {
    if (connection.name !== undefined) throw new BadRequestError(`already registered as ${connection.name}`);
    // Clients are processes of the storage OS: they attach once it is up.
    await this.osIsUp();
    // A client that left meanwhile must not leave a registration behind.
    if (!connection.open) throw new ClientClosedError("the client left before its registration completed");
    const client = this.fabrics.register(call);
    connection.name = client.name;
    this.fabrics.attach(client.name, connection);
    this.logger.info(
      {
        event: "client-registered",
        client: client.name,
        ports: client.ports,
        memoryBytes: client.memoryBytes,
        monitor: client.monitor,
      },
      "client %s registered: %d port(s) per partner, %d bytes of memory",
      client.name,
      client.ports,
      client.memoryBytes,
    );
    return { kind: "registered", node: this.node.id, ports: client.ports, memoryBytes: client.memoryBytes };
  }

  /** The absolute address of [offset, offset + length) in the client's own region. */
  private localRange(name: string, offset: number, length: number): number {
    const region = this.first.manager.clients.get(name)?.region;
    if (region === undefined || length < 0 || offset + length > region.length) {
      throw new BadRequestError(
        `[${offset}, +${length}) is outside the client's ${region?.length ?? 0} bytes of memory`,
      );
    }
    return region.address + offset;
  }
}

const OK: ReplyResult = { kind: "ok" };

/** An operation of the fabric router as a promise (it throws at once when it refuses). */
function settle<T>(start: (done: Outcome<T>) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((result) => (result instanceof Error ? reject(result) : resolve(result))),
  );
}
