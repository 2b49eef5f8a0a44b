import { describe, expect, it } from "vitest";
import type { ClientRequest } from "../../ccm/client-registry.js";
import { SlotPhase } from "../../ccm/mailbox-layout.js";
import { ClusterSim } from "../../ccm/sim/cluster-sim.js";
import { itPassesSeeds } from "../support/seeds.js";

const SEEDS = 1000;
const FAULTY_UNTIL_MS = 4000;
const SETTLE_MS = 6000;

const X: ClientRequest = { name: "x", ports: 2, memoryBytes: 4096, monitor: false };
const Y: ClientRequest = { name: "y", ports: 1, memoryBytes: 0, monitor: false };
/** Every node has client x; odd nodes also y (so y pairs only between odd nodes). */
const clientsOf = (node: number) => (node % 2 === 1 ? [X, Y] : [X]);

/** Runs one seed's boot interleaving, faults, crashes and restarts; returns what went wrong. */
function runSeed(seed: number): string[] {
  const nodes = seed % 5 === 0 ? 3 : 2;
  const sim = new ClusterSim({ seed, nodes, clients: clientsOf });
  const { fabric } = sim;
  const rng = fabric.rng;
  const all = Array.from({ length: nodes }, (_, i) => i);
  const cards = all.map((i) => 0x0a0001 + i);
  const at = (time: number, run: () => void) => fabric.scheduler.at(time, run);

  // Boot interleavings: some nodes come up late, up to three seconds after the others.
  for (const i of all) {
    if (!rng.chance(0.7)) continue;
    sim.crash(i);
    at(rng.next() * 3000, () => sim.restart(i));
  }
  // Link faults and partitions while the handshakes run.
  for (const from of cards) {
    for (const to of cards) {
      if (from === to || !rng.chance(0.5)) continue;
      fabric.setFaults(from, to, {
        lossRate: rng.next() * 0.1,
        duplicateRate: rng.next() * 0.1,
        jitterMs: rng.next() * 3,
      });
    }
  }
  if (rng.chance(0.3)) {
    const [a, b] = [rng.pick(cards), rng.pick(cards)];
    if (a !== b) {
      at(rng.next() * FAULTY_UNTIL_MS, () => {
        fabric.setFaults(a, b, { partitioned: true });
        fabric.setFaults(b, a, { partitioned: true });
      });
    }
  }
  for (let k = rng.int(3); k > 0; k--) {
    const victim = rng.int(nodes);
    // Host reboots under a running card, often in the middle of a handshake step.
    at(rng.next() * FAULTY_UNTIL_MS, () => sim.rebootHost(victim));
  }
  for (let k = rng.int(3); k > 0; k--) {
    const victim = rng.int(nodes);
    const start = rng.next() * FAULTY_UNTIL_MS;
    // A hung OS (the card serves on), then recovery.
    at(start, () => sim.hang(victim));
    at(start + rng.next() * 1500, () => sim.recover(victim));
  }
  for (let k = rng.int(3); k > 0; k--) {
    const [node, partner] = [rng.int(nodes), rng.int(nodes)];
    // False alarms: a node declares a live partner down and starts a new attempt toward it.
    if (node !== partner) at(rng.next() * FAULTY_UNTIL_MS, () => sim.declareDown(node, partner));
  }
  for (let k = rng.int(3); k > 0; k--) {
    const node = rng.int(nodes);
    const start = rng.next() * FAULTY_UNTIL_MS;
    // Clients leave and come back.
    at(start, () => sim.detach(node, "x"));
    at(start + rng.next() * 500, () => sim.attach(node, X));
  }
  for (let k = rng.int(3); k > 0; k--) {
    const victim = rng.int(nodes);
    const start = rng.next() * FAULTY_UNTIL_MS;
    // Crashes and restarts, often in the middle of a handshake step.
    at(start, () => sim.isUp(victim) && sim.crash(victim));
    at(start + rng.next() * 500, () => !sim.isUp(victim) && sim.restart(victim));
  }

  fabric.runUntil(FAULTY_UNTIL_MS);
  for (const from of cards) for (const to of cards) if (from !== to) fabric.setFaults(from, to, {});
  for (const i of all) {
    sim.recover(i);
    if (!sim.isUp(i)) sim.restart(i);
    // Clients that left and have not come back yet come back now.
    sim.attach(i, X);
  }
  fabric.runFor(SETTLE_MS);

  const problems: string[] = [];
  const index = (id: string) => Number(id.slice(1));
  for (const { at: when, node, boot, event } of sim.events) {
    if (event.type !== "session-connected") continue;
    const partner = index(event.partner);
    const pair = `${node}->${partner}`;
    // 1. Only a partner attempt that itself confirmed this very session toward us may be paired
    //    with, as the partner's completed RDMA WRITEs show. (It may have died since.)
    const confirmed = sim.slotWrites.some(
      (w) =>
        w.node === partner &&
        w.at <= when &&
        w.record.phase === SlotPhase.CONFIRM &&
        w.record.writerId === event.partnerId &&
        w.record.targetId === event.selfId &&
        w.record.sessionId === event.sessionId,
    );
    if (!confirmed) problems.push(`${pair} paired with ${event.partnerId}, which never confirmed`);
    // 2. Claim 1's order for this attempt: R1, W1, R2, W2; once more R2, W2 for each new attempt
    //    of the partner it followed.
    const steps = sim.events
      .filter(
        (e) =>
          e.node === node &&
          e.at <= when &&
          e.event.type === "handshake-step" &&
          e.event.ok &&
          e.event.partner === event.partner &&
          e.event.selfId === event.selfId,
      )
      .map((e) => (e.event as { step: string }).step)
      .join(" ");
    if (!/^R1 W1 R2 W2( R2 W2)*$/.test(steps))
      problems.push(`${pair} steps out of order: ${steps.slice(0, 60)}`);
    // 3. Mutual: the partner reports the same session, unless one of the two boots ended, or the
    //    partner's confirmation completed with an error (applied, but its acknowledgement lost:
    //    the partner moved on to a new attempt, whose record ends this session when it arrives).
    const matched = sim.events.some(
      (e) =>
        e.node === partner && e.event.type === "session-connected" && e.event.sessionId === event.sessionId,
    );
    const ended = sim.boot(partner) !== event.partnerBoot || sim.boot(node) !== boot;
    const confirmationFailed = sim.events.some(
      (e) =>
        e.node === partner &&
        e.event.type === "handshake-step" &&
        e.event.step === "W2" &&
        !e.event.ok &&
        e.event.selfId === event.partnerId,
    );
    if (!matched && !ended && !confirmationFailed) problems.push(`${pair} one-sided session`);
  }
  // At the end every pair is connected, to the current boots, agreeing, ready, channels up.
  for (const a of all) {
    for (const b of all) {
      if (a === b) continue;
      const mine = sim.manager(a)?.partner(sim.id(b));
      const theirs = sim.manager(b)?.partner(sim.id(a));
      const session = mine?.established;
      if (mine === undefined || session === undefined) {
        problems.push(`${a}->${b} not connected at the end (${mine?.handshake.phase})`);
        continue;
      }
      if (session.partnerBoot !== sim.boot(b)) problems.push(`${a}->${b} paired with a stale boot`);
      const other = theirs?.established;
      if (
        other !== undefined &&
        (session.sessionId !== other.sessionId || session.version !== other.version)
      ) {
        problems.push(`${a}<->${b} disagree on the session`);
      }
      if (!mine.ready) problems.push(`${a}->${b} connected but not ready`);
      for (const client of clientsOf(a)) {
        const shared = clientsOf(b).some((c) => c.name === client.name);
        if ((mine.channel(client.name) !== undefined) !== shared) {
          problems.push(
            `${a}->${b} channel ${client.name} ${shared ? "not up" : "up without a counterpart"}`,
          );
        }
      }
    }
  }
  if (problems.length > 0) return problems;
  // Every open channel carries a message to the counterpart, exactly once.
  for (const a of all) for (const b of all) if (a !== b) sim.sendMessage(a, "x", b, `hello from ${a}`);
  fabric.runFor(1000);
  for (const a of all) {
    for (const b of all) {
      if (a === b) continue;
      const line = `${b}/x <- n${a}:0 hello from ${a}`;
      const count = sim.delivered.filter((d) => d === line).length;
      if (count !== 1) problems.push(`${a}->${b} message delivered ${count} times`);
    }
  }
  return problems;
}

describe("sim: the connection manager", () => {
  it("connects a pair booting together, R1 -> W1 -> R2 -> W2, both with the same session, then pairs clients", () => {
    const sim = new ClusterSim({ seed: 7, nodes: 2, clients: () => [X] });
    sim.fabric.runUntil(1000);
    const a = sim.manager(0)?.partner("n1");
    const b = sim.manager(1)?.partner("n0");
    expect(a?.established?.sessionId).toBeDefined();
    expect(a?.established?.sessionId).toBe(b?.established?.sessionId);
    expect(a?.established?.partnerBoot).toBe(sim.boot(1));
    expect(a?.ready && b?.ready).toBe(true);
    const steps = sim.events.filter((e) => e.node === 0 && e.event.type === "handshake-step");
    expect(steps.map((e) => (e.event as { step: string }).step)).toEqual(["R1", "W1", "R2", "W2"]);
    expect(steps[0]?.event).toMatchObject({
      step: "R1",
      address: 0x1000,
      remoteVi: 0,
      partnerCard: 0x0a0002,
    });
    expect(a?.channel("x")).toBeDefined();
    expect(sim.events.filter((e) => e.event.type === "channel-up")).toHaveLength(2);
  });

  it("runs each step once, nothing polled: W1/W2 and a marked hello notify the partner", () => {
    const sim = new ClusterSim({ seed: 7, nodes: 2 });
    sim.fabric.runUntil(1000);
    for (const node of [0, 1]) {
      const starts = sim.events.filter((e) => e.node === node && e.event.type === "handshake-step-start");
      expect(starts.map((e) => (e.event as { step: string }).step)).toEqual(["R1", "W1", "R2", "W2"]);
      expect(sim.fabric.card(0x0a0001 + node).core.notificationsDropped).toBe(0);
    }
    const connected = sim.events.filter((e) => e.event.type === "session-connected");
    expect(connected).toHaveLength(2);
  });

  it("agrees on the highest common version, and refuses a pair with none", () => {
    const common = new ClusterSim({
      seed: 3,
      nodes: 2,
      versions: [
        [1, 3],
        [2, 5],
      ],
    });
    common.fabric.runUntil(1000);
    expect(common.manager(0)?.partner("n1")?.established?.version).toBe(3);
    expect(common.manager(1)?.partner("n0")?.established?.version).toBe(3);

    const apart = new ClusterSim({
      seed: 3,
      nodes: 2,
      versions: [
        [1, 1],
        [2, 3],
      ],
    });
    apart.fabric.runUntil(3000);
    expect(apart.manager(0)?.partner("n1")?.state).toBe("incompatible");
    expect(apart.manager(1)?.partner("n0")?.state).toBe("incompatible");
    expect(apart.events.filter((e) => e.event.type === "version-mismatch")).toHaveLength(2);
    expect(apart.events.some((e) => e.event.type === "session-connected")).toBe(false);
  });

  it("replaces the session of a partner that hung and recovered, with a new session id", () => {
    const sim = new ClusterSim({ seed: 11, nodes: 2, clients: () => [X] });
    sim.fabric.runUntil(1000);
    const before = sim.manager(0)?.partner("n1")?.established?.sessionId;
    sim.hang(1);
    sim.declareDown(0, 1);
    sim.fabric.runFor(3000);
    expect(sim.manager(0)?.partner("n1")?.established).toBeUndefined();
    sim.recover(1);
    sim.fabric.runFor(3000);
    const after = sim.manager(0)?.partner("n1")?.established?.sessionId;
    expect(after).toBeDefined();
    expect(after).not.toBe(before);
    expect(sim.manager(1)?.partner("n0")?.established?.sessionId).toBe(after);
    expect(sim.manager(0)?.partner("n1")?.channel("x")).toBeDefined();
    expect(sim.manager(1)?.partner("n0")?.channel("x")).toBeDefined();
  });

  it("replays a seed identically", () => {
    const run = () => {
      const sim = new ClusterSim({ seed: 42, nodes: 3, clients: clientsOf, trace: true });
      sim.fabric.setFaults(0x0a0001, 0x0a0002, { lossRate: 0.1, jitterMs: 2 });
      sim.fabric.runUntil(3000);
      return sim.fabric.traceLines.join("\n");
    };
    expect(run()).toBe(run());
  });

  // Seed 851 once failed the mutual-session check: a CONFIRM was applied but its acknowledgement
  // was lost to a partition, so the writer moved on to a new attempt while the reader connected.
  // The reader's session ends when the new attempt's record arrives; kept as a regression test.
  it("regression, seed 851: a confirmation applied but not acknowledged leaves no lasting one-sided session", () => {
    expect(runSeed(851)).toEqual([]);
  });

  itPassesSeeds(
    "boot interleavings, faults, hangs, crashes and restarts: every pair ends connected, never to a stale boot",
    SEEDS,
    runSeed,
  );
});
