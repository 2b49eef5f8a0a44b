/**
 * One WebSocket message of an input to a node's endpoint: binary bytes, or a text frame (random
 * text, a JSON request, or protobuf bytes that are often not UTF-8 at all).
 */
import type { Prng } from "../../../kit/prng.js";
import type { FuzzMessage } from "../inputs.js";
import { randomAscii } from "../wire/random.js";

export function binary(data: Uint8Array): FuzzMessage {
  return { data, text: false };
}

/** A text frame; `binaryBytes` makes the endpoint's own (protobuf) bytes for one in two of them. */
export function textMessage(rng: Prng, binaryBytes: () => Uint8Array): FuzzMessage {
  const r = rng.next();
  if (r < 0.3) return { data: new TextEncoder().encode(randomAscii(rng, rng.int(80))), text: true };
  if (r < 0.5)
    return {
      data: new TextEncoder().encode(JSON.stringify({ id: rng.int(100), getStatus: {}, kind: "get-status" })),
      text: true,
    };
  // Protobuf bytes in a text frame (often not UTF-8 at all).
  return { data: binaryBytes(), text: true };
}
