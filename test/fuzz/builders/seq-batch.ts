/**
 * A SeqBatch (proto/seq.proto) a sequence peer might send: numbers near the target's epoch and
 * ballot, replies to messages the target sent lately, fresh messages, hundreds at once, or garbage.
 */
import type { Prng } from "../../../kit/prng.js";
import { encode } from "../wire/encode.js";
import { Generator, type Hint } from "../wire/generator.js";
import { mutateBytes } from "../wire/mutate-bytes.js";
import { mutateTree } from "../wire/mutate-tree.js";
import { randomBytes } from "../wire/random.js";
import { int, type Msg, msg, text, type Value } from "../wire/tree.js";

export interface SeqContext {
  readonly nodes: readonly string[];
  /** The target's current epoch and the ballot it promised. */
  readonly epoch: number;
  readonly promised: number;
  /** Messages the target sent lately (encoded SeqMessage bodies), to answer or echo. */
  readonly recent: readonly Msg[];
}

const SEQ_BODIES = {
  "SeqMessage.req": 5,
  "SeqMessage.fwd": 3,
  "SeqMessage.deliver": 3,
  "SeqMessage.nack": 2,
  "SeqMessage.seal": 2,
  "SeqMessage.sealed": 3,
  "SeqMessage.refused": 1,
  "SeqMessage.install": 2,
  "SeqMessage.lease": 3,
  "SeqMessage.leaseAck": 3,
  "SeqMessage.reserve": 2,
  "SeqMessage.reserved": 3,
};

function seqHint(ctx: SeqContext): Hint {
  const near = (r: Prng, base: number, g: Generator): Value => {
    const x = r.next();
    if (x < 0.5) return int(base);
    if (x < 0.8) return int(Math.max(0, base + r.int(40) - 8));
    return g.boundary();
  };
  return (path, r, g) => {
    const field = path.slice(path.indexOf(".") + 1);
    switch (field) {
      case "epoch":
        return near(r, ctx.epoch, g);
      case "ballot":
      case "promised":
        return near(r, Math.max(ctx.epoch, ctx.promised) + 16, g);
      case "primary":
      case "secondary":
      case "origin":
        return text(r.chance(0.9) ? r.pick(ctx.nodes) : g.string());
      case "count":
        return r.chance(0.8)
          ? int(1 + r.int(64))
          : r.chance(0.5)
            ? int(r.pick([0, 2 ** 20, 2 ** 20 + 1]))
            : g.boundary();
      case "reqId":
        return r.chance(0.8) ? int(1 + r.int(50)) : g.boundary();
      case "start":
      case "end":
      case "reserved":
      case "stored":
      case "seen":
      case "floor":
      case "next":
        return r.chance(0.7) ? int(r.pick([0, 1, 2 ** 20, 2 ** 21]) + r.int(100)) : g.boundary();
      case "round":
        return r.chance(0.8) ? int(r.int(20)) : g.boundary();
      default:
        return undefined;
    }
  };
}

export function seqBatchBytes(rng: Prng, ctx: SeqContext): Uint8Array {
  const gen = new Generator(rng, { hint: seqHint(ctx), oneofWeights: SEQ_BODIES, fieldChance: 0.95 });
  const r = rng.next();
  const count = r < 0.85 ? 1 + rng.int(6) : r < 0.97 ? 20 + rng.int(300) : rng.pick([4096, 4097]);
  const messages: Msg[] = [];
  const fresh = () =>
    ctx.recent.length > 0 && rng.chance(0.35)
      ? answer(rng, rng.pick(ctx.recent), gen)
      : gen.message("seq.SeqMessage");
  // Hundreds of messages: two dozen, each many times.
  const templates = count > 40 ? Array.from({ length: 24 }, fresh) : [];
  for (let i = 0; i < count; i++) messages.push(templates.length > 0 ? rng.pick(templates) : fresh());
  const batch: Msg = { fields: messages.map((m) => ({ no: 1, wire: 2, value: msg(m) })) };
  const x = rng.next();
  if (x < 0.6 || count > 400) return encode(batch).bytes;
  if (x < 0.8) return encode(mutateTree(batch, rng, 1 + rng.int(3))).bytes;
  if (x < 0.95) return mutateBytes(encode(batch), rng, 1 + rng.int(3));
  return randomBytes(rng, rng.int(64));
}

/**
 * A reply to a message the target sent (Seal -> Sealed, Reserve -> Reserved, Lease -> LeaseAck,
 * Req -> Fwd/Deliver), its numbers copied over, or the message echoed back as it was.
 */
function answer(rng: Prng, sent: Msg, gen: Generator): Msg {
  const body = sent.fields[0];
  if (body === undefined || body.value.t !== "msg" || rng.chance(0.15)) return sent;
  const fields = body.value.v.fields;
  const copy = (no: number, to = no) => fields.filter((f) => f.no === no).map((f) => ({ ...f, no: to }));
  const reply = (oneof: number, inner: Msg): Msg => ({ fields: [{ no: oneof, wire: 2, value: msg(inner) }] });
  switch (body.no) {
    case 5: // Seal -> Sealed {ballot, layout?, reserved, stored, seen}
      return reply(6, {
        fields: [...copy(1), ...gen.message("seq.Sealed").fields.filter((f) => f.no !== 1)],
      });
    case 11: // Reserve -> Reserved {epoch, end}
      return reply(12, { fields: [...copy(1), ...copy(2)] });
    case 9: {
      // Lease {layout, round} -> LeaseAck {epoch, round}
      const layout = fields.find((f) => f.no === 1);
      const epoch = layout?.value.t === "msg" ? layout.value.v.fields.filter((f) => f.no === 1) : [];
      return reply(10, { fields: [...epoch, ...copy(2)] });
    }
    case 1: // Req {epoch, req_id, count, floor} -> Deliver {epoch, req_id, start, count}
      return reply(3, {
        fields: [...copy(1), ...copy(2), { no: 3, wire: 0, value: int(rng.int(2 ** 21)) }, ...copy(3, 4)],
      });
    case 2: // Fwd -> Deliver
      return reply(3, { fields: [...copy(1), ...copy(3, 2), ...copy(4, 3), ...copy(5, 4)] });
    default:
      return sent;
  }
}
