/** The fault schedules of the sequence service's seeds in the whole-node sim (test/sim/seq.test.ts). */
import { checkHistory } from "../../peers/seq/history.js";
import { SeqCluster } from "../../peers/seq/sim/seq-cluster.js";

const FAULTY_MS = 2500;
const SETTLE_MS = 3000;
/** Callers pause up to this long between calls: faults, not throughput, are what the seeds are for. */
const THINK_MS = 100;

/** A cluster of 3 or 5 nodes with loss, duplication and jitter on some of its links. */
function cluster(seed: number, fabrics: number): { c: SeqCluster; nodes: number } {
  const nodes = seed % 4 === 0 ? 5 : 3;
  const c = new SeqCluster({
    seed,
    nodes,
    fabrics,
    depth: 1 + (seed % 2),
    thinkMs: THINK_MS,
    blockSize: 64 + (seed % 7) * 100,
  });
  degradeSome(c, nodes);
  return { c, nodes };
}

/** After the faults: everything healed and restarted, the service must resume on every node. */
function settle(c: SeqCluster, nodes: number): string[] {
  c.runUntil(FAULTY_MS);
  for (let a = 0; a < nodes; a++) {
    c.restart(a);
    c.recover(a);
    for (let b = 0; b < nodes; b++) if (a !== b) for (let f = 0; f < c.fabrics; f++) c.heal(a, b, f);
  }
  c.runFor(SETTLE_MS);
  const problems: string[] = [];
  const result = checkHistory(c.history.entries);
  if (!result.ok) {
    problems.push(
      JSON.stringify({
        completed: result.completed,
        duplicates: result.duplicates.slice(0, 2),
        order: result.orderViolations.slice(0, 2),
      }),
    );
  }
  const recent = c.completedSince(c.now - 1000);
  for (let i = 0; i < nodes; i++) {
    if ((recent.get(c.id(i)) ?? 0) === 0) problems.push(`${c.id(i)} got no number in the last second`);
  }
  return problems;
}

/** Loss, duplication and jitter on some links, for the whole run. */
function degradeSome(c: SeqCluster, nodes: number): void {
  const { rng } = c.sim;
  for (let from = 0; from < nodes; from++) {
    for (let to = 0; to < nodes; to++) {
      if (from === to || !rng.chance(0.4)) continue;
      c.degrade(from, to, {
        lossRate: rng.next() * 0.1,
        duplicateRate: rng.next() * 0.1,
        jitterMs: rng.next() * 5,
      });
    }
  }
}

export function runSeed(seed: number): string[] {
  const { c, nodes } = cluster(seed, 1);
  const { rng } = c.sim;
  for (let k = 1 + rng.int(3); k > 0; k--) {
    const victim = rng.int(nodes);
    const start = rng.next() * FAULTY_MS;
    if (rng.chance(0.7)) {
      c.at(start, () => c.crash(victim));
      c.at(start + 50 + rng.next() * 1000, () => c.restart(victim));
    } else {
      c.at(start, () => c.rebootHost(victim));
    }
  }
  if (rng.chance(0.3)) {
    const victim = rng.int(nodes);
    const start = rng.next() * FAULTY_MS;
    c.at(start, () => c.hang(victim));
    c.at(start + 100 + rng.next() * 1200, () => c.recover(victim));
  }
  if (rng.chance(0.5)) {
    // Cut one node off from all others for a while (often the primary).
    const start = rng.next() * FAULTY_MS;
    c.at(start, () => {
      const layout = c.anyLayout();
      const victim =
        layout !== undefined && rng.chance(0.7) ? Number(layout.primary.slice(1)) : rng.int(nodes);
      for (let other = 0; other < nodes; other++) if (other !== victim) c.cut(victim, other, true);
      c.at(start + 200 + rng.next() * 1500, () => {
        for (let other = 0; other < nodes; other++) if (other !== victim) c.heal(victim, other);
      });
    });
  }
  if (rng.chance(0.3)) {
    // A one-way cut between two nodes.
    const [a, b] = [rng.int(nodes), rng.int(nodes)];
    if (a !== b) {
      const start = rng.next() * FAULTY_MS;
      c.at(start, () => c.cut(a, b, false));
      c.at(start + rng.next() * 1000, () => c.heal(a, b));
    }
  }
  return settle(c, nodes);
}

/** A duplicate fabric: either fabric is cut (between some or all nodes) and healed, under crashes and loss. */
export function runFabricSeed(seed: number): string[] {
  const { c, nodes } = cluster(seed, 2);
  const { rng } = c.sim;
  for (let round = 1 + rng.int(3); round > 0; round--) {
    const fabric = rng.chance(0.6) ? 0 : 1;
    const start = rng.next() * FAULTY_MS;
    const pairs: [number, number][] = [];
    for (let a = 0; a < nodes; a++)
      for (let b = a + 1; b < nodes; b++) if (rng.chance(0.6)) pairs.push([a, b]);
    c.at(start, () => {
      for (const [a, b] of pairs) c.cut(a, b, true, fabric);
    });
    c.at(start + 100 + rng.next() * 1500, () => {
      for (const [a, b] of pairs) c.heal(a, b, fabric);
    });
  }
  if (rng.chance(0.5)) {
    const victim = rng.int(nodes);
    const start = rng.next() * FAULTY_MS;
    c.at(start, () => c.crash(victim));
    c.at(start + 50 + rng.next() * 1000, () => c.restart(victim));
  }
  return settle(c, nodes);
}
