import { describe, expect, it } from "vitest";
import { checkHistory } from "../../peers/seq/history.js";
import { SeqCluster } from "../../peers/seq/sim/seq-cluster.js";
import { itPassesSeeds } from "../support/seeds.js";
import { runFabricSeed } from "./seq-seeds.js";

const SEEDS = 200;

describe("whole-node sim: the sequence service over a duplicate fabric, the node's fabric policy deciding", () => {
  it("carries on over the second fabric while the first is cut, and back once it heals", () => {
    const c = new SeqCluster({ seed: 4, nodes: 3, depth: 2, fabrics: 2 });
    c.runFor(1000);
    for (let a = 0; a < 3; a++) for (let b = a + 1; b < 3; b++) c.cut(a, b, true, 0);
    const cutAt = c.now;
    c.runFor(2000);
    expect(c.completedSince(cutAt + 1000).size).toBe(3);
    // Fabric 0's sessions went down while fabric 1 kept its own, and every node kept drawing.
    const downs = c.sim.events.filter((e) => e.at > cutAt && e.event.type === "partner-down");
    expect(downs.some((e) => e.fabric === 0)).toBe(true);
    expect(downs.some((e) => e.fabric === 1)).toBe(false);
    for (let a = 0; a < 3; a++) for (let b = a + 1; b < 3; b++) c.heal(a, b, 0);
    c.runFor(2000);
    expect(checkHistory(c.history.entries).ok).toBe(true);
    expect(c.completedSince(c.now - 1000).size).toBe(3);
  });

  itPassesSeeds(
    "either fabric cut and healed between some or all nodes, under crashes and loss: no duplicate, no real-time disorder, service resumes",
    SEEDS,
    runFabricSeed,
  );
});
