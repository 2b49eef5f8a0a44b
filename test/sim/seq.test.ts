import { describe, expect, it } from "vitest";
import { checkHistory } from "../../peers/seq/history.js";
import { SeqSim } from "../../peers/seq/sim/seq-sim.js";
import { itPassesSeeds } from "../support/seeds.js";

const SEEDS = 1000;
const FAULTY_MS = 3000;
const SETTLE_MS = 4000;

function describeCheck(sim: SeqSim): string {
  const result = checkHistory(sim.history.entries);
  return JSON.stringify({
    ok: result.ok,
    completed: result.completed,
    duplicates: result.duplicates.slice(0, 2),
    order: result.orderViolations.slice(0, 2),
  });
}

/** Calls completed on each node after `since`. */
function completedSince(sim: SeqSim, since: number): Map<string, number> {
  const invoked = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const e of sim.history.entries) {
    if (e.type === "invoke") invoked.set(e.op, e.node);
    else if (e.type === "ok" && e.at >= since) {
      const node = invoked.get(e.op) as string;
      counts.set(node, (counts.get(node) ?? 0) + 1);
    }
  }
  return counts;
}

function runSeed(seed: number): string[] {
  const nodes = seed % 4 === 0 ? 5 : 3;
  const sim = new SeqSim({ seed, nodes, depth: 1 + (seed % 3), blockSize: 64 + (seed % 7) * 100 });
  const { rng, scheduler } = sim;
  const at = (time: number, run: () => void) => scheduler.at(time, run);
  for (let from = 0; from < nodes; from++) {
    for (let to = 0; to < nodes; to++) {
      if (from === to || !rng.chance(0.4)) continue;
      sim.setFaults(from, to, {
        lossRate: rng.next() * 0.1,
        duplicateRate: rng.next() * 0.1,
        jitterMs: rng.next() * 5,
      });
    }
  }
  for (let k = 1 + rng.int(3); k > 0; k--) {
    const victim = rng.int(nodes);
    const start = rng.next() * FAULTY_MS;
    at(start, () => sim.crash(victim));
    at(start + 50 + rng.next() * 1000, () => sim.restart(victim));
  }
  if (rng.chance(0.5)) {
    // Cut one node off from all others for a while (often the primary).
    const start = rng.next() * FAULTY_MS;
    at(start, () => {
      const layout = sim.seqNode(0)?.currentLayout ?? sim.seqNode(1)?.currentLayout;
      const victim =
        layout !== undefined && rng.chance(0.7) ? Number(layout.primary.slice(1)) : rng.int(nodes);
      for (let other = 0; other < nodes; other++) {
        if (other === victim) continue;
        sim.setFaults(victim, other, { partitioned: true });
        sim.setFaults(other, victim, { partitioned: true });
      }
      at(start + 200 + rng.next() * 1500, () => {
        for (let other = 0; other < nodes; other++) {
          sim.setFaults(victim, other, {});
          sim.setFaults(other, victim, {});
        }
      });
    });
  }
  if (rng.chance(0.3)) {
    // A one-way cut between two nodes.
    const [a, b] = [rng.int(nodes), rng.int(nodes)];
    if (a !== b) {
      const start = rng.next() * FAULTY_MS;
      at(start, () => sim.setFaults(a, b, { partitioned: true }));
      at(start + rng.next() * 1000, () => sim.setFaults(a, b, {}));
    }
  }
  sim.runUntil(FAULTY_MS);
  for (let a = 0; a < nodes; a++) {
    sim.restart(a);
    for (let b = 0; b < nodes; b++) if (a !== b) sim.setFaults(a, b, {});
  }
  sim.runFor(SETTLE_MS);
  const problems: string[] = [];
  const result = checkHistory(sim.history.entries);
  if (!result.ok) problems.push(describeCheck(sim));
  // Service resumed by itself: every node's callers got numbers in the last second.
  const recent = completedSince(sim, sim.now - 1000);
  for (let i = 0; i < nodes; i++) {
    if ((recent.get(sim.id(i)) ?? 0) === 0) problems.push(`${sim.id(i)} got no number in the last second`);
  }
  return problems;
}

describe("sim: the sequence service", () => {
  it("serves every node's callers through primary and secondary, in order, without duplicates", () => {
    const sim = new SeqSim({ seed: 1, nodes: 3, depth: 4 });
    sim.runFor(3000);
    const result = checkHistory(sim.history.entries);
    expect(result.ok).toBe(true);
    expect(result.completed).toBeGreaterThan(1000);
    const layout = sim.seqNode(0)?.currentLayout;
    expect(layout?.primary).not.toBe(layout?.secondary);
    expect(completedSince(sim, 1000).size).toBe(3);
  });

  it("fails over when the primary crashes, and when both generators crash and restart (numbers from disk)", () => {
    const sim = new SeqSim({ seed: 2, nodes: 3, depth: 2, blockSize: 100 });
    sim.runFor(1000);
    const first = sim.seqNode(0)?.currentLayout;
    const primary = Number(first?.primary.slice(1));
    sim.crash(primary);
    sim.runFor(1500);
    const second = sim.seqNode((primary + 1) % 3)?.currentLayout;
    expect(second?.primary).toBe(first?.secondary);
    expect(second?.epoch).toBeGreaterThan(first?.epoch ?? 0);
    sim.restart(primary);
    sim.runFor(1000);
    const both = [Number(second?.primary.slice(1)), Number(second?.secondary.slice(1))];
    for (const i of both) sim.crash(i);
    sim.runFor(300);
    for (const i of both) sim.restart(i);
    sim.runFor(2000);
    expect(checkHistory(sim.history.entries).ok).toBe(true);
    expect(completedSince(sim, sim.now - 500).size).toBe(3);
  });

  it("fences off a primary cut from the rest: its callers get retryable failures, never a number out of order", () => {
    const sim = new SeqSim({
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
    sim.runFor(1000);
    const primary = Number(sim.seqNode(0)?.currentLayout?.primary.slice(1));
    for (let other = 0; other < 3; other++) {
      if (other === primary) continue;
      sim.setFaults(primary, other, { partitioned: true });
      sim.setFaults(other, primary, { partitioned: true });
    }
    const cutAt = sim.now;
    sim.runFor(3000);
    const result = checkHistory(sim.history.entries);
    expect(result.ok).toBe(true);
    const cutNode = sim.id(primary);
    const invoked = new Map(
      sim.history.entries.flatMap((e) => (e.type === "invoke" ? [[e.op, e.node]] : [])),
    );
    const afterCut = sim.history.entries.filter(
      (e) => e.type !== "invoke" && e.at > cutAt + 500 && invoked.get(e.op) === cutNode,
    );
    expect(afterCut.length).toBeGreaterThan(0);
    expect(afterCut.every((e) => e.type === "fail")).toBe(true);
    expect(completedSince(sim, sim.now - 1000).size).toBe(2);
  });

  it("replays a seed identically", () => {
    const run = () => {
      const sim = new SeqSim({ seed: 9, nodes: 3 });
      sim.setFaults(0, 1, { lossRate: 0.2, jitterMs: 3 });
      sim.scheduler.at(500, () => sim.crash(0));
      sim.scheduler.at(900, () => sim.restart(0));
      sim.runFor(2000);
      return JSON.stringify(sim.history.entries);
    };
    expect(run()).toBe(run());
  });

  itPassesSeeds(
    "crashes, restarts, partitions, loss, duplication and reordering: no duplicate, no real-time disorder, service resumes",
    SEEDS,
    runSeed,
  );
});
