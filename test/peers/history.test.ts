import { describe, expect, it } from "vitest";
import { checkHistory, History, parseHistory } from "../../peers/seq/history.js";

/** A history from [op, invokedAt, returnedAt, first, count] rows (count 0: failed). */
function history(rows: [string, number, number, number, number][]): History {
  const h = new History();
  const events: { at: number; run: () => void }[] = [];
  for (const [op, invokedAt, returnedAt, first, count] of rows) {
    events.push({ at: invokedAt, run: () => h.invoke(op, "n0", invokedAt, Math.max(count, 1)) });
    events.push({
      at: returnedAt,
      run: () =>
        count === 0 ? h.fail(op, returnedAt, "E_SEQ_UNAVAILABLE") : h.ok(op, returnedAt, first, count),
    });
  }
  for (const e of events.sort((a, b) => a.at - b.at)) e.run();
  return h;
}

describe("the sequence history checker", () => {
  it("accepts concurrent calls in any order, gaps, failures and calls never answered", () => {
    const h = history([
      ["a", 0, 10, 5, 1],
      ["b", 1, 9, 3, 2], // concurrent with a: any order is fine
      ["c", 11, 12, 100, 64], // after both, above both; the gap 6..99 is fine
      ["d", 13, 14, 0, 0], // failed
    ]);
    h.invoke("e", "n1", 15, 1); // never answered
    const result = checkHistory(h.entries);
    expect(result).toMatchObject({ ok: true, completed: 3, failed: 1, unanswered: 1, numbers: 67 });
  });

  it("finds a number handed out twice, overlapping ranges included", () => {
    const result = checkHistory(
      history([
        ["a", 0, 1, 10, 5],
        ["b", 2, 3, 14, 1],
      ]).entries,
    );
    expect(result.ok).toBe(false);
    expect(result.duplicates.map(([x, y]) => [x.op, y.op])).toEqual([["a", "b"]]);
  });

  it("finds a call that got a smaller number than one that returned before it was invoked", () => {
    const result = checkHistory(
      history([
        ["a", 0, 1, 50, 1],
        ["b", 2, 3, 40, 1],
      ]).entries,
    );
    expect(result.duplicates).toEqual([]);
    expect(result.orderViolations.map(([x, y]) => [x.op, y.op])).toEqual([["a", "b"]]);
  });

  it("round-trips through JSON lines and refuses a broken line", () => {
    const h = history([["a", 0, 1, 1, 1]]);
    expect(parseHistory(h.toJsonLines())).toEqual(h.entries);
    expect(() => parseHistory('{"type":"ok"}\n')).toThrow(/line 1/);
    expect(() => parseHistory("not json\n")).toThrow(/line 1/);
  });
});
