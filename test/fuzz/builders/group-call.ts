/**
 * A GroupCall (proto/group.proto) as an application instance might send it, or a hostile one:
 * registers in the fuzzer's groups or under malformed names, sends and unregisters as its own
 * instance, as another connection's, as another node's or as no instance at all, pongs with the
 * nonce it was pinged with or any other, payloads about the 64 KiB limit, the test hook.
 * Critical registrations are never generated (a critical instance that fails resets its node,
 * legitimately); a mutation may still make one, which the target allows for.
 */
import type { Prng } from "../../../kit/prng.js";
import { encode } from "../wire/encode.js";
import { Generator } from "../wire/generator.js";
import { mutateBytes } from "../wire/mutate-bytes.js";
import { mutateTree } from "../wire/mutate-tree.js";
import { randomBytes } from "../wire/random.js";
import { bytes, int, LEN, type Msg, msg, text, VARINT, type Value } from "../wire/tree.js";
import { FUZZ_GROUPS } from "./group-batch.js";

export interface GroupCallContext {
  /** The caller's own registered instances, and the other connections'. */
  readonly own: readonly string[];
  readonly others: readonly string[];
  /** Nonces the caller was pinged with lately, per instance. */
  readonly pings: readonly { readonly instance: string; readonly nonce: number }[];
  /** This node and its incarnation (instance ids are "<node>/<boot>/<n>"). */
  readonly node: string;
  readonly boot: number;
}

const CALL_BODIES = {
  "GroupCall.register": 3,
  "GroupCall.send": 6,
  "GroupCall.unregister": 1,
  "GroupCall.pong": 3,
  "GroupCall.groups": 1,
  "GroupCall.armCrash": 0.3,
};

function instance(r: Prng, ctx: GroupCallContext, g: Generator): Value {
  const x = r.next();
  if (x < 0.6 && ctx.own.length > 0) return text(r.pick(ctx.own));
  if (x < 0.75 && ctx.others.length > 0) return text(r.pick(ctx.others));
  if (x < 0.85) return text(`${ctx.node}/${ctx.boot}/${1 + r.int(20)}`);
  if (x < 0.9)
    return text(r.pick(["b/1/1", `${ctx.node}/${ctx.boot + 1}/1`, `${ctx.node}/${ctx.boot}/0`, ""]));
  return text(g.string());
}

export function groupCallBytes(rng: Prng, ctx: GroupCallContext): Uint8Array {
  const gen = new Generator(rng, {
    oneofWeights: CALL_BODIES,
    fieldChance: 0.95,
    hint: (path, r, g) => {
      switch (path) {
        case "RegisterRequest.group":
          return text(
            r.chance(0.85) ? r.pick(FUZZ_GROUPS) : r.pick(["", " g", "x".repeat(65), "é", g.string()]),
          );
        case "RegisterRequest.critical":
          return int(0);
        case "SendRequest.instance":
        case "UnregisterRequest.instance":
        case "PongRequest.instance":
          return instance(r, ctx, g);
        case "SendRequest.payload": {
          const x = r.next();
          if (x < 0.9) return bytes(randomBytes(r, r.int(64)));
          return bytes(new Uint8Array(r.pick([65_535, 65_536, 65_537, 300_000])));
        }
        case "PongRequest.nonce": {
          const x = r.next();
          if (x < 0.6 && ctx.pings.length > 0) return int(r.pick(ctx.pings).nonce);
          if (x < 0.8) return int(r.int(50));
          return g.boundary();
        }
        case "ArmCrash.phase":
          return text(r.pick(["proposal", "commit", "", g.string()]));
        default:
          return undefined;
      }
    },
  });
  const ping = ctx.pings.length > 0 && rng.chance(0.2) ? rng.pick(ctx.pings) : undefined;
  // A pong that answers a ping: the same instance and nonce.
  const m: Msg =
    ping === undefined
      ? gen.message("group.GroupCall")
      : {
          fields: [
            {
              no: 4,
              wire: LEN,
              value: msg({
                fields: [
                  { no: 1, wire: LEN, value: text(ping.instance) },
                  { no: 2, wire: VARINT, value: int(ping.nonce) },
                ],
              }),
            },
          ],
        };
  const r = rng.next();
  if (r < 0.7) return encode(m).bytes;
  if (r < 0.85) return encode(mutateTree(m, rng, 1 + rng.int(3))).bytes;
  if (r < 0.97) return mutateBytes(encode(m), rng, 1 + rng.int(3));
  return randomBytes(rng, rng.int(40));
}
