import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { connect, type Socket } from "node:net";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { nodeProcessEnv, nodeProcessExecArgv } from "../../rdma-emu/process-env.js";
import { frameMessage, HEADER_BYTES, StreamingParser } from "./echo-protocol.js";

const SERVER = fileURLToPath(new URL("../echo-server.ts", import.meta.url));

/** A baseline client: one request out, its answer back, answers in order. */
export interface RoundTripper {
  roundTrip(mode: number, payload: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export async function startEchoServer(
  kind: "tcp" | "tcp-stream" | "ws",
): Promise<{ port: number; child: ChildProcess }> {
  // The same process environment as the card daemon's, so that no side is tuned alone.
  const child = fork(SERVER, [kind], {
    execArgv: nodeProcessExecArgv(),
    env: nodeProcessEnv(),
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const [message] = (await once(child, "message")) as [{ port: number }];
  return { port: message.port, child };
}

export async function tcpClient(port: number): Promise<RoundTripper> {
  const socket: Socket = connect(port, "127.0.0.1");
  socket.setNoDelay(true);
  await once(socket, "connect");
  const waiting: (() => void)[] = [];
  const answered = () => waiting.shift()?.();
  const parser = new StreamingParser({ whole: answered, start: () => {}, payload: () => {}, end: answered });
  socket.on("data", (chunk: Buffer) => parser.push(chunk));
  return {
    roundTrip(mode, payload) {
      return new Promise((resolve) => {
        waiting.push(resolve);
        socket.write(framed(mode, payload));
      });
    },
    async close() {
      socket.destroy();
    },
  };
}

/** The benchmarks send the same payload over and over: frame it once, as the card's caller would. */
const framedCache = new WeakMap<Uint8Array, Buffer[]>();
function framed(mode: number, payload: Uint8Array): Buffer {
  const cached = framedCache.get(payload) ?? [];
  framedCache.set(payload, cached);
  cached[mode] ??= frameMessage(mode, payload);
  return cached[mode];
}

/**
 * A ws client: with default options, what the library costs before tuning; with `zeroMask`, the
 * best ws itself does (the card's own setting: no client-side XOR on either end).
 */
export async function wsClient(port: number, zeroMask = false): Promise<RoundTripper> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}`, {
    maxPayload: 64 * 1024 * 1024,
    ...(zeroMask ? { generateMask: (mask: Buffer) => mask.fill(0) } : {}),
  });
  await once(socket, "open");
  const waiting: (() => void)[] = [];
  socket.on("message", () => waiting.shift()?.());
  return {
    roundTrip(mode, payload) {
      return new Promise((resolve) => {
        waiting.push(resolve);
        // Same bytes as the TCP baseline, less its length prefix (ws frames carry the length).
        socket.send(framed(mode, payload).subarray(HEADER_BYTES - 1));
      });
    },
    async close() {
      socket.terminate();
    },
  };
}
