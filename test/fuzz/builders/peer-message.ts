/** A session message (proto/ccm.proto PeerMessage) as a partner node might send it, or not. */
import type { Prng } from "../../../kit/prng.js";
import { Generator } from "../wire/generator.js";
import { int, msg, text } from "../wire/tree.js";
import { treeOrBytes } from "./mutated-message.js";

export interface SessionContext {
  readonly sessionId: number;
  readonly clients: readonly string[];
}

export function peerMessageBytes(rng: Prng, ctx: SessionContext): Uint8Array {
  const gen = new Generator(rng, {
    oneofWeights: { "PeerMessage.info": 2, "PeerMessage.portState": 6, "PeerMessage.ready": 2 },
    hint: (path, r, g) => {
      switch (path) {
        case "PeerMessage.sessionId":
          return r.chance(0.85) ? int(ctx.sessionId) : g.boundary();
        case "PeerInfo.version":
          return r.chance(0.85) ? int(1) : g.number();
        case "PeerInfo.node":
          return text(r.chance(0.8) ? "b" : g.string());
        case "PeerInfo.clients":
          return Array.from({ length: r.chance(0.95) ? r.int(5) : 60 + r.int(10) }, () =>
            msg(g.message("ccm.PortState", 1)),
          );
        case "PortState.client":
          return text(r.chance(0.85) ? r.pick(ctx.clients) : g.string());
        case "PortState.present":
          return int(r.chance(0.75) ? 1 : 0);
        case "PortState.vis":
        case "PortState.peerVis": {
          const n = r.chance(0.9) ? r.int(4) : r.pick([16, 17, 40]);
          return Array.from({ length: n }, () => (r.chance(0.9) ? int(1 + r.int(30)) : g.boundary()));
        }
        case "PortState.memoryAddress":
          return r.chance(0.8) ? int(0x10000 + 4096 * r.int(64)) : g.boundary();
        case "PortState.memoryLength":
          return r.chance(0.8) ? int(r.pick([0, 4096, 65536])) : g.boundary();
        case "PortState.rkey":
          return r.chance(0.8) ? int(r.nextUint32()) : g.boundary();
        default:
          return undefined;
      }
    },
  });
  return treeOrBytes(rng, gen.message("ccm.PeerMessage"));
}
