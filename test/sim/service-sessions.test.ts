/**
 * Service sessions and node resets in the whole-node sim: a service's pushes reach its SimCaller
 * in order, a caller's close reaches the service in the next event, once; a service's reset
 * reboots its node in the next event with services built afresh, and its partner pairs with the
 * new boot.
 */
import { describe, expect, it } from "vitest";
import { ClusterSim } from "../../ccm/sim/cluster-sim.js";
import { SimCaller } from "../../ccm/sim/sim-caller.js";
import {
  eventIndex,
  SESSION_SERVICE,
  SessionTestService,
  sessionCommand,
} from "../support/session-service.js";

const SETTLE_MS = 2000;

function cluster(seed: number) {
  const built: SessionTestService[][] = [[], []];
  const resets: string[] = [];
  const sim = new ClusterSim({
    seed,
    nodes: 2,
    services: (node) => {
      const service = new SessionTestService();
      built[node]?.push(service);
      return [service];
    },
    onReset: (node, reason) => resets.push(`${node}: ${reason}`),
  });
  sim.runFor(SETTLE_MS);
  const latest = (node: number) => built[node]?.at(-1) as SessionTestService;
  return { sim, built, resets, latest };
}

const noReply = (result: Uint8Array | Error) => {
  if (result instanceof Error) throw result;
};

describe("service sessions in the sim", () => {
  it("delivers a service's pushes to its caller in order, and its close once, in the next event", () => {
    const { sim, latest } = cluster(1);
    const caller = new SimCaller(7);
    sim.callService(
      0,
      SESSION_SERVICE,
      sessionCommand({ op: "subscribe", count: 5, bytes: 8 }),
      noReply,
      caller,
    );
    sim.runFor(1);
    expect(caller.pushed.map(eventIndex)).toEqual([0, 1, 2, 3, 4]);
    const service = latest(0);
    caller.close();
    expect(service.closes.get(7)).toBeUndefined();
    sim.runFor(1);
    expect(service.closes.get(7)).toBe(1);
    caller.close();
    sim.runFor(1);
    expect(service.closes.get(7)).toBe(1);
    // A closed caller takes no pushes.
    sim.callService(0, SESSION_SERVICE, sessionCommand({ op: "broadcast" }), noReply);
    sim.runFor(1);
    expect(service.pushes.get(7)?.at(-1)).toBe(false);
    expect(caller.pushed).toHaveLength(5);
  });

  it("closes a caller that reads too slowly: its push fails and the service hears it", () => {
    const { sim, latest } = cluster(2);
    const slow = new SimCaller(9, 3);
    sim.callService(
      0,
      SESSION_SERVICE,
      sessionCommand({ op: "stream", count: 100, bytes: 8 }),
      noReply,
      slow,
    );
    sim.runFor(10);
    expect(slow.closed).toBe(true);
    expect(latest(0).pushes.get(9)).toEqual([true, true, true, false]);
    expect(latest(0).closes.get(9)).toBe(1);
  });
});

describe("a service resets its node in the sim", () => {
  it("reboots the node in the next event, once, with fresh services; the partner pairs with the new boot", () => {
    const { sim, built, resets, latest } = cluster(3);
    const old = latest(0);
    const oldBoot = sim.boot(0);
    const caller = new SimCaller(1);
    sim.callService(
      0,
      SESSION_SERVICE,
      sessionCommand({ op: "subscribe", count: 1, bytes: 8 }),
      noReply,
      caller,
    );
    const reset = sessionCommand({ op: "reset", reason: "critical daemon failed" });
    sim.callService(0, SESSION_SERVICE, reset, noReply);
    sim.callService(0, SESSION_SERVICE, sessionCommand({ op: "reset", reason: "again" }), noReply);
    // Never inside the service's call.
    expect(sim.boot(0)).toBe(oldBoot);
    expect(old.stopped).toBe(false);
    sim.runFor(SETTLE_MS);
    expect(resets).toEqual(["0: critical daemon failed"]);
    expect(sim.resets).toEqual([
      expect.objectContaining({ node: 0, boot: oldBoot, reason: "critical daemon failed" }),
    ]);
    expect(sim.boot(0)).not.toBe(oldBoot);
    expect(old.stopped).toBe(true);
    expect(built[0]).toHaveLength(2);
    expect(latest(0)).not.toBe(old);
    expect(sim.service(0, SESSION_SERVICE)).toBe(latest(0));
    // The node's connections closed with the boot; the old service, stopped, hears nothing.
    expect(caller.closed).toBe(true);
    expect(old.closes.size).toBe(0);
    // The partner sees the new boot ready.
    const newBoot = sim.boot(0);
    expect(
      sim.events.some(
        (e) => e.node === 1 && e.event.type === "partner-ready" && e.event.partnerBoot === newBoot,
      ),
    ).toBe(true);
    // The new boot serves calls.
    const again = new SimCaller(2);
    sim.callService(
      0,
      SESSION_SERVICE,
      sessionCommand({ op: "subscribe", count: 2, bytes: 8 }),
      noReply,
      again,
    );
    sim.runFor(1);
    expect(again.pushed.map(eventIndex)).toEqual([0, 1]);
  });

  it("is deterministic: the same seed gives the same history", () => {
    const run = () => {
      const { sim } = cluster(4);
      sim.callService(0, SESSION_SERVICE, sessionCommand({ op: "reset", reason: "x" }), noReply);
      sim.runFor(SETTLE_MS);
      return JSON.stringify({ events: sim.events, resets: sim.resets }, (_k, v) =>
        typeof v === "bigint" ? v.toString() : v instanceof Uint8Array ? [...v] : v,
      );
    };
    expect(run()).toBe(run());
  });
});
