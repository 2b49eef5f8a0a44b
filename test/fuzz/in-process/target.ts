/**
 * What an endpoint fuzzed in this process is. What travels only between logged-in cards (session
 * messages, heartbeats, sequence messages, data frames) cannot be sent from outside, so each is
 * fed straight to the code that reads it, the way its runtime does (a typed protocol error is
 * caught and dropped, anything else would reach the node's event loop).
 *
 * A target's state lives for an episode of inputs (a session, a monitor, a sequence node, a card),
 * built from the seed, so that any input can be replayed with the state it met (in-process/runner.ts).
 */
import type { Prng } from "../../../kit/prng.js";
import type { FuzzInput } from "../inputs.js";

/** A check the code under test failed (as opposed to an exception it threw). */
export class FuzzFinding extends Error {
  override readonly name = "FuzzFinding";
}

export interface Episode {
  /** Runs one input; throws for anything the runtime would not survive or should not do. */
  step(input: FuzzInput): void | Promise<void>;
  /** Releases what the episode holds (timers, a service). */
  stop?(): void;
}

export interface InProcessTarget<E extends Episode = Episode> {
  readonly name: string;
  readonly episodeLength: number;
  /** An input taking longer than this (at best of three replays) is a finding; 20 ms unless given. */
  readonly slowMs?: number;
  episode(rng: Prng): E;
  generate(rng: Prng, index: number, episode: E): FuzzInput;
}

/** Ticks a core while it is due; a core due again and again at the same time is a finding. */
export function tickWhileDue(due: () => boolean, tick: () => void, core: string, limit = 100): void {
  for (let ticks = 0; due(); ticks++) {
    if (ticks > limit) throw new FuzzFinding(`${core} wants a tick again and again at the same time`);
    tick();
  }
}
