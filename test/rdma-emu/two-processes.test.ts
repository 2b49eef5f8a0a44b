import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { Access, ALL_ACCESS } from "../../rdma-emu/access-flags.js";
import { BOOTSTRAP_REGION_ADDRESS, FIRMWARE_ONLY_STATUS } from "../../rdma-emu/bootstrap-region.js";
import { Card, type CardEvent } from "../../rdma-emu/card.js";
import {
  BOOTSTRAP_RKEY,
  BOOTSTRAP_VI,
  MAX_LINK_MESSAGE_BYTES,
  MAX_LOGIN_MESSAGE_BYTES,
} from "../../rdma-emu/constants.js";
import { CardProcess } from "../../rdma-emu/daemon-client.js";
import { CompletionError, InvalidWorkRequestError } from "../../rdma-emu/errors.js";
import { encodeFrames } from "../../rdma-emu/frame-codec.js";
import { HostMemory } from "../../rdma-emu/host-memory.js";
import type { MemoryRegion } from "../../rdma-emu/memory-region.js";
import { CompletionStatus } from "../../rdma-emu/work-request.js";
import { makeTestFabric, type TestFabric } from "../support/fabric.js";
import { readRequestFrame } from "../support/frames.js";

const A = 0x0a0001;
const B = 0x0a0002;
const RETRY_TIMEOUT_MS = 400;
const REGION = { address: 0x10000, length: 4096 };

describe("two card processes over a real fabric link", () => {
  let fabric: TestFabric;
  let remote: CardProcess;
  let card: Card;
  let vi: number;

  function linkUp(c: Card, peer: number): Promise<void> {
    if (c.connectedPeers.includes(peer)) return Promise.resolve();
    return new Promise((resolve) => {
      const listener = (event: CardEvent) => {
        if (event.type === "link-up" && event.peer === peer) {
          c.off("event", listener);
          resolve();
        }
      };
      c.on("event", listener);
    });
  }

  async function register(access: number, address = REGION.address): Promise<MemoryRegion> {
    return remote.request<MemoryRegion>("register", { region: { address, length: REGION.length, access } });
  }

  async function peek(address: number, length: number): Promise<Uint8Array> {
    return remote.request<Uint8Array>("peek", { address, length });
  }

  beforeAll(async () => {
    fabric = await makeTestFabric([A, B]);
    remote = await CardProcess.start({ fabricPath: fabric.path, address: B });
    card = await Card.start({
      fabric: fabric.config,
      hardwareAddress: A,
      memory: new HostMemory(1 << 20),
      retryTimeoutMs: RETRY_TIMEOUT_MS,
    });
    vi = card.createVi();
    await linkUp(card, B);
  });

  afterAll(async () => {
    await card?.close();
    await remote?.stop();
    fabric?.remove();
  });

  it("reads, writes, fetch-adds and compare-swaps memory registered by the other process", async () => {
    const region = await register(ALL_ACCESS);
    const target = { remote: { hardwareAddress: B, vi: BOOTSTRAP_VI }, rkey: region.rkey };
    const data = Uint8Array.from({ length: 64 }, (_, i) => i + 1);

    await card.write(vi, { ...target, remoteAddress: REGION.address, data });
    expect(await peek(REGION.address, 64)).toEqual(data);
    expect(await card.read(vi, { ...target, remoteAddress: REGION.address, length: 64 })).toEqual(data);

    const word = REGION.address + 1024;
    expect(await card.fetchAdd(vi, { ...target, remoteAddress: word, add: 5n })).toBe(0n);
    expect(await card.fetchAdd(vi, { ...target, remoteAddress: word, add: 2n ** 64n - 1n })).toBe(5n);
    expect(await card.compareSwap(vi, { ...target, remoteAddress: word, compare: 4n, swap: 99n })).toBe(4n);
    expect(await card.compareSwap(vi, { ...target, remoteAddress: word, compare: 4n, swap: 7n })).toBe(99n);
    const stored = await peek(word, 8);
    expect(new DataView(stored.buffer, stored.byteOffset).getBigUint64(0, true)).toBe(99n);
  });

  it("keeps many requests in flight and completes them in posting order", async () => {
    const region = await register(ALL_ACCESS);
    const target = { remote: { hardwareAddress: B, vi: BOOTSTRAP_VI }, rkey: region.rkey };
    const order: number[] = [];
    const posts = Array.from({ length: 200 }, (_, i) =>
      card
        .post(vi, { opcode: "fetch-add", ...target, remoteAddress: REGION.address + 2048, add: 1n })
        .then((c) => {
          order.push(i);
          return c.original;
        }),
    );
    const originals = await Promise.all(posts);
    expect(order).toEqual([...order].sort((x, y) => x - y));
    expect(originals).toEqual(Array.from({ length: 200 }, (_, i) => BigInt(i)));
  });

  it.each([
    ["a wrong rkey", ALL_ACCESS, (rkey: number) => (rkey ^ 0x5a5a5a5a) >>> 0, 0],
    ["an out-of-bounds range", ALL_ACCESS, (rkey: number) => rkey, REGION.length - 8],
    ["a region without remote write", Access.LOCAL_WRITE | Access.REMOTE_READ, (rkey: number) => rkey, 0],
  ])("refuses a write with %s: REM_ACCESS_ERR and memory untouched", async (_name, access, key, offset) => {
    const address = 0x40000;
    const region = await register(access, address);
    const before = await peek(address, REGION.length);
    const completion = await card.post(vi, {
      opcode: "write",
      remote: { hardwareAddress: B, vi: BOOTSTRAP_VI },
      rkey: key(region.rkey),
      remoteAddress: address + offset,
      data: new Uint8Array(64).fill(0xee),
    });
    expect(completion.status).toBe(CompletionStatus.REM_ACCESS_ERR);
    expect(await peek(address, REGION.length)).toEqual(before);
    await remote.request("deregister", { rkey: region.rkey });
  });

  it("refuses atomics on a region without remote atomic access, leaving the word untouched", async () => {
    const region = await register(Access.LOCAL_WRITE | Access.REMOTE_READ | Access.REMOTE_WRITE, 0x50000);
    const target = {
      remote: { hardwareAddress: B, vi: BOOTSTRAP_VI },
      rkey: region.rkey,
      remoteAddress: 0x50000,
    };
    await card.write(vi, { ...target, data: new Uint8Array(8).fill(1) });
    const error = await card.fetchAdd(vi, { ...target, add: 1n }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompletionError);
    expect((error as CompletionError).status).toBe(CompletionStatus.REM_ACCESS_ERR);
    expect(await peek(0x50000, 8)).toEqual(new Uint8Array(8).fill(1));
  });

  it("reports an unknown remote VI as REM_INV_REQ and an unknown local VI as a local error", async () => {
    const completion = await card.post(vi, {
      opcode: "read",
      remote: { hardwareAddress: B, vi: 777 },
      rkey: BOOTSTRAP_RKEY,
      remoteAddress: BOOTSTRAP_REGION_ADDRESS,
      length: 8,
    });
    expect(completion.status).toBe(CompletionStatus.REM_INV_REQ);
    expect(completion.detail).toContain("VI 777 does not exist");
    await expect(
      card.read(555, { remote: { hardwareAddress: B, vi: 0 }, rkey: 1, remoteAddress: 0, length: 8 }),
    ).rejects.toBeInstanceOf(InvalidWorkRequestError);
  });

  it("answers a READ of the status word while the node runs card firmware only", async () => {
    // The daemon process runs no OS layer and no connection manager: only the card.
    const word = await card.read(vi, {
      remote: { hardwareAddress: B, vi: BOOTSTRAP_VI },
      rkey: BOOTSTRAP_RKEY,
      remoteAddress: BOOTSTRAP_REGION_ADDRESS,
      length: 8,
    });
    expect(new DataView(word.buffer, word.byteOffset).getBigUint64(0, true)).toBe(FIRMWARE_ONLY_STATUS);
  });

  it("exchanges two-sided messages between connected VIs", async () => {
    const remoteVi = await remote.request<number>("create-vi");
    const localVi = card.createVi();
    card.connectVi(localVi, { hardwareAddress: B, vi: remoteVi });
    await remote.request("connect-vi", { vi: remoteVi, remote: { hardwareAddress: A, vi: localVi } });
    const received = remote.request<{ status: number; data: Uint8Array; immediate: number }>("post-receive", {
      vi: remoteVi,
      maxLength: 256,
    });
    await card.send(localVi, { data: new TextEncoder().encode("hello partner"), immediate: 42 });
    const message = await received;
    expect(message.status).toBe(CompletionStatus.SUCCESS);
    expect(new TextDecoder().decode(message.data)).toBe("hello partner");
    expect(message.immediate).toBe(42);
  });

  describe("hostile peers", () => {
    const endpoint = () => fabric.config.cards.get(B)?.href as string;

    async function expectStillServing(): Promise<void> {
      const word = await card.read(vi, {
        remote: { hardwareAddress: B, vi: BOOTSTRAP_VI },
        rkey: BOOTSTRAP_RKEY,
        remoteAddress: BOOTSTRAP_REGION_ADDRESS,
        length: 8,
      });
      expect(word.length).toBe(8);
      expect(card.connectedPeers).toContain(B);
    }

    it("refuses a card with the wrong secret, logs why, and keeps serving its other link", async () => {
      const seen = remote.stderr.length;
      const wrong = await makeTestFabric([A, B], "not-the-cluster-secret-at-all");
      const cards = new Map(wrong.config.cards).set(B, fabric.config.cards.get(B) as URL);
      // An impostor claiming a known address dials B, but does not hold the cluster secret.
      const impostor = await Card.start({
        fabric: { ...wrong.config, cards },
        hardwareAddress: A,
        memory: new HostMemory(4096),
      });
      await remote.until((r) => logged(r.stderr.slice(seen), "E_LINK_AUTH"));
      expect(impostor.connectedPeers).toEqual([]);
      await impostor.close();
      wrong.remove();
      await expectStillServing();
    });

    it("closes a link that sends garbage bytes, logs why, and keeps serving", async () => {
      const socket = new WebSocket(endpoint());
      await once(socket, "message");
      const seen = remote.stderr.length;
      socket.send(randomBytes(200));
      const [code] = await once(socket, "close");
      expect(code).toBe(1002);
      await remote.until((r) => logged(r.stderr.slice(seen), "E_LINK_PROTOCOL"));
      await expectStillServing();
    });

    it("closes a link that sends data before logging in", async () => {
      const socket = new WebSocket(endpoint());
      await once(socket, "message");
      socket.send(
        encodeFrames([
          readRequestFrame({
            requesterVi: 1,
            remoteAddress: BOOTSTRAP_REGION_ADDRESS,
            rkey: BOOTSTRAP_RKEY,
            length: 8,
          }),
        ]),
      );
      const seen = remote.stderr.length;
      const [code] = await once(socket, "close");
      expect(code).toBe(1008);
      await remote.until((r) => logged(r.stderr.slice(seen), "E_LINK_PROTOCOL"));
      await expectStillServing();
    });

    it("takes nothing larger than a login frame from a peer that has not logged in", async () => {
      const socket = new WebSocket(endpoint());
      await once(socket, "message");
      const seen = remote.stderr.length;
      socket.send(new Uint8Array(MAX_LOGIN_MESSAGE_BYTES + 1));
      const [code] = await once(socket, "close");
      expect(code).toBe(1009);
      await remote.until((r) => logged(r.stderr.slice(seen), "E_LINK_PROTOCOL"));
      await expectStillServing();
    });

    it("cuts a connection that speaks HTTP but never upgrades, at the login timeout", async () => {
      const { hostname, port } = new URL(endpoint());
      const socket = connect(Number(port), hostname);
      await once(socket, "connect");
      socket.write("GET / HTTP/1.1\r\nHost: card\r\n\r\n");
      socket.resume();
      // The card answers (426), keeps the connection open for a keep-alive, then cuts it.
      await once(socket, "close");
      await expectStillServing();
    });

    it("closes a link that sends an oversized frame, logs why, and keeps serving", async () => {
      const socket = new WebSocket(endpoint());
      await once(socket, "message");
      const seen = remote.stderr.length;
      socket.send(new Uint8Array(MAX_LINK_MESSAGE_BYTES + 1));
      const [code] = await once(socket, "close");
      expect(code).toBe(1009);
      await remote.until((r) => logged(r.stderr.slice(seen), "E_LINK_PROTOCOL"));
      await expectStillServing();
    });
  });

  it("keeps its guarantees under injected loss, duplication and reordering, and reports a partition", async () => {
    const region = await register(ALL_ACCESS, 0x70000);
    const target = { remote: { hardwareAddress: B, vi: BOOTSTRAP_VI }, rkey: region.rkey };
    const faulty = { lossRate: 0.05, duplicateRate: 0.2, jitterMs: 2 };
    card.setFaults(B, faulty, "both");
    await remote.request("faults", { peer: A, faults: faulty, direction: "both" });
    // Outcomes may be RETRY_EXC/WR_FLUSH_ERR when a request runs out of retry time; effects must
    // still be exactly once, and every successful write visible.
    const unknownOutcome = [
      CompletionStatus.SUCCESS,
      CompletionStatus.RETRY_EXC,
      CompletionStatus.WR_FLUSH_ERR,
    ];
    const writes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        card.post(vi, {
          opcode: "write",
          ...target,
          remoteAddress: 0x70000 + 8 * i,
          data: new Uint8Array(8).fill(i + 1),
        }),
      ),
    );
    const adds = await Promise.all(
      Array.from({ length: 50 }, () =>
        card.post(vi, { opcode: "fetch-add", ...target, remoteAddress: 0x70800, add: 1n }),
      ),
    );
    for (const c of [...writes, ...adds]) expect(unknownOutcome).toContain(c.status);
    const added = adds.filter((c) => c.status === CompletionStatus.SUCCESS).map((c) => c.original);
    expect(new Set(added).size).toBe(added.length); // no add applied twice despite duplicates

    card.setFaults(B, {}, "both");
    await remote.request("faults", { peer: A, faults: {}, direction: "both" });
    const memory = await peek(0x70000, 400);
    writes.forEach((c, i) => {
      if (c.status === CompletionStatus.SUCCESS)
        expect(memory.subarray(8 * i, 8 * i + 8)).toEqual(new Uint8Array(8).fill(i + 1));
    });
    const counter = await peek(0x70800, 8);
    const final = new DataView(counter.buffer, counter.byteOffset).getBigUint64(0, true);
    expect(final >= BigInt(added.length) && final <= 50n).toBe(true);
    // With the faults gone every operation succeeds again, each applied once (liveness without
    // counting on how the random faults fell).
    const after = await Promise.all(
      Array.from({ length: 50 }, () =>
        card.post(vi, { opcode: "fetch-add", ...target, remoteAddress: 0x70800, add: 1n }),
      ),
    );
    expect(after.map((c) => c.status)).toEqual(after.map(() => CompletionStatus.SUCCESS));
    expect(new Set(after.map((c) => c.original)).size).toBe(50);
    expect(await peek(0x70800, 8)).toEqual(new Uint8Array(new BigUint64Array([final + 50n]).buffer));

    card.setFaults(B, { partitioned: true }, "both");
    const cut = await card.post(vi, { opcode: "read", ...target, remoteAddress: 0x70000, length: 8 });
    expect(cut.status).toBe(CompletionStatus.RETRY_EXC);
    card.setFaults(B, {}, "both");
    expect((await card.read(vi, { ...target, remoteAddress: 0x70800, length: 8 })).length).toBe(8);
  });

  it("completes outstanding work with RETRY_EXC once the peer process is killed", async () => {
    const region = await register(ALL_ACCESS, 0x60000);
    const target = {
      remote: { hardwareAddress: B, vi: BOOTSTRAP_VI },
      rkey: region.rkey,
      remoteAddress: 0x60000,
    };
    const down = new Promise<void>((resolve) =>
      card.on("event", (event) => event.type === "link-down" && event.peer === B && resolve()),
    );
    await remote.kill("SIGKILL");
    await down;
    const completions = await Promise.all([
      card.post(vi, { opcode: "read", ...target, length: 8 }),
      card.post(vi, { opcode: "write", ...target, data: new Uint8Array(8) }),
    ]);
    expect(completions.map((c) => c.status)).toEqual([
      CompletionStatus.RETRY_EXC,
      CompletionStatus.RETRY_EXC,
    ]);
    expect(completions[0]?.detail).toContain("within the retry timeout");
  });
});

/** Whether the card's log (JSON lines) has a line with this error code (rdma-emu/errors.ts). */
function logged(stderr: string, code: string): boolean {
  return stderr.split("\n").some((line) => {
    try {
      return (JSON.parse(line) as { error?: unknown }).error === code;
    } catch {
      return false;
    }
  });
}
