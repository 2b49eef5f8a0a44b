/** A Heartbeat (proto/heartbeat.proto) as a partner's monitor might send it, or not. */
import type { Prng } from "../../../kit/prng.js";
import { Generator } from "../wire/generator.js";
import { int } from "../wire/tree.js";
import { treeOrBytes } from "./mutated-message.js";

export function heartbeatBytes(rng: Prng): Uint8Array {
  const gen = new Generator(rng, {
    hint: (path, r, g) => {
      if (path === "Heartbeat.seq") return r.chance(0.6) ? int(r.int(1000)) : g.boundary();
      if (path === "Heartbeat.intervalMs") return r.chance(0.7) ? int(100) : g.boundary();
      return undefined;
    },
  });
  return treeOrBytes(rng, gen.message("heartbeat.Heartbeat"));
}
