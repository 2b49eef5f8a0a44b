/**
 * Issue 9: one hostile client must not crash a node, stall the cluster or poison a service. The
 * fuzzer (test/fuzz/harness.ts) sends a fixed number of inputs from a fixed seed to every network
 * input of the project; any finding fails the test with its seed, input index and saved bytes.
 * FUZZ_SEED picks another seed; `npm run fuzz -- --seconds N` runs it longer.
 */
import { afterAll, expect, it } from "vitest";
import { runFuzz, stopRunningClusters, TEST_BUDGET } from "./harness.js";

const SEED = Number(process.env.FUZZ_SEED ?? 1);

afterAll(stopRunningClusters);

it(`fuzzes every endpoint: ${Object.values(TEST_BUDGET).reduce((a, b) => a + b, 0)} inputs, seed ${SEED}`, async () => {
  const report = await runFuzz({ seed: SEED, inputs: TEST_BUDGET });
  expect(report.failures).toEqual([]);
  const total = Object.values(report.stats).reduce((n, s) => n + s.inputs, 0);
  expect(total).toBeGreaterThanOrEqual(100_000);
}, 300_000);
