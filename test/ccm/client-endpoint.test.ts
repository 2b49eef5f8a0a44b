/**
 * The client endpoint's bounds, each reached on purpose: a real ClientServer on a loopback port,
 * with a handler whose requests complete when the test says so.
 */
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { type ClientCall, encodeRequests, type ReplyResult } from "../../ccm/client-codec.js";
import type { ClientConnection, ClientHandler } from "../../ccm/client-server.js";
import { ClientServer } from "../../ccm/client-server.js";
import { DEFAULT_ENDPOINT_LIMITS, type EndpointLimits } from "../../ccm/endpoint-limits.js";
import { BadRequestError } from "../../ccm/errors.js";
import { freePorts } from "../support/ports.js";
import { RawClient } from "../support/raw-client.js";

const STATUS: ClientCall = { kind: "get-status" };
const message = (calls: readonly ClientCall[], first = 1) =>
  encodeRequests(calls.map((call, i) => ({ id: first + i, call })));

/** A handler that holds every request until released, and records what it was asked, in order. */
class HeldHandler implements ClientHandler {
  readonly started: ClientCall[] = [];
  private readonly held: (() => void)[] = [];
  disconnects = 0;

  handle(connection: ClientConnection, call: ClientCall): Promise<ReplyResult> {
    this.started.push(call);
    // As the node does: one registration per connection.
    if (call.kind === "register" && connection.name !== undefined)
      return Promise.reject(new BadRequestError(`registered already as ${connection.name}`));
    return new Promise((resolve) =>
      this.held.push(() => {
        if (call.kind === "register") connection.name = call.name;
        resolve(
          call.kind === "register"
            ? { kind: "registered", node: "a", ports: 1, memoryBytes: 0 }
            : { kind: "ok" },
        );
      }),
    );
  }
  replied(): void {}
  disconnected(): void {
    this.disconnects++;
  }
  release(count = Number.POSITIVE_INFINITY): void {
    for (const done of this.held.splice(0, count)) done();
  }
}

describe("the client endpoint's limits", () => {
  let server: ClientServer | undefined;
  const clients: RawClient[] = [];
  const lines: Record<string, unknown>[] = [];

  async function listen(handler: ClientHandler, limits: Partial<EndpointLimits> = {}): Promise<string> {
    const [port] = await freePorts(1);
    const url = new URL(`ws://127.0.0.1:${port}`);
    const logger = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
    server = await ClientServer.listen(url, handler, logger, { ...DEFAULT_ENDPOINT_LIMITS, ...limits });
    return url.href;
  }
  async function connect(url: string): Promise<RawClient> {
    const client = await RawClient.open(url);
    clients.push(client);
    return client;
  }

  afterEach(async () => {
    for (const c of clients.splice(0)) c.close();
    await server?.close();
    server = undefined;
    lines.length = 0;
  });

  it("starts no more than requestsInFlight of a connection's requests; the rest wait, unread, in order", async () => {
    const handler = new HeldHandler();
    const client = await connect(await listen(handler, { requestsInFlight: 4 }));
    client.send(message(Array.from({ length: 10 }, () => STATUS)));
    await client.until(() => handler.started.length === 4);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(handler.started).toHaveLength(4);
    handler.release(2);
    await client.until(() => handler.started.length === 6);
    while (client.replies().size < 10) {
      handler.release();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect([...client.replies().keys()].sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("bounds the bytes a connection holds, and the endpoint's total across connections", async () => {
    const handler = new HeldHandler();
    const url = await listen(handler, {
      connectionBytesInFlight: 64 * 1024,
      endpointBytesInFlight: 96 * 1024,
    });
    const read = (length: number): ClientCall => ({ kind: "local-read", offset: 0, length });
    const [one, two] = [await connect(url), await connect(url)];
    one.send(message(Array.from({ length: 8 }, () => read(16 * 1024))));
    await one.until(() => handler.started.length === 3); // 3 × (16 KiB + overhead) fit 64 KiB
    two.send(message(Array.from({ length: 8 }, () => read(16 * 1024))));
    await two.until(() => handler.started.length === 5); // the endpoint's 96 KiB: two more
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(handler.started).toHaveLength(5);
    // Released, the waiting requests all start and complete.
    while (one.replies().size + two.replies().size < 16) {
      handler.release();
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(one.replies().size + two.replies().size).toBe(16);
  });

  it("refuses a second Register and holds what follows a Register until it completes", async () => {
    const handler = new HeldHandler();
    const client = await connect(await listen(handler));
    const register: ClientCall = { kind: "register", name: "x", ports: 1, memoryBytes: 0, monitor: false };
    client.send(message([register, STATUS, register, STATUS]));
    await client.until(() => handler.started.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(handler.started).toEqual([register]);
    handler.release();
    await client.until(() => handler.started.length === 4);
    handler.release();
    await client.until(() => client.replies().size === 4);
    expect(client.replies().get(3)).toMatchObject({ kind: "error", code: "E_BAD_REQUEST" });
    // The second Register reached the handler only once the first had completed.
    expect(handler.started.map((c) => c.kind)).toEqual(["register", "get-status", "register", "get-status"]);
  });

  it("closes a connection that floods bad requests, and logs a handful of lines and one summary", async () => {
    const url = await listen(new HeldHandler(), { badRequestsPerSecond: 50, badRequestLogLinesPerSecond: 3 });
    const flooder = await connect(url);
    for (let i = 0; i < 60; i++) flooder.send(new Uint8Array([0x08, 0x01]));
    await flooder.until(() => flooder.closed);
    expect(flooder.closeCode).toBe(1008);
    expect(flooder.closeReason).toMatch(/^E_BAD_REQUEST/);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(lines.filter((l) => l.msg === "bad client request")).toHaveLength(3);
    const summary = lines.find((l) => l.event === "bad-input-summary");
    expect(summary?.count).toBeGreaterThan(40);
  });

  it("caps connections, refusing the extra ones with 1013, and closes idle unregistered ones", async () => {
    const handler = new HeldHandler();
    const url = await listen(handler, { maxConnections: 3, unregisteredIdleMs: 200 });
    const open = await Promise.all([1, 2, 3, 4].map(() => connect(url)));
    await open[3]?.until(() => open.some((c) => c.closed));
    const refused = open.filter((c) => c.closed);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.closeCode).toBe(1013);
    // One registers; the other two say nothing and are closed once idle.
    const registered = open.find((c) => !c.closed) as RawClient;
    registered.send(message([{ kind: "register", name: "x", ports: 1, memoryBytes: 0, monitor: false }]));
    await registered.until(() => handler.started.length === 1);
    handler.release();
    await registered.reply(1);
    await Promise.all(open.filter((c) => c !== registered).map((c) => c.until(() => c.closed)));
    expect(registered.closed).toBe(false);
    expect(server?.connectionCount).toBe(1);
  });

  it("closes a connection that leaves its output unread", async () => {
    const handler = new HeldHandler();
    const url = await listen(handler, { unreadOutputBytes: 1024 * 1024 });
    const reader = await connect(url);
    (reader.socket as unknown as { _socket: { pause(): void } })._socket.pause();
    // Events for the client arrive whether it reads or not.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const connection = server?.all()[0] as ClientConnection;
    const data = new Uint8Array(256 * 1024);
    for (let i = 0; i < 64 && connection.open; i++) {
      connection.event({ type: "message", partner: "b", port: 0, data });
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(connection.open).toBe(false);
  });

  it("bounds unread output across the endpoint: the connection holding the most is closed", async () => {
    const url = await listen(new HeldHandler(), { endpointUnreadOutputBytes: 2 * 1024 * 1024 });
    const readers = [await connect(url), await connect(url)];
    for (const reader of readers)
      (reader.socket as unknown as { _socket: { pause(): void } })._socket.pause();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const [first, second] = (server as ClientServer).all();
    const data = new Uint8Array(128 * 1024);
    for (let i = 0; i < 200 && first?.open && second?.open; i++) {
      // The first gets twice what the second gets: it is the one to go.
      first.event({ type: "message", partner: "b", port: 0, data });
      first.event({ type: "message", partner: "b", port: 0, data });
      second?.event({ type: "message", partner: "b", port: 0, data });
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    expect(first?.open).toBe(false);
    expect(second?.open).toBe(true);
  });
});
