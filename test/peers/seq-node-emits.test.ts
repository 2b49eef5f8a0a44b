/**
 * SeqNode fed random messages its decoder admits (seeded): whatever the node emits passes its
 * peers' decoder, and whatever it writes reads back from its store.
 */
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { Prng } from "../../kit/prng.js";
import { SeqProtocolError } from "../../peers/seq/errors.js";
import {
  decodeBatch,
  encodeBatch,
  type Layout,
  MAX_BALLOT,
  MAX_SEQ_NUMBER,
  type SeqMessage,
} from "../../peers/seq/messages.js";
import { EMPTY_DURABLE_STATE, type SeqInput, SeqNode, type SeqOutput } from "../../peers/seq/seq-node.js";
import { parseState } from "../../peers/seq/seq-store.js";

const IDS = ["n0", "n1", "n2"];

/** What a peer's decoder makes of one message: the message, or the error it refuses it with. */
function roundTrip(message: SeqMessage): SeqMessage[] {
  return decodeBatch(encodeBatch([message]));
}

/** Random messages a peer might send: mostly near the node's state, sometimes at or past a bound. */
class PeerMessages {
  constructor(
    private readonly rng: Prng,
    private readonly core: SeqNode,
    private readonly recent: SeqMessage[],
  ) {}

  private ballot(): number {
    const r = this.rng;
    const x = r.next();
    const base = Math.max(this.core.promisedBallot, this.core.currentLayout?.epoch ?? 0);
    if (x < 0.7) return Math.max(0, base + r.int(48) - 8);
    return r.pick([
      0,
      1,
      2 ** 32,
      MAX_BALLOT - r.int(20),
      MAX_BALLOT,
      MAX_BALLOT + 1,
      2 ** 53 - 2,
      2 ** 53 - 1,
    ]);
  }

  private epoch(): number {
    return this.rng.chance(0.6) ? (this.core.currentLayout?.epoch ?? 0) : this.ballot();
  }

  private seqValue(): number {
    const r = this.rng;
    return r.pick([
      0,
      1,
      1 + r.int(1000),
      2 ** 20 + r.int(100),
      MAX_SEQ_NUMBER - r.int(64),
      MAX_SEQ_NUMBER,
      MAX_SEQ_NUMBER + 1,
      2 ** 53 - 2,
    ]);
  }

  private count(): number {
    return this.rng.chance(0.85) ? 1 + this.rng.int(64) : this.rng.pick([0, 2 ** 20, 2 ** 20 + 1]);
  }

  private id(): string {
    return this.rng.chance(0.95) ? this.rng.pick(IDS) : this.rng.pick(["", "x".repeat(65)]);
  }

  private reqId(): number {
    const reqs = this.recent.filter((m) => m.type === "req");
    const req = reqs.length > 0 && this.rng.chance(0.7) ? this.rng.pick(reqs) : undefined;
    return req?.type === "req" ? req.reqId : this.rng.int(100);
  }

  private layout(): Layout {
    return { epoch: this.ballot(), primary: this.id(), secondary: this.id(), start: this.seqValue() };
  }

  /** A reply to something the node sent (so that the node gets somewhere), or a fresh message. */
  next(): SeqMessage {
    const r = this.rng;
    const sent = this.recent.length > 0 && r.chance(0.4) ? r.pick(this.recent) : undefined;
    switch (sent?.type) {
      case "seal":
        return {
          type: "sealed",
          ballot: sent.ballot,
          layout: r.chance(0.5) ? undefined : this.layout(),
          reserved: this.seqValue(),
          stored: this.seqValue(),
          seen: this.seqValue(),
        };
      case "reserve":
        return { type: "reserved", epoch: sent.epoch, end: sent.end };
      case "lease":
        return { type: "lease-ack", epoch: sent.layout.epoch, round: sent.round };
      case "req":
        return {
          type: "deliver",
          epoch: sent.epoch,
          reqId: sent.reqId,
          start: this.seqValue(),
          count: sent.count,
        };
      case "fwd":
        return {
          type: "deliver",
          epoch: sent.epoch,
          reqId: sent.reqId,
          start: sent.start,
          count: sent.count,
        };
      default:
        break;
    }
    switch (r.int(12)) {
      case 0:
        return {
          type: "req",
          epoch: this.epoch(),
          reqId: this.reqId(),
          count: this.count(),
          floor: this.seqValue(),
        };
      case 1:
        return {
          type: "fwd",
          epoch: this.epoch(),
          origin: this.id(),
          reqId: this.reqId(),
          start: this.seqValue(),
          count: this.count(),
        };
      case 2:
        return {
          type: "deliver",
          epoch: this.epoch(),
          reqId: this.reqId(),
          start: this.seqValue(),
          count: this.count(),
        };
      case 3:
        return {
          type: "nack",
          epoch: this.epoch(),
          reqId: this.reqId(),
          reason: "r",
          code: r.pick(["not-serving", "floor-above-issued", "exhausted"] as const),
          next: this.seqValue(),
        };
      case 4:
        return { type: "seal", ballot: this.ballot() };
      case 5:
        return {
          type: "sealed",
          ballot: this.ballot(),
          layout: r.chance(0.5) ? undefined : this.layout(),
          reserved: this.seqValue(),
          stored: this.seqValue(),
          seen: this.seqValue(),
        };
      case 6:
        return { type: "refused", ballot: this.ballot(), promised: this.ballot() };
      case 7:
        return { type: "install", layout: this.layout() };
      case 8:
        return { type: "lease", layout: this.layout(), round: r.int(20) };
      case 9:
        return { type: "lease-ack", epoch: this.epoch(), round: r.int(20) };
      case 10:
        return { type: "reserve", epoch: this.epoch(), end: this.seqValue() };
      default:
        return { type: "reserved", epoch: this.epoch(), end: this.seqValue() };
    }
  }
}

/** Why a peer (or the node's store) could not read what the node emitted; undefined if it can. */
function unreadable(output: SeqOutput): string | undefined {
  try {
    if (output.type === "send") {
      const back = roundTrip(output.message);
      if (!isDeepStrictEqual(back, [output.message]))
        return `${JSON.stringify(output)} reads back as ${JSON.stringify(back)}`;
    } else if (output.type === "persist") {
      const back = parseState(JSON.parse(JSON.stringify(output.state)));
      if (!isDeepStrictEqual(back, output.state))
        return `${JSON.stringify(output)} reads back as ${JSON.stringify(back)}`;
    }
  } catch (error) {
    return `${JSON.stringify(output)} is refused: ${(error as Error).message}`;
  }
  return undefined;
}

describe("SeqNode: whatever a node emits passes its peers' decoder and its own store", () => {
  it("over random inputs its decoder admits (seeded), every message round-trips and every state reads back", () => {
    let valid = 0;
    const problems: string[] = [];
    const emitted = new Set<string>();
    for (let seed = 1; seed <= 40; seed++) {
      const rng = new Prng(seed);
      const self = rng.pick(IDS);
      const peers = IDS.filter((id) => id !== self);
      const core = new SeqNode({
        self,
        nodes: IDS,
        blockSize: rng.pick([16, 1024]),
        random: () => rng.next(),
      });
      const recent: SeqMessage[] = [];
      let persists: number[] = [];
      let now = 1000;
      let callId = 1;
      const feed = (input: SeqInput) => {
        for (const output of core.handle(input, now)) {
          const problem = unreadable(output);
          if (problem !== undefined) problems.push(`seed ${seed}: ${problem}`);
          if (output.type === "send") {
            emitted.add(output.message.type);
            recent.push(output.message);
            if (recent.length > 16) recent.shift();
          } else if (output.type === "persist") persists.push(output.token);
        }
        if (core.promisedBallot > MAX_BALLOT) problems.push(`seed ${seed}: promised ${core.promisedBallot}`);
      };
      const peerMessages = new PeerMessages(rng, core, recent);
      feed({ type: "boot", durable: EMPTY_DURABLE_STATE });
      for (const peer of peers) feed({ type: "peer-up", peer });
      for (let step = 0; step < 150; step++) {
        now += rng.int(120);
        const batch = Array.from({ length: 1 + rng.int(3) }, () => peerMessages.next());
        let decoded: SeqMessage[] | undefined;
        try {
          decoded = decodeBatch(encodeBatch(batch));
        } catch (error) {
          // As the service does: a batch its decoder refuses is dropped whole.
          if (!(error instanceof SeqProtocolError)) throw error;
        }
        if (decoded !== undefined) {
          valid += decoded.length;
          feed({ type: "messages", from: rng.pick(peers), messages: decoded });
        }
        if (rng.chance(0.1))
          feed({ type: "call", callId: callId++, count: 1 + rng.int(8), floor: rng.int(100) });
        if (rng.chance(0.02)) feed({ type: "peer-down", peer: rng.pick(peers) });
        if (rng.chance(0.03)) feed({ type: "peer-up", peer: rng.pick(peers) });
        if (rng.chance(0.8)) {
          const done = persists;
          persists = [];
          for (const token of done) feed({ type: "persisted", token });
        }
        for (let ticks = 0; core.wakeAt() <= now && ticks < 100; ticks++) feed({ type: "tick" });
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    expect(valid).toBeGreaterThan(300);
    // The node got around: it played every part.
    expect([...emitted].sort()).toEqual([
      "deliver",
      "fwd",
      "install",
      "lease",
      "lease-ack",
      "nack",
      "refused",
      "req",
      "reserve",
      "reserved",
      "seal",
      "sealed",
    ]);
  });
});
