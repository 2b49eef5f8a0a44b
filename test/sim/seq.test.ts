import { describe, expect, it } from "vitest";
import { checkHistory } from "../../peers/seq/history.js";
import { SeqCluster } from "../../peers/seq/sim/seq-cluster.js";
import { itPassesSeeds } from "../support/seeds.js";
import { runSeed } from "./seq-seeds.js";

const SEEDS = 1000;

function primaryOf(c: SeqCluster): number {
  return Number(c.anyLayout()?.primary.slice(1));
}

describe("whole-node sim: the sequence service hosted by every node, over the real managers and cards", () => {
  it("serves every node's callers through primary and secondary, in order, without duplicates", () => {
    const c = new SeqCluster({ seed: 1, nodes: 3, depth: 4 });
    c.runFor(3000);
    const result = checkHistory(c.history.entries);
    expect(result.ok).toBe(true);
    expect(result.completed).toBeGreaterThan(1000);
    const layout = c.layout(0);
    expect(layout?.primary).not.toBe(layout?.secondary);
    expect(c.completedSince(1000).size).toBe(3);
  });

  it("fails over when the primary crashes, and when both generators crash and restart (numbers from disk)", () => {
    const c = new SeqCluster({ seed: 2, nodes: 3, depth: 2, blockSize: 100 });
    c.runFor(1000);
    const first = c.anyLayout();
    const primary = primaryOf(c);
    c.crash(primary);
    c.runFor(1500);
    const second = c.layout((primary + 1) % 3);
    expect(second?.primary).toBe(first?.secondary);
    expect(second?.epoch).toBeGreaterThan(first?.epoch ?? 0);
    c.restart(primary);
    c.runFor(1000);
    const both = [Number(second?.primary.slice(1)), Number(second?.secondary.slice(1))];
    for (const i of both) c.crash(i);
    c.runFor(300);
    for (const i of both) c.restart(i);
    c.runFor(2000);
    expect(checkHistory(c.history.entries).ok).toBe(true);
    expect(c.completedSince(c.now - 500).size).toBe(3);
  });

  it("fences off a primary cut from the rest: its callers get retryable failures, never a number out of order", () => {
    const c = new SeqCluster({
      seed: 3,
      nodes: 3,
      depth: 2,
      timing: {
        leaseMs: 300,
        renewMs: 75,
        retryMs: 100,
        callTimeoutMs: 500,
        sealTimeoutMs: 400,
        proposeDelayMs: 30,
      },
    });
    c.runFor(1000);
    const primary = primaryOf(c);
    for (let other = 0; other < 3; other++) if (other !== primary) c.cut(primary, other, true);
    const cutAt = c.now;
    c.runFor(3000);
    expect(checkHistory(c.history.entries).ok).toBe(true);
    const cutNode = c.id(primary);
    const invoked = new Map(c.history.entries.flatMap((e) => (e.type === "invoke" ? [[e.op, e.node]] : [])));
    const afterCut = c.history.entries.filter(
      (e) => e.type !== "invoke" && e.at > cutAt + 500 && invoked.get(e.op) === cutNode,
    );
    expect(afterCut.length).toBeGreaterThan(0);
    expect(afterCut.every((e) => e.type === "fail")).toBe(true);
    expect(c.completedSince(c.now - 1000).size).toBe(2);
  });

  it("replays a seed byte for byte", () => {
    const run = () => {
      const c = new SeqCluster({ seed: 9, nodes: 3, trace: true });
      c.degrade(0, 1, { lossRate: 0.2, jitterMs: 3 });
      c.at(500, () => c.crash(0));
      c.at(900, () => c.restart(0));
      c.at(1200, () => c.hang(1));
      c.at(1500, () => c.recover(1));
      c.runFor(2500);
      return JSON.stringify({ history: c.history.entries, frames: c.sim.fabric.traceLines });
    };
    const first = run();
    expect(first.length).toBeGreaterThan(100_000);
    expect(run()).toBe(first);
  });

  itPassesSeeds(
    "card crashes, host reboots, hung OSes, partitions (one and two way), loss, duplication and reordering: no duplicate, no real-time disorder, service resumes",
    SEEDS,
    runSeed,
  );
});
