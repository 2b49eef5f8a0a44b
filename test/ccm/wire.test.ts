import { describe, expect, it } from "vitest";
import {
  decodeServerMessages,
  encodeRequest,
  encodeRequests,
  encodeServerMessages,
  eventItem,
  replyItem,
  type ServerEventBody,
} from "../../ccm/client-codec.js";
import { decodeRequests, UndecodableRequest } from "../../ccm/client-request-decoder.js";
import { parseClusterConfig } from "../../ccm/cluster-config.js";
import {
  decodeHeader,
  decodeSlot,
  encodeHeader,
  encodeSlot,
  HEADER_BYTES,
  HEADER_FIELDS_OFFSET,
  SlotPhase,
  sessionIdOf,
} from "../../ccm/mailbox-layout.js";
import { MemoryPool } from "../../ccm/memory-pool.js";
import { decodePeerMessage, encodePeerMessage } from "../../ccm/peer-codec.js";
import { Prng } from "../../kit/prng.js";
import { client } from "../../proto/generated/client.js";

describe("boot mailbox layout", () => {
  const header = {
    nodeIndex: 3,
    bootIncarnation: 0xdeadbeef,
    minVersion: 1,
    maxVersion: 4,
    controlVis: [0, 7, 9],
  };
  const asRead = (fields: Uint8Array) => {
    const mailbox = new Uint8Array(HEADER_BYTES);
    mailbox.set(fields, HEADER_FIELDS_OFFSET);
    return mailbox;
  };

  it("round-trips the header and rejects one torn in any byte", () => {
    const fields = encodeHeader(header);
    expect(decodeHeader(asRead(fields))).toEqual({ ...header, controlVis: [0, 7, 9, 0, 0, 0, 0, 0] });
    for (let i = 0; i < fields.length; i++) {
      const torn = fields.slice();
      torn[i] = (torn[i] as number) ^ 0x40;
      expect(decodeHeader(asRead(torn))).toBeUndefined();
    }
    expect(decodeHeader(new Uint8Array(HEADER_BYTES))).toBeUndefined();
  });

  it("round-trips slots and rejects torn, empty or unknown ones", () => {
    const slot = {
      writerId: 123456789,
      targetBoot: 42,
      targetId: 987654321,
      sessionId: sessionIdOf(123456789, 987654321),
      phase: SlotPhase.CONFIRM,
      writerIndex: 1,
      version: 2,
      maxVersion: 0,
    };
    const bytes = encodeSlot(slot);
    expect(decodeSlot(bytes)).toEqual(slot);
    for (let i = 0; i < bytes.length; i++) {
      const torn = bytes.slice();
      torn[i] = (torn[i] as number) ^ 1;
      expect(decodeSlot(torn)).toBeUndefined();
    }
    expect(decodeSlot(new Uint8Array(64))).toBeUndefined();
    expect(decodeSlot(encodeSlot({ ...slot, phase: 7 as SlotPhase }))).toBeUndefined();
  });

  it("derives the same session id on both sides", () => {
    expect(sessionIdOf(5, 9)).toBe(sessionIdOf(9, 5));
    expect(sessionIdOf(5, 9)).not.toBe(sessionIdOf(5, 10));
  });
});

describe("session messages from a partner", () => {
  it("round-trip", () => {
    const state = {
      client: "x",
      present: true,
      vis: [3, 4],
      memoryAddress: 65536,
      memoryLength: 4096,
      rkey: 9,
      peerVis: [5],
    };
    const message = {
      sessionId: 2 ** 40 + 3,
      body: { kind: "info" as const, info: { version: 1, node: "a", software: "s", clients: [state] } },
    };
    expect(decodePeerMessage(encodePeerMessage(message))).toEqual(message);
  });

  it("are refused when malformed or out of bounds, whatever the bytes", () => {
    const bad = (body: object) => () =>
      decodePeerMessage(
        encodePeerMessage({
          sessionId: 1,
          body: {
            kind: "port-state",
            state: {
              client: "x",
              present: true,
              vis: [],
              memoryAddress: 0,
              memoryLength: 0,
              rkey: 0,
              peerVis: [],
              ...body,
            },
          },
        }),
      );
    expect(bad({ vis: [0] })).toThrow(expect.objectContaining({ code: "E_PEER_PROTOCOL" }));
    expect(bad({ vis: Array.from({ length: 40 }, (_, i) => i + 1) })).toThrow(
      expect.objectContaining({ code: "E_PEER_PROTOCOL" }),
    );
    expect(bad({ client: "" })).toThrow(expect.objectContaining({ code: "E_PEER_PROTOCOL" }));
    expect(() => decodePeerMessage(new Uint8Array([8, 0]))).toThrow(
      expect.objectContaining({ code: "E_PEER_PROTOCOL" }),
    );
    for (let seed = 1; seed <= 200; seed++) {
      const garbage = Uint8Array.from({ length: seed % 40 }, (_, i) => (seed * 31 + i * 17) & 0xff);
      try {
        decodePeerMessage(garbage);
      } catch (error) {
        expect(error).toMatchObject({ code: "E_PEER_PROTOCOL" });
      }
    }
  });
});

describe("client requests", () => {
  it("round-trip", () => {
    const call = {
      kind: "remote" as const,
      partner: "b",
      port: 1,
      op: "compare-swap" as const,
      offset: 8,
      length: 0,
      data: new Uint8Array(0),
      compareAdd: 2n ** 63n,
      swap: 5n,
    };
    expect(decodeRequests(encodeRequest(7, call))).toEqual([{ id: 7, call }]);
    const get = { kind: "get-status" as const };
    expect(
      decodeRequests(
        encodeRequests([
          { id: 1, call },
          { id: 2, call: get },
        ]),
      ),
    ).toEqual([
      { id: 1, call },
      { id: 2, call: get },
    ]);
  });

  it("reject every truncation and garbage with E_BAD_REQUEST, keeping the id when it can be read", () => {
    const bytes = encodeRequest(5, { kind: "send", partner: "b", port: 0, data: new Uint8Array([1, 2, 3]) });
    for (let cut = 0; cut < bytes.length; cut++) {
      const items = decodeRequests(bytes.subarray(0, cut));
      expect(items).toHaveLength(1);
      expect(items[0]).toBeInstanceOf(UndecodableRequest);
      expect(items[0]).toMatchObject({ code: "E_BAD_REQUEST" });
    }
    expect(decodeRequests(new Uint8Array([0xff, 0xff, 0xff]))[0]).toBeInstanceOf(UndecodableRequest);
    expect(decodeRequests(encodeRequest(0, { kind: "get-status" }))[0]).toMatchObject({
      message: expect.stringMatching(/non-zero/),
    });
    // A bad request among good ones spoils only itself.
    const mixed = encodeRequests([
      { id: 3, call: { kind: "send", partner: "", port: 0, data: new Uint8Array(0) } },
      { id: 4, call: { kind: "get-status" } },
    ]);
    expect(decodeRequests(mixed)).toEqual([
      expect.objectContaining({ id: 3, code: "E_BAD_REQUEST" }),
      { id: 4, call: { kind: "get-status" } },
    ]);
  });
});

describe("service events from a node", () => {
  const event: ServerEventBody = {
    type: "service-event",
    service: "sessions",
    payload: new Uint8Array([0, 1, 2, 0xff]),
  };

  it("round-trip, in order, among replies and the manager's events", () => {
    const empty: ServerEventBody = {
      type: "service-event",
      service: "membership",
      payload: new Uint8Array(0),
    };
    const message: ServerEventBody = { type: "message", partner: "b", port: 1, data: new Uint8Array([9]) };
    const bytes = encodeServerMessages([
      eventItem(event),
      replyItem(3, { kind: "data", data: new Uint8Array([7]) }),
      eventItem(empty),
      eventItem(message),
    ]);
    expect(decodeServerMessages(bytes)).toEqual([
      { kind: "event", event },
      { kind: "reply", id: 3, result: { kind: "data", data: new Uint8Array([7]) } },
      { kind: "event", event: empty },
      { kind: "event", event: message },
    ]);
  });

  it("refuse every truncation and garbage with E_BAD_REQUEST, and nothing else", () => {
    const bytes = encodeServerMessages([eventItem(event)]);
    expect(decodeServerMessages(bytes.subarray(0, 0))).toEqual([]);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(() => decodeServerMessages(bytes.subarray(0, cut))).toThrow(
        expect.objectContaining({ code: "E_BAD_REQUEST" }),
      );
    }
    // An Event without a body is refused.
    const bodiless = client.ServerMessage.encodeDelimited({ event: {} }).finish();
    expect(() => decodeServerMessages(bodiless)).toThrow(expect.objectContaining({ code: "E_BAD_REQUEST" }));
    // ServerMessage.event (2, length 4) holding Event.service_event (6, length 2) holding
    // ServiceEvent.service as a varint (1, wire type 0): a field of the wrong wire type is skipped
    // as an unknown one, so the event names no service (and no listener hears it).
    const wrongType = new Uint8Array([6, 0x12, 4, 0x32, 2, 0x08, 0x01]);
    expect(decodeServerMessages(wrongType)).toEqual([
      { kind: "event", event: { type: "service-event", service: "", payload: new Uint8Array(0) } },
    ]);
    // A service name that is not UTF-8 is refused.
    const notUtf8 = new Uint8Array([8, 0x12, 6, 0x32, 4, 0x0a, 2, 0xc3, 0x28]);
    expect(() => decodeServerMessages(notUtf8)).toThrow(expect.objectContaining({ code: "E_BAD_REQUEST" }));
    const rng = new Prng(42);
    for (let round = 0; round < 2000; round++) {
      const garbage = bytes.slice();
      // Flip a few bytes, or append random ones.
      for (let i = 0; i < 1 + rng.int(3); i++) garbage[rng.int(garbage.length)] = rng.int(256);
      const noise = Uint8Array.from({ length: rng.int(16) }, () => rng.int(256));
      for (const input of [garbage, noise]) {
        try {
          for (const body of decodeServerMessages(input)) expect(["reply", "event"]).toContain(body.kind);
        } catch (error) {
          expect(error).toMatchObject({ code: "E_BAD_REQUEST" });
        }
      }
    }
  });
});

describe("client requests at the node's limits", () => {
  const status = { kind: "get-status" as const };
  const register = (memoryBytes: number, ports = 1) =>
    ({ kind: "register", name: "x", ports, memoryBytes, monitor: false }) as const;

  it("refuses a message of more than 1024 requests whole, and takes one of 1024", () => {
    const many = (n: number) =>
      encodeRequests(Array.from({ length: n }, (_, i) => ({ id: i + 1, call: status })));
    expect(decodeRequests(many(1024))).toHaveLength(1024);
    const refused = decodeRequests(many(1025));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ id: 0, code: "E_BAD_REQUEST" });
    // 100,000 zero bytes are 100,000 empty requests: refused whole, one item.
    expect(decodeRequests(new Uint8Array(100_000))).toHaveLength(1);
  });

  it("refuses numbers that do not fit what they mean instead of truncating them", () => {
    expect(decodeRequests(encodeRequest(1, register(2 ** 40)))[0]).toMatchObject({
      id: 1,
      code: "E_BAD_REQUEST",
    });
    expect(decodeRequests(encodeRequest(1, register(4096, 2 ** 33)))[0]).toMatchObject({
      id: 1,
      code: "E_BAD_REQUEST",
    });
    expect(decodeRequests(encodeRequest(2 ** 33, status))[0]).toMatchObject({ id: 0, code: "E_BAD_REQUEST" });
    expect(decodeRequests(encodeRequest(2 ** 32 - 1, status))).toEqual([{ id: 2 ** 32 - 1, call: status }]);
    const read = { kind: "local-read" as const, offset: 2 ** 32, length: 8 };
    expect(decodeRequests(encodeRequest(3, read))[0]).toMatchObject({ id: 3, code: "E_BAD_REQUEST" });
    for (const faults of [
      { delayMs: 1e300 },
      { jitterMs: -1 },
      { lossRate: 2 },
      { duplicateRate: Number.NaN },
    ]) {
      const call = {
        kind: "set-faults" as const,
        partner: "b",
        faults,
        direction: "both" as const,
        fabric: 0,
      };
      expect(decodeRequests(encodeRequest(4, call))[0]).toMatchObject({ id: 4, code: "E_BAD_REQUEST" });
    }
  });

  it("refuses a request larger than any can be, and reads nothing after it", () => {
    const big = { kind: "local-write" as const, offset: 0, data: new Uint8Array(1024 * 1024 + 2048) };
    const items = decodeRequests(
      encodeRequests([
        { id: 1, call: status },
        { id: 2, call: big },
        { id: 3, call: status },
      ]),
    );
    expect(items).toEqual([
      { id: 1, call: status },
      expect.objectContaining({ id: 0, code: "E_BAD_REQUEST" }),
    ]);
  });
});

describe("cluster config", () => {
  const node = (id: string, n: number) => ({
    id,
    card: `0x0a000${n}`,
    fabric: `ws://127.0.0.1:71${n}0`,
    clients: `ws://127.0.0.1:72${n}0`,
  });
  const valid = { secret: "a secret of enough bytes", nodes: [node("a", 1), node("b", 2)] };

  it("fills in the defaults and gives each node its index", () => {
    const config = parseClusterConfig(valid);
    expect(config.nodes.map((n) => [n.id, n.index, n.minVersion, n.maxVersion])).toEqual([
      ["a", 0, 1, 1],
      ["b", 1, 1, 1],
    ]);
    expect(config.fabric.cards.size).toBe(2);
  });

  const twin = (id: string, n: number) => ({
    ...node(id, n),
    duplicate: { card: `0x0b000${n}`, fabric: `ws://127.0.0.1:73${n}0` },
  });

  it("gives nodes with a duplicate card a second fabric: its own id, the same secret", () => {
    const config = parseClusterConfig({
      ...valid,
      fabricId: 7,
      retryTimeoutMs: 500,
      nodes: [twin("a", 1), twin("b", 2)],
    });
    expect(config.fabrics.map((f) => f.fabricId)).toEqual([7, 8]);
    expect(config.fabrics[1]?.secret).toEqual(config.fabric.secret);
    expect(config.nodes[0]?.cards.map((c) => c.card)).toEqual([0x0a0001, 0x0b0001]);
    expect(config.fabrics[1]?.cards.get(0x0b0002)?.href).toBe("ws://127.0.0.1:7320/");
  });

  it.each([
    [{ ...valid, nodes: [] }, /1..8 nodes/],
    [{ ...valid, nodes: [node("a", 1), node("a", 2)] }, /node id a appears twice/],
    [{ ...valid, nodes: [node("a", 1), { ...node("b", 2), card: "0x0a0001" }] }, /card address/],
    [{ ...valid, nodes: [node("a", 1), { ...node("b", 2), clients: "http://x" }] }, /ws:\/\/host:port/],
    [{ ...valid, secret: "short" }, /secret/],
    [{ ...valid, versions: [3, 1] }, /versions/],
    [{ ...valid, heartbeat: { intervalMs: 100, timeoutMs: 50 } }, /timeoutMs/],
    [{ ...valid, nodes: [node("a b", 1)] }, /id must be/],
    [{ ...valid, name: "../elsewhere" }, /name must be/],
    [{ ...valid, nodes: [twin("a", 1), node("b", 2)] }, /every node has a duplicate card or none/],
    [
      {
        ...valid,
        nodes: [
          twin("a", 1),
          { ...twin("b", 2), duplicate: { card: "0x0a0001", fabric: "ws://127.0.0.1:7399" } },
        ],
      },
      /card address 0x0a0001 appears twice/,
    ],
    [
      {
        ...valid,
        nodes: [
          twin("a", 1),
          { ...twin("b", 2), duplicate: { card: "0x0b0002", fabric: "ws://127.0.0.1:7120" } },
        ],
      },
      /endpoint 127.0.0.1:7120 appears twice/,
    ],
    [
      { ...valid, nodes: [twin("a", 1), twin("b", 2)], heartbeat: { intervalMs: 100, timeoutMs: 1000 } },
      /heartbeat.timeoutMs \(1000\) must exceed retryTimeoutMs \+ heartbeat.intervalMs \(2100\)/,
    ],
  ])("refuses %j", (raw, message) => {
    expect(() => parseClusterConfig(raw)).toThrow(
      expect.objectContaining({ code: "E_CLUSTER_CONFIG", message: expect.stringMatching(message) }),
    );
  });
});

describe("client memory pool", () => {
  it("allocates aligned ranges first-fit and merges freed neighbours", () => {
    const pool = new MemoryPool(0x10000, 0x10000, 0x1000);
    const a = pool.allocate(100);
    const b = pool.allocate(0x1001);
    const c = pool.allocate(0x1000);
    expect([a, b, c]).toEqual([
      { address: 0x10000, length: 0x1000 },
      { address: 0x11000, length: 0x2000 },
      { address: 0x13000, length: 0x1000 },
    ]);
    expect(pool.allocate(0x10000)).toBeUndefined();
    pool.release(b as { address: number; length: number });
    pool.release(a as { address: number; length: number });
    pool.release(c as { address: number; length: number });
    expect(pool.available).toBe(0x10000);
    expect(pool.allocate(0x10000)).toEqual({ address: 0x10000, length: 0x10000 });
  });
});
