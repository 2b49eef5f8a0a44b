/** Draws from a seeded Prng that every generator and mutation shares: bytes, text, a weighted pick, an order. */
import type { Prng } from "../../../kit/prng.js";

export function randomBytes(rng: Prng, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = rng.int(256);
  return out;
}

export function randomAscii(rng: Prng, length: number): string {
  let s = "";
  for (let i = 0; i < length; i++) s += String.fromCharCode(32 + rng.int(95));
  return s;
}

/** The index of one of `weights`, each as likely as its weight. */
export function weighted(rng: Prng, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] as number;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

export function shuffle<T>(rng: Prng, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}
