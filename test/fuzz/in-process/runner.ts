/**
 * Runs an in-process target through its budget: input after input, each episode's state built
 * from the seed (a replay rebuilds it from the episode's first input), in slices that leave the
 * event loop to timers and sockets. An exception, a failed check, an uncaught error and an input
 * slower than the target's bound (at best of three replays) are findings.
 */
import { performance } from "node:perf_hooks";
import { type Budget, Indexes } from "../budget.js";
import { type FuzzInput, inputRng } from "../inputs.js";
import type { EndpointStats, RunState } from "../run-state.js";
import { type Episode, FuzzFinding, type InProcessTarget } from "./target.js";

/** One input taking longer than this in a decoder or core is a finding (when it does so again on replay). */
const SLOW_INPUT_MS = 20;
/** In-process work runs in slices this long, then yields (so that timers and sockets are served). */
const SLICE_MS = 10;

function inputAt(target: InProcessTarget, seed: number, index: number, episode: Episode): FuzzInput {
  return target.generate(inputRng(seed, target.name, index), index, episode);
}

/** The episode input `index` belongs to, with the inputs before it in the episode run (stopped if one throws). */
async function openEpisode(target: InProcessTarget, seed: number, index: number): Promise<Episode> {
  const no = Math.floor(index / target.episodeLength);
  const episode = target.episode(inputRng(seed, `${target.name}/episode`, no));
  try {
    for (let j = no * target.episodeLength; j < index; j++)
      await episode.step(inputAt(target, seed, j, episode));
  } catch (error) {
    episode.stop?.();
    throw error;
  }
  return episode;
}

export async function runTarget(
  target: InProcessTarget,
  run: RunState,
  budget: Budget,
  stats: EndpointStats,
): Promise<void> {
  const started = performance.now();
  const { name, episodeLength } = target;
  let episode: Episode | undefined;
  let episodeNo = -1;
  let skipUntil = -1;
  let current = -1;
  const onUncaught = (error: unknown) => {
    run.find(
      name,
      `uncaught: ${String((error as Error)?.stack ?? error)}`,
      current >= 0 && episode ? [inputAt(target, run.seed, current, episode)] : [],
      true,
    );
  };
  process.on("uncaughtException", onUncaught);
  process.on("unhandledRejection", onUncaught);
  let slice = performance.now();
  const indexes = new Indexes(1, budget);
  try {
    for (let index = indexes.take(0); index !== undefined; index = indexes.take(0)) {
      const no = Math.floor(index / episodeLength);
      if (no !== episodeNo) {
        episode?.stop?.();
        episode = undefined;
        // A replay starts mid-episode: the inputs before it build the state it met.
        episode = await openEpisode(target, run.seed, index);
        episodeNo = no;
      }
      if (index < skipUntil) continue;
      const e = episode as Episode;
      const item = inputAt(target, run.seed, index, e);
      current = index;
      const t0 = performance.now();
      try {
        await e.step(item);
      } catch (error) {
        run.find(name, errorText(error), [item], true);
        // The state is not to be trusted any more: the rest of the episode is skipped.
        skipUntil = (no + 1) * episodeLength;
      }
      const elapsed = performance.now() - t0;
      stats.inputs++;
      const slowMs = target.slowMs ?? SLOW_INPUT_MS;
      if (elapsed > slowMs) {
        const again = await replayTime(target, run.seed, index);
        if (again > slowMs)
          run.find(
            name,
            `one input took ${again.toFixed(1)} ms (at best of 3 replays; ${elapsed.toFixed(1)} ms first)`,
            [item],
            true,
          );
      }
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        slice = performance.now();
      }
    }
  } finally {
    episode?.stop?.();
    process.off("uncaughtException", onUncaught);
    process.off("unhandledRejection", onUncaught);
    stats.seconds = (performance.now() - started) / 1000;
  }
}

function errorText(error: unknown): string {
  if (error instanceof FuzzFinding) return error.message;
  if (error instanceof Error) {
    const where =
      error.stack
        ?.split("\n")
        .slice(1, 4)
        .map((l) => l.trim())
        .join(" < ") ?? "";
    return `threw ${error.name}: ${error.message}${where ? ` (${where})` : ""}`;
  }
  return `threw ${String(error)}`;
}

/** The best of three timings of one input, each with its episode's state rebuilt (0 if that fails). */
async function replayTime(target: InProcessTarget, seed: number, index: number): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3; attempt++) {
    let episode: Episode;
    try {
      episode = await openEpisode(target, seed, index);
    } catch {
      return 0;
    }
    try {
      const item = inputAt(target, seed, index, episode);
      const t0 = performance.now();
      try {
        await episode.step(item);
      } catch {}
      best = Math.min(best, performance.now() - t0);
    } catch {
      return 0;
    } finally {
      episode.stop?.();
    }
  }
  return best;
}
