/**
 * The node's local endpoint for client processes and admin tools: one WebSocket per client,
 * binary protobuf messages (proto/client.proto). Every request gets exactly one reply; anything
 * malformed gets an error reply and the connection stays open, so one broken client never costs
 * another anything.
 */
import type { Logger } from "pino";
import { type RawData, WebSocket, WebSocketServer } from "ws";
import {
  type ClientCall,
  type ClientEventBody,
  decodeRequests,
  encodeServerMessages,
  eventItem,
  MAX_CLIENT_FRAME_BYTES,
  type ReplyResult,
  replyItem,
  type ServerItem,
  UndecodableRequest,
} from "./client-codec.js";
import {
  CcmError,
  ClusterConfigError,
  RemoteOperationError,
  ServiceCallError,
  toCcmError,
} from "./errors.js";

/** One connected client process (or admin tool). */
export class ClientConnection {
  /** The client's name once it registered. */
  name: string | undefined;

  constructor(
    readonly id: number,
    readonly remote: string,
    private readonly socket: WebSocket,
  ) {}

  get open(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  event(event: ClientEventBody): void {
    this.queue(eventItem(event));
  }

  reply(id: number, result: ReplyResult): void {
    this.queue(replyItem(id, result));
  }

  private outbox: ServerItem[] = [];

  /** What one event-loop turn produces for this client goes out as one message. */
  private queue(item: ServerItem): void {
    if (!this.open) return;
    this.outbox.push(item);
    if (this.outbox.length === 1) queueMicrotask(() => this.flush());
  }

  private flush(): void {
    const items = this.outbox;
    this.outbox = [];
    if (this.open && items.length > 0) this.socket.send(encodeServerMessages(items));
  }

  close(reason: string): void {
    this.socket.close(1001, reason.slice(0, 120));
  }
}

export interface ClientHandler {
  /** Carries out one request; the result (or the thrown CcmError) is the reply. */
  handle(connection: ClientConnection, call: ClientCall): Promise<ReplyResult>;
  /** The reply to `call` went out (events that must follow it can go now). */
  replied(connection: ClientConnection, call: ClientCall): void;
  /** The connection is gone: whatever the client held is released. */
  disconnected(connection: ClientConnection): void;
}

export class ClientServer {
  private readonly connections = new Set<ClientConnection>();
  private nextId = 1;

  private constructor(
    private readonly server: WebSocketServer,
    private readonly handler: ClientHandler,
    private readonly logger: Logger,
  ) {
    server.on("connection", (socket, request) => {
      const remote = `${request.socket.remoteAddress}:${request.socket.remotePort}`;
      this.accept(new ClientConnection(this.nextId++, remote, socket), socket);
    });
  }

  static listen(endpoint: URL, handler: ClientHandler, logger: Logger): Promise<ClientServer> {
    return new Promise((resolve, reject) => {
      const server = new WebSocketServer({
        host: endpoint.hostname,
        port: Number(endpoint.port),
        maxPayload: MAX_CLIENT_FRAME_BYTES,
        perMessageDeflate: false,
      });
      server.once("error", (error) =>
        reject(new ClusterConfigError(`cannot listen for clients on ${endpoint.href}: ${error.message}`)),
      );
      server.once("listening", () => {
        server.on("error", (error) => logger.error({ err: error }, "client endpoint failed"));
        resolve(new ClientServer(server, handler, logger));
      });
    });
  }

  all(): ClientConnection[] {
    return [...this.connections];
  }

  /** Closes the connections of registered clients (processes of an OS that panicked); admin tools stay. */
  closeClients(reason: string): void {
    for (const connection of this.connections) if (connection.name !== undefined) connection.close(reason);
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(connection: ClientConnection, socket: WebSocket): void {
    this.connections.add(connection);
    socket.on("error", () => {});
    socket.on("message", (data: RawData, isBinary) => this.onMessage(connection, data as Buffer, isBinary));
    socket.on("close", () => {
      this.connections.delete(connection);
      this.handler.disconnected(connection);
    });
  }

  private onMessage(connection: ClientConnection, data: Buffer, isBinary: boolean): void {
    const items = isBinary
      ? decodeRequests(data)
      : [new UndecodableRequest(0, "text message: the client protocol is binary protobuf")];
    for (const item of items) {
      if (item instanceof UndecodableRequest) {
        this.logger.warn(
          { client: connection.name ?? connection.remote, reason: item.message },
          "bad client request",
        );
        connection.reply(item.id, {
          kind: "error",
          code: item.code,
          message: item.message,
          completionStatus: 0,
        });
        continue;
      }
      const { id, call } = item;
      this.handler.handle(connection, call).then(
        (result) => {
          connection.reply(id, result);
          this.handler.replied(connection, call);
        },
        (error: unknown) => {
          if (!(error instanceof CcmError) || error.code === "E_INTERNAL") {
            this.logger.error({ err: error, client: connection.name }, "client request failed unexpectedly");
          }
          connection.reply(id, errorResult(error));
        },
      );
    }
  }
}

function errorResult(thrown: unknown): ReplyResult {
  const error = toCcmError(thrown);
  const status = error instanceof RemoteOperationError ? error.status : 0;
  const code = error instanceof ServiceCallError ? error.serviceCode : error.code;
  return { kind: "error", code, message: error.message, completionStatus: status };
}
