/**
 * A history of sequence-number calls (invoke, then ok or fail, with the times), kept as JSON
 * lines, and the checker every test, the sim and the CLI run over it:
 *
 * - no number is handed out twice (no two successful calls' ranges overlap);
 * - real-time order: if one call returned before another was invoked, all its numbers are smaller.
 *
 * Times must come from one clock that never goes backwards for every recorder (the sim's virtual
 * clock; across processes of one machine, CLOCK_MONOTONIC: `process.hrtime`). A call invoked but
 * never answered (its caller died) constrains nothing.
 */
export type HistoryEntry =
  | {
      readonly type: "invoke";
      readonly op: string;
      readonly node: string;
      readonly at: number;
      readonly count: number;
    }
  | {
      readonly type: "ok";
      readonly op: string;
      readonly at: number;
      readonly start: number;
      readonly count: number;
    }
  | { readonly type: "fail"; readonly op: string; readonly at: number; readonly error: string };

export class History {
  readonly entries: HistoryEntry[] = [];

  invoke(op: string, node: string, at: number, count: number): void {
    this.entries.push({ type: "invoke", op, node, at, count });
  }

  ok(op: string, at: number, start: number, count: number): void {
    this.entries.push({ type: "ok", op, at, start, count });
  }

  fail(op: string, at: number, error: string): void {
    this.entries.push({ type: "fail", op, at, error });
  }

  toJsonLines(): string {
    return this.entries.map((e) => JSON.stringify(e)).join("\n") + (this.entries.length > 0 ? "\n" : "");
  }
}

/** Parses JSON lines (blank lines skipped); a malformed line throws with its number. */
export function parseHistory(text: string): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let entry: HistoryEntry;
    try {
      entry = JSON.parse(line);
    } catch (error) {
      throw new SyntaxError(`history line ${i + 1}: ${(error as Error).message}`);
    }
    if (
      !["invoke", "ok", "fail"].includes(entry.type) ||
      typeof entry.op !== "string" ||
      typeof entry.at !== "number"
    ) {
      throw new SyntaxError(`history line ${i + 1}: not a history entry`);
    }
    entries.push(entry);
  });
  return entries;
}

export interface CompletedCall {
  readonly op: string;
  readonly node: string;
  readonly invokedAt: number;
  readonly returnedAt: number;
  readonly first: number;
  readonly last: number;
}

export interface CheckResult {
  readonly ok: boolean;
  readonly completed: number;
  readonly failed: number;
  readonly unanswered: number;
  readonly numbers: number;
  /** Pairs of calls whose ranges overlap. */
  readonly duplicates: readonly [CompletedCall, CompletedCall][];
  /** [earlier, later]: `earlier` returned before `later` was invoked, yet `later` got a smaller number. */
  readonly orderViolations: readonly [CompletedCall, CompletedCall][];
}

/** Reports at most this many examples of each kind of violation. */
const MAX_EXAMPLES = 10;

export function checkHistory(entries: readonly HistoryEntry[]): CheckResult {
  const invoked = new Map<string, { node: string; at: number }>();
  const calls: CompletedCall[] = [];
  let failed = 0;
  for (const entry of entries) {
    if (entry.type === "invoke") invoked.set(entry.op, { node: entry.node, at: entry.at });
    else {
      const start = invoked.get(entry.op);
      if (start === undefined)
        throw new SyntaxError(`history: ${entry.type} of ${entry.op} before its invoke`);
      invoked.delete(entry.op);
      if (entry.type === "fail") failed++;
      else {
        calls.push({
          op: entry.op,
          node: start.node,
          invokedAt: start.at,
          returnedAt: entry.at,
          first: entry.start,
          last: entry.start + entry.count - 1,
        });
      }
    }
  }

  const duplicates: [CompletedCall, CompletedCall][] = [];
  const byFirst = [...calls].sort((a, b) => a.first - b.first);
  let highest: CompletedCall | undefined;
  for (const call of byFirst) {
    if (highest !== undefined && call.first <= highest.last && duplicates.length < MAX_EXAMPLES)
      duplicates.push([highest, call]);
    if (highest === undefined || call.last > highest.last) highest = call;
  }

  // Sweep calls in invocation order; `done` holds, among calls returned before the current one was
  // invoked, the one with the largest number.
  const orderViolations: [CompletedCall, CompletedCall][] = [];
  const byReturn = [...calls].sort((a, b) => a.returnedAt - b.returnedAt);
  const byInvoke = [...calls].sort((a, b) => a.invokedAt - b.invokedAt);
  let done: CompletedCall | undefined;
  let r = 0;
  for (const call of byInvoke) {
    while (r < byReturn.length && (byReturn[r] as CompletedCall).returnedAt < call.invokedAt) {
      const returned = byReturn[r++] as CompletedCall;
      if (done === undefined || returned.last > done.last) done = returned;
    }
    if (done !== undefined && call.first <= done.last && orderViolations.length < MAX_EXAMPLES) {
      orderViolations.push([done, call]);
    }
  }

  return {
    ok: duplicates.length === 0 && orderViolations.length === 0,
    completed: calls.length,
    failed,
    unanswered: invoked.size,
    numbers: calls.reduce((sum, c) => sum + c.last - c.first + 1, 0),
    duplicates,
    orderViolations,
  };
}
