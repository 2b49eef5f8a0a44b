/**
 * Mutations of encoded bytes: bit flips, truncation, insertion, deletion, a stretch repeated, a
 * random tail spliced on, boundary or overlong varints dropped in, and length prefixes that lie
 * (where the encoding says they are, wire/encode.ts).
 */
import type { Prng } from "../../../kit/prng.js";
import { concat, type Encoded, varintBytes } from "./encode.js";
import { randomBytes } from "./random.js";
import { BOUNDARY_NUMBERS } from "./tree.js";

/** Applies `count` byte-level mutations to the bytes (of an encoding, whose length prefixes may lie). */
export function mutateBytes(input: Encoded | Uint8Array, rng: Prng, count = 1): Uint8Array {
  let data = input instanceof Uint8Array ? input : input.bytes;
  let lengths = input instanceof Uint8Array ? [] : [...input.lengths];
  for (let n = 0; n < count; n++) {
    const kind = rng.int(9);
    if (kind === 0 && lengths.length > 0) {
      // A length prefix that lies (the content stays as it was).
      const site = rng.pick(lengths);
      const current = readVarint(data, site.at);
      const lie = rng.pick([
        0n,
        current + 1n,
        current > 0n ? current - 1n : 2n,
        current * 2n + 7n,
        ...BOUNDARY_NUMBERS,
      ]);
      data = concat(data.subarray(0, site.at), varintBytes(lie), data.subarray(site.at + site.size));
      lengths = [];
      continue;
    }
    if (data.length === 0) {
      data = randomBytes(rng, 1 + rng.int(8));
      continue;
    }
    const at = rng.int(data.length);
    switch (kind) {
      case 0:
      case 1: {
        data = data.slice();
        const flips = 1 + rng.int(4);
        for (let i = 0; i < flips; i++) {
          const p = rng.int(data.length);
          data[p] = (data[p] as number) ^ (1 << rng.int(8));
        }
        break;
      }
      case 2:
        data = data.slice(0, at);
        break;
      case 3:
        data = concat(data.subarray(0, at), randomBytes(rng, 1 + rng.int(16)), data.subarray(at));
        break;
      case 4: {
        const end = Math.min(data.length, at + 1 + rng.int(16));
        data = concat(data.subarray(0, at), data.subarray(end));
        break;
      }
      case 5: {
        // A stretch of the message again, right after itself.
        const end = Math.min(data.length, at + 1 + rng.int(64));
        data = concat(data.subarray(0, end), data.subarray(at, end), data.subarray(end));
        break;
      }
      case 6: {
        // Splice: our head, a random tail.
        const other = randomBytes(rng, rng.int(32));
        data = concat(data.subarray(0, at), other.subarray(rng.int(other.length + 1)));
        break;
      }
      case 7: {
        // A boundary varint (or an overlong one) dropped in.
        const value = rng.chance(0.8)
          ? varintBytes(rng.pick(BOUNDARY_NUMBERS))
          : Uint8Array.from({ length: 11 + rng.int(6) }, () => 0xff);
        data = concat(data.subarray(0, at), value, data.subarray(at));
        break;
      }
      default: {
        data = data.slice();
        data[at] = rng.pick([0x00, 0xff, 0x80, 0x7f]);
        break;
      }
    }
    lengths = [];
  }
  return data;
}

/** The varint at `at`, read leniently (a mutated encoding may end in the middle of one). */
function readVarint(data: Uint8Array, at: number): bigint {
  let value = 0n;
  let shift = 0n;
  for (let i = at; i < data.length && i < at + 10; i++) {
    const b = data[i] as number;
    value |= BigInt(b & 0x7f) << shift;
    if (b < 0x80) break;
    shift += 7n;
  }
  return value;
}
