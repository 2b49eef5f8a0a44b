/**
 * Bad input to the membership and group daemons, in the whole-node sim: a client acting as
 * another's instance, malformed calls, and partners sending garbage or entries in another node's
 * name. Each gets an error (or is dropped), the daemons go on, and the group state is untouched.
 */
import { describe, expect, it } from "vitest";
import { SimCaller } from "../../ccm/sim/sim-caller.js";
import { checkDeliveries } from "../../peers/group/delivery-checker.js";
import { encodeDeltaBatch } from "../../peers/group/messages.js";
import { GroupCluster } from "../../peers/group/sim/group-cluster.js";
import { group as wire } from "../../proto/generated/group.js";
import { membership } from "../../proto/generated/membership.js";

function call(
  c: GroupCluster,
  node: number,
  service: string,
  payload: Uint8Array,
  caller = new SimCaller(9000 + node),
) {
  let result: Uint8Array | Error | undefined;
  c.sim.callService(
    node,
    service,
    payload,
    (r) => {
      result = r;
    },
    caller,
  );
  c.runFor(50);
  return result;
}

const codeOf = (r: unknown) => (r as { code?: string }).code;

describe("hostile input to the membership and group daemons (whole-node sim)", () => {
  it("a client cannot act as another's instance, nor send malformed calls", () => {
    const c = new GroupCluster({ seed: 21, nodes: 3, instances: 1 });
    c.runFor(1500);
    const victim = c.apps.find((a) => a.node === 0 && a.member)?.id as string;
    expect(victim).toBeDefined();
    const enc = (body: wire.IGroupCall) => wire.GroupCall.encode(body).finish();
    // Another connection on the same node, and one on another node.
    for (const node of [0, 1]) {
      for (const body of [
        { send: { instance: victim, payload: new Uint8Array([1]) } },
        { unregister: { instance: victim } },
        { pong: { instance: victim, nonce: 1 } },
      ]) {
        expect(codeOf(call(c, node, "gcd", enc(body)))).toBe("E_GROUP_BAD_REQUEST");
      }
    }
    expect(codeOf(call(c, 0, "gcd", new Uint8Array([0xff, 0xff, 0xff])))).toBe("E_GROUP_BAD_REQUEST");
    expect(codeOf(call(c, 0, "gcd", enc({ register: { group: "no spaces" } })))).toBe("E_GROUP_BAD_REQUEST");
    expect(codeOf(call(c, 0, "gcd", enc({ armCrash: { phase: "proposal" } })))).toBe("E_GROUP_BAD_REQUEST");
    expect(codeOf(call(c, 0, "cms", new Uint8Array([0x0a, 0x05])))).toBe("E_MEMBERSHIP_BAD_REQUEST");
    const status = call(c, 1, "cms", membership.MembershipCall.encode({ status: {} }).finish());
    expect(membership.MembershipReply.decode(status as Uint8Array).status?.view?.members).toHaveLength(3);
    // The victim is still a member, and everyone goes on.
    expect(c.apps.find((a) => a.id === victim)?.member).toBe(true);
    c.quiet = true;
    c.runFor(1000);
    c.finish();
    expect(checkDeliveries(c.records)).toEqual([]);
  });

  it("partners' garbage is dropped, and entries in another node's name are not ordered", () => {
    const c = new GroupCluster({ seed: 22, nodes: 3, instances: 1 });
    c.runFor(1500);
    const gcd = c.group(0);
    const cms = c.membership(0);
    const before = gcd?.node?.groups?.list().flatMap((g) => g.instances.map((i) => i.id)) ?? [];
    const epoch = gcd?.node?.currentEpoch ?? 0;
    for (let i = 0; i < 200; i++) {
      const garbage = Uint8Array.from({ length: 1 + (i % 40) }, (_, k) => (k * 97 + i * 31) & 0xff);
      gcd?.event({ type: "message", partner: "n1", port: 0, data: garbage });
      cms?.event({ type: "message", partner: "n1", port: 0, data: garbage });
    }
    // n1 submits a join for an instance of n2's daemon: the coordinator drops it.
    const n2 = c.membership(2)?.boot ?? 1;
    const forged = encodeDeltaBatch([
      {
        type: "submit",
        epoch,
        seq: 1_000_000,
        body: { type: "join", instance: { id: `n2/${n2}/999`, group: "g", critical: false } },
      },
    ]);
    for (let i = 0; i < 3; i++) c.group(i)?.event({ type: "message", partner: "n1", port: 0, data: forged });
    c.runFor(500);
    const after = gcd?.node?.groups?.list().flatMap((g) => g.instances.map((i) => i.id)) ?? [];
    expect(after).not.toContain(`n2/${n2}/999`);
    expect(after.length).toBeGreaterThanOrEqual(before.length);
    c.quiet = true;
    c.runFor(1000);
    c.finish();
    expect(checkDeliveries(c.records)).toEqual([]);
    expect(c.membership(0)?.node?.view.members).toHaveLength(3);
  });
});
