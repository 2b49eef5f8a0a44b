/**
 * Baseline servers for the benchmarks, as their own process: `tcp` (node:net, setNoDelay, 4-byte
 * length prefix) or `ws` (a plain ws server, default options). Prints its port and serves until killed.
 */
import { createServer } from "node:net";
import { WebSocketServer } from "ws";
import { ACK, frameMessage, MODE_ACK, MODE_ECHO, StreamingParser } from "./support/echo-protocol.js";

const kind = process.argv[2];
const ackFrame = frameMessage(MODE_ACK, ACK);

if (kind === "tcp") {
  const server = createServer((socket) => {
    socket.setNoDelay(true);
    // Echo writes what arrived straight back (chunk by chunk for large messages); ACK answers
    // once the whole message is in. Nothing is ever concatenated.
    let echoing = false;
    const parser = new StreamingParser({
      whole: (message, mode) => socket.write(mode === MODE_ECHO ? message : ackFrame),
      start: (header, mode) => {
        echoing = mode === MODE_ECHO;
        if (echoing) socket.write(header);
      },
      payload: (segment) => echoing && socket.write(segment),
      end: (mode) => mode === MODE_ACK && socket.write(ackFrame),
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
  process.stderr.write("usage: echo-server tcp|ws\n");
  process.exit(2);
}
