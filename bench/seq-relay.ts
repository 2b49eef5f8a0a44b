/**
 * The baseline of `npm run bench -- seq`: the sequence service's three-hop path built from plain
 * ws messages, one relay process per role, nothing else:
 *
 *   client ──▶ origin ──▶ primary (counter += count) ──▶ secondary (max stored) ──▶ origin ──▶ client
 *
 * A message is 16 bytes: request id (u32), count (u32), start (f64). Each relay listens on port 0,
 * tells its parent the port over IPC, and dials its next hop when the parent says where it is.
 */
import WebSocket, { WebSocketServer } from "ws";

const role = process.argv[2];
if (role !== "origin" && role !== "primary" && role !== "secondary") {
  process.stderr.write("usage: seq-relay origin|primary|secondary\n");
  process.exit(2);
}

let next: WebSocket | undefined;
let client: WebSocket | undefined;
let counter = 1;
let stored = 0;

const server = new WebSocketServer({ host: "127.0.0.1", port: 0, perMessageDeflate: false });
server.on("connection", (socket) => {
  socket.on("message", (data: Buffer) => {
    const view = new DataView(data.buffer, data.byteOffset, data.length);
    if (role === "origin") {
      // From the secondary: an answer for the client; from anyone else: a new request.
      if (view.getFloat64(8, true) > 0) client?.send(data);
      else {
        client = socket;
        next?.send(data);
      }
    } else if (role === "primary") {
      view.setFloat64(8, counter, true);
      counter += view.getUint32(4, true);
      next?.send(data);
    } else {
      stored = Math.max(stored, view.getFloat64(8, true) + view.getUint32(4, true) - 1);
      next?.send(data);
    }
  });
});

server.on("listening", () => process.send?.({ port: (server.address() as { port: number }).port }));
process.on("message", (message: { nextPort: number }) => {
  next = new WebSocket(`ws://127.0.0.1:${message.nextPort}`, {
    perMessageDeflate: false,
    generateMask: (m) => m.fill(0),
  });
  next.on("open", () => process.send?.({ ready: true }));
});
