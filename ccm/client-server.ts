/**
 * The node's local endpoint for client processes and admin tools: one WebSocket per client,
 * binary protobuf messages (proto/client.proto). Every request read gets exactly one reply;
 * anything malformed gets an error reply, so one broken client never costs another anything.
 *
 * The endpoint is open to any process on the machine, so it bounds what they can hold: at most
 * `maxConnections` WebSockets (a few more TCP connections are accepted only to be told why they
 * are closed), a short time to complete the upgrade, an idle timeout for connections that never
 * registered, and a budget of bytes in flight shared by all connections (client-connection.ts
 * bounds each one).
 */
import { createServer, type Server } from "node:http";
import { performance } from "node:perf_hooks";
import type { Logger } from "pino";
import { type RawData, type WebSocket, WebSocketServer } from "ws";
import { BadInputLog } from "../rdma-emu/index.js";
import { MAX_CLIENT_FRAME_BYTES } from "./client-codec.js";
import {
  CLOSE_GOING_AWAY,
  CLOSE_NORMAL,
  CLOSE_TRY_LATER,
  ClientConnection,
  type ClientHandler,
  type ConnectionEndpoint,
} from "./client-connection.js";
import { REQUESTS_PER_SLICE, REQUESTS_PER_TURN, SLICE_MS, SPARE_CONNECTIONS } from "./constants.js";
import { DEFAULT_ENDPOINT_LIMITS, type EndpointLimits } from "./endpoint-limits.js";
import { ClusterConfigError } from "./errors.js";

export { ClientConnection, type ClientHandler } from "./client-connection.js";

export class ClientServer implements ConnectionEndpoint {
  private readonly connections = new Set<ClientConnection>();
  /** Connections waiting for the endpoint's budget, woken in arrival order when some comes back. */
  private readonly waiting = new Set<ClientConnection>();
  private bytesInFlight = 0;
  /** Output every connection holds unsent. */
  private unsentBytes = 0;
  /** Connections with requests to start, in the order they get their turns. */
  private readonly ready = new Set<ClientConnection>();
  private sliceQueued = false;
  private readonly badRequests: BadInputLog;
  private readonly idleSweep: NodeJS.Timeout;

  private constructor(
    private readonly http: Server,
    private readonly server: WebSocketServer,
    readonly handler: ClientHandler,
    readonly limits: EndpointLimits,
    logger: Logger,
    private readonly nextId: () => number,
  ) {
    this.badRequests = new BadInputLog(logger, "bad requests", limits.badRequestLogLinesPerSecond);
    server.on("connection", (socket, request) => {
      const remote = `${request.socket.remoteAddress}:${request.socket.remotePort}`;
      this.accept(new ClientConnection(this.nextId(), remote, socket, this), socket);
    });
    this.idleSweep = setInterval(() => this.closeIdle(), Math.max(10, limits.unregisteredIdleMs / 4));
    this.idleSweep.unref();
  }

  static listen(
    endpoint: URL,
    handler: ClientHandler,
    logger: Logger,
    limits: EndpointLimits = DEFAULT_ENDPOINT_LIMITS,
    /** Connection ids; a node process hands out its own so that they stay unique across resets. */
    ids: () => number = counter(),
  ): Promise<ClientServer> {
    // Our own HTTP server, for its bounds: TCP connections beyond the cap are dropped, and one
    // that does not complete its upgrade in time is cut.
    const http = createServer((_request, response) => {
      response.writeHead(426, { "content-type": "text/plain" });
      response.end("the node's client endpoint speaks WebSocket (proto/client.proto)\n");
    });
    http.maxConnections = limits.maxConnections + SPARE_CONNECTIONS;
    http.headersTimeout = limits.upgradeTimeoutMs;
    http.requestTimeout = limits.upgradeTimeoutMs;
    const server = new WebSocketServer({
      server: http,
      maxPayload: MAX_CLIENT_FRAME_BYTES,
      perMessageDeflate: false,
    });
    return new Promise((resolve, reject) => {
      http.once("error", (error) =>
        reject(new ClusterConfigError(`cannot listen for clients on ${endpoint.href}: ${error.message}`)),
      );
      http.listen(Number(endpoint.port), endpoint.hostname, () => {
        http.on("error", (error) => logger.error({ err: error }, "client endpoint failed"));
        resolve(new ClientServer(http, server, handler, limits, logger, ids));
      });
    });
  }

  all(): ClientConnection[] {
    return [...this.connections];
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  /** Closes the connections of registered clients (processes of an OS that panicked); admin tools stay. */
  closeClients(reason: string): void {
    for (const connection of this.connections)
      if (connection.name !== undefined) connection.close(CLOSE_GOING_AWAY, reason);
  }

  async close(): Promise<void> {
    clearInterval(this.idleSweep);
    this.badRequests.flush();
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    // TCP connections that never completed their upgrade would hold the port until they time
    // out; a node that resets binds it again at once.
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  // ---- ConnectionEndpoint ----------------------------------------------------------------------

  take(connection: ClientConnection, bytes: number): boolean {
    // An idle endpoint takes any one request (each is bounded by its size).
    if (this.bytesInFlight > 0 && this.bytesInFlight + bytes > this.limits.endpointBytesInFlight) {
      this.waiting.add(connection);
      return false;
    }
    this.bytesInFlight += bytes;
    return true;
  }

  give(bytes: number): void {
    this.bytesInFlight -= bytes;
    if (bytes === 0 || this.waiting.size === 0) return;
    for (const connection of this.waiting) this.schedule(connection);
    this.waiting.clear();
  }

  schedule(connection: ClientConnection): void {
    this.ready.add(connection);
    if (this.sliceQueued) return;
    this.sliceQueued = true;
    setImmediate(() => this.slice());
  }

  /**
   * One slice of the endpoint's work: requests of the ready connections, a few at a time each in
   * turn, until the slice's count or time is used up; then the event loop gets its turn.
   */
  private slice(): void {
    this.sliceQueued = false;
    const deadline = performance.now() + SLICE_MS;
    let budget = REQUESTS_PER_SLICE;
    while (this.ready.size > 0 && budget > 0 && performance.now() < deadline) {
      for (const connection of [...this.ready]) {
        this.ready.delete(connection);
        const { taken, more } = connection.pump(Math.min(budget, REQUESTS_PER_TURN));
        budget -= taken;
        if (more) this.ready.add(connection);
        if (budget <= 0 || performance.now() >= deadline) break;
      }
    }
    if (this.ready.size > 0 && !this.sliceQueued) {
      this.sliceQueued = true;
      setImmediate(() => this.slice());
    }
  }

  unsent(bytes: number): void {
    this.unsentBytes += bytes;
    if (bytes <= 0 || this.unsentBytes <= this.limits.endpointUnreadOutputBytes) return;
    // Memory for unread output is bounded across the endpoint: the slowest reader goes.
    let slowest: ClientConnection | undefined;
    for (const connection of this.connections)
      if (connection.open && connection.unread > (slowest?.unread ?? 0)) slowest = connection;
    slowest?.closeForUnreadOutput();
  }

  badRequest(connection: ClientConnection, id: number, reason: string): void {
    this.badRequests.warn(connection.label, { id, reason }, "bad client request");
  }

  failed(connection: ClientConnection, error: unknown): void {
    this.badRequests.warn(
      connection.label,
      { err: error instanceof Error ? error.message : String(error) },
      "client request failed unexpectedly",
    );
  }

  // ---- connections -----------------------------------------------------------------------------

  private accept(connection: ClientConnection, socket: WebSocket): void {
    socket.on("error", () => {});
    if (this.connections.size >= this.limits.maxConnections) {
      connection.close(
        CLOSE_TRY_LATER,
        `E_RESOURCES: ${this.connections.size} connections open, the most this node serves`,
      );
      this.badRequests.warn(connection.label, { event: "connection-refused" }, "too many connections");
      return;
    }
    this.connections.add(connection);
    socket.on("message", (data: RawData, isBinary) => connection.receive(data as Buffer, isBinary));
    socket.on("close", () => {
      this.connections.delete(connection);
      this.waiting.delete(connection);
      this.ready.delete(connection);
      connection.onClosed();
      this.handler.disconnected(connection);
    });
  }

  /** Connections that never registered and have sent nothing for a while are closed. */
  private closeIdle(): void {
    const now = performance.now();
    for (const connection of this.connections) {
      if (
        connection.name === undefined &&
        connection.pending === 0 &&
        now - connection.lastActive >= this.limits.unregisteredIdleMs
      ) {
        connection.close(CLOSE_NORMAL, "idle: no registration and no request for a while");
      }
    }
  }
}

/** 1, 2, 3, ... */
export function counter(): () => number {
  let next = 1;
  return () => next++;
}
