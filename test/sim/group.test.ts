import { describe, expect, it } from "vitest";
import { checkDeliveries } from "../../peers/group/delivery-checker.js";
import { GroupCluster } from "../../peers/group/sim/group-cluster.js";
import { itPassesSeeds } from "../support/seeds.js";
import { runGroupSeed } from "./group-seeds.js";

/** Half of the thousand seeds (group-more.test.ts runs the other half, in parallel). */
const SEEDS = 500;

function viewOf(c: GroupCluster, i: number): string {
  const v = c.membership(i)?.node?.view;
  return v === undefined ? "down" : `${v.id}:${v.members.map((m) => m.node).join(",")}`;
}

function settleAndCheck(c: GroupCluster, nodes: number): void {
  c.quiet = true;
  c.runFor(1000);
  c.finish();
  const views = new Set(Array.from({ length: nodes }, (_, i) => viewOf(c, i)));
  expect([...views]).toHaveLength(1);
  expect(checkDeliveries(c.records)).toEqual([]);
}

describe("whole-node sim: membership and group daemons hosted by every node, over the real managers and cards", () => {
  it("five nodes boot into one view and every instance delivers one order", () => {
    const c = new GroupCluster({ seed: 1, nodes: 5 });
    c.runFor(3000);
    expect(c.membership(0)?.node?.view.members).toHaveLength(5);
    expect(c.records.filter((r) => r.type === "message").length).toBeGreaterThan(100);
    settleAndCheck(c, 5);
  });

  it("the group coordinator crashes while its proposals and commits are out: survivors agree, it rejoins", () => {
    const c = new GroupCluster({ seed: 2, nodes: 5, thinkMs: 15 });
    c.runFor(1500);
    const coordinator = Number(c.group(0)?.node?.coordinator?.slice(1));
    c.sim.crash(coordinator);
    c.runFor(1000);
    for (let i = 0; i < 5; i++)
      if (i !== coordinator) expect(c.membership(i)?.node?.view.members).toHaveLength(4);
    c.sim.restart(coordinator);
    c.runFor(2000);
    settleAndCheck(c, 5);
  });

  it("a critical instance dies: its node resets and rejoins as a new incarnation", () => {
    const c = new GroupCluster({ seed: 3, nodes: 3, criticalRate: 1 });
    c.runFor(1500);
    const victim = c.apps.find((a) => a.node === 1 && a.member);
    expect(victim?.critical).toBe(true);
    c.kill(victim as NonNullable<typeof victim>);
    c.runFor(2500);
    expect(c.sim.resets.map((r) => r.node)).toEqual([1]);
    settleAndCheck(c, 3);
  });

  it("replays a seed byte for byte", () => {
    const run = () => {
      const c = new GroupCluster({ seed: 9, nodes: 3, trace: true });
      c.sim.setFaults(0, 1, { lossRate: 0.1, jitterMs: 3 });
      c.sim.scheduler.at(700, () => c.sim.crash(0));
      c.sim.scheduler.at(1100, () => c.sim.restart(0));
      c.runFor(2500);
      return JSON.stringify({ records: c.records, frames: c.sim.fabric.traceLines });
    };
    const first = run();
    expect(first.length).toBeGreaterThan(100_000);
    expect(run()).toBe(first);
  });

  itPassesSeeds(
    "3 and 5 nodes under card crashes, host reboots, hung OSes, partitions (one and two way), loss, duplication, reordering and dying instances: checker clean, one view, every node serving",
    SEEDS,
    runGroupSeed,
  );
});
