import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { CcmClient } from "../../ccm/client.js";
import { decodeServerMessages, encodeRequest } from "../../ccm/client-codec.js";
import { MAILBOX_ADDRESS } from "../../ccm/mailbox-layout.js";
import { readStatusWord, StatusCode } from "../../ccm/node-status.js";
import {
  BOOTSTRAP_RKEY,
  BOOTSTRAP_VI,
  Card,
  CompletionStatus,
  HostMemory,
  parseFabricConfig,
} from "../../rdma-emu/index.js";
import { type RecordingClient, TestCluster } from "../support/cluster.js";
import { freePorts } from "../support/ports.js";

const X = { name: "x", ports: 2, memoryBytes: 8192 };
const text = (s: string) => new TextEncoder().encode(s);

describe("clients over peer channels between real node processes", () => {
  let cluster: TestCluster;
  let xa: RecordingClient;
  let xb: RecordingClient;

  beforeAll(async () => {
    cluster = await TestCluster.create({ nodes: 2 });
    cluster.startNode("a");
    // x attaches on a before the handshake (b is not even running) ...
    xa = await cluster.client("a", X);
    cluster.startNode("b");
    await cluster.waitReady("b", "a");
    // ... and on b after it.
    xb = await cluster.client("b", X);
    await Promise.all([
      xa.waitFor("channel-up", (e) => e.partner === "b"),
      xb.waitFor("channel-up", (e) => e.partner === "a"),
    ]);
  });
  afterAll(async () => {
    await cluster.stop();
  });

  it("tells clients that attached before the handshake, and after it, that the partner is ready", async () => {
    expect((await xa.waitFor("partner-ready")).partner).toBe("b");
    expect((await xb.waitFor("partner-ready")).partner).toBe("a");
    expect(xa.events.find((e) => e.type === "channel-up")).toMatchObject({
      ports: 2,
      remoteMemoryBytes: 8192,
    });
  });

  it("shows a client's ports and memory on the partner", async () => {
    const status = await cluster.status("a");
    const remoteX = status.partners[0]?.clients.find((c) => c.name === "x");
    expect(remoteX).toMatchObject({ ports: 2, memoryBytes: 8192, channelsUp: ["a"] });
    expect(remoteX?.vis).toHaveLength(2);
    expect(status.clients.find((c) => c.name === "x")).toMatchObject({
      ports: 2,
      memoryBytes: 8192,
      channelsUp: ["b"],
    });
  });

  it("carries two-sided messages both ways, on every port", async () => {
    await xa.client.channel("b").send(text("ping"));
    const ping = await xb.waitFor("message", (e) => new TextDecoder().decode(e.data) === "ping");
    expect(ping).toMatchObject({ partner: "a", port: 0 });
    await xb.client.channel("a").send(text("pong"), 1);
    const pong = await xa.waitFor("message", (e) => new TextDecoder().decode(e.data) === "pong");
    expect(pong).toMatchObject({ partner: "b", port: 1 });
  });

  it("does one-sided RDMA on the counterpart's memory: write, read, fetch-add, compare-swap", async () => {
    const toB = xa.client.channel("b");
    await toB.write(16, text("written by a"));
    expect(new TextDecoder().decode(await xb.client.readLocal(16, 12))).toBe("written by a");
    expect(new TextDecoder().decode(await toB.read(16, 12, 1))).toBe("written by a");
    await xb.client.writeLocal(64, new Uint8Array(8));
    expect(await toB.fetchAdd(64, 5n)).toBe(0n);
    expect(await toB.fetchAdd(64, 2n)).toBe(5n);
    expect(await toB.compareSwap(64, 7n, 100n)).toBe(7n);
    expect(await toB.compareSwap(64, 7n, 1n)).toBe(100n);
    const word = await xb.client.readLocal(64, 8);
    expect(new DataView(word.buffer, word.byteOffset, 8).getBigUint64(0, true)).toBe(100n);
  });

  it("reads the partner's status word over RDMA", async () => {
    const reading = readStatusWord(await xa.client.partnerStatus("b"));
    expect(reading).toMatchObject({ code: StatusCode.OS_UP, osUp: true });
  });

  it("answers impossible requests with clear errors and keeps serving", async () => {
    const url = cluster.clientUrl("a");
    await expect(CcmClient.connect({ url, name: "x", ports: 1, memoryBytes: 0 })).rejects.toMatchObject({
      code: "E_DUPLICATE_CLIENT",
    });
    await expect(CcmClient.connect({ url, name: "many", ports: 100, memoryBytes: 0 })).rejects.toMatchObject({
      code: "E_RESOURCES",
    });
    await expect(
      CcmClient.connect({ url, name: "huge", ports: 1, memoryBytes: 1 << 30 }),
    ).rejects.toMatchObject({ code: "E_RESOURCES" });
    await expect(
      CcmClient.connect({ url, name: "bad name", ports: 1, memoryBytes: 0 }),
    ).rejects.toMatchObject({ code: "E_BAD_REQUEST" });
    const toB = xa.client.channel("b");
    await expect(toB.read(8000, 500)).rejects.toMatchObject({ code: "E_BAD_REQUEST" });
    await expect(toB.send(text("x"), 7)).rejects.toMatchObject({ code: "E_BAD_REQUEST" });
    await expect(xa.client.channel("nobody").send(text("x"))).rejects.toMatchObject({
      code: "E_UNKNOWN_PARTNER",
    });
    await expect(xa.client.reportPartnerDown("b", "just because")).rejects.toMatchObject({
      code: "E_FORBIDDEN",
    });
    const lonely = await cluster.client("a", { name: "lonely", ports: 1, memoryBytes: 0 });
    await expect(lonely.client.channel("b").send(text("x"))).rejects.toMatchObject({ code: "E_NO_CHANNEL" });
    // Nothing of the refused requests is held: x still works.
    await xa.client.channel("b").send(text("still here"));
    await xb.waitFor("message", (e) => new TextDecoder().decode(e.data) === "still here");
  });

  it("answers garbage and unregistered requests with errors, and keeps serving other clients", async () => {
    const socket = new WebSocket(cluster.clientUrl("a"));
    await once(socket, "open");
    const replies: ReturnType<typeof decodeServerMessages> = [];
    socket.on("message", (data) => replies.push(...decodeServerMessages(data as Buffer)));
    socket.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]));
    socket.send("not protobuf at all");
    socket.send(encodeRequest(9, { kind: "send", partner: "b", port: 0, data: text("sneaky") }));
    await cluster.until(() => replies.length === 3, "three error replies");
    expect(replies.map((r) => r.kind === "reply" && r.result.kind === "error" && r.result.code)).toEqual([
      "E_BAD_REQUEST",
      "E_BAD_REQUEST",
      "E_NOT_REGISTERED",
    ]);
    expect(replies[2]).toMatchObject({ id: 9 });
    socket.close();
    await xa.client.channel("b").send(text("after garbage"));
    await xb.waitFor("message", (e) => new TextDecoder().decode(e.data) === "after garbage");
  });

  it("gives a fabric peer without the cluster secret nothing", async () => {
    // An impostor claims to be node a's card and dials node b, without the cluster secret.
    const [port] = await freePorts(1);
    const dialer = await Card.start({
      fabric: parseFabricConfig({
        fabricId: 1,
        secret: "not-the-cluster-secret-at-all",
        cards: { "0x0a0001": `ws://127.0.0.1:${port}`, "0x0a0002": cluster.raw.nodes[1]?.fabric },
      }),
      hardwareAddress: 0x0a0001,
      memory: new HostMemory(1 << 20),
      retryTimeoutMs: 300,
    });
    try {
      const completion = await dialer.post(dialer.createVi(), {
        opcode: "read",
        remote: { hardwareAddress: 0x0a0002, vi: BOOTSTRAP_VI },
        rkey: BOOTSTRAP_RKEY,
        remoteAddress: MAILBOX_ADDRESS,
        length: 8,
      });
      expect(completion.status).toBe(CompletionStatus.RETRY_EXC);
      await cluster.waitForRecord(
        "b",
        (r) => typeof r.msg === "string" && r.msg.includes("failed the challenge"),
        "refused login",
      );
    } finally {
      await dialer.close();
    }
    // b still serves its partner and clients.
    await xa.client.channel("b").send(text("after impostor"));
    await xb.waitFor("message", (e) => new TextDecoder().decode(e.data) === "after impostor");
  });

  it("releases a client's ports and memory on both sides when it leaves", async () => {
    const downs = xa.events.length;
    xb.client.close();
    await xa.waitFor("channel-down", (e) => e.partner === "b", downs);
    await cluster.eventually(async () => {
      const onA = (await cluster.status("a")).partners[0]?.clients.some((c) => c.name === "x");
      const onB = (await cluster.status("b")).clients.some((c) => c.name === "x");
      return !onA && !onB;
    }, "x to vanish from both nodes");
    await expect(xa.client.channel("b").send(text("gone"))).rejects.toMatchObject({ code: "E_NO_CHANNEL" });
    // It may come back under the same name.
    const again = await cluster.client("b", X);
    await again.waitFor("channel-up", (e) => e.partner === "a");
    await again.client.channel("a").send(text("back"));
    await xa.waitFor("message", (e) => new TextDecoder().decode(e.data) === "back");
  });
});
