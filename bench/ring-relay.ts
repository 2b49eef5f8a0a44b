/**
 * The baseline of `npm run bench -- membership`: a ring of relay processes passing plain ws
 * messages, the path a Delta message takes around its ring, and nothing else:
 *
 *   sender ──▶ relay i ──▶ relay i+1 ──▶ … ──▶ relay i-1 ──▶ relay i ──▶ sender
 *              (entry)     (one hop per relay: the whole ring)           (back home)
 *
 * A message is a 6-byte header, then the sender's payload (bench/support/ring-protocol.ts).
 * A relay takes a message from a sender, marks itself as the entry and passes it to its successor;
 * a ring message not entered here goes on; one entered here has been round and goes back to the
 * sender it came from. Each relay listens on port 0, tells its parent the port over IPC, and dials
 * its successor when the parent says where it is.
 */
import WebSocket, { WebSocketServer } from "ws";
import { ENTRY_AT, KIND_AT, KIND_FROM_SENDER, KIND_IN_RING } from "./support/ring-protocol.js";

const index = Number(process.argv[2]);
if (!Number.isInteger(index) || index < 0 || index > 255) {
  process.stderr.write("usage: ring-relay <index 0..255>\n");
  process.exit(2);
}

let next: WebSocket | undefined;
/** The one sender attached to this relay (the bench attaches at most one per relay). */
let sender: WebSocket | undefined;

const server = new WebSocketServer({ host: "127.0.0.1", port: 0, perMessageDeflate: false });
server.on("connection", (socket) => {
  socket.on("message", (data: Buffer) => {
    if (data[KIND_AT] === KIND_FROM_SENDER) {
      sender = socket;
      data[KIND_AT] = KIND_IN_RING;
      data[ENTRY_AT] = index;
      next?.send(data);
    } else if (data[ENTRY_AT] === index) {
      sender?.send(data);
    } else {
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
