/** A SeqCall (proto/seq.proto) as a caller of the sequence service might send it, or not. */
import type { Prng } from "../../../kit/prng.js";
import { Generator } from "../wire/generator.js";
import { mutateTree } from "../wire/mutate-tree.js";
import { int, type Msg } from "../wire/tree.js";

export function seqCallMsg(rng: Prng): Msg {
  const gen = new Generator(rng, {
    oneofWeights: { "SeqCall.next": 4, "SeqCall.status": 1 },
    hint: (path, r, g) => {
      if (path === "NextRequest.count") {
        const x = r.next();
        if (x < 0.7) return int(1 + r.int(64));
        if (x < 0.8) return int(r.pick([0, 2 ** 20, 2 ** 20 + 1]));
        return g.boundary();
      }
      if (path === "NextRequest.floor") return r.chance(0.6) ? int(r.int(1000)) : g.boundary();
      return undefined;
    },
  });
  const m = gen.message("seq.SeqCall");
  if (rng.chance(0.25)) mutateTree(m, rng, 1 + rng.int(3));
  return m;
}
