/** The fault schedules of the membership and group seeds in the whole-node sim (test/sim/group.test.ts). */
import { checkDeliveries } from "../../peers/group/delivery-checker.js";
import { GroupCluster } from "../../peers/group/sim/group-cluster.js";

const FAULTY_MS = 1500;
/** Everything healed and restarted: time for views, recoveries and rejoins. */
const SETTLE_MS = 2000;
/** The instances stop sending: time for what is in flight to be delivered everywhere. */
const QUIET_MS = 600;

export function runGroupSeed(seed: number): string[] {
  const nodes = seed % 3 === 0 ? 5 : 3;
  const c = new GroupCluster({ seed, nodes, instances: 1 + (seed % 2), criticalRate: 0.1, thinkMs: 300 });
  const { rng } = c.sim;
  const at = (time: number, run: () => void) => c.sim.scheduler.at(time, run);
  for (let from = 0; from < nodes; from++) {
    for (let to = 0; to < nodes; to++) {
      if (from === to || !rng.chance(0.3)) continue;
      c.sim.setFaults(from, to, {
        lossRate: rng.next() * 0.1,
        duplicateRate: rng.next() * 0.1,
        jitterMs: rng.next() * 5,
      });
    }
  }
  for (let k = rng.int(3); k > 0; k--) {
    const victim = rng.int(nodes);
    const start = rng.next() * FAULTY_MS;
    const roll = rng.next();
    if (roll < 0.5) {
      at(start, () => c.sim.isUp(victim) && c.sim.crash(victim));
      at(start + 50 + rng.next() * 800, () => !c.sim.isUp(victim) && c.sim.restart(victim));
    } else if (roll < 0.75) {
      at(start, () => c.sim.rebootHost(victim));
    } else {
      at(start, () => c.sim.hang(victim));
      at(start + 50 + rng.next() * 800, () => c.sim.recover(victim));
    }
  }
  if (rng.chance(0.4)) {
    // A partition: a minority cut off from the rest both ways, then healed.
    const minority = nodes === 5 && rng.chance(0.5) ? [rng.int(nodes), rng.int(nodes)] : [rng.int(nodes)];
    const start = rng.next() * FAULTY_MS;
    const pairs: [number, number][] = [];
    for (const a of minority) for (let b = 0; b < nodes; b++) if (!minority.includes(b)) pairs.push([a, b]);
    at(start, () => {
      for (const [a, b] of pairs) c.cut(a, b);
    });
    at(start + 100 + rng.next() * 1200, () => {
      for (const [a, b] of pairs) c.heal(a, b);
    });
  }
  if (rng.chance(0.3)) {
    // A one-way cut.
    const [a, b] = [rng.int(nodes), rng.int(nodes)];
    const start = rng.next() * FAULTY_MS;
    if (a !== b) {
      at(start, () => c.sim.setFaults(a, b, { partitioned: true }));
      at(start + rng.next() * 800, () => c.sim.setFaults(a, b, {}));
    }
  }
  if (rng.chance(0.4)) {
    // An instance dies without unregistering (a critical one takes its node down).
    at(rng.next() * FAULTY_MS, () => {
      const alive = c.apps.filter((a) => a.member && !a.caller.closed);
      if (alive.length > 0) c.kill(rng.pick(alive));
    });
  }
  c.sim.runUntil(FAULTY_MS);
  for (let a = 0; a < nodes; a++) {
    if (!c.sim.isUp(a)) c.sim.restart(a);
    c.sim.recover(a);
    for (let b = 0; b < nodes; b++) if (a !== b) c.sim.setFaults(a, b, {});
  }
  c.runFor(SETTLE_MS);
  c.quiet = true;
  c.runFor(QUIET_MS);
  c.finish();
  return problems(c, nodes);
}

function problems(c: GroupCluster, nodes: number): string[] {
  const found = checkDeliveries(c.records).map((v) => `${v.type}: ${v.detail}`);
  const views = new Set<string>();
  for (let i = 0; i < nodes; i++) {
    const membership = c.membership(i)?.node;
    const group = c.group(i)?.node;
    const view = membership?.view;
    if (view === undefined || view.members.length !== nodes)
      found.push(`n${i} is not in a view of every node`);
    else views.add(`${view.id}`);
    if (group?.serving !== true) found.push(`n${i}'s group daemon does not serve`);
  }
  if (views.size > 1) found.push(`the nodes are in views ${[...views].join(", ")}`);
  const current = c.apps.filter((a) => c.sim.isUp(a.node) && !a.caller.closed);
  for (const app of current) if (!app.member) found.push(`an instance on n${app.node} is not registered`);
  return found;
}
