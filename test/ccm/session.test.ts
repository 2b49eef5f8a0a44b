import { describe, expect, it } from "vitest";
import { type LocalPorts, Session, type SessionBody, type SessionOutput } from "../../ccm/session.js";

const OPTIONS = { version: 2, node: "a", software: "test" };
const portsOf = (client: string, vis: number[]): LocalPorts => ({
  client,
  vis,
  memoryAddress: 0x10000,
  memoryLength: 4096,
  rkey: 77,
});

/** Two sessions wired back to back, delivering each side's sends to the other in order. */
function pair(localA: LocalPorts[], localB: LocalPorts[]) {
  const a = new Session(OPTIONS);
  const b = new Session({ ...OPTIONS, node: "b" });
  const log: { side: "a" | "b"; action: SessionOutput }[] = [];
  const queue: { to: Session; body: SessionBody }[] = [];
  const take = (side: "a" | "b", actions: SessionOutput[]) => {
    for (const action of actions) {
      log.push({ side, action });
      if (action.type === "send") queue.push({ to: side === "a" ? b : a, body: action.body });
    }
  };
  const flush = () => {
    while (queue.length > 0) {
      const { to, body } = queue.shift() as { to: Session; body: SessionBody };
      take(to === a ? "a" : "b", to.handle({ type: "receive", body }, 0));
    }
  };
  take("a", a.handle({ type: "open", clients: localA }, 0));
  take("b", b.handle({ type: "open", clients: localB }, 0));
  flush();
  return { a, b, log, take, flush };
}

describe("the session after the handshake (004 claims 3-7)", () => {
  it("exchanges peer info and client needs, connects ports, then is ready and opens channels", () => {
    const { a, b, log } = pair([portsOf("x", [3, 4])], [portsOf("x", [5, 6]), portsOf("y", [7])]);
    expect(a.ready && b.ready).toBe(true);
    const kinds = log
      .filter((e) => e.side === "a")
      .map((e) => (e.action.type === "send" ? `send ${e.action.body.kind}` : e.action.type));
    // Claim 3's order on one side: connection info out, ports created, ready sent, ready, clients told.
    expect(kinds).toEqual([
      "send info",
      "connect-ports",
      "send port-state",
      "send ready",
      "ready",
      "channel-up",
    ]);
    expect(log.find((e) => e.side === "a" && e.action.type === "connect-ports")?.action).toMatchObject({
      client: "x",
      remote: { vis: [5, 6] },
    });
    expect(a.channel("x")?.vis).toEqual([5, 6]);
    expect(b.channel("x")?.vis).toEqual([3, 4]);
    // y has no counterpart on a: known there, but no channel.
    expect(a.partnerClients.get("y")).toMatchObject({ vis: [7] });
    expect(b.channel("y")).toBeUndefined();
  });

  it("opens a channel for a client that attaches later, on both sides, and closes it when one leaves", () => {
    const { a, b, take, flush, log } = pair([], [portsOf("x", [5])]);
    take("a", a.handle({ type: "attach", ports: portsOf("x", [9]) }, 0));
    flush();
    expect(a.isUp("x") && b.isUp("x")).toBe(true);
    take("b", b.handle({ type: "detach", client: "x" }, 0));
    flush();
    expect(a.isUp("x") || b.isUp("x")).toBe(false);
    expect(a.partnerClients.has("x")).toBe(false);
    const downs = log
      .filter((e) => e.action.type === "channel-down")
      .map((e) => [e.side, (e.action as { reason: string }).reason]);
    expect(downs).toEqual([
      ["b", "the client left"],
      ["a", "the counterpart client left"],
    ]);
  });

  it("reconnects when the counterpart comes back with new ports", () => {
    const { a, b, take, flush } = pair([portsOf("x", [3])], [portsOf("x", [5])]);
    take("b", b.handle({ type: "detach", client: "x" }, 0));
    take("b", b.handle({ type: "attach", ports: portsOf("x", [8]) }, 0));
    flush();
    expect(a.channel("x")?.vis).toEqual([8]);
    expect(b.channel("x")?.vis).toEqual([3]);
  });

  it("refuses a partner that speaks another version, or breaks the order", () => {
    const session = new Session(OPTIONS);
    session.handle({ type: "open", clients: [] }, 0);
    expect(session.handle({ type: "receive", body: { kind: "ready" } }, 0)).toEqual([
      { type: "protocol-error", reason: "Ready out of order" },
    ]);
    const wrong = session.handle(
      {
        type: "receive",
        body: {
          kind: "info",
          info: { version: 3, node: "b", software: "", clients: [] },
        },
      },
      0,
    );
    expect(wrong[0]).toMatchObject({ type: "protocol-error" });
    expect(wrong[0]?.type === "protocol-error" && wrong[0].reason).toContain("version 3");
  });
});
