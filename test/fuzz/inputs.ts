/**
 * A fuzz input, and the PRNG each one is drawn from: input `index` of endpoint `endpoint` under
 * seed `seed` is the same bytes on every run, whatever ran before it, so a failure's seed and
 * index are all it takes to get its input back.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Prng } from "../../kit/prng.js";

export interface FuzzMessage {
  readonly data: Uint8Array;
  /** Sent as a WebSocket text frame (the bytes as they are, valid UTF-8 or not). */
  readonly text: boolean;
}

export interface FuzzInput {
  readonly endpoint: string;
  readonly index: number;
  readonly messages: readonly FuzzMessage[];
  /** What else the input decides (a partner, a time step, an event), for the failure file. */
  readonly meta: Readonly<Record<string, string | number | boolean>>;
}

/** Where failing inputs are saved (gitignored with the rest of .ccm/). */
export const FAILURE_DIR = ".ccm/fuzz-failures";

function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(a: number, b: number): number {
  let h = Math.imul(a ^ (b + 0x9e3779b9 + (a << 6) + (a >>> 2)), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** The PRNG of one input (or of anything else keyed by a name and an index). */
export function inputRng(seed: number, stream: string, index: number): Prng {
  return new Prng(mix(mix(seed >>> 0, hash32(stream)), index >>> 0) ^ Math.floor(index / 2 ** 32));
}

/** Saves the input's bytes (one file per message) and a description; returns the file names. */
export function saveInput(input: FuzzInput, seed: number, description: string, dir = FAILURE_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `${input.endpoint}-seed${seed}-input${input.index}`);
  const files: string[] = [];
  input.messages.forEach((message, i) => {
    const file = input.messages.length === 1 ? `${base}.bin` : `${base}-m${i}.bin`;
    writeFileSync(file, message.data);
    files.push(file);
  });
  writeFileSync(
    `${base}.json`,
    `${JSON.stringify(
      {
        endpoint: input.endpoint,
        seed,
        index: input.index,
        description,
        meta: input.meta,
        messages: input.messages.map((m, i) => ({ bytes: m.data.length, text: m.text, file: files[i] })),
        replay: `npm run fuzz -- --seed ${seed} --endpoint ${input.endpoint} --index ${input.index}`,
      },
      null,
      2,
    )}\n`,
  );
  files.push(`${base}.json`);
  return files;
}
