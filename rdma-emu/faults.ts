/**
 * Faults on the frames a card sends towards one peer. The same description drives the sim (where
 * the seeded PRNG decides) and the real runtime (where tests and the CLI inject them at run time).
 * Loss surfaces to requesters the way a reliable-connected transport reports it: as retransmission,
 * then RETRY_EXC once the retry time is over.
 */
/** Longest delay or jitter a fault may add to a frame. */
export const MAX_FAULT_DELAY_MS = 60_000;

export interface LinkFaults {
  /** Added to every frame's delivery. */
  readonly delayMs?: number;
  /** Up to this much more, drawn per frame: frames overtake each other (reordering). */
  readonly jitterMs?: number;
  /** Probability that a frame is lost. */
  readonly lossRate?: number;
  /** Probability that a frame is delivered twice. */
  readonly duplicateRate?: number;
  /** Every frame in this direction is lost (set it on both sides for a two-way partition). */
  readonly partitioned?: boolean;
}

export const NO_FAULTS: LinkFaults = {};

export function hasFaults(faults: LinkFaults): boolean {
  return (
    (faults.delayMs ?? 0) > 0 ||
    (faults.jitterMs ?? 0) > 0 ||
    (faults.lossRate ?? 0) > 0 ||
    (faults.duplicateRate ?? 0) > 0 ||
    faults.partitioned === true
  );
}

/** Decides the fate of one frame: the delay of each copy to deliver (none when it is lost). */
export function planDelivery(faults: LinkFaults, random: () => number): number[] {
  if (faults.partitioned === true || random() < (faults.lossRate ?? 0)) return [];
  const copies = random() < (faults.duplicateRate ?? 0) ? 2 : 1;
  const delays: number[] = [];
  for (let i = 0; i < copies; i++) delays.push((faults.delayMs ?? 0) + random() * (faults.jitterMs ?? 0));
  return delays;
}

export function validateFaults(faults: LinkFaults): string | undefined {
  for (const key of ["lossRate", "duplicateRate"] as const) {
    const value = faults[key];
    if (value !== undefined && !(value >= 0 && value <= 1)) return `${key} must be within 0..1`;
  }
  for (const key of ["delayMs", "jitterMs"] as const) {
    const value = faults[key];
    // Past a timer's range Node fires at once: a huge delay would become none.
    if (value !== undefined && !(value >= 0 && value <= MAX_FAULT_DELAY_MS))
      return `${key} must be within 0..${MAX_FAULT_DELAY_MS}`;
  }
  return undefined;
}
