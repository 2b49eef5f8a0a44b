/**
 * A storage node emulator in the real runtime: one OS process with its card on the fabric, the
 * connection manager, an emulated storage OS that boots in phases and can be forced to hang or
 * panic, and the local endpoint its client processes attach to.
 *
 *   card firmware up ─▶ connection manager running ─▶ VI layer up ─▶ storage OS up
 *   (bootstrap region,   (mailbox header, handshake    (viLayerMs)     (osBootMs: clients
 *    status word)         toward every partner)                         may register)
 *
 * The handshake starts at the second phase, long before the OS is up (004 claims 21 and 33). The
 * card is outside the OS gate: whatever the OS does, partners can read the status word.
 */
import { randomInt } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Logger } from "pino";
import {
  BOOTSTRAP_REGION_ADDRESS,
  BOOTSTRAP_REGION_BYTES,
  Card,
  type CardEvent,
  type Completion,
  CompletionStatus,
  formatHardwareAddress,
  HostMemory,
  MAX_MESSAGE_BYTES,
  STATUS_WORD_OFFSET,
  statusName,
  type WorkRequest,
} from "../rdma-emu/index.js";
import type { ClientCall, ClientEventBody, NodeStatusBody, ReplyResult } from "./client-codec.js";
import type { LocalClient } from "./client-registry.js";
import type { ClientConnection, ClientHandler } from "./client-server.js";
import { ClientServer } from "./client-server.js";
import { type ClusterConfig, type NodeConfig, nodeById } from "./cluster-config.js";
import { ConnectionManager } from "./connection-manager.js";
import {
  BadRequestError,
  ForbiddenError,
  NotRegisteredError,
  OsStateError,
  RemoteOperationError,
  ServiceCallError,
  UnknownPartnerError,
} from "./errors.js";
import type { HandshakeStep } from "./handshake.js";
import { MAILBOX_ADDRESS, MAX_BOOT_INCARNATION } from "./mailbox-layout.js";
import type { ManagerEvent } from "./manager-events.js";
import type { NodeCard, NodeClock } from "./node-card.js";
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
}

/** Whoever receives a client's events: a connection, or a hosted service. */
interface ClientSink {
  event(event: ClientEventBody): void;
}

const ATOMIC_BYTES = 8;

export class NodeEmulator implements ClientHandler {
  readonly node: NodeConfig;
  private readonly memory: HostMemory;
  private readonly gate = new OsGate();
  private readonly logger: Logger;
  private readonly bootIncarnation = randomInt(1, MAX_BOOT_INCARNATION);
  private card!: Card;
  private manager!: ConnectionManager;
  private clients!: ClientServer;
  private readonly byName = new Map<string, ClientSink>();
  private phase: BootPhase = "card-firmware";
  private os: OsState = "booting";
  private osUpWaiters: (() => void)[] = [];
  private readonly timers: NodeJS.Timeout[] = [];
  private stopped = false;

  private constructor(private readonly options: NodeOptions) {
    this.node = nodeById(options.config, options.nodeId);
    this.memory = new HostMemory(this.node.memoryBytes);
    // Every line names the boot it comes from: a trace spanning restarts stays readable.
    this.logger = options.logger.child({ boot: this.bootIncarnation });
  }

  /** Boots the node: card, connection manager, client endpoint; VI layer and OS follow on timers. */
  static async start(options: NodeOptions): Promise<NodeEmulator> {
    const node = new NodeEmulator(options);
    await node.boot();
    return node;
  }

  get osState(): OsState {
    return this.os;
  }

  status(): NodeStatusBody {
    const manager = this.manager;
    const partners = manager.partnerIds().map((id) => {
      const link = manager.partner(id);
      const session = link?.established;
      return {
        node: id,
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
          channelsUp: link?.channel(remote.client) === undefined ? [] : [this.node.id],
        })),
      };
    });
    return {
      node: this.node.id,
      index: this.node.index,
      bootIncarnation: this.bootIncarnation,
      phase: this.phase,
      osState: this.os,
      partners,
      clients: manager.clients.all().map((client) => ({
        name: client.name,
        ports: client.ports,
        memoryBytes: client.memoryBytes,
        vis: [...client.vis.values()].flat(),
        channelsUp: manager
          .partnerIds()
          .filter((p) => manager.partner(p)?.channel(client.name) !== undefined),
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
      this.manager.stop();
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
    this.gate.kill();
    for (const service of this.options.services ?? []) service.stop();
    this.manager.stop();
    await this.clients.close();
    await this.card.close();
  }

  // ---- boot --------------------------------------------------------------------------------

  private async boot(): Promise<void> {
    const { config } = this.options;
    this.card = await Card.start({
      fabric: config.fabric,
      hardwareAddress: this.node.card,
      memory: this.memory,
      retryTimeoutMs: config.retryTimeoutMs,
      logger: this.logger,
    });
    // 004 claims 2, 15, 19: the status word at the predefined address, served by the card alone.
    this.card.registerBootstrapRegion(BOOTSTRAP_REGION_ADDRESS, BOOTSTRAP_REGION_BYTES);
    this.enterPhase("card-firmware", {
      card: formatHardwareAddress(this.node.card),
      cardIncarnation: this.card.incarnation,
    });
    this.card.on("event", (event) => this.onCardEvent(event));

    this.manager = new ConnectionManager({
      self: { id: this.node.id, index: this.node.index },
      partners: config.nodes
        .filter((n) => n !== this.node)
        .map((n) => ({ id: n.id, index: n.index, card: n.card })),
      bootIncarnation: this.bootIncarnation,
      minVersion: this.node.minVersion,
      maxVersion: this.node.maxVersion,
      card: this.nodeCard(),
      clock: this.nodeClock(),
      maxClients: config.maxClients,
      onEvent: (event) => this.onManagerEvent(event),
    });
    this.manager.start();
    this.enterPhase("connection-manager", {
      bootIncarnation: this.bootIncarnation,
      versions: `${this.node.minVersion}..${this.node.maxVersion}`,
      partners: this.manager.partnerIds(),
    });
    this.clients = await ClientServer.listen(this.node.clientEndpoint, this, this.logger);
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
    this.memory.writeWord(
      MAILBOX_ADDRESS + STATUS_WORD_OFFSET,
      statusWord(statusCodeOf(this.phase, this.os)),
    );
  }

  /** An OS timer: it does not fire while the OS is hung (it fires on recovery). */
  private after(ms: number, run: () => void): void {
    this.timers.push(setTimeout(this.gate.wrap(run), ms));
  }

  // ---- the manager's world -----------------------------------------------------------------

  private nodeCard(): NodeCard {
    const { card, gate } = this;
    const flushed = (error: unknown) => ({
      status: CompletionStatus.WR_FLUSH_ERR,
      detail: (error as Error).message,
    });
    return {
      hardwareAddress: this.node.card,
      memory: this.memory,
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

  private nodeClock(): NodeClock {
    return {
      now: () => performance.now(),
      at: (time, run) => {
        const timer = setTimeout(this.gate.wrap(run), Math.max(0, time - performance.now()));
        return () => clearTimeout(timer);
      },
    };
  }

  private onCardEvent(event: CardEvent): void {
    // The card logs its links itself; they are the manager's business too.
    if (event.type === "link-down") this.gate.run(() => this.manager.linkDown(event.peer, event.reason));
    else if (event.type === "link-up") this.gate.run(() => this.manager.linkUp(event.peer));
  }

  private onManagerEvent(event: ManagerEvent): void {
    logManagerEvent(this.logger, event);
    switch (event.type) {
      case "handshake-step-start":
        if (event.step === this.options.crashAt) {
          // Let the step's RDMA operation leave first: the crash is *during* the step.
          setImmediate(() => process.kill(process.pid, "SIGKILL"));
        }
        break;
      case "partner-ready":
      case "partner-down":
        for (const connection of this.byName.values()) connection.event(event);
        break;
      case "channel-up":
      case "channel-down":
      case "message": {
        const { client, ...forClient } = event;
        this.byName.get(client)?.event(forClient);
        break;
      }
      default:
        break;
    }
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
      case "set-faults":
        this.card.setFaults(this.partnerCard(call.partner), call.faults, call.direction);
        this.logger.warn(
          { event: "faults", partner: call.partner, faults: call.faults, direction: call.direction },
          "fabric faults set",
        );
        return OK;
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
    for (const id of this.manager.partnerIds()) {
      const link = this.manager.partner(id);
      const session = link?.established;
      if (link?.ready !== true || session === undefined) continue;
      connection.event({
        type: "partner-ready",
        partner: id,
        version: session.version,
        sessionId: session.sessionId,
      });
      const remote = link.channel(name);
      if (remote !== undefined) {
        const ports = Math.min(this.manager.clients.get(name)?.ports ?? 0, remote.vis.length);
        connection.event({ type: "channel-up", partner: id, ports, remoteMemoryBytes: remote.memoryLength });
      }
    }
  }

  disconnected(connection: ClientConnection): void {
    const name = connection.name;
    if (name === undefined || this.byName.get(name) !== connection) return;
    this.byName.delete(name);
    this.gate.run(() => {
      this.manager.unregisterClient(name);
      this.logger.info(
        { event: "client-left", client: name },
        "client %s left: its ports and memory are released",
        name,
      );
    });
  }

  /** Registers a hosted service as a client of the manager and starts it. */
  private startService(service: NodeService): void {
    let client: LocalClient;
    try {
      client = this.manager.registerClient({
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
      partners: this.manager.partnerIds(),
      logger: this.logger.child({ service: service.name }),
      clock: this.nodeClock(),
      send: async (partner, data) => {
        await this.post(this.manager.resolvePort(service.name, partner, 0).vi, { opcode: "send", data });
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
      case "send": {
        const target = this.manager.resolvePort(name, call.partner, call.port);
        await this.post(target.vi, { opcode: "send", data: call.data });
        return OK;
      }
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
        if (this.manager.clients.get(name)?.monitor !== true) {
          throw new ForbiddenError(`client ${name} did not register as a monitor`);
        }
        this.manager.partnerDown(call.partner, `${name} reports: ${call.reason}`);
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
    const client = this.manager.registerClient(call);
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
    const target = this.manager.resolvePort(name, call.partner, call.port);
    const { remote } = target;
    const length = call.op === "read" ? call.length : call.op === "write" ? call.data.length : ATOMIC_BYTES;
    if (length <= 0 || length > MAX_MESSAGE_BYTES)
      throw new BadRequestError(`length must be 1..${MAX_MESSAGE_BYTES}`);
    if (call.offset + length > remote.memoryLength) {
      throw new BadRequestError(
        `[${call.offset}, +${length}) is outside the counterpart's ${remote.memoryLength} bytes of memory`,
      );
    }
    if (
      length === ATOMIC_BYTES &&
      call.op !== "read" &&
      call.op !== "write" &&
      call.offset % ATOMIC_BYTES !== 0
    ) {
      throw new BadRequestError(`atomic offset ${call.offset} is not 8-byte aligned`);
    }
    const where = { rkey: remote.rkey, remoteAddress: remote.memoryAddress + call.offset };
    switch (call.op) {
      case "read":
        return {
          kind: "data",
          data: (await this.post(target.vi, { opcode: "read", ...where, length })).data as Uint8Array,
        };
      case "write":
        await this.post(target.vi, { opcode: "write", ...where, data: call.data });
        return OK;
      case "fetch-add":
        return {
          kind: "value",
          value: (await this.post(target.vi, { opcode: "fetch-add", ...where, add: call.compareAdd }))
            .original as bigint,
        };
      case "compare-swap":
        return {
          kind: "value",
          value: (
            await this.post(target.vi, {
              opcode: "compare-swap",
              ...where,
              compare: call.compareAdd,
              swap: call.swap,
            })
          ).original as bigint,
        };
    }
  }

  /** Posts on the card; the completion comes back through the OS gate. Errors become E_REMOTE. */
  private async post(vi: number, request: WorkRequest): Promise<Completion> {
    const completion = await this.card.post(vi, request);
    await new Promise<void>((resolve) => this.gate.run(resolve));
    if (completion.status !== CompletionStatus.SUCCESS) {
      throw new RemoteOperationError(completion.status, completion.detail || statusName(completion.status));
    }
    return completion;
  }

  private partnerStatus(partner: string): Promise<bigint> {
    return new Promise((resolve, reject) =>
      this.manager.readPartnerStatus(partner, (word, status, detail) =>
        word === undefined ? reject(new RemoteOperationError(status, detail)) : resolve(word),
      ),
    );
  }

  /** The absolute address of [offset, offset + length) in the client's own region. */
  private localRange(name: string, offset: number, length: number): number {
    const region = this.manager.clients.get(name)?.region;
    if (region === undefined || length < 0 || offset + length > region.length) {
      throw new BadRequestError(
        `[${offset}, +${length}) is outside the client's ${region?.length ?? 0} bytes of memory`,
      );
    }
    return region.address + offset;
  }

  private partnerCard(partner: string): number {
    const node = this.options.config.nodes.find((n) => n.id === partner && n !== this.node);
    if (node === undefined) throw new UnknownPartnerError(`${partner} is not a partner of this node`);
    return node.card;
  }
}

const OK: ReplyResult = { kind: "ok" };

const PHASE_LINES: Record<BootPhase, string> = {
  "card-firmware": "card firmware up: VI 0 and the boot mailbox are served",
  "connection-manager": "connection manager running: handshaking with partners",
  "vi-layer": "VI layer up",
  "storage-os": "storage OS up: clients may attach",
};

/** One log line per manager event, one field per fact. */
function logManagerEvent(logger: Logger, event: ManagerEvent): void {
  switch (event.type) {
    case "handshake-step-start":
    case "message":
      return;
    case "handshake-step": {
      const fields = {
        event: event.type,
        partner: event.partner,
        step: event.step,
        ok: event.ok,
        vi: event.vi,
        remoteVi: event.remoteVi,
        partnerCard: formatHardwareAddress(event.partnerCard),
        address: `0x${event.address.toString(16)}`,
        selfId: event.selfId,
        partnerBoot: event.partnerBoot,
        durationMs: Math.round(event.durationMs * 1000) / 1000,
      };
      if (event.ok) logger.info(fields, "handshake %s with %s ok", event.step, event.partner);
      else
        logger.debug(
          { ...fields, detail: event.detail },
          "handshake %s with %s: %s",
          event.step,
          event.partner,
          event.detail,
        );
      return;
    }
    case "session-connected":
      logger.info(
        { ...event, event: event.type },
        "session with %s connected (version %d)",
        event.partner,
        event.version,
      );
      return;
    case "version-mismatch":
      logger.error(
        {
          event: event.type,
          code: "E_VERSION_MISMATCH",
          partner: event.partner,
          ours: event.ours,
          theirs: event.theirs,
        },
        "no common protocol version with %s: ours %s, theirs %s; no session",
        event.partner,
        event.ours.join(".."),
        event.theirs.join(".."),
      );
      return;
    case "partner-state":
      logger.info(
        { ...event, event: event.type },
        "partner %s %s%s",
        event.partner,
        event.state,
        event.detail ? `: ${event.detail}` : "",
      );
      return;
    case "partner-ready":
      logger.info({ ...event, event: event.type }, "partner %s ready; clients told", event.partner);
      return;
    case "partner-down":
      logger.warn({ ...event, event: event.type }, "partner %s down: %s", event.partner, event.reason);
      return;
    case "channel-up":
      logger.info({ ...event, event: event.type }, "channel %s <-> %s up", event.client, event.partner);
      return;
    case "channel-down":
      logger.info(
        { ...event, event: event.type },
        "channel %s <-> %s down: %s",
        event.client,
        event.partner,
        event.reason,
      );
      return;
    case "peer-protocol-error":
      logger.warn(
        { ...event, event: event.type, code: "E_PEER_PROTOCOL" },
        "partner %s broke the session protocol: %s",
        event.partner,
        event.reason,
      );
      return;
  }
}
