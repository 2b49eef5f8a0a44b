import { describe, expect, it } from "vitest";
import { Handshake, type HandshakeInput, type HandshakeOutput } from "../../ccm/handshake.js";
import {
  decodeSlot,
  encodeHeader,
  encodeSlot,
  HEADER_FIELDS_OFFSET,
  handshakeId,
  SLOT_BYTES,
  SlotPhase,
  seenOffset,
  slotOffset,
} from "../../ccm/mailbox-layout.js";

/** Lays out both nodes' mailbox headers and makes their handshakes (node i is index i). */
function bootTwo(mailbox: readonly Uint8Array[], boots: [number, number]): Handshake[] {
  return [0, 1].map((i) => {
    mailbox[i]?.set(
      encodeHeader({
        nodeIndex: i,
        bootIncarnation: boots[i] as number,
        minVersion: 1,
        maxVersion: 1,
        controlVis: [11 + i, 11 + i],
      }),
      HEADER_FIELDS_OFFSET,
    );
    return new Handshake({
      selfIndex: i,
      selfBoot: boots[i] as number,
      minVersion: 1,
      maxVersion: 1,
      partnerIndex: 1 - i,
    });
  });
}

/** Two nodes' boot mailboxes in plain memory; RDMA verbs become copies, done at once. */
class Pair {
  readonly mailbox = [new Uint8Array(0x1000), new Uint8Array(0x1000)];
  readonly handshakes: Handshake[];
  readonly log: [number, HandshakeOutput][] = [];
  now = 0;

  constructor(boots: [number, number]) {
    this.handshakes = bootTwo(this.mailbox, boots);
  }

  /** Applies a node's actions; reads and writes complete in the same step. */
  apply(node: number, actions: HandshakeOutput[]): void {
    const partner = this.mailbox[1 - node] as Uint8Array;
    for (const action of actions) {
      this.log.push([node, action]);
      const handshake = this.handshakes[node] as Handshake;
      if (action.type === "read") {
        const offset = action.offset;
        const bytes = partner.slice(offset, offset + action.length);
        this.apply(node, handshake.handle({ type: "read-done", seq: action.seq, mailbox: bytes }, this.now));
      } else if (action.type === "write") {
        partner.set(action.data, action.offset);
        this.apply(node, handshake.handle({ type: "write-done", seq: action.seq, ok: true }, this.now));
      } else if (action.type === "mark-seen") {
        new DataView((this.mailbox[node] as Uint8Array).buffer).setBigUint64(
          seenOffset(1 - node),
          BigInt(action.id),
          true,
        );
      }
    }
  }

  tick(node: number): void {
    const own = this.mailbox[node] as Uint8Array;
    const slot = decodeSlot(own.subarray(slotOffset(1 - node), slotOffset(1 - node) + SLOT_BYTES));
    this.apply(
      node,
      (this.handshakes[node] as Handshake).handle({ type: "tick", localSlot: slot }, this.now),
    );
  }

  /** Time passes in 5 ms steps, both nodes looking at their slot each time. */
  advance(ms: number): void {
    for (let t = 0; t < ms; t += 5) {
      this.now += 5;
      this.tick(0);
      this.tick(1);
    }
  }

  steps(node: number): string[] {
    return this.log
      .filter(
        ([n, a]) =>
          n === node &&
          (a.type === "read" || a.type === "write" || a.type === "connected" || a.type === "session-lost"),
      )
      .map(([, a]) => ("step" in a ? a.step : a.type));
  }
}

describe("the boot handshake state machine", () => {
  it("runs R1 -> W1 -> R2 (polled until the partner marked our hello) -> W2 -> connected on both sides", () => {
    const pair = new Pair([100, 200]);
    pair.apply(0, pair.handshakes[0]?.handle({ type: "start" }, 0) ?? []);
    // Only node 0 runs: its R2 polls, for node 1 has not looked at its slot yet.
    expect(pair.handshakes[0]?.phase).toBe("R2");
    pair.apply(1, pair.handshakes[1]?.handle({ type: "start" }, 0) ?? []);
    pair.advance(100);
    expect(pair.handshakes[0]?.session).toBeDefined();
    expect(pair.handshakes[0]?.session).toMatchObject({ partnerBoot: 200, partnerControlVi: 12 });
    expect(pair.handshakes[1]?.session?.sessionId).toBe(pair.handshakes[0]?.session?.sessionId);
    const steps = pair.steps(0);
    expect(steps.slice(0, 2)).toEqual(["R1", "W1"]);
    expect(steps.slice(-3)).toEqual(["R2", "W2", "connected"]);
    expect(steps.slice(2, -2).every((s) => s === "R2")).toBe(true);
    // The confirmation is only sent once the control VI is connected.
    const kinds = pair.log.filter(([n]) => n === 0).map(([, a]) => a.type);
    expect(kinds.indexOf("connect-control")).toBeLessThan(kinds.lastIndexOf("write"));
  });

  it("follows a partner that starts a new attempt, keeping its own id, into a new session", () => {
    const pair = new Pair([100, 200]);
    pair.apply(0, pair.handshakes[0]?.handle({ type: "start" }, 0) ?? []);
    pair.apply(1, pair.handshakes[1]?.handle({ type: "start" }, 0) ?? []);
    pair.advance(100);
    const before = pair.handshakes[0]?.session;
    const ownId = pair.handshakes[0]?.selfId;
    pair.apply(1, pair.handshakes[1]?.handle({ type: "partner-down", reason: "test" }, pair.now) ?? []);
    pair.advance(100);
    const after = pair.handshakes[0]?.session;
    expect(after).toBeDefined();
    expect(after?.sessionId).not.toBe(before?.sessionId);
    expect(pair.handshakes[0]?.selfId).toBe(ownId);
    expect(after?.partnerId).not.toBe(before?.partnerId);
    expect(pair.handshakes[1]?.session?.sessionId).toBe(after?.sessionId);
    expect(pair.steps(0).filter((s) => s === "session-lost")).toHaveLength(1);
  });

  it("ignores a hello aimed at an earlier boot of ours", () => {
    const pair = new Pair([100, 200]);
    pair.apply(1, pair.handshakes[1]?.handle({ type: "start" }, 0) ?? []);
    // Node 0 reboots: its mailbox gets a new header; the hello node 1 wrote names boot 100.
    pair.mailbox[0]?.set(
      encodeHeader({ nodeIndex: 0, bootIncarnation: 101, minVersion: 1, maxVersion: 1, controlVis: [] }),
      HEADER_FIELDS_OFFSET,
    );
    const rebooted = new Handshake({
      selfIndex: 0,
      selfBoot: 101,
      minVersion: 1,
      maxVersion: 1,
      partnerIndex: 1,
    });
    pair.handshakes[0] = rebooted;
    pair.tick(0);
    expect(pair.log.some(([n, a]) => n === 0 && a.type === "mark-seen")).toBe(false);
    pair.apply(0, rebooted.handle({ type: "start" }, pair.now));
    pair.advance(3000);
    expect(rebooted.session?.partnerBoot).toBe(200);
    expect(pair.handshakes[1]?.session?.partnerBoot).toBe(101);
  });
});

/**
 * Two handshakes over one in-order queue of deliveries, as cards with a fast network would
 * deliver them: a WRITE with immediate and the empty notification raise a "notified" input at
 * the target. Nobody ticks, so whatever completes, completes without a poll.
 */
class NotifiedPair {
  readonly mailbox = [new Uint8Array(0x1000), new Uint8Array(0x1000)];
  readonly handshakes: Handshake[];
  readonly log: [number, HandshakeOutput][] = [];
  private readonly queue: [number, () => HandshakeInput][] = [];

  constructor(boots: [number, number]) {
    this.handshakes = bootTwo(this.mailbox, boots);
  }

  /** Runs every delivery, and what it causes, in order. */
  run(first: [number, HandshakeInput][]): void {
    for (const [node, input] of first) this.queue.push([node, () => input]);
    for (let next = this.queue.shift(); next !== undefined; next = this.queue.shift()) {
      const [node, input] = next;
      const outputs = (this.handshakes[node] as Handshake).handle(input(), 0);
      for (const output of outputs) this.carry(node, output);
    }
  }

  private localSlot(node: number) {
    const own = this.mailbox[node] as Uint8Array;
    return decodeSlot(own.subarray(slotOffset(1 - node), slotOffset(1 - node) + SLOT_BYTES));
  }

  private carry(node: number, output: HandshakeOutput): void {
    this.log.push([node, output]);
    const partner = 1 - node;
    const theirs = this.mailbox[partner] as Uint8Array;
    const notify = () =>
      this.queue.push([partner, () => ({ type: "notified", localSlot: this.localSlot(partner) })]);
    switch (output.type) {
      case "read": {
        const bytes = theirs.slice(output.offset, output.offset + output.length);
        this.queue.push([node, () => ({ type: "read-done", seq: output.seq, mailbox: bytes })]);
        break;
      }
      case "write":
        theirs.set(output.data, output.offset);
        notify();
        this.queue.push([node, () => ({ type: "write-done", seq: output.seq, ok: true })]);
        break;
      case "notify":
        notify();
        break;
      case "mark-seen":
        new DataView((this.mailbox[node] as Uint8Array).buffer).setBigUint64(
          seenOffset(partner),
          BigInt(output.id),
          true,
        );
        break;
      default:
        break;
    }
  }
}

describe("the boot handshake, notified", () => {
  it("connects both sides without a tick: W1/W2 carry immediate data, a marked hello is notified", () => {
    const pair = new NotifiedPair([100, 200]);
    pair.run([
      [0, { type: "start" }],
      [1, { type: "start" }],
    ]);
    const [a, b] = pair.handshakes as [Handshake, Handshake];
    expect(a.session).toBeDefined();
    expect(a.session?.sessionId).toBe(b.session?.sessionId);
    for (const node of [0, 1]) {
      const steps = pair.log
        .filter(([n, o]) => n === node && o.type === "step-done" && o.ok)
        .map(([, o]) => (o as { step: string }).step);
      expect(steps).toEqual(["R1", "W1", "R2", "W2"]);
      // Every slot write asks the card to tell the partner; a new hello marked seen is told too.
      const writes = pair.log.filter(([n, o]) => n === node && o.type === "write");
      expect(writes.every(([, o]) => o.type === "write" && o.immediate !== undefined)).toBe(true);
      expect(pair.log.filter(([n, o]) => n === node && o.type === "notify")).toHaveLength(1);
    }
  });

  it("a notification that finds R2 in flight makes it read again at once, not after the poll", () => {
    const handshake = new Handshake({
      selfIndex: 0,
      selfBoot: 100,
      minVersion: 1,
      maxVersion: 1,
      partnerIndex: 1,
    });
    const mailbox = new Uint8Array(0x1000);
    mailbox.set(
      encodeHeader({
        nodeIndex: 1,
        bootIncarnation: 200,
        minVersion: 1,
        maxVersion: 1,
        controlVis: [12, 12],
      }),
      HEADER_FIELDS_OFFSET,
    );
    const [r1] = handshake.handle({ type: "start" }, 0);
    const [, w1] = handshake.handle(
      { type: "read-done", seq: seqOf(r1), mailbox: mailbox.slice(0, 0x100) },
      0,
    );
    const [, r2] = handshake.handle({ type: "write-done", seq: seqOf(w1), ok: true }, 0);
    // The partner's hello lands and it tells us while our R2 is out (it has not marked ours yet).
    const hello = decodeSlot(
      encodeSlot({
        writerId: handshakeId(200, 1),
        targetBoot: 100,
        targetId: 0,
        sessionId: 0,
        phase: SlotPhase.HELLO,
        writerIndex: 1,
        version: 1,
        maxVersion: 1,
      }),
    );
    expect(handshake.handle({ type: "notified", localSlot: hello }, 0.1).map((o) => o.type)).toEqual([
      "mark-seen",
      "notify",
    ]);
    const again = handshake.handle(
      { type: "read-done", seq: seqOf(r2), mailbox: mailbox.slice(0, 0x100) },
      0.2,
    );
    expect(again).toMatchObject([{ type: "read", step: "R2" }]);
  });
});

function seqOf(output: HandshakeOutput | undefined): number {
  if (output === undefined || (output.type !== "read" && output.type !== "write")) throw new Error("no verb");
  return output.seq;
}
