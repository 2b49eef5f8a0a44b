/**
 * One input of a node's client endpoint: a WebSocket message of client or admin requests (one to
 * a few, hundreds, around the 1024 a message may hold), mutated as trees or bytes, spliced, a
 * text frame, random bytes, or a huge message. Request ids are unique across a connection's inputs.
 */
import type { Prng } from "../../../kit/prng.js";
import type { FuzzInput, FuzzMessage } from "../inputs.js";
import { concat, encode, encodeDelimited } from "../wire/encode.js";
import { Generator } from "../wire/generator.js";
import { mutateBytes } from "../wire/mutate-bytes.js";
import { mutateTree } from "../wire/mutate-tree.js";
import { randomBytes, weighted } from "../wire/random.js";
import { int, type Msg, msg } from "../wire/tree.js";
import { clientHint, type NodeContext } from "./client-hints.js";
import { binary, textMessage } from "./ws-message.js";

/** Request ids an input uses: its own range, so ids are unique across a connection's inputs. */
const IDS_PER_INPUT = 4099;

function idFor(index: number, k: number): number {
  return ((index * IDS_PER_INPUT + k) % 0xffff_fffe) + 1;
}

const CLIENT_BODIES = {
  "Request.register": 6,
  "Request.send": 18,
  "Request.remote": 22,
  "Request.localRead": 8,
  "Request.localWrite": 8,
  "Request.partnerStatus": 5,
  "Request.reportPartnerDown": 3,
  "Request.getStatus": 3,
  "Request.setOsState": 0.3,
  "Request.setFaults": 0.3,
  "Request.serviceCall": 20,
};

const ADMIN_BODIES = {
  "Request.register": 0.3,
  "Request.send": 0.3,
  "Request.remote": 0.3,
  "Request.localRead": 0.3,
  "Request.localWrite": 0.3,
  "Request.partnerStatus": 0.3,
  "Request.reportPartnerDown": 0.3,
  "Request.getStatus": 8,
  "Request.setOsState": 8,
  "Request.setFaults": 8,
  "Request.serviceCall": 0.3,
};

/** Requests cheap for a node to carry out, for the batches of a thousand. */
const CHEAP_BODIES = {
  "Request.getStatus": 1,
  "Request.localRead": 3,
  "Request.localWrite": 2,
  "Request.partnerStatus": 1,
  "Request.send": 1,
};

function requests(
  rng: Prng,
  ctx: NodeContext,
  count: number,
  nextId: () => number,
  bodies: Record<string, number>,
): Msg[] {
  if (count > 40) {
    // Hundreds of requests: two dozen bodies, each request one of them under an id of its own.
    const small = requests(rng, ctx, 24, nextId, bodies).filter((t) => encode(t).bytes.length <= 2048);
    const templates = small.length > 0 ? small : requests(rng, ctx, 1, nextId, { "Request.getStatus": 1 });
    return Array.from({ length: count }, () => ({
      fields: rng
        .pick(templates)
        .fields.map((f) =>
          f.no === 1 && f.wire === 0 && f.value.t === "int" ? { ...f, value: int(nextId()) } : f,
        ),
    }));
  }
  const gen = new Generator(rng, { hint: clientHint(ctx, nextId), oneofWeights: bodies });
  return Array.from({ length: count }, () => {
    const m = gen.message("client.Request");
    if (rng.chance(0.15)) mutateTree(m, rng, 1 + rng.int(3));
    return m;
  });
}

/** One WebSocket message for a node's client endpoint (requests, admin requests or garbage). */
export function clientInput(
  endpoint: string,
  rng: Prng,
  index: number,
  ctx: NodeContext,
  admin = false,
): FuzzInput {
  let k = 0;
  const nextId = () => idFor(index, k++);
  const bodies = admin ? ADMIN_BODIES : CLIENT_BODIES;
  const many = (count: number, which: Record<string, number> = bodies) =>
    requests(rng, ctx, count, nextId, which);
  const kind = weighted(rng, [45, 15, 9, 3, 0.4, 8, 6, 5, 3]);
  let message: FuzzMessage;
  let what: string;
  switch (kind) {
    case 0: {
      const encoded = encodeDelimited(many(1 + rng.int(6)));
      message = binary(rng.chance(0.25) ? mutateBytes(encoded, rng, 1 + rng.int(2)) : encoded.bytes);
      what = "batch";
      break;
    }
    case 1: {
      const [one] = many(1);
      mutateTree(one as Msg, rng, 1 + rng.int(4));
      message = binary(mutateBytes(encodeDelimited([one as Msg]), rng, rng.int(3)));
      what = "mutated request";
      break;
    }
    case 2:
      message = binary(encodeDelimited(many(10 + rng.int(190))).bytes);
      what = "batch of hundreds";
      break;
    case 3: {
      // Around the most requests one message may hold (1024).
      const count = rng.pick([1023, 1024, 1025, 900 + rng.int(250)]);
      message = binary(encodeDelimited(many(count, admin ? { "Request.getStatus": 1 } : CHEAP_BODIES)).bytes);
      what = `${count} requests`;
      break;
    }
    case 4:
      message = binary(hugeMessage(rng, index));
      what = "huge message";
      break;
    case 5: {
      const length = rng.chance(0.9) ? rng.int(65) : rng.int(20_000);
      message = binary(randomBytes(rng, length));
      what = "random bytes";
      break;
    }
    case 6:
      message = textMessage(rng, () => encodeDelimited(many(1 + rng.int(3))).bytes);
      what = "text frame";
      break;
    case 7: {
      // Crossover: one batch's head, another's tail.
      const a = encodeDelimited(many(1 + rng.int(4))).bytes;
      const b = encodeDelimited(many(1 + rng.int(4))).bytes;
      message = binary(concat(a.subarray(0, rng.int(a.length + 1)), b.subarray(rng.int(b.length + 1))));
      what = "spliced batches";
      break;
    }
    default:
      message = binary(rng.chance(0.5) ? new Uint8Array(0) : Uint8Array.of(rng.pick([0, 0x80, 0xff])));
      what = "empty or one byte";
      break;
  }
  return { endpoint, index, messages: [message], meta: { node: ctx.self, kind: what } };
}

/** The largest inputs: a message full of zeros, or of GetStatus requests, up to the frame limit. */
function hugeMessage(rng: Prng, index: number): Uint8Array {
  const size = rng.pick([100_000, 1_000_000, 4 * 1024 * 1024]);
  if (rng.chance(0.5)) return new Uint8Array(size);
  // Requests {id, get_status {}} back to back: about 590,000 of them in 4 MiB.
  const one = encodeDelimited([
    {
      fields: [
        { no: 1, wire: 0, value: int(idFor(index, 0)) },
        { no: 9, wire: 2, value: msg({ fields: [] }) },
      ],
    },
  ]).bytes;
  const out = new Uint8Array(size - (size % one.length));
  for (let at = 0; at < out.length; at += one.length) out.set(one, at);
  return out;
}
