import { describe, expect, it } from "vitest";
import { FabricPolicy, type FabricPolicyOutput } from "../../ccm/fabric-policy.js";
import type { ManagerEvent } from "../../ccm/manager-events.js";
import { CompletionStatus } from "../../rdma-emu/index.js";

const READY: ManagerEvent = { type: "partner-ready", partner: "b", version: 1, sessionId: 7 };
const DOWN: ManagerEvent = { type: "partner-down", partner: "b", reason: "gone" };
const UP: ManagerEvent = { type: "channel-up", client: "x", partner: "b", ports: 1, remoteMemoryBytes: 64 };
const CLOSED: ManagerEvent = { type: "channel-down", client: "x", partner: "b", reason: "gone" };

function on(policy: FabricPolicy, fabric: number, event: ManagerEvent): FabricPolicyOutput[] {
  return policy.handle({ type: "manager-event", fabric, event }, 0);
}

describe("FabricPolicy", () => {
  it("tells clients of the first fabric to bring a partner and a channel up, and of the last to lose them", () => {
    const policy = new FabricPolicy(2);
    expect(on(policy, 1, READY)).toEqual([{ type: "client-event", client: undefined, event: READY }]);
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
    const failed = (fabrics: number, status: CompletionStatus) => {
      const policy = new FabricPolicy(fabrics);
      on(policy, 0, READY);
      return policy.handle(
        { type: "request-failed", fabric: 0, partner: "b", status, detail: "no answer" },
        0,
      );
    };
    expect(failed(2, CompletionStatus.RETRY_EXC)).toMatchObject([
      { type: "give-up", fabric: 0, partner: "b" },
    ]);
    expect(failed(2, CompletionStatus.REM_ACCESS_ERR)).toEqual([]);
    expect(failed(1, CompletionStatus.RETRY_EXC)).toEqual([]);
  });

  it("tells a client that registers late the partners and channels that are up", () => {
    const policy = new FabricPolicy(2);
    on(policy, 1, READY);
    on(policy, 1, UP);
    const { client: _, ...channel } = UP as Extract<ManagerEvent, { type: "channel-up" }>;
    expect(policy.handle({ type: "client-registered", client: "x" }, 0)).toEqual([
      { type: "client-event", client: "x", event: READY },
      { type: "client-event", client: "x", event: channel },
    ]);
  });
});
