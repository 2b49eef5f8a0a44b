/**
 * Issue 9's findings, each as it was found: a process on the machine with nothing but a WebSocket
 * to a node's client port. Real node processes, default heartbeat timing, monitors running.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClientCall, encodeRequests } from "../../ccm/client-codec.js";
import { DEFAULT_HEARTBEAT_INTERVAL_MS, DEFAULT_HEARTBEAT_TIMEOUT_MS } from "../../ccm/constants.js";
import { Prng } from "../../kit/prng.js";
import { type LogRecord, TestCluster } from "../support/cluster.js";
import { RawClient } from "../support/raw-client.js";

const STATUS: ClientCall = { kind: "get-status" };
/** A node's peak resident set may not pass this under any input (README, "Limits"). */
const NODE_PEAK_RSS_BOUND_MB = 512;

/** Requests with ids first, first + 1, ... as one message. */
function message(calls: readonly ClientCall[], first = 1): Uint8Array {
  return encodeRequests(calls.map((call, i) => ({ id: first + i, call })));
}

/** The peak resident set of a process, from /proc (Linux): VmHWM. */
function peakRssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((l) => l.startsWith("VmHWM:"));
  return Number(line?.match(/(\d+)/)?.[1] ?? Number.NaN) / 1024;
}

describe("a hostile client on a node's client port", () => {
  let cluster: TestCluster;

  const records = (id: string): LogRecord[] => cluster.processes.get(id)?.records ?? [];
  const downs = () => cluster.ids.flatMap((id) => records(id).filter((r) => r.event === "partner-down"));
  const pid = (id: string) => cluster.processes.get(id)?.child.pid as number;
  const url = () => cluster.clientUrl("a");

  beforeAll(async () => {
    cluster = await TestCluster.create({
      nodes: 2,
      heartbeat: { intervalMs: DEFAULT_HEARTBEAT_INTERVAL_MS, timeoutMs: DEFAULT_HEARTBEAT_TIMEOUT_MS },
    });
    cluster.startAll();
    cluster.startHeartbeat("a");
    cluster.startHeartbeat("b");
    await Promise.all([cluster.waitReady("a", "b"), cluster.waitReady("b", "a")]);
    // Both monitors attached: the heartbeat channel is up on both nodes.
    await cluster.eventually(
      async () =>
        (await Promise.all(["a", "b"].map((id) => cluster.status(id)))).every((s) =>
          s.clients.some((c) => c.channelsUp.length > 0),
        ),
      "heartbeat monitors attached",
    );
  });
  afterAll(async () => {
    await cluster.stop();
  });

  it("finding 1: a 4 MB message of 590,000 GetStatus is refused before it is read, and the node stays small", async () => {
    const attacker = await RawClient.open(url());
    const flood = message(Array.from({ length: 590_000 }, () => STATUS));
    expect(flood.length).toBeGreaterThan(4_000_000);
    attacker.send(flood);
    // Larger than any client message may be: ws closes the connection (1009) as it arrives.
    await attacker.until(() => attacker.closed);
    expect(attacker.closeCode).toBe(1009);
    expect(attacker.messages).toHaveLength(0);
    // Within the size limit, more than 1024 requests: the message is refused whole, one error.
    const again = await RawClient.open(url());
    again.send(message(Array.from({ length: 150_000 }, () => STATUS)));
    expect(await again.reply(0)).toMatchObject({ kind: "error", code: "E_BAD_REQUEST" });
    expect(again.messages).toHaveLength(1);
    // The connection still works, and the node answers as before.
    again.send(message([STATUS], 7));
    expect((await again.reply(7)).kind).toBe("status");
    again.close();
    expect(peakRssMb(pid("a"))).toBeLessThan(NODE_PEAK_RSS_BOUND_MB);
  });

  it("finding 2: 100,000 GetStatus and 100 KB of zero bytes cost one reply and a log line each, no partner-down", async () => {
    const attacker = await RawClient.open(url());
    const warnings = () => records("a").filter((r) => r.msg === "bad client request").length;
    const warningsBefore = warnings();
    attacker.send(message(Array.from({ length: 100_000 }, () => STATUS)));
    await attacker.until(() => attacker.messages.length >= 1);
    attacker.send(new Uint8Array(100_000));
    await attacker.until(() => attacker.messages.length >= 2);
    attacker.send(message([STATUS], 9));
    expect((await attacker.reply(9)).kind).toBe("status");
    expect(attacker.messages.filter((m) => m.kind === "reply" && m.id === 0)).toHaveLength(2);
    attacker.close();
    expect(warnings() - warningsBefore).toBe(2);
    expect(downs()).toEqual([]);
  });

  it("finding 4: one registration per connection, even when two Registers share a message; nothing leaks", async () => {
    const attacker = await RawClient.open(url());
    const registers = Array.from(
      { length: 100 },
      (_, i): ClientCall => ({
        kind: "register",
        name: `leak${i}`,
        ports: 1,
        memoryBytes: 4096,
        monitor: false,
      }),
    );
    attacker.send(message(registers));
    await attacker.until(() => attacker.replies().size === 100);
    const results = [...attacker.replies().values()];
    expect(results.filter((r) => r.kind === "registered")).toHaveLength(1);
    expect(results.filter((r) => r.kind === "error" && r.code === "E_BAD_REQUEST")).toHaveLength(99);
    const names = async (id: string) => (await cluster.status(id)).clients.map((c) => c.name);
    expect((await names("a")).filter((n) => n.startsWith("leak"))).toEqual(["leak0"]);
    attacker.close();
    await cluster.eventually(
      async () => !(await names("a")).some((n) => n.startsWith("leak")),
      "the registration released",
    );
    // The partner let go of it too, and the node takes new clients.
    await cluster.eventually(
      async () =>
        !(await cluster.status("b")).partners.some((p) => p.clients.some((c) => c.name.startsWith("leak"))),
      "the partner to forget the client",
    );
    const honest = await RawClient.open(url());
    honest.send(message([{ kind: "register", name: "honest", ports: 1, memoryBytes: 0, monitor: false }]));
    expect((await honest.reply(1)).kind).toBe("registered");
    honest.close();
  });

  it("finding 5: 2^40 bytes of memory is refused, not truncated; what follows a Register in its message runs after it", async () => {
    const huge = await RawClient.open(url());
    huge.send(message([{ kind: "register", name: "huge", ports: 1, memoryBytes: 2 ** 40, monitor: false }]));
    expect(await huge.reply(1)).toMatchObject({ kind: "error", code: "E_BAD_REQUEST" });
    huge.close();

    const pipelined = await RawClient.open(url());
    const data = new TextEncoder().encode("in order");
    pipelined.send(
      message([
        { kind: "register", name: "pipelined", ports: 1, memoryBytes: 4096, monitor: false },
        { kind: "local-write", offset: 0, data },
        { kind: "local-read", offset: 0, length: data.length },
      ]),
    );
    expect((await pipelined.reply(1)).kind).toBe("registered");
    expect((await pipelined.reply(2)).kind).toBe("ok");
    expect(await pipelined.reply(3)).toEqual({ kind: "data", data });
    pipelined.close();
  });

  it("finding 5: connections beyond the endpoint's cap are refused with a reason", async () => {
    const opened: RawClient[] = [];
    try {
      // The cap is 64 (admin tools and monitors count); 70 more reach it whatever is open.
      for (let i = 0; i < 70; i++) opened.push(await RawClient.open(url()));
      await opened[0]?.until(() => opened.some((c) => c.closed));
      const refused = opened.filter((c) => c.closed);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused[0]?.closeCode).toBe(1013);
      expect(refused[0]?.closeReason).toMatch(/^E_RESOURCES/);
    } finally {
      for (const c of opened) c.close();
    }
    // Those that are gone make room again.
    await cluster.eventually(async () => (await cluster.status("a")).connections <= 4, "connections closed");
  });

  it("a client that leaves and registers again, over and over, gets working channels every time (a fuzzer finding)", async () => {
    const text = (s: string) => new TextEncoder().encode(s);
    for (let round = 0; round < 3; round++) {
      const [ra, rb] = await Promise.all(
        ["a", "b"].map((id) => cluster.client(id, { name: "again", ports: 1, memoryBytes: 0 })),
      );
      if (ra === undefined || rb === undefined) throw new Error("no clients");
      await ra.waitFor("channel-up", (e) => e.partner === "b");
      await rb.waitFor("channel-up", (e) => e.partner === "a");
      await ra.client.channel("b").send(text(`round ${round}`));
      await rb.waitFor("message", (e) => new TextDecoder().decode(e.data) === `round ${round}`);
      ra.client.close();
      rb.client.close();
      await cluster.eventually(
        async () => !(await cluster.status("a")).clients.some((c) => c.name === "again"),
        "the client gone",
      );
    }
  });

  it("a stream of the heaviest valid requests and of garbage from several connections: heartbeats keep their timing, memory stays bounded", async () => {
    const random = new Prng(9);
    const garbage = (size: number) =>
      Uint8Array.from({ length: size }, () => Math.floor(random.next() * 256));
    const statusBatch = message(Array.from({ length: 1024 }, () => STATUS));
    const messages = [
      statusBatch,
      message(Array.from({ length: 1024 }, () => STATUS)), // no wait for replies: a deep pipeline
      garbage(4 * 1024 * 1024), // over the size limit: closed by ws, the attacker reconnects
      garbage(1024 * 1024),
      new Uint8Array(100_000),
      message(Array.from({ length: 5000 }, () => STATUS)),
      message(
        Array.from(
          { length: 1024 },
          (): ClientCall => ({ kind: "service-call", service: "seq", payload: garbage(64) }),
        ),
      ),
    ];
    // A registered client reads the most one request may: 1 MiB of its counterpart's memory, over
    // the fabric the heartbeats share.
    const bulk = {
      kind: "register",
      name: "bulk",
      ports: 1,
      memoryBytes: 1024 * 1024,
      monitor: false,
    } as const;
    const readers = await Promise.all(["a", "b"].map((id) => RawClient.open(cluster.clientUrl(id))));
    for (const reader of readers) reader.send(message([bulk]));
    await Promise.all(
      readers.map((r) =>
        r.until(() => r.messages.some((m) => m.kind === "event" && m.event.type === "channel-up")),
      ),
    );
    const read: ClientCall = {
      kind: "remote",
      partner: "b",
      port: 0,
      op: "read",
      offset: 0,
      length: 1024 * 1024,
      data: new Uint8Array(0),
      compareAdd: 0n,
      swap: 0n,
    };
    const reader = readers[0] as RawClient;
    const downsBefore = downs().length;
    const until = Date.now() + 8000;
    let sent = 0;
    let reads = 2;
    const attack = async () => {
      let client = await RawClient.open(url());
      while (Date.now() < until) {
        if (client.closed) client = await RawClient.open(url()); // closed for its bad requests
        if (client.socket.bufferedAmount > 8 * 1024 * 1024) {
          await new Promise((resolve) => setTimeout(resolve, 5));
          continue;
        }
        client.send(messages[Math.floor(random.next() * messages.length)] as Uint8Array);
        sent++;
        await new Promise((resolve) => setImmediate(resolve));
      }
      client.close();
    };
    const bulkReads = async () => {
      while (Date.now() < until) {
        if (reader.socket.bufferedAmount < 1024 * 1024)
          reader.send(
            message(
              Array.from({ length: 16 }, () => read),
              reads,
            ),
          );
        reads += 16;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    await Promise.all([attack(), attack(), attack(), attack(), bulkReads()]);
    for (const r of readers) r.close();
    expect(sent).toBeGreaterThan(100);
    expect(downs().length).toBe(downsBefore);
    const stalls = cluster.ids.flatMap((id) =>
      records(id).filter(
        // Stalls of the node's own work: one where the loaded machine did not run it is not the input's doing.
        (r) => r.event === "event-loop-stall" && (r.cpuMs as number) > DEFAULT_HEARTBEAT_INTERVAL_MS,
      ),
    );
    expect(stalls).toEqual([]);
    const allStalls = cluster.ids.flatMap((id) => records(id).filter((r) => r.event === "event-loop-stall"));
    console.log(`stalls: ${JSON.stringify(allStalls.map((r) => [r.ms, r.cpuMs]))}`);
    for (const id of cluster.ids) expect(peakRssMb(pid(id))).toBeLessThan(NODE_PEAK_RSS_BOUND_MB);
    // Every connection of the attack is gone; only the monitors and this check's admin remain.
    await cluster.eventually(
      async () => (await cluster.status("a")).connections <= 2,
      "attack connections closed",
    );
    console.log(
      `peak RSS: a ${peakRssMb(pid("a")).toFixed(0)} MB, b ${peakRssMb(pid("b")).toFixed(0)} MB; ${sent} attack messages`,
    );
  });

  it("a stranger at a card's fabric port: connections cost bounded memory and log lines, and the link between the nodes stays up", async () => {
    const fabricUrl = cluster.raw.nodes[0]?.fabric as string;
    const refusedBefore = records("a").filter((r) => String(r.msg).startsWith("fabric link refused")).length;
    const strangers: RawClient[] = [];
    try {
      // Connections that never log in: past the card's cap the oldest are cut.
      for (let i = 0; i < 100; i++) strangers.push(await RawClient.open(fabricUrl));
      await strangers[0]?.until(() => strangers.filter((s) => s.closed).length >= 100 - 32);
      expect(strangers.filter((s) => s.closed).every((s) => s.closeCode === 1013)).toBe(true);
      // Garbage from the rest: each link is closed at its first bad frame.
      const random = new Prng(3);
      for (const stranger of strangers.filter((s) => !s.closed))
        stranger.send(Uint8Array.from({ length: 64 }, () => Math.floor(random.next() * 256)));
      await strangers[0]?.until(() => strangers.every((s) => s.closed));
    } finally {
      for (const stranger of strangers) stranger.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const refused =
      records("a").filter((r) => String(r.msg).startsWith("fabric link refused")).length - refusedBefore;
    expect(refused).toBeLessThanOrEqual(10);
    expect(
      records("a").some((r) => r.event === "bad-input-summary" && String(r.msg).includes("refused links")),
    ).toBe(true);
    expect(downs()).toEqual([]);
    expect((await cluster.status("a")).partners[0]?.state).toBe("ready");
  });
});
