/**
 * One input of the card's fabric port: the messages of one connection from a card without the
 * secret (a login with a wrong proof, data frames before or after it, garbage, an oversized message),
 * over a card's raw TCP link (odd inputs) or a WebSocket (even ones): the port takes both.
 */
import type { Prng } from "../../../kit/prng.js";
import type { FuzzInput, FuzzMessage } from "../inputs.js";
import { concat, type Encoded, encodeDelimited } from "../wire/encode.js";
import { mutateBytes } from "../wire/mutate-bytes.js";
import { randomBytes, weighted } from "../wire/random.js";
import { type FabricContext, fabricFrames } from "./fabric-frames.js";
import { binary, textMessage } from "./ws-message.js";

const LOGIN_BODIES = {
  "Frame.login": 10,
  "Frame.challenge": 1,
  "Frame.accept": 1,
  "Frame.request": 2,
  "Frame.response": 2,
};
const DATA_BODIES = {
  "Frame.login": 0.5,
  "Frame.challenge": 0.2,
  "Frame.accept": 0.2,
  "Frame.request": 5,
  "Frame.response": 3,
};

export function fabricInput(endpoint: string, rng: Prng, index: number, ctx: FabricContext): FuzzInput {
  const kind = weighted(rng, [30, 15, 15, 10, 10, 8, 6, 4, 2]);
  const messages: FuzzMessage[] = [];
  let what: string;
  const frames = (count: number, bodies: Record<string, number>): Encoded =>
    encodeDelimited(fabricFrames(rng, ctx, count, bodies));
  switch (kind) {
    case 0:
      messages.push(binary(frames(1, { "Frame.login": 1 }).bytes));
      what = "login with a wrong proof";
      break;
    case 1:
      messages.push(binary(mutateBytes(frames(1, LOGIN_BODIES), rng, 1 + rng.int(4))));
      what = "mutated login frame";
      break;
    case 2:
      messages.push(binary(frames(1 + rng.int(6), DATA_BODIES).bytes));
      what = "data frames before login";
      break;
    case 3:
      messages.push(binary(frames(1, { "Frame.login": 1 }).bytes));
      messages.push(binary(frames(1 + rng.int(4), DATA_BODIES).bytes));
      what = "data frames after a failed login";
      break;
    case 4:
      messages.push(
        binary(concat(frames(1, { "Frame.login": 1 }).bytes, frames(1 + rng.int(20), DATA_BODIES).bytes)),
      );
      what = "login and data frames in one message";
      break;
    case 5:
      messages.push(binary(randomBytes(rng, rng.chance(0.9) ? rng.int(80) : rng.int(10_000))));
      what = "random bytes";
      break;
    case 6:
      messages.push(textMessage(rng, () => frames(1, LOGIN_BODIES).bytes));
      what = "text frame";
      break;
    case 7:
      messages.push(binary(mutateBytes(frames(2 + rng.int(30), DATA_BODIES), rng, 1 + rng.int(3))));
      what = "mutated batch of frames";
      break;
    default:
      // Past the link's frame limit (4 MiB + 1 KiB), or just under it.
      messages.push(binary(new Uint8Array(4 * 1024 * 1024 + 1024 + rng.pick([-1, 1, 4096]))));
      what = "oversized message";
      break;
  }
  return {
    endpoint,
    index,
    messages,
    meta: {
      card: ctx.cards[0] as number,
      kind: what,
      waitForChallenge: rng.chance(0.8),
      // From the index, not the PRNG: the same seed draws the same bytes as before TCP links.
      transport: index % 2 === 1 ? "tcp" : "ws",
    },
  };
}
