import { describe, expect, it } from "vitest";
import { decodeSlot } from "../../ccm/mailbox-layout.js";
import { BootSim } from "../../ccm/sim/boot-sim.js";

const SEEDS = 1000;
const FAULTY_UNTIL_MS = 4000;
const SETTLE_MS = 6000;

/** Runs one seed's boot interleaving, faults, crashes and restarts; returns what went wrong. */
function runBootSeed(seed: number): string[] {
  const nodes = seed % 5 === 0 ? 3 : 2;
  const sim = new BootSim({ seed, nodes });
  const { fabric } = sim;
  const rng = fabric.rng;
  const addresses = Array.from({ length: nodes }, (_, i) => sim.address(i));

  // Boot interleavings: some nodes come up late, up to three seconds after the others.
  for (let i = 0; i < nodes; i++) {
    if (!rng.chance(0.7)) continue;
    sim.crash(i);
    fabric.scheduler.at(rng.next() * 3000, () => sim.restart(i));
  }
  // Link faults and partitions while the handshakes run.
  for (const from of addresses) {
    for (const to of addresses) {
      if (from === to || !rng.chance(0.5)) continue;
      fabric.setFaults(from, to, {
        lossRate: rng.next() * 0.1,
        duplicateRate: rng.next() * 0.1,
        jitterMs: rng.next() * 3,
      });
    }
  }
  if (rng.chance(0.3)) {
    const [a, b] = [rng.pick(addresses), rng.pick(addresses)];
    const start = rng.next() * FAULTY_UNTIL_MS;
    if (a !== b) {
      fabric.scheduler.at(start, () => {
        fabric.setFaults(a, b, { partitioned: true });
        fabric.setFaults(b, a, { partitioned: true });
      });
    }
  }
  // Host reboots under a running card, often in the middle of a handshake step.
  for (let k = rng.int(3); k > 0; k--) {
    const victim = rng.int(nodes);
    fabric.scheduler.at(rng.next() * FAULTY_UNTIL_MS, () => sim.rebootHost(victim));
  }
  // False alarms: a node declares a live partner down and starts a new attempt toward it.
  for (let k = rng.int(3); k > 0; k--) {
    const [node, partner] = [rng.int(nodes), rng.int(nodes)];
    if (node !== partner)
      fabric.scheduler.at(rng.next() * FAULTY_UNTIL_MS, () => sim.declareDown(node, partner));
  }
  // Crashes and restarts, often in the middle of a handshake step.
  for (let k = rng.int(3); k > 0; k--) {
    const victim = rng.int(nodes);
    const at = rng.next() * FAULTY_UNTIL_MS;
    fabric.scheduler.at(at, () => sim.isUp(victim) && sim.crash(victim));
    fabric.scheduler.at(at + rng.next() * 500, () => !sim.isUp(victim) && sim.restart(victim));
  }

  fabric.runUntil(FAULTY_UNTIL_MS);
  for (const from of addresses) for (const to of addresses) if (from !== to) fabric.setFaults(from, to, {});
  for (let i = 0; i < nodes; i++) if (!sim.isUp(i)) sim.restart(i);
  fabric.runFor(SETTLE_MS);

  const problems: string[] = [];
  for (const event of sim.events) {
    if (event.action.type !== "connected") continue;
    const { partnerId, partnerBoot, sessionId, selfId } = event.action;
    const pair = `${event.node}->${event.partner}`;
    // 1. Only a partner attempt that itself confirmed this very session may be paired with. (It may
    //    have died since: a host can reboot right after its CONFIRM left the card, as it can right
    //    after connecting; heartbeats and its next hello end such a session.)
    const confirmedByPartner = sim.events.some(
      (e) =>
        e.node === event.partner &&
        e.partner === event.node &&
        e.at <= event.at &&
        e.action.type === "write" &&
        e.action.step === "W2" &&
        decodeSlot(e.action.data)?.writerId === partnerId &&
        decodeSlot(e.action.data)?.targetId === selfId &&
        decodeSlot(e.action.data)?.sessionId === sessionId,
    );
    if (!confirmedByPartner) problems.push(`${pair} paired with ${partnerId}, which never confirmed`);
    // 2. Claim 1's order for this attempt: R1 (retried), W1, R2 (polled), W2; once more R2, W2 for
    //    each new attempt of the partner followed.
    const steps = sim.events
      .filter(
        (e) =>
          e.node === event.node &&
          e.partner === event.partner &&
          e.selfId === selfId &&
          e.at <= event.at &&
          (e.action.type === "read" || e.action.type === "write"),
      )
      .map((e) => (e.action as { step: string }).step)
      .join(" ");
    if (!/^(R1 )+W1( R2)+ W2(( R2)+ W2)*$/.test(steps))
      problems.push(`${pair} steps out of order: ${steps.slice(0, 60)}`);
    // 3. Mutual: the partner reports the same session, unless one of the two boots ended.
    const matched = sim.events.some(
      (e) =>
        e.node === event.partner &&
        e.partner === event.node &&
        e.action.type === "connected" &&
        e.action.sessionId === sessionId,
    );
    const ended = sim.boot(event.partner) !== partnerBoot || sim.boot(event.node) !== event.selfBoot;
    if (!matched && !ended) problems.push(`${pair} one-sided session`);
  }
  for (let a = 0; a < nodes; a++) {
    for (let b = 0; b < nodes; b++) {
      if (a === b) continue;
      const mine = sim.handshake(a, b)?.session;
      const theirs = sim.handshake(b, a)?.session;
      if (mine === undefined) {
        problems.push(`${a}->${b} not connected at the end (${sim.handshake(a, b)?.phase})`);
        continue;
      }
      if (mine.partnerBoot !== sim.boot(b)) problems.push(`${a}->${b} paired with a stale boot`);
      if (theirs !== undefined && (mine.sessionId !== theirs.sessionId || mine.version !== theirs.version)) {
        problems.push(`${a}<->${b} disagree on the session`);
      }
    }
  }
  return problems;
}

describe("sim: the boot handshake", () => {
  it("connects a pair booting together, R1 -> W1 -> R2 -> W2, both with the same session", () => {
    const sim = new BootSim({ seed: 7, nodes: 2 });
    sim.fabric.runUntil(1000);
    const a = sim.handshake(0, 1)?.session;
    const b = sim.handshake(1, 0)?.session;
    expect(a).toBeDefined();
    expect(a?.sessionId).toBe(b?.sessionId);
    expect(a?.partnerBoot).toBe(sim.boot(1));
    const first = sim.events.find((e) => e.node === 0 && e.action.type === "read");
    expect(first?.action).toMatchObject({ step: "R1", address: 0x1000 });
  });

  it("agrees on the highest common version, and refuses a pair with none", () => {
    const common = new BootSim({
      seed: 3,
      nodes: 2,
      versions: [
        [1, 3],
        [2, 5],
      ],
    });
    common.fabric.runUntil(1000);
    expect(common.handshake(0, 1)?.session?.version).toBe(3);
    expect(common.handshake(1, 0)?.session?.version).toBe(3);

    const apart = new BootSim({
      seed: 3,
      nodes: 2,
      versions: [
        [1, 1],
        [2, 3],
      ],
    });
    apart.fabric.runUntil(3000);
    expect(apart.handshake(0, 1)?.phase).toBe("incompatible");
    expect(apart.handshake(1, 0)?.phase).toBe("incompatible");
    expect(apart.events.filter((e) => e.action.type === "version-mismatch").length).toBeGreaterThanOrEqual(2);
    expect(apart.events.some((e) => e.action.type === "connected")).toBe(false);
  });

  it(`${SEEDS} seeds of boot interleavings, faults, crashes and restarts: every pair ends connected, never to a stale incarnation`, () => {
    const failing: string[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const problems = runBootSeed(seed);
      if (problems.length > 0) failing.push(`seed ${seed}: ${problems.slice(0, 2).join("; ")}`);
    }
    expect(failing).toEqual([]);
  });
});
