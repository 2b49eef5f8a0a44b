/**
 * The choice of a new layout from a majority's Sealed replies (000 claims 25-27, 001 claim 18): a
 * pure function of the replies, so that it can be tested on its own.
 */
import { type Layout, MAX_SEQ_NUMBER } from "./messages.js";

/** What a sealed node reported: its layout, and every number it knows to have been used. */
export interface SealedReport {
  readonly layout: Layout | undefined;
  /** The highest reservation end it holds. */
  readonly reserved: number;
  /** The highest number it stored as a secondary. */
  readonly stored: number;
  /** The highest number its callers were given. */
  readonly seen: number;
}

/**
 * The layout of epoch `ballot`, chosen from the reports of the nodes that sealed it (a majority;
 * at least one): its start is above every number any of them knows to be used (at least 1, at most
 * MAX_SEQ_NUMBER), and its generators are nodes that answered. The previous secondary, if it
 * answered, becomes the primary (000 claim 26); the secondary is the previous primary if it
 * answered, else the answerer of lowest index (`nodes` order), else the primary itself.
 */
export function chooseLayout(
  ballot: number,
  replies: ReadonlyMap<string, SealedReport>,
  nodes: readonly string[],
): Layout {
  let start = 1;
  let previous: Layout | undefined;
  for (const r of replies.values()) {
    start = Math.max(start, r.reserved, r.stored + 1, r.seen + 1, r.layout?.start ?? 0);
    // The newest layout any answerer holds; on a tie, the first reported.
    if (r.layout !== undefined && (previous === undefined || r.layout.epoch > previous.epoch))
      previous = r.layout;
  }
  // From MAX_SEQ_NUMBER on nothing can be issued: capping there never lets a number repeat.
  start = Math.min(start, MAX_SEQ_NUMBER);
  const answered = (n: string | undefined): n is string => n !== undefined && replies.has(n);
  const byIndex = nodes.filter(answered);
  const primary = [previous?.secondary, previous?.primary, ...byIndex].find(answered);
  if (primary === undefined) throw new RangeError("a layout is chosen from one reply at least");
  const secondary =
    [previous?.primary, previous?.secondary, ...byIndex].find((n) => answered(n) && n !== primary) ?? primary;
  return { epoch: ballot, primary, secondary, start };
}
