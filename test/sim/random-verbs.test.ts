import { describe, expect, it } from "vitest";
import { runVerbsWorkload } from "./verbs-workload.js";

const SEEDS = 500;

describe("sim: random verbs under random faults", () => {
  it("replays a seed to the identical trace", () => {
    const first = runVerbsWorkload(42, true);
    const second = runVerbsWorkload(42, true);
    expect(first.trace.length).toBeGreaterThan(100);
    expect(second.trace).toEqual(first.trace);
    expect(second.outcomes).toEqual(first.outcomes);
  });

  it("different seeds take different paths", () => {
    expect(runVerbsWorkload(1, true).trace).not.toEqual(runVerbsWorkload(2, true).trace);
  });

  it(`${SEEDS} seeds: every operation completes once, writes are whole and visible, atomics apply once`, () => {
    let completions = 0;
    let successes = 0;
    const failing: string[] = [];
    for (let seed = 1; seed <= SEEDS; seed++) {
      const result = runVerbsWorkload(seed);
      completions += result.completions;
      successes += result.successes;
      if (result.violations.length > 0)
        failing.push(`seed ${seed}: ${result.violations.slice(0, 3).join("; ")}`);
    }
    expect(failing).toEqual([]);
    // Faults must not have drowned the workload: most operations still succeed.
    expect(successes).toBeGreaterThan(completions / 2);
  });
});
