/**
 * An in-process input: one binary message, and in its meta what else it decides (the partner it
 * comes from, an event, a time step), read back by the target's episode.
 */
import type { Prng } from "../../../kit/prng.js";
import type { FuzzInput } from "../inputs.js";

/** An input of one binary message; `meta` holds what else it decides (a partner, a time step). */
export function singleMessage(
  endpoint: string,
  index: number,
  data: Uint8Array,
  meta: FuzzInput["meta"] = {},
): FuzzInput {
  return { endpoint, index, messages: [{ data, text: false }], meta };
}

/** The bytes of an input's (first) message. */
export function data(input: FuzzInput): Uint8Array {
  return input.messages[0]?.data ?? new Uint8Array(0);
}

export function num(input: FuzzInput, key: string): number {
  return Number(input.meta[key] ?? 0);
}

export function str(input: FuzzInput, key: string): string {
  return String(input.meta[key] ?? "");
}

/** A time step: mostly small, sometimes past every timeout of the cores. */
export function timeStep(rng: Prng): number {
  const r = rng.next();
  if (r < 0.5) return rng.int(5);
  if (r < 0.85) return rng.int(120);
  if (r < 0.98) return 100 + rng.int(900);
  return 1000 + rng.int(20_000);
}
