import { createServer as createHttpServer } from "node:http";
import { createServer, type Server, type Socket } from "node:net";
import { WebSocketServer } from "ws";
import { LINK_LOGIN_TIMEOUT_MS, MAX_LINK_MESSAGE_BYTES, MAX_PENDING_LINK_LOGINS } from "./constants.js";
import { ConfigError } from "./errors.js";
import { LINK_TCP_PREAMBLE, type LinkTransport, TcpTransport, WsTransport } from "./link-transport.js";

/** HTTP's answer to a request that is not a WebSocket upgrade (what ws's own server sends). */
const UPGRADE_REQUIRED = 426;

/**
 * A card's port. Cards link over raw TCP (they open with LINK_TCP_PREAMBLE); anything else is
 * taken for HTTP and may open a WebSocket link, held to the same login and limits. The first
 * byte tells them apart: the preamble's is not one an HTTP request can start with. A connection
 * must show which it is, and an HTTP one upgrade to a WebSocket, within the login timeout; at most
 * MAX_PENDING_LINK_LOGINS may be at that stage at once (the oldest is cut), so strangers that
 * never become links cost bounded memory and file descriptors.
 */
export class LinkListener {
  /** Connections not yet a link (sniffing, or HTTP before the upgrade), with their deadline. */
  private readonly pending = new Map<Socket, NodeJS.Timeout>();
  private readonly raw = new Set<Socket>();
  private readonly http = createHttpServer((_request, response) => {
    response.writeHead(UPGRADE_REQUIRED, { "content-type": "text/plain" }).end("a card's fabric port\n");
  });
  private readonly ws = new WebSocketServer({
    noServer: true,
    maxPayload: MAX_LINK_MESSAGE_BYTES,
    perMessageDeflate: false,
  });

  private constructor(
    private readonly server: Server,
    private readonly onLink: (transport: LinkTransport, remote: string) => void,
  ) {
    server.on("connection", (socket) => this.sniff(socket));
    this.http.on("upgrade", (request, socket, head) => {
      this.settle(socket as Socket);
      this.ws.handleUpgrade(request, socket, head, (ws) => {
        ws.on("error", () => {});
        this.onLink(new WsTransport(ws), remoteOf(socket as Socket));
      });
    });
  }

  /** Listens on the endpoint's host and port; `onLink` gets every connection that is a link. */
  static listen(
    endpoint: URL,
    onLink: (transport: LinkTransport, remote: string) => void,
    onError: (error: Error) => void,
  ): Promise<LinkListener> {
    const server = createServer({ noDelay: true });
    return new Promise((resolve, reject) => {
      server.once("error", (error) =>
        reject(new ConfigError(`card cannot listen on ${endpoint.href}: ${error.message}`, { cause: error })),
      );
      server.listen(Number(endpoint.port), endpoint.hostname, () => {
        server.on("error", onError);
        resolve(new LinkListener(server, onLink));
      });
    });
  }

  /** Stops listening and cuts every connection it still has. */
  close(): Promise<void> {
    for (const socket of this.pending.keys()) socket.destroy();
    for (const socket of this.raw) socket.destroy();
    for (const client of this.ws.clients) client.terminate();
    this.http.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private sniff(socket: Socket): void {
    socket.on("error", () => {});
    if (this.pending.size >= MAX_PENDING_LINK_LOGINS) {
      const oldest = this.pending.keys().next().value as Socket;
      this.settle(oldest);
      oldest.destroy();
    }
    this.pending.set(
      socket,
      setTimeout(() => {
        this.pending.delete(socket);
        socket.destroy();
      }, LINK_LOGIN_TIMEOUT_MS),
    );
    socket.once("close", () => this.settle(socket));
    let seen: Buffer = Buffer.alloc(0);
    const onData = (chunk: Buffer) => {
      seen = seen.length === 0 ? chunk : Buffer.concat([seen, chunk]);
      if (seen[0] === LINK_TCP_PREAMBLE[0] && seen.length < LINK_TCP_PREAMBLE.length) return;
      socket.off("data", onData);
      if (seen[0] !== LINK_TCP_PREAMBLE[0]) {
        // Not a card's link: hand the connection, bytes read included, to HTTP for a WebSocket
        // (still pending, and cut at its deadline, until it upgrades).
        socket.pause();
        socket.unshift(seen);
        this.http.emit("connection", socket);
        socket.resume();
        return;
      }
      this.settle(socket);
      if (!seen.subarray(0, LINK_TCP_PREAMBLE.length).equals(LINK_TCP_PREAMBLE)) {
        socket.destroy();
        return;
      }
      this.raw.add(socket);
      socket.once("close", () => this.raw.delete(socket));
      const leftover = seen.subarray(LINK_TCP_PREAMBLE.length);
      this.onLink(new TcpTransport(socket, { dialer: false, leftover }), remoteOf(socket));
    };
    socket.on("data", onData);
  }

  /** The connection is no longer pending: a link now, or gone. */
  private settle(socket: Socket): void {
    clearTimeout(this.pending.get(socket));
    this.pending.delete(socket);
  }
}

function remoteOf(socket: Socket): string {
  return `${socket.remoteAddress}:${socket.remotePort}`;
}
