import { performance } from "node:perf_hooks";

export interface LatencyResult {
  readonly p50_us: number;
  readonly p99_us: number;
  readonly mean_us: number;
  readonly samples: number;
}

/** Runs `op` one at a time (queue depth 1) and reports round-trip percentiles. */
export async function latency(
  op: () => Promise<unknown>,
  samples: number,
  warmup: number,
): Promise<LatencyResult> {
  for (let i = 0; i < warmup; i++) await op();
  const times = new Float64Array(samples);
  for (let i = 0; i < samples; i++) {
    const start = performance.now();
    await op();
    times[i] = (performance.now() - start) * 1000;
  }
  times.sort();
  const at = (q: number) => round(times[Math.min(samples - 1, Math.floor(q * samples))] as number);
  return {
    p50_us: at(0.5),
    p99_us: at(0.99),
    mean_us: round(times.reduce((a, b) => a + b, 0) / samples),
    samples,
  };
}

export interface ThroughputResult {
  readonly ops_per_s: number;
  readonly depth: number;
  readonly seconds: number;
}

/** Keeps `depth` operations in flight for `durationMs` (after a warm-up) and reports the rate. */
export async function throughput(
  op: () => Promise<unknown>,
  depth: number,
  durationMs: number,
): Promise<ThroughputResult> {
  await runLanes(op, depth, Math.min(500, durationMs / 4));
  const start = performance.now();
  const done = await runLanes(op, depth, durationMs);
  const seconds = (performance.now() - start) / 1000;
  return { ops_per_s: Math.round(done / seconds), depth, seconds: round(seconds) };
}

async function runLanes(op: () => Promise<unknown>, depth: number, durationMs: number): Promise<number> {
  const end = performance.now() + durationMs;
  let done = 0;
  const lane = async () => {
    while (performance.now() < end) {
      await op();
      done++;
    }
  };
  await Promise.all(Array.from({ length: depth }, lane));
  return done;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
