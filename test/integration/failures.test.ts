import { afterEach, describe, expect, it } from "vitest";
import { readStatusWord, StatusCode } from "../../ccm/node-status.js";
import { TestCluster } from "../support/cluster.js";

const X = { name: "x", ports: 1, memoryBytes: 4096 };

describe("partner failures between real node processes", () => {
  let cluster: TestCluster | undefined;
  afterEach(async () => {
    await cluster?.stop();
    cluster = undefined;
  });

  async function pairWithClients(c: TestCluster) {
    c.startAll();
    const xa = await c.client("a", X);
    const xb = await c.client("b", X);
    await Promise.all([xa.waitFor("channel-up"), xb.waitFor("channel-up")]);
    return { xa, xb };
  }

  /** A pair with clients and a heartbeat monitor on each node, both watching. */
  async function watchedPair() {
    cluster = await TestCluster.create({ nodes: 2, heartbeat: { intervalMs: 50, timeoutMs: 800 } });
    const c = cluster;
    const clients = await pairWithClients(c);
    c.startHeartbeat("a");
    c.startHeartbeat("b");
    for (const id of ["a", "b"]) {
      await c.waitForRecord(
        id,
        (r) => r.event === "channel-up" && r.client === "heartbeat",
        "heartbeat channel",
      );
    }
    return { c, ...clients };
  }

  it("tells clients the partner is down when it is killed, and gives them new channels when it is back", async () => {
    cluster = await TestCluster.create({ nodes: 2 });
    const c = cluster;
    const { xa } = await pairWithClients(c);
    const seen = xa.events.length;
    await c.kill("b");
    const down = await xa.waitFor("partner-down", (e) => e.partner === "b", seen);
    expect(down.reason).toContain("fabric link down");
    expect(xa.events.slice(seen).some((e) => e.type === "channel-down")).toBe(true);

    const bootBefore = (await c.status("a")).partners[0]?.partnerBoot;
    c.startNode("b");
    const xb = await c.client("b", X);
    const ready = await xa.waitFor("partner-ready", (e) => e.partner === "b", seen);
    await xa.waitFor("channel-up", (e) => e.partner === "b", seen);
    const status = await c.status("a");
    expect(status.partners[0]?.sessionId).toBe(ready.sessionId);
    expect(status.partners[0]?.partnerBoot).not.toBe(bootBefore);
    await xb.waitFor("channel-up");
    await xb.client.channel("a").send(new TextEncoder().encode("new incarnation"));
    await xa.waitFor("message", (e) => new TextDecoder().decode(e.data) === "new incarnation");
  });

  it("detects a hung OS: heartbeats stop, the partner's status word read over RDMA says hung, clients are told", async () => {
    const { c, xa } = await watchedPair();
    const seen = xa.events.length;

    await c.admin("b", (admin) => admin.setOsState("hung"));
    const down = await xa.waitFor("partner-down", (e) => e.partner === "b", seen);
    // The monitor on a read b's status word (b's card answers; its OS does not) and said so.
    expect(down.reason).toContain("heartbeat reports");
    expect(down.reason).toContain("storage OS hung");
    expect(readStatusWord(await xa.client.partnerStatus("b")).code).toBe(StatusCode.OS_HUNG);

    // Back up, b either learns that a view left it out while it hung (a alone is a two-node
    // cluster's quorum) and resets, or, when it recovered before a installed that view, is simply
    // a member still. Either way the pair handshakes again and x's channel comes back.
    const hungAt = xa.events.length;
    const resets = () => (c.processes.get("b")?.records ?? []).filter((r) => r.event === "node-reset").length;
    const resetsBefore = resets();
    await c.admin("b", (admin) => admin.setOsState("up"));
    await c.until(
      () =>
        resets() > resetsBefore ||
        xa.events.slice(hungAt).some((e) => e.type === "channel-up" && e.partner === "b"),
      "b to reset, or its channel back without a reset",
    );
    if (resets() > resetsBefore) {
      // The reset closed b's clients: x registers again there, and the channel comes back.
      await c.client("b", X);
      await xa.waitFor("channel-up", (e) => e.partner === "b", hungAt);
    }
    await c.eventually(async () => {
      const word = await xa.client.partnerStatus("b").catch(() => undefined);
      return word !== undefined && readStatusWord(word).code === StatusCode.OS_UP;
    }, "b back with its OS up");
  });

  it("declares a partitioned partner down from silence alone (the link stays, nothing gets through)", async () => {
    const { c, xa } = await watchedPair();
    const seen = xa.events.length;
    await c.admin("a", (admin) => admin.setFaults("b", { partitioned: true }, "both"));
    const down = await xa.waitFor("partner-down", (e) => e.partner === "b", seen);
    expect(down.reason).toMatch(/no heartbeat for \d+ ms/);
    await c.admin("a", (admin) => admin.setFaults("b", {}, "both"));
    await xa.waitFor("partner-ready", (e) => e.partner === "b", seen);
  });

  it("serves the status word of a panicked node from its card, and refuses the panicked node's clients", async () => {
    cluster = await TestCluster.create({ nodes: 2 });
    const c = cluster;
    const { xa, xb } = await pairWithClients(c);
    await c.admin("b", (admin) => admin.setOsState("panicked"));
    await xb.waitFor("closed");
    expect(readStatusWord(await xa.client.partnerStatus("b")).code).toBe(StatusCode.OS_PANICKED);
    await expect(c.client("b", { name: "y", ports: 1, memoryBytes: 0 })).rejects.toMatchObject({
      code: "E_OS_STATE",
    });
    expect((await c.status("b")).osState).toBe("panicked");
  });
});
