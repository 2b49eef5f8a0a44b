/**
 * SeqNode, the sequence service's state machine, driven directly: three cores, a synchronous
 * message network (through the real codec), disks that take every write at once, and a clock the
 * test moves. What a hostile caller's floor may and may not do to the service, what a peer's
 * ballots and layouts may do to it, and that a generator that restarted asks for a new layout.
 * That whatever a node emits its peers can decode: seq-node-emits.test.ts.
 */
import { describe, expect, it } from "vitest";
import { SeqProtocolError } from "../../peers/seq/errors.js";
import {
  decodeBatch,
  encodeBatch,
  type Layout,
  MAX_BALLOT,
  MAX_SEQ_NUMBER,
  type SeqMessage,
} from "../../peers/seq/messages.js";
import {
  DEFAULT_SEQ_TIMING,
  type DurableState,
  EMPTY_DURABLE_STATE,
  type SeqInput,
  SeqNode,
  type SeqOutput,
} from "../../peers/seq/seq-node.js";

const IDS = ["n0", "n1", "n2"];
const BLOCK = 64;
const STEP_MS = 5;

type Answer = Extract<SeqOutput, { type: "result" | "failed" }>;

class Cluster {
  now = 0;
  readonly cores = new Map<string, SeqNode>();
  readonly disks = new Map<string, DurableState>();
  readonly answers = new Map<number, Answer>();
  readonly proposals: string[] = [];
  /** Every message sent, in order. */
  readonly sent: { from: string; to: string; message: SeqMessage }[] = [];
  /** Messages from one node to another that are dropped: `${from}>${to}`. */
  readonly cut = new Set<string>();
  private readonly queue: { to: string; input: SeqInput }[] = [];
  private nextCallId = 1;

  constructor(durable: DurableState = EMPTY_DURABLE_STATE) {
    for (const id of IDS) {
      let seed = IDS.indexOf(id) + 1;
      const random = () => {
        seed = (seed * 16807) % 2147483647;
        return seed / 2147483647;
      };
      this.cores.set(id, new SeqNode({ self: id, nodes: IDS, blockSize: BLOCK, random }));
      this.disks.set(id, durable);
      this.input(id, { type: "boot", durable });
      for (const peer of IDS) if (peer !== id) this.input(id, { type: "peer-up", peer });
    }
    this.settle();
  }

  core(id: string): SeqNode {
    return this.cores.get(id) as SeqNode;
  }

  /**
   * Restarts a node's process from what its disk holds, so quickly that its peers never see it
   * down: its counters are gone, its peers are up as soon as it is.
   */
  restart(id: string): void {
    this.settle();
    const random = () => 0.5;
    this.cores.set(id, new SeqNode({ self: id, nodes: IDS, blockSize: BLOCK, random }));
    this.input(id, { type: "boot", durable: this.disks.get(id) as DurableState });
    for (const peer of IDS) if (peer !== id) this.input(id, { type: "peer-up", peer });
    this.settle();
  }

  input(id: string, input: SeqInput): void {
    for (const output of this.core(id).handle(input, this.now)) {
      switch (output.type) {
        case "send": {
          this.sent.push({ from: id, to: output.to, message: output.message });
          if (this.cut.has(`${id}>${output.to}`)) break;
          const messages = decodeBatch(encodeBatch([output.message]));
          this.queue.push({ to: output.to, input: { type: "messages", from: id, messages } });
          break;
        }
        case "persist":
          this.disks.set(id, output.state);
          this.queue.push({ to: id, input: { type: "persisted", token: output.token } });
          break;
        case "result":
        case "failed":
          this.answers.set(output.callId, output);
          break;
        case "proposing":
          this.proposals.push(`${id}: ${output.reason}`);
          break;
        default:
          break;
      }
    }
  }

  settle(): void {
    for (let item = this.queue.shift(); item !== undefined; item = this.queue.shift())
      this.input(item.to, item.input);
  }

  advance(ms: number): void {
    const until = this.now + ms;
    while (this.now < until) {
      this.now += STEP_MS;
      for (const id of IDS) if (this.core(id).wakeAt() <= this.now) this.input(id, { type: "tick" });
      this.settle();
    }
  }

  call(id: string, count: number, floor: number): number {
    const callId = this.nextCallId++;
    this.input(id, { type: "call", callId, count, floor });
    this.settle();
    return callId;
  }

  /** Moves time until the call is answered. */
  answer(callId: number): Answer {
    for (let waited = 0; !this.answers.has(callId) && waited < 20_000; waited += STEP_MS)
      this.advance(STEP_MS);
    const answer = this.answers.get(callId);
    if (answer === undefined) throw new Error(`call ${callId} unanswered`);
    return answer;
  }

  /** Boots the service: a layout installed and its primary serving. */
  serving(): string {
    this.answer(this.call("n0", 1, 0));
    const primary = this.core("n0").currentLayout?.primary as string;
    expect(this.core(primary).serving).toBe(true);
    return primary;
  }

  highestReserved(): number {
    return Math.max(...IDS.map((id) => (this.disks.get(id) as DurableState).reserved));
  }
}

function served(answer: Answer): { start: number; count: number } {
  if (answer.type !== "result") throw new Error(`failed: ${answer.reason}`);
  return answer;
}

describe("SeqNode: a caller's floor is checked against what the primary issued", () => {
  it("refuses a floor above every number issued, for that call only: nothing reserved, no new layout, later calls served", () => {
    const c = new Cluster();
    const primary = c.serving();
    const layout = c.core("n0").currentLayout;
    const reservedBefore = c.highestReserved();
    const proposalsBefore = c.proposals.length;
    const issuing = () =>
      c.sent.filter((s) => s.message.type === "fwd" || s.message.type === "reserve").length;
    const issuingBefore = issuing();
    for (const origin of IDS) {
      const hostile = c.answer(c.call(origin, 1, 2 ** 50));
      expect(hostile).toMatchObject({ type: "failed", error: "bad-request" });
      expect(hostile.type === "failed" && hostile.reason).toMatch(
        /^floor 1125899906842624 is above every number issued \(the next is \d+\)$/,
      );
    }
    // What the hostile calls left behind: nothing.
    expect(c.highestReserved()).toBe(reservedBefore);
    expect(issuing()).toBe(issuingBefore);
    c.advance(2000);
    expect(c.proposals.slice(proposalsBefore)).toEqual([]);
    expect(c.core("n1").currentLayout).toEqual(layout);
    // Honest callers carry on, right after the numbers issued before.
    let last = 1;
    for (const origin of [...IDS, ...IDS]) {
      const range = served(c.answer(c.call(origin, 3, last)));
      expect(range.start).toBeGreaterThan(last);
      expect(range.start).toBeLessThan(10 * BLOCK);
      last = range.start + range.count - 1;
    }
    expect(c.highestReserved()).toBeLessThanOrEqual(last + 2 * BLOCK + 1);
    expect(c.core(primary).serving).toBe(true);
  });

  it("refuses the floor of finding 3 (2^53 - 2) at once, and 2^53 - 2 never reaches a store", () => {
    const c = new Cluster();
    c.serving();
    const reservedBefore = c.highestReserved();
    const hostile = c.answer(c.call("n2", 1, 2 ** 53 - 2));
    expect(hostile).toMatchObject({ type: "failed", error: "bad-request" });
    c.advance(1000);
    expect(c.highestReserved()).toBe(reservedBefore);
    expect(served(c.answer(c.call("n2", 1, 0))).start).toBeLessThan(10 * BLOCK);
  });

  it("the floor the refusal names is checked: a refusal from an older epoch, or one that does not fit the call, is ignored", () => {
    const c = new Cluster();
    const primary = c.serving();
    const origin = IDS.find((id) => id !== primary && id !== c.core("n0").currentLayout?.secondary) as string;
    const epoch = c.core(origin).currentLayout?.epoch as number;
    // The origin's request never reaches the primary: the test answers in its place.
    c.cut.add(`${origin}>${primary}`);
    const callId = c.call(origin, 1, 100);
    const req = c.sent.findLast((s) => s.from === origin && s.message.type === "req")?.message;
    if (req?.type !== "req") throw new Error("no request sent");
    const refusal = (e: number, next: number): SeqInput => ({
      type: "messages",
      from: primary,
      messages: [{ type: "nack", epoch: e, reqId: req.reqId, reason: "", code: "floor-above-issued", next }],
    });
    c.input(origin, refusal(epoch - 16, 50));
    c.input(origin, refusal(epoch, 101));
    expect(c.answers.has(callId)).toBe(false);
    c.input(origin, refusal(epoch, 50));
    expect(c.answers.get(callId)).toMatchObject({ type: "failed", error: "bad-request" });
  });

  it("never reserves nor issues above MAX_SEQ_NUMBER: the last numbers go out, then calls fail as unavailable", () => {
    const c = new Cluster({ promised: 0, layout: undefined, reserved: MAX_SEQ_NUMBER - 10 });
    const numbers: number[] = [];
    for (let i = 0; i < 12; i++) {
      const answer = c.answer(c.call(IDS[i % 3] as string, 1, 0));
      if (answer.type === "result") numbers.push(answer.start);
      else {
        expect(answer.error).toBe("unavailable");
        expect(answer.reason).toMatch(/exhausted/);
      }
    }
    expect(numbers).toEqual(Array.from({ length: 10 }, (_, i) => MAX_SEQ_NUMBER - 10 + i));
    expect(c.highestReserved()).toBe(MAX_SEQ_NUMBER);
    expect(c.proposals.filter((p) => !p.includes("booted") && !p.includes("no layout"))).toEqual([]);
  });

  it("refuses a call with a count or floor out of range before it leaves the node", () => {
    const c = new Cluster();
    for (const [count, floor] of [
      [0, 0],
      [2 ** 20 + 1, 0],
      [1, MAX_SEQ_NUMBER + 1],
      [1, -1],
      [1.5, 0],
    ] as const) {
      expect(c.answers.get(c.call("n1", count, floor))).toMatchObject({
        type: "failed",
        error: "bad-request",
      });
    }
    expect(c.sent.filter((s) => s.message.type === "req")).toEqual([]);
  });
});

describe("SeqNode: a generator that restarted asks for a new layout (issue 10, item 3)", () => {
  it("a restarted primary whose secondary looks alive proposes within the proposal delay, and calls are served long before the stall timeout", () => {
    const c = new Cluster();
    const primary = c.serving();
    const before = c.core(primary).currentLayout as Layout;
    expect(c.disks.get(primary)?.layout).toEqual(before);
    const proposalsBefore = c.proposals.length;
    c.restart(primary);
    const restartedAt = c.now;
    // Rank 0 at boot (no peer known up yet): due within 2 × the proposal delay (30 ms by default).
    c.advance(2 * DEFAULT_SEQ_TIMING.proposeDelayMs);
    expect(c.proposals.slice(proposalsBefore)).toEqual([`${primary}: a generator restarted`]);
    for (const origin of IDS) {
      const range = served(c.answer(c.call(origin, 1, 0)));
      expect(range.start).toBeGreaterThan(0);
    }
    // The stall timeout is 4 lease times; seals wait out one lease time at most.
    expect(c.now - restartedAt).toBeLessThan(2 * DEFAULT_SEQ_TIMING.leaseMs);
    const after = c.core(primary).currentLayout as Layout;
    expect(after.epoch).toBeGreaterThan(before.epoch);
    expect(c.core(after.primary).serving).toBe(true);
    // The new layout is installed: nobody asks for another one.
    const settled = c.proposals.length;
    c.advance(5 * DEFAULT_SEQ_TIMING.leaseMs);
    expect(c.proposals.slice(settled)).toEqual([]);
  });

  it("a restarted secondary does the same", () => {
    const c = new Cluster();
    c.serving();
    const before = c.core("n0").currentLayout as Layout;
    const proposalsBefore = c.proposals.length;
    c.restart(before.secondary);
    const restartedAt = c.now;
    c.advance(2 * DEFAULT_SEQ_TIMING.proposeDelayMs);
    expect(c.proposals.slice(proposalsBefore)).toEqual([`${before.secondary}: a generator restarted`]);
    for (const origin of IDS) served(c.answer(c.call(origin, 1, 0)));
    expect(c.now - restartedAt).toBeLessThan(2 * DEFAULT_SEQ_TIMING.leaseMs);
    expect((c.core("n0").currentLayout as Layout).epoch).toBeGreaterThan(before.epoch);
  });
});

/** What a peer's decoder makes of one message: the message, or the error it refuses it with. */
function roundTrip(message: SeqMessage): SeqMessage[] {
  return decodeBatch(encodeBatch([message]));
}

const layoutOf = (epoch: number, start = 5): Layout => ({ epoch, primary: "n1", secondary: "n2", start });

/** Every message that carries a ballot or an epoch, with that value. */
const BALLOT_CARRIERS: [string, (b: number) => SeqMessage][] = [
  ["Seal", (b) => ({ type: "seal", ballot: b })],
  ["Sealed", (b) => ({ type: "sealed", ballot: b, layout: undefined, reserved: 0, stored: 0, seen: 0 })],
  [
    "Sealed's layout",
    (b) => ({ type: "sealed", ballot: 16, layout: layoutOf(b), reserved: 0, stored: 0, seen: 0 }),
  ],
  ["Refused's ballot", (b) => ({ type: "refused", ballot: b, promised: 16 })],
  ["Refused's promise", (b) => ({ type: "refused", ballot: 16, promised: b })],
  ["Install", (b) => ({ type: "install", layout: layoutOf(b) })],
  ["Lease", (b) => ({ type: "lease", layout: layoutOf(b), round: 1 })],
  ["LeaseAck", (b) => ({ type: "lease-ack", epoch: b, round: 1 })],
  ["Req", (b) => ({ type: "req", epoch: b, reqId: 1, count: 1, floor: 0 })],
  ["Fwd", (b) => ({ type: "fwd", epoch: b, origin: "n0", reqId: 1, start: 1, count: 1 })],
  ["Deliver", (b) => ({ type: "deliver", epoch: b, reqId: 1, start: 1, count: 1 })],
  ["Nack", (b) => ({ type: "nack", epoch: b, reqId: 1, reason: "", code: "not-serving", next: 0 })],
  ["Reserve", (b) => ({ type: "reserve", epoch: b, end: 10 })],
  ["Reserved", (b) => ({ type: "reserved", epoch: b, end: 10 })],
];

describe("SeqNode: ballots and epochs stay below MAX_BALLOT (finding 2)", () => {
  it("MAX_BALLOT is 2^48: far above any round a cluster reaches, far below 2^53", () => {
    expect(MAX_BALLOT).toBe(2 ** 48);
  });

  it.each(BALLOT_CARRIERS)(
    "the decoder refuses a %s above MAX_BALLOT and takes MAX_BALLOT itself",
    (_, make) => {
      for (const huge of [2 ** 53 - 2, Number.MAX_SAFE_INTEGER, MAX_BALLOT + 1])
        expect(() => roundTrip(make(huge))).toThrow(SeqProtocolError);
      expect(roundTrip(make(MAX_BALLOT))).toEqual([make(MAX_BALLOT)]);
    },
  );

  it("an Install with epoch 2^53 - 2 is refused at the decoder and ignored by the core: the node goes on serving honest layouts", () => {
    const c = new Cluster();
    const primary = c.serving();
    const before = c.core("n0").currentLayout as Layout;
    const poison: SeqMessage = { type: "install", layout: { ...before, epoch: 2 ** 53 - 2 } };
    expect(() => roundTrip(poison)).toThrow(SeqProtocolError);
    // Fed to the cores past the decoder, it is ignored all the same.
    for (const id of IDS) c.input(id, { type: "messages", from: "n1", messages: [poison] });
    c.settle();
    for (const id of IDS) {
      expect(c.core(id).promisedBallot).toBeLessThanOrEqual(MAX_BALLOT);
      expect(c.core(id).currentLayout).toEqual(before);
    }
    // The primary goes away: the others agree on a new layout with an honest ballot and serve.
    for (const id of IDS) {
      if (id === primary) continue;
      c.cut.add(`${primary}>${id}`).add(`${id}>${primary}`);
      c.input(id, { type: "peer-down", peer: primary });
    }
    const origin = IDS.find((id) => id !== primary) as string;
    const answer = served(c.answer(c.call(origin, 1, 0)));
    const after = c.core(origin).currentLayout as Layout;
    expect(after.epoch).toBeGreaterThan(before.epoch);
    expect(after.epoch).toBeLessThan(1000);
    expect(after.primary).not.toBe(primary);
    expect(answer.start).toBeGreaterThanOrEqual(after.start);
    for (const id of IDS) expect((c.disks.get(id) as DurableState).promised).toBeLessThan(1000);
  });

  it("a node whose next ballot would pass MAX_BALLOT proposes none (no wrap): it says so once and sends no Seal", () => {
    const core = new SeqNode({ self: "n1", nodes: IDS, blockSize: BLOCK, random: () => 0.5 });
    const outputs: SeqOutput[] = [];
    let now = 0;
    outputs.push(
      ...core.handle({ type: "boot", durable: { ...EMPTY_DURABLE_STATE, promised: MAX_BALLOT } }, now),
    );
    for (const peer of ["n0", "n2"]) outputs.push(...core.handle({ type: "peer-up", peer }, now));
    outputs.push(...core.handle({ type: "call", callId: 1, count: 1, floor: 0 }, now));
    for (; now < 15_000; now += 10)
      if (core.wakeAt() <= now) outputs.push(...core.handle({ type: "tick" }, now));
    expect(outputs.filter((o) => o.type === "send" && o.message.type === "seal")).toEqual([]);
    expect(outputs.filter((o) => o.type === "proposing")).toEqual([]);
    expect(outputs.filter((o) => o.type === "ballots-exhausted")).toEqual([
      { type: "ballots-exhausted", promised: MAX_BALLOT, reason: "booted" },
    ]);
    expect(outputs.find((o) => o.type === "failed")).toMatchObject({ callId: 1, error: "unavailable" });
    expect(core.promisedBallot).toBe(MAX_BALLOT);
    // A seal at MAX_BALLOT from a peer is still answered (it is no higher than the promise).
    const answer = core.handle(
      { type: "messages", from: "n0", messages: [{ type: "seal", ballot: MAX_BALLOT }] },
      now,
    );
    const persist = answer.find((o) => o.type === "persist");
    if (persist?.type !== "persist") throw new Error("no persist");
    const sealed = core.handle({ type: "persisted", token: persist.token }, now);
    expect(sealed).toContainEqual(
      expect.objectContaining({
        type: "send",
        to: "n0",
        message: expect.objectContaining({ type: "sealed", ballot: MAX_BALLOT }),
      }),
    );
  });
});

describe("SeqNode: a layout's start is at least 1 (finding 3)", () => {
  it.each([
    ["Install", { type: "install", layout: layoutOf(33, 0) }],
    ["Lease", { type: "lease", layout: layoutOf(33, 0), round: 1 }],
    ["Sealed", { type: "sealed", ballot: 34, layout: layoutOf(33, 0), reserved: 0, stored: 0, seen: 0 }],
    ["Fwd", { type: "fwd", epoch: 33, origin: "n0", reqId: 1, start: 0, count: 1 }],
    ["Deliver", { type: "deliver", epoch: 33, reqId: 1, start: 0, count: 1 }],
    ["a layout of epoch 0", { type: "install", layout: layoutOf(0, 1) }],
  ] as [string, SeqMessage][])("the decoder refuses %s starting at 0", (_, message) => {
    expect(() => roundTrip(message)).toThrow(SeqProtocolError);
  });

  it("a secondary fed a layout starting at 0 past the decoder ignores it; one starting at 1 answers a seal with stored 0", () => {
    for (const start of [0, 1]) {
      const core = new SeqNode({ self: "n2", nodes: IDS, blockSize: BLOCK, random: () => 0.5 });
      let now = 0;
      const run = (input: SeqInput): SeqOutput[] => {
        const outputs = core.handle(input, now);
        for (const o of outputs)
          if (o.type === "persist") outputs.push(...run({ type: "persisted", token: o.token }));
        return outputs;
      };
      run({ type: "boot", durable: EMPTY_DURABLE_STATE });
      now = 1000;
      run({ type: "messages", from: "n1", messages: [{ type: "install", layout: layoutOf(33, start) }] });
      const sealed = run({ type: "messages", from: "n0", messages: [{ type: "seal", ballot: 48 }] }).find(
        (o) => o.type === "send" && o.message.type === "sealed",
      );
      if (sealed?.type !== "send") throw new Error("no Sealed");
      expect(roundTrip(sealed.message)).toEqual([sealed.message]);
      expect(sealed.message).toMatchObject(
        start === 0 ? { layout: undefined, stored: 0 } : { layout: layoutOf(33, 1), stored: 0 },
      );
    }
  });
});
