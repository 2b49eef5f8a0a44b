import { afterEach, describe, expect, it } from "vitest";
import { SeqClient, type SeqStatus } from "../../peers/seq/client.js";
import { TestCluster } from "../support/cluster.js";
import { expectCleanHistory, SeqDrawers } from "../support/seq-drawers.js";

/** Numbers each node's drawer must get before and after an event. */
const DRAWS = 20;

describe("the sequence service on three node processes, numbers drawn from every node", () => {
  let cluster: TestCluster | undefined;
  let drawers: SeqDrawers | undefined;
  afterEach(async () => {
    await drawers?.stop();
    await cluster?.stop();
    cluster = undefined;
    drawers = undefined;
  });

  async function status(c: TestCluster, id: string): Promise<SeqStatus> {
    const client = await SeqClient.connect(c.clientUrl(id));
    try {
      return await client.status();
    } finally {
      client.close();
    }
  }

  /** Boots the trio, waits for a layout, starts drawing everywhere; returns the layout's generators. */
  async function trio(
    heartbeats = false,
  ): Promise<{ c: TestCluster; d: SeqDrawers; primary: string; secondary: string }> {
    cluster = await TestCluster.create({ nodes: 3, heartbeat: { intervalMs: 50, timeoutMs: 600 } });
    const c = cluster;
    c.startAll();
    if (heartbeats) for (const id of c.ids) c.startHeartbeat(id);
    drawers = new SeqDrawers(c);
    const d = drawers;
    d.start();
    for (const id of c.ids) await d.drawMore(id, DRAWS);
    const layout = (await status(c, "a")).layout;
    if (layout === undefined) throw new Error("no layout although numbers were drawn");
    return { c, d, primary: layout.primary, secondary: layout.secondary };
  }

  it("survives SIGKILL of the primary: the secondary takes over, numbers continue on the survivors", async () => {
    const { c, d, primary, secondary } = await trio();
    await c.kill(primary);
    const survivors = c.ids.filter((id) => id !== primary);
    for (const id of survivors) await d.drawMore(id, DRAWS);
    expect((await status(c, survivors[0] as string)).layout?.primary).toBe(secondary);
    c.startNode(primary);
    await d.drawMore(primary, DRAWS);
    expectCleanHistory(d);
  });

  it("survives SIGKILL of the secondary: a new secondary is picked among the live nodes", async () => {
    const { c, d, primary, secondary } = await trio();
    await c.kill(secondary);
    const survivors = c.ids.filter((id) => id !== secondary);
    for (const id of survivors) await d.drawMore(id, DRAWS);
    const layout = (await status(c, primary)).layout;
    expect(layout?.secondary).not.toBe(secondary);
    expect(survivors).toContain(layout?.secondary);
    c.startNode(secondary);
    await d.drawMore(secondary, DRAWS);
    expectCleanHistory(d);
  });

  it("recovers from the loss of both generators, from the numbers stored on disk", async () => {
    const { c, d, primary, secondary } = await trio();
    await Promise.all([c.kill(primary), c.kill(secondary)]);
    c.startNode(primary);
    c.startNode(secondary);
    for (const id of c.ids) await d.drawMore(id, DRAWS);
    expectCleanHistory(d);
  });

  it("fences off a primary cut from the rest: the rest carries on, its callers get retryable errors, never a number out of order", async () => {
    const { c, d, primary } = await trio(true);
    const others = c.ids.filter((id) => id !== primary);
    const errorsBefore = d.errors(primary).length;
    await c.admin(primary, async (admin) => {
      for (const other of others) await admin.setFaults(other, { partitioned: true }, "both");
    });
    for (const id of others) await d.drawMore(id, DRAWS);
    await c.until(
      () => d.errors(primary).length > errorsBefore,
      "the cut-off primary's callers to get an error",
    );
    expect(new Set(d.errors(primary).slice(errorsBefore))).toEqual(new Set(["E_SEQ_UNAVAILABLE"]));
    expect((await status(c, others[0] as string)).layout?.primary).not.toBe(primary);
    await c.admin(primary, async (admin) => {
      for (const other of others) await admin.setFaults(other, {}, "both");
    });
    await d.drawMore(primary, DRAWS);
    expectCleanHistory(d);
  });
});
