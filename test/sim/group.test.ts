import { describe, expect, it } from "vitest";
import { checkDeliveries } from "../../peers/group/delivery-checker.js";
import { GroupCluster } from "../../peers/group/sim/group-cluster.js";

function views(c: GroupCluster, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const v = c.membership(i)?.node?.view;
    out.push(v === undefined ? "down" : `${v.id}:${v.members.map((m) => m.node).join(",")}`);
  }
  return out;
}

describe("membership and groups in the whole-node sim", () => {
  it("five nodes boot into one view and every instance delivers one order", () => {
    const c = new GroupCluster({ seed: 1, nodes: 5 });
    c.runFor(6000);
    const v = views(c, 5);
    expect(new Set(v).size, v.join(" | ")).toBe(1);
    c.quiet = true;
    c.runFor(2000);
    c.finish();
    const messages = c.records.filter((r) => r.type === "message").length;
    expect(messages).toBeGreaterThan(100);
    expect(checkDeliveries(c.records)).toEqual([]);
  });
});
