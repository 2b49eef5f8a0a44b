/** Running a simulation over many seeds: every failing seed is named, with its first problems. */
import { expect, it } from "vitest";

/** Thousands of seeds take tens of seconds here; a slow machine gets room. */
const LONG_SIM_TIMEOUT_MS = 600_000;

/** A test that runs seeds 1..count and fails listing each seed whose run found problems. */
export function itPassesSeeds(title: string, count: number, runSeed: (seed: number) => string[]): void {
  it(
    `${count} seeds of ${title}`,
    () => {
      const failing: string[] = [];
      for (let seed = 1; seed <= count; seed++) {
        const problems = runSeed(seed);
        if (problems.length > 0) failing.push(`seed ${seed}: ${problems.slice(0, 2).join("; ")}`);
      }
      expect(failing).toEqual([]);
    },
    LONG_SIM_TIMEOUT_MS,
  );
}
