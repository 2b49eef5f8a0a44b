/**
 * Baseline servers for the benchmarks, as their own process: `tcp` (node:net, setNoDelay, 4-byte
 * length prefix, each message taken whole), `tcp-stream` (the same without ever assembling a
 * message: the transport's ceiling) or `ws` (a plain ws server, default options). Sends its port
 * to the parent and serves until killed.
 */
import { createServer } from "node:net";
import { WebSocketServer } from "ws";
import { ACK, frameMessage, MODE_ACK, MODE_ECHO, StreamingParser } from "./support/echo-protocol.js";

const kind = process.argv[2];
const ackFrame = frameMessage(MODE_ACK, ACK);

if (kind === "tcp" || kind === "tcp-stream") {
  // "tcp": the plain echo service: each message is taken whole (as a card must take a WRITE whole
  // before applying it), then echoed or acknowledged. "tcp-stream": the transport's ceiling, which
  // writes echoed bytes back as they arrive and never assembles a message.
  const streaming = kind === "tcp-stream";
  const server = createServer((socket) => {
    socket.setNoDelay(true);
    let mode = MODE_ECHO;
    let parts: Buffer[] = [];
    const parser = new StreamingParser({
      whole: (message, m) => socket.write(m === MODE_ECHO ? message : ackFrame),
      start: (header, m) => {
        mode = m;
        if (streaming && mode === MODE_ECHO) socket.write(header);
        else parts = [header];
      },
      payload: (segment) => {
        if (streaming && mode === MODE_ECHO) socket.write(segment);
        else if (!streaming) parts.push(segment);
      },
      end: (m) => {
        const message = streaming ? undefined : Buffer.concat(parts);
        parts = [];
        if (m === MODE_ACK) socket.write(ackFrame);
        else if (message !== undefined) socket.write(message);
      },
    });
    socket.on("data", (chunk: Buffer) => parser.push(chunk));
    socket.on("error", () => {});
  });
  server.listen(0, "127.0.0.1", () => process.send?.({ port: (server.address() as { port: number }).port }));
} else if (kind === "ws") {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0, maxPayload: 64 * 1024 * 1024 });
  server.on("connection", (socket) => {
    socket.on("message", (data: Buffer) => socket.send(data[0] === MODE_ACK ? ACK : data));
  });
  server.on("listening", () => process.send?.({ port: (server.address() as { port: number }).port }));
} else {
  process.stderr.write("usage: echo-server tcp|tcp-stream|ws\n");
  process.exit(2);
}
