/**
 * Fabric frames (proto/fabric.proto Frame) from a card without the fabric's secret: logins,
 * challenges and accepts with the fabric's real card addresses and id, data requests and responses
 * with small VIs, PSNs near zero and addresses in the bootstrap region; some mutated as trees.
 */
import type { Prng } from "../../../kit/prng.js";
import { Generator, type Hint } from "../wire/generator.js";
import { mutateTree } from "../wire/mutate-tree.js";
import { randomBytes } from "../wire/random.js";
import { bytes, int, type Msg } from "../wire/tree.js";

export interface FabricContext {
  /** Every card address of the fabric, the target's first. */
  readonly cards: readonly number[];
  readonly fabricId: number;
}

function fabricHint(ctx: FabricContext): Hint {
  return (path, rng, gen) => {
    switch (path) {
      case "LinkLogin.hardwareAddress":
      case "LinkChallenge.hardwareAddress":
        return rng.chance(0.8)
          ? int(rng.pick(ctx.cards))
          : rng.chance(0.5)
            ? int(rng.nextUint32() & 0xffffff)
            : gen.boundary();
      case "LinkLogin.fabricId":
      case "LinkChallenge.fabricId":
        return rng.chance(0.85) ? int(ctx.fabricId) : gen.number();
      case "LinkLogin.cardIncarnation":
      case "LinkChallenge.cardIncarnation":
        return rng.chance(0.7) ? int(1 + rng.int(2 ** 31)) : gen.boundary();
      case "LinkLogin.nonce":
      case "LinkChallenge.nonce":
      case "LinkLogin.proof":
      case "LinkAccept.proof":
        return bytes(randomBytes(rng, rng.chance(0.85) ? 32 : rng.pick([0, 31, 33, 64])));
      case "LinkLogin.protocolVersion":
      case "LinkChallenge.protocolVersion":
        return rng.chance(0.85) ? int(1) : gen.number();
      default:
        return dataFrameHint(path, rng, gen);
    }
  };
}

/** Hints for fabric.Request / fabric.Response: small VIs, PSNs near zero, the bootstrap region. */
const dataFrameHint: Hint = (path, rng, gen) => {
  switch (path) {
    case "Request.requesterVi":
    case "Request.responderVi":
    case "Response.requesterVi":
    case "Response.responderVi":
      return rng.chance(0.85) ? int(rng.int(4)) : gen.boundary();
    case "Request.generation":
    case "Response.generation":
    case "Request.psn":
    case "Response.psn":
    case "Request.attempt":
    case "Response.attempt":
      return rng.chance(0.8) ? int(rng.int(4)) : gen.boundary();
    case "Request.opcode":
      return rng.chance(0.9) ? int(rng.int(8)) : gen.boundary();
    case "Request.remoteAddress":
      return rng.chance(0.7)
        ? int(0x1000 + 8 * rng.int(512))
        : rng.chance(0.5)
          ? int(0x4000 + 8 * rng.int(600))
          : gen.boundary();
    case "Request.rkey":
      return rng.chance(0.6) ? int(0xb007) : gen.number();
    case "Request.length":
      return rng.chance(0.8) ? int(rng.pick([0, 1, 8, 64, 4096, 4097])) : gen.boundary();
    case "Request.payload":
    case "Response.payload":
      return bytes(randomBytes(rng, rng.chance(0.95) ? rng.int(72) : 4096 + rng.int(2048)));
    case "Request.segmentOffset":
    case "Request.messageLength":
      return rng.chance(0.7) ? int(rng.pick([0, 8, 64, 4096])) : gen.boundary();
    case "Request.alignment":
    case "Response.alignment":
      return bytes(new Uint8Array(rng.int(9)));
    case "Response.status":
      return rng.chance(0.9) ? int(rng.int(9)) : gen.boundary();
    default:
      return undefined;
  }
};

/** `count` frames, each body drawn by `bodies` (weights by "Frame.member"). */
export function fabricFrames(
  rng: Prng,
  ctx: FabricContext,
  count: number,
  bodies: Record<string, number>,
): Msg[] {
  const gen = new Generator(rng, { hint: fabricHint(ctx), oneofWeights: bodies, fieldChance: 0.9 });
  return Array.from({ length: count }, () => {
    const m = gen.message("fabric.Frame");
    if (rng.chance(0.2)) mutateTree(m, rng, 1 + rng.int(3));
    return m;
  });
}
