/**
 * The application monitor in the whole-node sim: an application's check (a command the test
 * answers) keeps its instance in group "app:<name>" on the node it is active on; a failing check
 * takes it out in an unknown state (or resets the node, for a critical one), and a passing one
 * brings it back.
 */
import { describe, expect, it } from "vitest";
import type { AppCheck, CheckRunner } from "../../peers/group/app-monitor.js";
import { GroupCluster } from "../../peers/group/sim/group-cluster.js";

function appInstances(c: GroupCluster, group: string): string[] {
  return (
    c
      .group(0)
      ?.node?.groups?.list()
      .find((g) => g.name === group)
      ?.instances.map((i) => i.id) ?? []
  );
}

function checks(app: Partial<AppCheck>): {
  checks: AppCheck[];
  run: CheckRunner;
  healthy: { value: boolean };
  ran: string[];
} {
  const healthy = { value: true };
  const ran: string[] = [];
  const run: CheckRunner = (command, _timeoutMs, done) => {
    ran.push(command);
    done(healthy.value, healthy.value ? "exit 0" : "exit 1");
  };
  const check: AppCheck = {
    name: "web",
    node: "n1",
    command: "check-web",
    intervalMs: 100,
    timeoutMs: 50,
    critical: false,
    ...app,
  };
  return { checks: [check], run, healthy, ran };
}

describe("the application monitor (whole-node sim)", () => {
  it("keeps an instance while the check passes, drops it in an unknown state when it fails, brings it back", () => {
    const apps = checks({});
    const c = new GroupCluster({ seed: 31, nodes: 3, instances: 1, apps });
    c.runFor(1500);
    expect(appInstances(c, "app:web")).toHaveLength(1);
    expect(appInstances(c, "app:web")[0]).toMatch(/^n1\//);
    expect(apps.ran.length).toBeGreaterThan(5);
    apps.healthy.value = false;
    c.runFor(500);
    expect(appInstances(c, "app:web")).toEqual([]);
    expect(c.sim.resets).toEqual([]);
    apps.healthy.value = true;
    c.runFor(500);
    expect(appInstances(c, "app:web")).toHaveLength(1);
  });

  it("a critical application's failing check resets its node", () => {
    const apps = checks({ critical: true });
    const c = new GroupCluster({ seed: 32, nodes: 3, instances: 1, apps });
    c.runFor(1500);
    expect(appInstances(c, "app:web")).toHaveLength(1);
    apps.healthy.value = false;
    c.runFor(1000);
    expect(c.sim.resets.map((r) => r.node)).toEqual([1]);
    expect(c.sim.resets[0]?.reason).toMatch(/check of web failed/);
  });
});
