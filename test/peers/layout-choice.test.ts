/**
 * chooseLayout, the proposer's choice of a new layout from a majority's Sealed replies: who
 * generates, and from where on.
 */
import { describe, expect, it } from "vitest";
import { chooseLayout, type SealedReport } from "../../peers/seq/layout-choice.js";
import { type Layout, MAX_SEQ_NUMBER } from "../../peers/seq/messages.js";

const NODES = ["n0", "n1", "n2", "n3", "n4"];
const BALLOT = 49;

const report = (layout?: Layout, used: Partial<Omit<SealedReport, "layout">> = {}): SealedReport => ({
  layout,
  reserved: used.reserved ?? 0,
  stored: used.stored ?? 0,
  seen: used.seen ?? 0,
});

const layout = (epoch: number, primary: string, secondary: string, start = 1): Layout => ({
  epoch,
  primary,
  secondary,
  start,
});

describe("chooseLayout: a new layout from a majority's Sealed replies", () => {
  it("with no layout anywhere: epoch = the ballot, start 1, the two lowest-index answerers", () => {
    const replies = new Map([
      ["n3", report()],
      ["n1", report()],
      ["n4", report()],
    ]);
    expect(chooseLayout(BALLOT, replies, NODES)).toEqual(layout(BALLOT, "n1", "n3", 1));
  });

  it("the old secondary takes over as primary, the old primary becomes secondary (000 claim 26)", () => {
    const old = layout(33, "n1", "n2", 10);
    const replies = new Map([
      ["n0", report(old)],
      ["n1", report(old)],
      ["n2", report(old)],
    ]);
    expect(chooseLayout(BALLOT, replies, NODES)).toMatchObject({ primary: "n2", secondary: "n1" });
  });

  it("the old primary stays primary when the old secondary did not answer; another answerer is secondary", () => {
    const old = layout(33, "n1", "n2", 10);
    const replies = new Map([
      ["n4", report(old)],
      ["n1", report(old)],
      ["n3", report()],
    ]);
    expect(chooseLayout(BALLOT, replies, NODES)).toMatchObject({ primary: "n1", secondary: "n3" });
  });

  it("neither old generator answered: the two lowest-index answerers", () => {
    const old = layout(33, "n1", "n2", 10);
    const replies = new Map([
      ["n4", report(old)],
      ["n3", report(old)],
      ["n0", report()],
    ]);
    expect(chooseLayout(BALLOT, replies, NODES)).toMatchObject({ primary: "n0", secondary: "n3" });
  });

  it("a single answerer is both primary and secondary", () => {
    expect(chooseLayout(BALLOT, new Map([["n2", report()]]), NODES)).toMatchObject({
      primary: "n2",
      secondary: "n2",
    });
  });

  it("follows the newest layout any answerer holds, not an older one", () => {
    const replies = new Map([
      ["n0", report(layout(17, "n0", "n3"))],
      ["n1", report(layout(33, "n3", "n1"))],
      ["n3", report(layout(17, "n0", "n3"))],
    ]);
    expect(chooseLayout(BALLOT, replies, NODES)).toMatchObject({ primary: "n1", secondary: "n3" });
  });

  it("starts above every number any answerer knows of: reservations, stored, seen, a layout's start", () => {
    const cases: [SealedReport, number][] = [
      [report(undefined, { reserved: 500 }), 500],
      [report(undefined, { stored: 700 }), 701],
      [report(undefined, { seen: 900 }), 901],
      [report(layout(33, "n0", "n1", 1000)), 1000],
    ];
    for (const [r, start] of cases) {
      const replies = new Map([
        ["n0", report(undefined, { reserved: 100, stored: 99, seen: 98 })],
        ["n1", r],
        ["n2", report()],
      ]);
      expect(chooseLayout(BALLOT, replies, NODES).start).toBe(start);
    }
  });

  it("never starts above MAX_SEQ_NUMBER", () => {
    const replies = new Map([
      ["n0", report(undefined, { reserved: MAX_SEQ_NUMBER, seen: MAX_SEQ_NUMBER })],
      ["n1", report(undefined, { stored: MAX_SEQ_NUMBER })],
    ]);
    expect(chooseLayout(BALLOT, replies, NODES).start).toBe(MAX_SEQ_NUMBER);
  });

  it("gives the same layout whatever order the replies came in", () => {
    const entries: [string, SealedReport][] = [
      ["n2", report(layout(33, "n1", "n2", 10), { stored: 40 })],
      ["n0", report(undefined, { seen: 30 })],
      ["n4", report(layout(17, "n4", "n0", 5), { reserved: 64 })],
    ];
    const expected = chooseLayout(BALLOT, new Map(entries), NODES);
    expect(expected).toEqual(layout(BALLOT, "n2", "n0", 64));
    expect(chooseLayout(BALLOT, new Map([...entries].reverse()), NODES)).toEqual(expected);
  });

  it("refuses to choose from no reply at all", () => {
    expect(() => chooseLayout(BALLOT, new Map(), NODES)).toThrow(RangeError);
  });
});
