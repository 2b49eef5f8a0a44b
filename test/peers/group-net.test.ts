import { describe, expect, it } from "vitest";
import { GroupNet } from "./group-net.js";

const FIVE = ["n1", "n2", "n3", "n4", "n5"];

function settle(net: GroupNet, ms: number): void {
  net.run(net.scheduler.now + ms);
}

function aliveViews(net: GroupNet): string[] {
  return net.nodes
    .filter((n) => n.up)
    .map((n) => `${n.membership.view.id}:${n.membership.view.members.map((m) => m.node).join(",")}`);
}

describe("membership and Delta cores over a network", () => {
  it("five nodes agree one view, and deliver every message in one order", () => {
    const net = new GroupNet(FIVE, 1);
    settle(net, 500);
    expect(new Set(aliveViews(net)).size).toBe(1);
    expect(net.nodes[0]?.membership.view.members.length).toBe(5);
    for (const id of FIVE) net.join(id, "g");
    settle(net, 300);
    for (let i = 0; i < 50; i++) for (const id of FIVE) net.send1(id, `${id}-${i}`);
    settle(net, 2000);
    expect(net.checkAgreement()).toEqual([]);
    const counts = net.nodes.map((n) => n.delivered.size);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeGreaterThanOrEqual(1 + 5 + 250);
  });

  it("the coordinator crashes mid-stream: survivors agree, then the node rejoins", () => {
    const net = new GroupNet(FIVE, 2);
    settle(net, 500);
    for (const id of FIVE) net.join(id, "g");
    settle(net, 300);
    for (let i = 0; i < 20; i++) for (const id of FIVE) net.send1(id, `${id}-${i}`);
    settle(net, 7);
    net.crash("n1");
    settle(net, 1500);
    expect(new Set(aliveViews(net)).size).toBe(1);
    expect(net.checkAgreement()).toEqual([]);
    net.restart("n1");
    settle(net, 1500);
    expect(new Set(aliveViews(net)).size).toBe(1);
    expect(net.nodes[0]?.membership.view.members.length).toBe(5);
    for (const id of FIVE) net.send1(id, `${id}-after`);
    settle(net, 1000);
    expect(net.checkAgreement()).toEqual([]);
    const lastOf = net.nodes.map((n) => Math.max(...n.delivered.keys()));
    expect(new Set(lastOf).size).toBe(1);
  });

  it("a minority of two installs nothing; after the heal it resets and rejoins", () => {
    const net = new GroupNet(FIVE, 3);
    settle(net, 500);
    for (const id of FIVE) net.join(id, "g");
    settle(net, 300);
    net.partition(["n4", "n5"]);
    settle(net, 1000);
    const minority = net.nodes.slice(3);
    expect(minority.every((n) => n.membership.suspended)).toBe(true);
    const majorityView = net.nodes[0]?.membership.view;
    expect(majorityView?.members.map((m) => m.node)).toEqual(["n1", "n2", "n3"]);
    net.heal();
    settle(net, 2000);
    expect(new Set(aliveViews(net)).size).toBe(1);
    expect(net.nodes[0]?.membership.view.members.length).toBe(5);
    expect(net.checkAgreement()).toEqual([]);
  });

  it("random crashes, restarts and partitions keep agreement (seeds)", () => {
    const first = Number(process.env.NET_SEED_FROM ?? 100);
    for (let seed = first; seed < first + Number(process.env.NET_SEEDS ?? 60); seed++) {
      const net = new GroupNet(FIVE, seed);
      settle(net, 400);
      for (const id of FIVE) net.join(id, "g");
      for (let step = 0; step < 30; step++) {
        for (const id of FIVE) if (net.rng.chance(0.7)) net.send1(id, `${id}-${step}`);
        const roll = net.rng.next();
        const victim = net.rng.pick(FIVE);
        if (roll < 0.08) net.crash(victim);
        else if (roll < 0.16) net.restart(victim);
        else if (roll < 0.2) net.partition([victim, net.rng.pick(FIVE)]);
        else if (roll < 0.3) net.heal();
        else if (roll < 0.35) net.join(victim, "g");
        settle(net, net.rng.int(60));
      }
      net.heal();
      for (const n of [...net.nodes]) if (!n.up) net.restart(n.id);
      settle(net, 4000);
      const errors = net.checkAgreement();
      expect(errors, `seed ${seed}\n${net.log.join("\n")}`).toEqual([]);
      expect(new Set(aliveViews(net)).size, `seed ${seed}\n${net.log.join("\n")}`).toBe(1);
      const lastOf = net.nodes.map((n) => Math.max(0, ...n.delivered.keys()));
      expect(new Set(lastOf).size, `seed ${seed} ${lastOf}`).toBe(1);
    }
  });

  it("messages lost with the channel up (a SEND given up on) delay, but never break, agreement (seeds)", () => {
    for (let seed = 500; seed < 530; seed++) {
      const net = new GroupNet(FIVE, seed, 0.03);
      settle(net, 400);
      for (const id of FIVE) net.join(id, "g");
      for (let step = 0; step < 20; step++) {
        for (const id of FIVE) if (net.rng.chance(0.7)) net.send1(id, `${id}-${step}`);
        if (net.rng.chance(0.15)) net.restart(net.rng.pick(FIVE));
        settle(net, net.rng.int(60));
      }
      settle(net, 5000);
      expect(net.checkAgreement(), `seed ${seed}`).toEqual([]);
      expect(new Set(aliveViews(net)).size, `seed ${seed}\n${net.log.join("\n")}`).toBe(1);
      const lastOf = net.nodes.map((n) => Math.max(0, ...n.delivered.keys()));
      expect(new Set(lastOf).size, `seed ${seed} ${lastOf}`).toBe(1);
    }
  });
});
