/**
 * What every driver of a run shares: the findings so far (a fatal one stops the run), the inputs
 * sent lately to the real nodes (a finding seen in a node's log is blamed on them), and the
 * counters each endpoint reports in the run's summary.
 */
import type { FuzzInput } from "./inputs.js";

export interface Finding {
  readonly endpoint: string;
  readonly description: string;
  /** The input that caused it, when known; else the inputs in flight when it was seen. */
  readonly inputs: readonly FuzzInput[];
  readonly exact: boolean;
}

export interface EndpointStats {
  inputs: number;
  requests: number;
  skipped: number;
  connections: number;
  /** Closes of the endpoint's connections by close code (or "ours", "refused", "http N"). */
  closes: Record<string, number>;
  seconds: number;
}

export function newStats(): EndpointStats {
  return { inputs: 0, requests: 0, skipped: 0, connections: 0, closes: {}, seconds: 0 };
}

/** Counts one close of a connection under `key`. */
export function countClose(stats: EndpointStats, key: string | number): void {
  stats.closes[key] = (stats.closes[key] ?? 0) + 1;
}

export class RunState {
  readonly findings: Finding[] = [];
  aborted = false;
  private readonly recentInputs: FuzzInput[] = [];

  constructor(readonly seed: number) {}

  sent(input: FuzzInput): void {
    this.recentInputs.push(input);
    if (this.recentInputs.length > 32) this.recentInputs.shift();
  }

  /** The inputs sent lately to any real endpoint, oldest first (a node finding is blamed on them). */
  recent(): FuzzInput[] {
    return [...this.recentInputs];
  }

  find(
    endpoint: string,
    description: string,
    inputs: readonly FuzzInput[],
    exact: boolean,
    fatal = false,
  ): void {
    this.findings.push({ endpoint, description, inputs, exact });
    if (fatal) this.aborted = true;
  }
}
