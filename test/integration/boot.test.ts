import { afterEach, describe, expect, it } from "vitest";
import { readHandshakeTrace, stepsOf } from "../../ccm/trace.js";
import { type LogRecord, TestCluster } from "../support/cluster.js";

/** An OS boot time no test waits out. */
const OS_NEVER_UP_MS = 600_000;
/** How many failed R1 attempts a has made before b boots. */
const R1_FAILURES_BEFORE_B = 5;

describe("boot handshake between real node processes", () => {
  let cluster: TestCluster | undefined;
  afterEach(async () => {
    await cluster?.stop();
    cluster = undefined;
  });

  it("boots a pair together; each session follows R1 -> W1 -> R2 -> W2, the first read at the predefined mailbox over VI 0, before the OS is up", async () => {
    // The OS takes far longer to boot than any handshake: "before the OS is up" is no race.
    cluster = await TestCluster.create({ nodes: 2, osBootMs: OS_NEVER_UP_MS });
    cluster.startAll();
    const [readyA, readyB] = await Promise.all([cluster.waitReady("a", "b"), cluster.waitReady("b", "a")]);
    expect(readyA.sessionId).toBe(readyB.sessionId);

    for (const [id, partner, partnerCard] of [
      ["a", "b", "0x0a0002"],
      ["b", "a", "0x0a0001"],
    ] as const) {
      const proc = cluster.processes.get(id);
      const trace = readHandshakeTrace(proc?.lines ?? []);
      const session = trace.sessions.find((s) => s.partner === partner);
      expect(session?.sessionId).toBe(readyA.sessionId);
      if (session === undefined) continue;
      const steps = stepsOf(trace, session);
      // 004 claim 1: R1, then W1, then R2, then W2, each after the previous succeeded.
      expect(steps.map((s) => s.step)).toEqual(["R1", "W1", "R2", "W2"]);
      expect(steps.map((s) => s.time)).toEqual([...steps.map((s) => s.time)].sort((x, y) => x - y));
      // Claims 2, 14-19: the first read goes to the predefined mailbox address, VI 0 of the partner's card.
      expect(steps[0]).toMatchObject({ step: "R1", address: "0x1000", remoteVi: 0, partnerCard });
      // Claims 21 and 33: the session is up before the storage OS is.
      const records = proc?.records ?? [];
      const connectedAt = records.findIndex((r) => r.event === "session-connected");
      const osUpAt = records.findIndex((r) => r.event === "boot-phase" && r.phase === "storage-os");
      expect(connectedAt).toBeGreaterThanOrEqual(0);
      expect(osUpAt).toBe(-1);
      expect((await cluster.status(id)).osState).toBe("booting");
    }
  });

  it("connects a node that boots long after its partner, which kept trying R1 meanwhile", async () => {
    cluster = await TestCluster.create({ nodes: 2 });
    const c = cluster;
    c.startNode("a");
    await c.waitForRecord("a", (r) => r.event === "boot-phase" && r.phase === "storage-os", "OS up");
    // b is absent until a has tried R1 and failed a number of times, with its backoff in between.
    const failedReads = () =>
      c.processes
        .get("a")
        ?.records.filter((r) => r.event === "handshake-step" && r.step === "R1" && r.ok === false).length ??
      0;
    await c.until(() => failedReads() >= R1_FAILURES_BEFORE_B, "a to retry R1");
    c.startNode("b");
    await Promise.all([c.waitReady("a", "b"), c.waitReady("b", "a")]);
    const statusA = await c.status("a");
    const statusB = await c.status("b");
    expect(statusA.partners[0]).toMatchObject({
      node: "b",
      state: "ready",
      partnerBoot: statusB.bootIncarnation,
    });
    expect(statusB.partners[0]).toMatchObject({
      node: "a",
      state: "ready",
      partnerBoot: statusA.bootIncarnation,
    });
    expect(statusA.partners[0]?.sessionId).toBe(statusB.partners[0]?.sessionId);
  });

  it("refuses a session when the partners share no protocol version, and says so", async () => {
    cluster = await TestCluster.create({
      nodes: 2,
      versions: [
        [1, 1],
        [2, 3],
      ],
    });
    const c = cluster;
    c.startAll();
    const mismatch = (r: LogRecord) => r.event === "version-mismatch";
    const [a, b] = await Promise.all([
      c.waitForRecord("a", mismatch, "version mismatch"),
      c.waitForRecord("b", mismatch, "version mismatch"),
    ]);
    expect(a).toMatchObject({ code: "E_VERSION_MISMATCH", partner: "b", ours: [1, 1], theirs: [2, 3] });
    expect(b).toMatchObject({ code: "E_VERSION_MISMATCH", partner: "a", ours: [2, 3], theirs: [1, 1] });
    const status = await c.status("a");
    expect(status.partners[0]).toMatchObject({ state: "incompatible", sessionId: 0 });
    expect(status.partners[0]?.detail).toContain("no common protocol version");
    expect(c.processes.get("a")?.records.some((r) => r.event === "session-connected")).toBe(false);
  });

  it("connects every pair of a three-node cluster", async () => {
    cluster = await TestCluster.create({ nodes: 3 });
    const c = cluster;
    c.startAll();
    const pairs = [
      ["a", "b"],
      ["a", "c"],
      ["b", "a"],
      ["b", "c"],
      ["c", "a"],
      ["c", "b"],
    ] as const;
    const ready = await Promise.all(pairs.map(([id, partner]) => c.waitReady(id, partner)));
    const session = (id: string, partner: string) =>
      ready[pairs.findIndex(([i, p]) => i === id && p === partner)]?.sessionId;
    expect(session("a", "b")).toBe(session("b", "a"));
    expect(session("a", "c")).toBe(session("c", "a"));
    expect(session("b", "c")).toBe(session("c", "b"));
    expect(new Set([session("a", "b"), session("a", "c"), session("b", "c")]).size).toBe(3);
  });
});
