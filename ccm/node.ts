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
import { performance } from "node:perf_hooks";
import type { Logger } from "pino";
import {
  type Completion,
  CompletionStatus,
  HostMemory,
  MAX_MESSAGE_BYTES,
  statusName,
  type WorkRequest,
} from "../rdma-emu/index.js";
import type { ClientCall, ClientEventBody, NodeStatusBody, ReplyResult } from "./client-codec.js";
import type { ClientRequest, LocalClient, MemoryRange } from "./client-registry.js";
import type { ClientConnection, ClientHandler } from "./client-server.js";
import { ClientServer } from "./client-server.js";
import { type ClusterConfig, type NodeConfig, nodeById } from "./cluster-config.js";
import type { PortTarget } from "./connection-manager.js";
import { CLIENT_MEMORY_ALIGNMENT, CLIENT_MEMORY_BASE } from "./constants.js";
import { DEFAULT_ENDPOINT_LIMITS, type EndpointLimits } from "./endpoint-limits.js";
import {
  BadRequestError,
  ClientClosedError,
  ForbiddenError,
  NotRegisteredError,
  OsStateError,
  RemoteOperationError,
  ResourceError,
  ServiceCallError,
  UnknownPartnerError,
} from "./errors.js";
import { FabricPlane } from "./fabric-plane.js";
import type { HandshakeStep } from "./handshake.js";
import { watchEventLoop } from "./loop-watchdog.js";
import { MAX_BOOT_INCARNATION } from "./mailbox-layout.js";
import type { ManagerEvent } from "./manager-events.js";
import { logManagerEvent } from "./manager-log.js";
import { MemoryPool } from "./memory-pool.js";
import type { NodeClock } from "./node-card.js";
import { type BootPhase, type OsState, statusCodeOf, statusWord } from "./node-status.js";
import { OsGate } from "./os-gate.js";
import type { NodeService } from "./service.js";

export interface NodeOptions {
  readonly config: ClusterConfig;
  readonly nodeId: string;
  readonly logger: Logger;
  /** Test hook: the process kills itself (SIGKILL) while this handshake step is in flight. */
  readonly crashAt?: HandshakeStep;
  /** Services the node hosts in-process (ccm/service.ts); they start when the OS is up. */
  readonly services?: readonly NodeService[];
  /** Bounds of the client endpoint (tests shrink them); the defaults are documented in the README. */
  readonly endpointLimits?: EndpointLimits;
}

/** Whoever receives a client's events: a connection, or a hosted service. */
interface ClientSink {
  event(event: ClientEventBody): void;
}

const ATOMIC_BYTES = 8;
/** Statuses that mean a fabric let a request down (no answer, or its flow was torn down). */
const TRANSPORT_FAILURES: ReadonlySet<CompletionStatus> = new Set([
  CompletionStatus.RETRY_EXC,
  CompletionStatus.WR_FLUSH_ERR,
]);

export class NodeEmulator implements ClientHandler {
  readonly node: NodeConfig;
  private readonly memory: HostMemory;
  /** Client memory, lent once per client and registered on every card. */
  private readonly pool: MemoryPool;
  private readonly lent = new Map<string, MemoryRange>();
  private readonly gate = new OsGate();
  private readonly logger: Logger;
  private readonly clock: NodeClock;
  private readonly bootIncarnation = randomInt(1, MAX_BOOT_INCARNATION);
  private planes: FabricPlane[] = [];
  private clients!: ClientServer;
  private readonly byName = new Map<string, ClientSink>();
  private phase: BootPhase = "card-firmware";
  private os: OsState = "booting";
  private osUpWaiters: (() => void)[] = [];
  private readonly timers: NodeJS.Timeout[] = [];
  private stopWatchdog: (() => void) | undefined;
  private stopped = false;

  private constructor(private readonly options: NodeOptions) {
    this.node = nodeById(options.config, options.nodeId);
    this.memory = new HostMemory(this.node.memoryBytes);
    this.pool = new MemoryPool(
      CLIENT_MEMORY_BASE,
      this.memory.size - CLIENT_MEMORY_BASE,
      CLIENT_MEMORY_ALIGNMENT,
    );
    // Every line names the boot it comes from: a trace spanning restarts stays readable.
    this.logger = options.logger.child({ boot: this.bootIncarnation });
    this.clock = {
      now: () => performance.now(),
      at: (time, run) => {
        const timer = setTimeout(this.gate.wrap(run), Math.max(0, time - performance.now()));
        return () => clearTimeout(timer);
      },
    };
  }

  /** Boots the node: cards, connection managers, client endpoint; VI layer and OS follow on timers. */
  static async start(options: NodeOptions): Promise<NodeEmulator> {
    const node = new NodeEmulator(options);
    await node.boot();
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
        channelsUp: first.partnerIds().filter((p) => this.channelUp(client.name, p)),
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

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.stopWatchdog?.();
    this.gate.kill();
    for (const service of this.options.services ?? []) service.stop();
    await this.clients.close();
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
      for (const service of this.options.services ?? []) this.startService(service);
      for (const waiter of this.osUpWaiters.splice(0)) waiter();
    });
  }

  private enterPhase(phase: BootPhase, facts: Record<string, unknown>): void {
    this.phase = phase;
    this.writeStatus();
    this.logger.info({ event: "boot-phase", phase, ...facts }, PHASE_LINES[phase]);
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
    const elsewhere = this.planes.filter((p) => p !== plane);
    switch (event.type) {
      case "handshake-step-start":
        if (event.step === this.options.crashAt) {
          // Let the step's RDMA operation leave first: the crash is *during* the step.
          setImmediate(() => process.kill(process.pid, "SIGKILL"));
        }
        break;
      case "partner-ready":
      case "partner-down":
        // Clients hear of the first fabric to connect the partner and of the last to lose it.
        if (elsewhere.some((p) => p.manager.partner(event.partner)?.ready === true)) break;
        for (const connection of this.byName.values()) connection.event(event);
        break;
      case "channel-up":
      case "channel-down": {
        if (elsewhere.some((p) => p.manager.partner(event.partner)?.channel(event.client) !== undefined))
          break;
        const { client, ...forClient } = event;
        this.byName.get(client)?.event(forClient);
        break;
      }
      case "message": {
        const { client, ...forClient } = event;
        this.byName.get(client)?.event(forClient);
        break;
      }
      default:
        break;
    }
  }

  private channelUp(client: string, partner: string): boolean {
    return this.planes.some((p) => p.manager.partner(partner)?.channel(client) !== undefined);
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
        plane.card.setFaults(this.partnerCard(call.partner, plane.index), call.faults, call.direction);
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
        return this.osWork(() => this.serviceCall(call.service, call.payload));
      default:
        return this.osWork(() => this.clientCall(connection, call));
    }
  }

  replied(connection: ClientConnection, call: ClientCall): void {
    // A client learns, right after its registration, which partners are ready and which of its
    // channels are up already (one may be at once, when the counterpart is there).
    const name = connection.name;
    if (call.kind !== "register" || name === undefined) return;
    for (const id of this.first.manager.partnerIds()) {
      const link = this.planes.map((p) => p.manager.partner(id)).find((l) => l?.ready === true);
      const session = link?.established;
      if (link === undefined || session === undefined) continue;
      connection.event({
        type: "partner-ready",
        partner: id,
        version: session.version,
        sessionId: session.sessionId,
      });
      const remote = this.planes
        .map((p) => p.manager.partner(id)?.channel(name))
        .find((r) => r !== undefined);
      if (remote !== undefined) {
        const ports = Math.min(this.first.manager.clients.get(name)?.ports ?? 0, remote.vis.length);
        connection.event({ type: "channel-up", partner: id, ports, remoteMemoryBytes: remote.memoryLength });
      }
    }
  }

  disconnected(connection: ClientConnection): void {
    const name = connection.name;
    if (name === undefined || this.byName.get(name) !== connection) return;
    this.byName.delete(name);
    this.gate.run(() => {
      this.unregister(name);
      this.logger.info(
        { event: "client-left", client: name },
        "client %s left: its ports and memory are released",
        name,
      );
    });
  }

  /** Registers a client on every card: one memory range, lent to all of them. */
  private registerEverywhere(request: ClientRequest): LocalClient {
    let range: MemoryRange | undefined;
    if (request.memoryBytes > 0 && this.first.manager.clients.get(request.name) === undefined) {
      range = this.pool.allocate(request.memoryBytes);
      if (range === undefined) {
        throw new ResourceError(
          `${request.memoryBytes} bytes of memory asked, the node has ${this.pool.available} free for clients`,
        );
      }
      this.memory.write(range.address, new Uint8Array(range.length));
    }
    const registered: FabricPlane[] = [];
    try {
      for (const plane of this.planes) {
        plane.manager.registerClient(request, range);
        registered.push(plane);
      }
    } catch (error) {
      for (const plane of registered) plane.manager.unregisterClient(request.name);
      if (range !== undefined) this.pool.release(range);
      throw error;
    }
    if (range !== undefined) this.lent.set(request.name, range);
    return this.first.manager.clients.get(request.name) as LocalClient;
  }

  private unregister(name: string): void {
    for (const plane of this.planes) plane.manager.unregisterClient(name);
    const range = this.lent.get(name);
    this.lent.delete(name);
    if (range !== undefined) this.pool.release(range);
  }

  /** Registers a hosted service as a client of the managers and starts it. */
  private startService(service: NodeService): void {
    let client: LocalClient;
    try {
      client = this.registerEverywhere({
        name: service.name,
        ports: service.ports,
        memoryBytes: service.memoryBytes,
        monitor: false,
      });
    } catch (error) {
      this.logger.error(
        { event: "service-failed", service: service.name, err: (error as Error).message },
        "service %s cannot register",
        service.name,
      );
      return;
    }
    this.byName.set(service.name, { event: (event) => service.event(event) });
    const region = client.region;
    const at = (offset: number) => {
      if (region === undefined || offset < 0 || offset + 8 > region.length || offset % 8 !== 0) {
        throw new BadRequestError(`word ${offset} is outside the service's ${region?.length ?? 0} bytes`);
      }
      return region.address + offset;
    };
    service.start({
      node: this.node.id,
      partners: this.first.manager.partnerIds(),
      logger: this.logger.child({ service: service.name }),
      clock: this.clock,
      send: async (partner, data) => {
        await this.overAnyFabric(service.name, partner, 0, (plane, target) =>
          this.post(plane, target.vi, { opcode: "send", data }),
        );
      },
      writeWord: (offset, value) => this.memory.writeWord(at(offset), value),
      readWord: (offset) => this.memory.readWord(at(offset)),
      run: (work) => this.gate.run(work),
    });
    this.logger.info({ event: "service-started", service: service.name }, "service %s started", service.name);
  }

  private async serviceCall(name: string, payload: Uint8Array): Promise<ReplyResult> {
    const service = this.options.services?.find((s) => s.name === name);
    if (service === undefined) throw new BadRequestError(`this node hosts no service ${name}`);
    await this.osIsUp();
    try {
      return { kind: "data", data: await service.call(payload) };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      throw typeof code === "string" ? new ServiceCallError(code, (error as Error).message) : error;
    }
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
        await this.overAnyFabric(name, call.partner, call.port, (plane, target) =>
          this.post(plane, target.vi, { opcode: "send", data: call.data }),
        );
        return OK;
      case "remote":
        return this.remote(name, call);
      case "local-read": {
        const region = this.localRange(name, call.offset, call.length);
        return { kind: "data", data: this.memory.read(region, call.length) };
      }
      case "local-write":
        this.memory.write(this.localRange(name, call.offset, call.data.length), call.data);
        return OK;
      case "partner-status":
        return { kind: "value", value: await this.partnerStatus(call.partner) };
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
    const client = this.registerEverywhere(call);
    connection.name = client.name;
    this.byName.set(client.name, connection);
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

  private async remote(name: string, call: ClientCall & { kind: "remote" }): Promise<ReplyResult> {
    const length = call.op === "read" ? call.length : call.op === "write" ? call.data.length : ATOMIC_BYTES;
    if (length <= 0 || length > MAX_MESSAGE_BYTES)
      throw new BadRequestError(`length must be 1..${MAX_MESSAGE_BYTES}`);
    if (
      length === ATOMIC_BYTES &&
      call.op !== "read" &&
      call.op !== "write" &&
      call.offset % ATOMIC_BYTES !== 0
    ) {
      throw new BadRequestError(`atomic offset ${call.offset} is not 8-byte aligned`);
    }
    return this.overAnyFabric(name, call.partner, call.port, async (plane, target) => {
      const { remote } = target;
      if (call.offset + length > remote.memoryLength) {
        throw new BadRequestError(
          `[${call.offset}, +${length}) is outside the counterpart's ${remote.memoryLength} bytes of memory`,
        );
      }
      const where = { rkey: remote.rkey, remoteAddress: remote.memoryAddress + call.offset };
      switch (call.op) {
        case "read":
          return {
            kind: "data",
            data: (await this.post(plane, target.vi, { opcode: "read", ...where, length }))
              .data as Uint8Array,
          };
        case "write":
          await this.post(plane, target.vi, { opcode: "write", ...where, data: call.data });
          return OK;
        case "fetch-add":
          return {
            kind: "value",
            value: (
              await this.post(plane, target.vi, { opcode: "fetch-add", ...where, add: call.compareAdd })
            ).original as bigint,
          };
        case "compare-swap":
          return {
            kind: "value",
            value: (
              await this.post(plane, target.vi, {
                opcode: "compare-swap",
                ...where,
                compare: call.compareAdd,
                swap: call.swap,
              })
            ).original as bigint,
          };
      }
    });
  }

  /**
   * Runs `work` over the first fabric whose channel for the client toward `partner` is up. When a
   * fabric lets a request down, its session with that partner is given up (giveUpFabric), so the
   * requests after it go over the other fabric (000 claim 7, 001 claim 17). The failed request
   * itself is not sent again: its outcome is unknown, and a WRITE, a SEND or an atomic sent twice
   * is not the same as once.
   */
  private async overAnyFabric<T>(
    client: string,
    partner: string,
    port: number,
    work: (plane: FabricPlane, target: PortTarget) => Promise<T>,
  ): Promise<T> {
    let unusable: unknown;
    for (const plane of this.planes) {
      let target: PortTarget;
      try {
        target = plane.manager.resolvePort(client, partner, port);
      } catch (error) {
        unusable ??= error;
        continue;
      }
      try {
        return await work(plane, target);
      } catch (error) {
        this.giveUpFabric(plane, partner, error);
        throw error;
      }
    }
    throw unusable;
  }

  /**
   * Ends a fabric's session with `partner` when a request over it got no answer, while another
   * fabric may still reach the partner. With a single fabric the session's own health checks
   * and the heartbeat monitor decide: one lost request is not a verdict on the partner.
   */
  private giveUpFabric(plane: FabricPlane, partner: string, error: unknown): void {
    if (
      this.planes.length > 1 &&
      error instanceof RemoteOperationError &&
      TRANSPORT_FAILURES.has(error.status) &&
      plane.manager.partner(partner)?.ready === true
    ) {
      plane.manager.partnerDown(partner, `fabric ${plane.index} failed a request: ${error.message}`);
    }
  }

  /** Posts on a card; the completion comes back through the OS gate. Errors become E_REMOTE. */
  private async post(plane: FabricPlane, vi: number, request: WorkRequest): Promise<Completion> {
    const completion = await plane.card.post(vi, request);
    await new Promise<void>((resolve) => this.gate.run(resolve));
    if (completion.status !== CompletionStatus.SUCCESS) {
      throw new RemoteOperationError(completion.status, completion.detail || statusName(completion.status));
    }
    return completion;
  }

  /**
   * The partner's status word, read over the fabrics whose session with it is up first. A read
   * can be repeated safely, so one that a fabric lets down is tried over the next.
   */
  private async partnerStatus(partner: string): Promise<bigint> {
    const ready = (plane: FabricPlane) => plane.manager.partner(partner)?.ready === true;
    let failure: unknown;
    for (const plane of [...this.planes.filter(ready), ...this.planes.filter((p) => !ready(p))]) {
      try {
        return await new Promise<bigint>((resolve, reject) =>
          plane.manager.readPartnerStatus(partner, (word, status, detail) =>
            word === undefined ? reject(new RemoteOperationError(status, detail)) : resolve(word),
          ),
        );
      } catch (error) {
        this.giveUpFabric(plane, partner, error);
        failure = error;
      }
    }
    throw failure;
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

  private partnerCard(partner: string, fabric: number): number {
    const node = this.options.config.nodes.find((n) => n.id === partner && n !== this.node);
    if (node === undefined) throw new UnknownPartnerError(`${partner} is not a partner of this node`);
    return (node.cards[fabric] ?? node).card;
  }
}

const OK: ReplyResult = { kind: "ok" };

const PHASE_LINES: Record<BootPhase, string> = {
  "card-firmware": "card firmware up: VI 0 and the boot mailbox are served",
  "connection-manager": "connection manager running: handshaking with partners",
  "vi-layer": "VI layer up",
  "storage-os": "storage OS up: clients may attach",
};
