/**
 * SeqNode, the sequence service's state machine, driven directly: three cores, a synchronous
 * message network (through the real codec), disks that take every write at once, and a clock the
 * test moves. What a hostile caller's floor may and may not do to the service.
 */
import { describe, expect, it } from "vitest";
import { decodeBatch, encodeBatch, MAX_SEQ_NUMBER, type SeqMessage } from "../../peers/seq/messages.js";
import {
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
