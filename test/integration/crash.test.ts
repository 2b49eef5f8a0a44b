import { afterEach, describe, expect, it } from "vitest";
import { TestCluster } from "../support/cluster.js";

describe("a node killed in the middle of the handshake", () => {
  let cluster: TestCluster | undefined;
  afterEach(async () => {
    await cluster?.stop();
    cluster = undefined;
  });

  it.each(["R1", "W1", "R2", "W2"])(
    "SIGKILLed during %s, restarted: both end connected to the new boot",
    async (step) => {
      cluster = await TestCluster.create({ nodes: 2 });
      const c = cluster;
      c.startNode("a");
      // b kills itself with SIGKILL while its `step` is on the wire.
      const first = c.startNode("b", ["--crash-at", step]);
      await c.until(() => first.exited, "b to die");
      expect(first.child.signalCode).toBe("SIGKILL");
      expect(
        first.records.some((r) => r.event === "handshake-step" && r.step === step && r.ok === true),
      ).toBe(false);
      const deadBoot = first.records.find(
        (r) => r.event === "boot-phase" && r.phase === "connection-manager",
      )?.bootIncarnation;

      c.startNode("b");
      const [readyA, readyB] = await Promise.all([c.waitReady("a", "b"), c.waitReady("b", "a")]);
      expect(readyA.sessionId).toBe(readyB.sessionId);
      const statusA = await c.status("a");
      const statusB = await c.status("b");
      expect(statusB.bootIncarnation).not.toBe(deadBoot);
      // a pairs with the restarted b, never with the boot that died mid-handshake.
      expect(statusA.partners[0]).toMatchObject({ state: "ready", partnerBoot: statusB.bootIncarnation });
      expect(statusA.partners[0]?.sessionId).toBe(statusB.partners[0]?.sessionId);
    },
  );
});
