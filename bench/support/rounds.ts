/**
 * Interleaved rounds and paired ratios. This machine moves between a fast and a slow regime
 * mid-run (a loopback round trip of 20 µs or 60 µs), so a ratio of two medians taken over
 * different rounds can read 2.7× where every round, taken alone, reads 1.0-1.25×. Every bench
 * therefore takes all its measurements in interleaved rounds (the subject and its baselines, one
 * after the other, in the same round), keeps each round's figures, and reports a ratio as the
 * median of the per-round ratios of the paired figures (subject and baseline of the same round).
 */

/** Runs `count` rounds; in each, takes every measurement once, the order turning by one each round. */
export async function interleavedRounds<T extends Record<string, unknown>>(
  count: number,
  takes: { readonly [K in keyof T]: () => Promise<T[K]> },
): Promise<T[]> {
  const keys = Object.keys(takes) as (keyof T & string)[];
  const rounds: T[] = [];
  for (let r = 0; r < count; r++) {
    const round: Partial<T> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[(r + i) % keys.length] as keyof T & string;
      round[key] = await takes[key]();
    }
    // The same key order in every round, whatever order they were taken in.
    rounds.push(Object.fromEntries(keys.map((k) => [k, round[k]])) as T);
  }
  return rounds;
}

/** A ratio as the median of per-round paired ratios, with those ratios (the spread). */
export interface PairedRatio {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly rounds: number[];
}

/** value / baseline in each round (the two taken in the same round), and their median. */
export function pairedRatio<R>(
  rounds: readonly R[],
  value: (round: R) => number,
  baseline: (round: R) => number,
): PairedRatio {
  const perRound = rounds.map((r) => ratio(value(r), baseline(r)));
  const finite = perRound.filter(Number.isFinite);
  return {
    median: ratio(median(finite), 1),
    min: finite.length > 0 ? Math.min(...finite) : Number.NaN,
    max: finite.length > 0 ? Math.max(...finite) : Number.NaN,
    rounds: perRound,
  };
}

/** The JSON's `ratios` (the paired medians) and `ratio_rounds` (each round's ratio) of a set. */
export function ratioFields<K extends string>(
  ratios: Readonly<Record<K, PairedRatio>>,
): { ratios: Record<K, number>; ratio_rounds: Record<K, number[]> } {
  const keys = Object.keys(ratios) as K[];
  return {
    ratios: Object.fromEntries(keys.map((k) => [k, ratios[k].median])) as Record<K, number>,
    ratio_rounds: Object.fromEntries(keys.map((k) => [k, ratios[k].rounds])) as Record<K, number[]>,
  };
}

/** "1.08 (0.97-1.21)": the paired median and the per-round spread, for a table. */
export function showRatio(r: PairedRatio): string {
  return `${r.median} (${r.min}-${r.max})`;
}

/** Whether each target is met, judged on the paired-median ratio (skipping ratios not measured). */
export function targetsMet<K extends string>(
  ratios: Readonly<Partial<Record<K, PairedRatio>>>,
  targets: Readonly<Partial<Record<K, { min: number } | { max: number }>>>,
): Record<string, boolean> {
  const met: Record<string, boolean> = {};
  for (const key of Object.keys(targets) as K[]) {
    const value = ratios[key]?.median;
    const target = targets[key];
    if (value === undefined || target === undefined || !Number.isFinite(value)) continue;
    met[key] = "max" in target ? value <= target.max : value >= target.min;
  }
  return met;
}

/** The median (the mean of the middle two for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** value / baseline to three decimals. */
export function ratio(value: number, baseline: number): number {
  return Math.round((value / baseline) * 1000) / 1000;
}
