/** The bytes of one generated message as a single-message input: mostly as it is, else mutated or garbage. */
import type { Prng } from "../../../kit/prng.js";
import { encode } from "../wire/encode.js";
import { mutateBytes } from "../wire/mutate-bytes.js";
import { mutateTree } from "../wire/mutate-tree.js";
import { randomBytes } from "../wire/random.js";
import type { Msg } from "../wire/tree.js";

/** Most inputs are the message, some mutated as a tree, some as bytes, some plain garbage. */
export function treeOrBytes(rng: Prng, m: Msg): Uint8Array {
  const r = rng.next();
  if (r < 0.45) return encode(m).bytes;
  if (r < 0.7) return encode(mutateTree(m, rng, 1 + rng.int(4))).bytes;
  if (r < 0.92) return mutateBytes(encode(m), rng, 1 + rng.int(3));
  return randomBytes(rng, rng.int(48));
}
