import { describe, expect, it } from "vitest";
import { FabricPolicy, type FabricPolicyOutput } from "../../ccm/fabric-policy.js";
import type { ManagerEvent } from "../../ccm/manager-events.js";
import { CompletionStatus } from "../../rdma-emu/index.js";

const READY: ManagerEvent = {
  type: "partner-ready",
  partner: "b",
  version: 1,
  sessionId: 7,
  partnerBoot: 11,
};
/** What clients hear of READY (the partner's boot is the node's business). */
const TOLD = { type: "partner-ready", partner: "b", version: 1, sessionId: 7 };
const DOWN: ManagerEvent = { type: "partner-down", partner: "b", reason: "gone" };
const UP: ManagerEvent = { type: "channel-up", client: "x", partner: "b", ports: 1, remoteMemoryBytes: 64 };
const CLOSED: ManagerEvent = { type: "channel-down", client: "x", partner: "b", reason: "gone" };

function on(policy: FabricPolicy, fabric: number, event: ManagerEvent): FabricPolicyOutput[] {
  return policy.handle({ type: "manager-event", fabric, event }, 0);
}

describe("FabricPolicy", () => {
  it("tells clients of the first fabric to bring a partner and a channel up, and of the last to lose them", () => {
    const policy = new FabricPolicy(2);
    expect(on(policy, 1, READY)).toEqual([{ type: "client-event", client: undefined, event: TOLD }]);
    expect(on(policy, 0, READY)).toEqual([]);
    expect(on(policy, 1, UP)).toMatchObject([
      { type: "client-event", client: "x", event: { type: "channel-up" } },
    ]);
    expect(on(policy, 0, UP)).toEqual([]);
    expect(on(policy, 1, CLOSED)).toEqual([]);
    expect(on(policy, 1, DOWN)).toEqual([]);
    expect(on(policy, 0, CLOSED)).toMatchObject([{ client: "x", event: { type: "channel-down" } }]);
    expect(on(policy, 0, DOWN)).toEqual([{ type: "client-event", client: undefined, event: DOWN }]);
  });

  it("routes a request over the first fabric whose channel is up, then the others", () => {
    const policy = new FabricPolicy(2);
    expect(policy.fabricsFor("x", "b")).toEqual([0, 1]);
    on(policy, 1, UP);
    expect(policy.fabricsFor("x", "b")).toEqual([1, 0]);
    on(policy, 0, UP);
    expect(policy.fabricsFor("x", "b")).toEqual([0, 1]);
    on(policy, 1, READY);
    expect(policy.statusFabrics("b")).toEqual([1, 0]);
  });

  it("gives a fabric up toward a partner when it let a request down, only with another fabric to take over", () => {
    const failed = (readyOn: number[], status: CompletionStatus) => {
      const policy = new FabricPolicy(2);
      for (const fabric of readyOn) on(policy, fabric, READY);
      return policy.handle(
        { type: "request-failed", fabric: 0, partner: "b", status, detail: "no answer" },
        0,
      );
    };
    expect(failed([0, 1], CompletionStatus.RETRY_EXC)).toMatchObject([
      { type: "give-up", fabric: 0, partner: "b" },
    ]);
    expect(failed([0, 1], CompletionStatus.REM_ACCESS_ERR)).toEqual([]);
    // The only fabric with a session: one lost request is no verdict on the partner.
    expect(failed([0], CompletionStatus.RETRY_EXC)).toEqual([]);
  });

  it("takes a session to the partner's new boot on one fabric for a restart: the old session goes, clients hear down then up", () => {
    const policy = new FabricPolicy(2);
    on(policy, 0, READY);
    on(policy, 1, READY);
    on(policy, 0, UP);
    on(policy, 1, UP);
    on(policy, 0, DOWN);
    on(policy, 0, CLOSED);
    const reborn = { ...READY, sessionId: 9, partnerBoot: 12 } as ManagerEvent;
    expect(on(policy, 0, reborn)).toMatchObject([
      { type: "client-event", client: "x", event: { type: "channel-down", partner: "b" } },
      { type: "give-up", fabric: 1, partner: "b" },
      { type: "client-event", client: undefined, event: { type: "partner-down", partner: "b" } },
      { type: "client-event", client: undefined, event: { type: "partner-ready", sessionId: 9 } },
    ]);
    // The old session's own ending, once given up, tells clients nothing more.
    expect(on(policy, 1, CLOSED)).toEqual([]);
    expect(on(policy, 1, DOWN)).toEqual([]);
    expect(on(policy, 0, UP)).toMatchObject([{ client: "x", event: { type: "channel-up" } }]);
  });

  it("tells a client that registers late the partners and channels that are up", () => {
    const policy = new FabricPolicy(2);
    on(policy, 1, READY);
    on(policy, 1, UP);
    const { client: _, ...channel } = UP as Extract<ManagerEvent, { type: "channel-up" }>;
    expect(policy.handle({ type: "client-registered", client: "x" }, 0)).toEqual([
      { type: "client-event", client: "x", event: TOLD },
      { type: "client-event", client: "x", event: channel },
    ]);
  });
});
