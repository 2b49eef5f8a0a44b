import { describe, expect, it } from "vitest";
import { LINK_LOGIN_TIMEOUT_MS, LINK_NONCE_BYTES } from "../../rdma-emu/constants.js";
import type { FabricFrame } from "../../rdma-emu/frames.js";
import { LinkLogin, type LinkLoginOptions, type LinkLoginOutput } from "../../rdma-emu/link-login.js";

const secret = new TextEncoder().encode("the-cluster-secret-0123456789");
const dialerId = { hardwareAddress: 0x0a0001, fabricId: 1, incarnation: 111 };
const listenerId = { hardwareAddress: 0x0a0002, fabricId: 1, incarnation: 222 };
const nonce = (fill: number) => new Uint8Array(LINK_NONCE_BYTES).fill(fill);

function pair(dialer: Partial<LinkLoginOptions> = {}, listener: Partial<LinkLoginOptions> = {}) {
  return {
    dialer: new LinkLogin({
      role: "dialer",
      self: dialerId,
      secret,
      nonce: nonce(1),
      expectedPeer: 0x0a0002,
      ...dialer,
    }),
    listener: new LinkLogin({
      role: "listener",
      self: listenerId,
      secret,
      nonce: nonce(2),
      acceptsPeer: () => true,
      ...listener,
    }),
  };
}

/** The machine's inputs, at time 0 unless given. */
const start = (login: LinkLogin, now = 0) => login.handle({ type: "start" }, now);
const receive = (login: LinkLogin, frame: FabricFrame, now = 0) =>
  login.handle({ type: "frame", frame }, now);

const sent = (actions: readonly LinkLoginOutput[]): FabricFrame => {
  const send = actions.find((a) => a.type === "send");
  if (send?.type !== "send") throw new Error(`expected a send in ${JSON.stringify(actions)}`);
  return send.frame;
};

describe("link login", () => {
  it("establishes both ends step by step, each learning the other's incarnation", () => {
    const { dialer, listener } = pair();
    expect([dialer.state, listener.state]).toEqual(["awaiting-challenge", "awaiting-login"]);
    const challenge = sent(start(listener));
    expect(challenge.type).toBe("challenge");
    const login = sent(receive(dialer, challenge));
    expect(dialer.state).toBe("awaiting-accept");
    const listenerActions = receive(listener, login);
    expect(listenerActions.map((a) => a.type)).toEqual(["send", "established"]);
    expect(listenerActions[1]).toEqual({ type: "established", peer: 0x0a0001, peerIncarnation: 111 });
    expect(receive(dialer, sent(listenerActions))).toEqual([
      { type: "established", peer: 0x0a0002, peerIncarnation: 222 },
    ]);
    expect([dialer.state, listener.state]).toEqual(["established", "established"]);
  });

  it("the listener refuses a dialer without the secret", () => {
    const { dialer, listener } = pair({ secret: new TextEncoder().encode("a-different-secret-000000") });
    const login = sent(receive(dialer, sent(start(listener))));
    expect(receive(listener, login)).toEqual([
      { type: "reject", reason: expect.stringMatching(/failed the challenge/), code: "E_LINK_AUTH" },
    ]);
    expect(listener.state).toBe("rejected");
  });

  it("the dialer refuses a listener without the secret (mutual authentication)", () => {
    const { dialer, listener } = pair({}, { secret: new TextEncoder().encode("a-different-secret-000000") });
    const challenge = sent(start(listener));
    const login = sent(receive(dialer, challenge));
    // The listener rejects the login; an impostor listener that accepts anyway is caught by the dialer.
    expect(receive(listener, login)[0]?.type).toBe("reject");
    const forged = { type: "accept" as const, proof: new Uint8Array(32).fill(7) };
    expect(receive(dialer, forged)[0]).toMatchObject({
      type: "reject",
      reason: expect.stringMatching(/failed/),
      code: "E_LINK_AUTH",
    });
  });

  it("a proof cannot be replayed against another challenge", () => {
    const first = pair();
    const login = sent(receive(first.dialer, sent(start(first.listener))));
    const second = pair({}, { nonce: nonce(9) });
    start(second.listener);
    expect(receive(second.listener, login)[0]?.type).toBe("reject");
  });

  it.each([
    ["another fabric", { self: { ...dialerId, fabricId: 2 } }, /fabric/],
    ["the wrong card answering", { expectedPeer: 0x0a0003 }, /dialed 0x0a0003/],
  ])("the dialer refuses %s", (_name, options, reason) => {
    const { dialer, listener } = pair(options);
    expect(receive(dialer, sent(start(listener)))).toEqual([
      { type: "reject", reason: expect.stringMatching(reason), code: "E_LINK_REFUSED" },
    ]);
  });

  it("the listener refuses a card that is not on its fabric", () => {
    const { dialer, listener } = pair({}, { acceptsPeer: () => false });
    const login = sent(receive(dialer, sent(start(listener))));
    expect(receive(listener, login)[0]).toMatchObject({
      type: "reject",
      reason: expect.stringMatching(/not a card/),
    });
  });

  it("refuses frames out of order", () => {
    const { dialer, listener } = pair();
    start(listener);
    expect(receive(listener, { type: "accept", proof: new Uint8Array(32) })[0]).toMatchObject({
      type: "reject",
    });
    expect(receive(dialer, { type: "accept", proof: new Uint8Array(32) })[0]).toMatchObject({
      type: "reject",
      reason: "unexpected accept frame while awaiting-challenge",
    });
  });

  it("the listener refuses a login that comes before its challenge (found by the fuzzer)", () => {
    const first = pair();
    const login = sent(receive(first.dialer, sent(start(first.listener))));
    const { listener } = pair();
    expect(receive(listener, login)).toEqual([
      { type: "reject", reason: "login frame before the challenge", code: "E_LINK_REFUSED" },
    ]);
  });

  it("times out a login that does not finish in time, and stays quiet once it is over", () => {
    const { listener } = pair();
    expect(listener.wakeAt()).toBe(Number.POSITIVE_INFINITY);
    start(listener, 1000);
    expect(listener.wakeAt()).toBe(1000 + LINK_LOGIN_TIMEOUT_MS);
    expect(listener.handle({ type: "wake" }, 1000 + LINK_LOGIN_TIMEOUT_MS - 1)).toEqual([]);
    expect(listener.handle({ type: "wake" }, 1000 + LINK_LOGIN_TIMEOUT_MS)).toEqual([
      { type: "reject", reason: "login timed out", code: "E_LINK_REFUSED" },
    ]);
    expect([listener.state, listener.wakeAt()]).toEqual(["rejected", Number.POSITIVE_INFINITY]);
    // A login that finished has no timer left.
    const other = pair();
    const login = sent(receive(other.dialer, sent(start(other.listener, 0)), 1));
    receive(other.listener, login, 2);
    expect(other.listener.wakeAt()).toBe(Number.POSITIVE_INFINITY);
    expect(other.listener.handle({ type: "wake" }, 10 * LINK_LOGIN_TIMEOUT_MS)).toEqual([]);
  });
});
