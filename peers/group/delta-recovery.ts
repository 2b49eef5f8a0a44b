/**
 * The coordinator's rule for a new epoch (003, coordinator failure), computed from the State every
 * member sent (delta-node.ts, "A view change"): who coordinates, and what it proposes again
 * before anything new.
 *
 *   coordinator = the first member in ring order that holds the group state (not fresh); with
 *                 none, the first member, from nothing
 *   lo          = the lowest number a holder delivered up to
 *   recovered   = every entry any holder's buffer has past lo, in gseq order
 *
 * Buffers are gapless past their holder's delivered number and keep what not every member
 * delivered, and a holder sends what it holds past its own delivered number, which every holder
 * that delivered less holds too (an entry is delivered only after it went round): so `recovered`
 * runs from lo + 1 without a hole. A hole is a bug (the view's entry would be numbered where a
 * member holds another): the plan throws rather than go on.
 */
import type { Entry, Origin } from "./entries.js";

export interface MemberState {
  readonly fresh: boolean;
  readonly delivered: number;
  readonly entries: readonly Entry[];
}

export interface RecoveryPlan {
  readonly coordinator: string;
  /** No member holds a group state: the coordinator starts one. */
  readonly fromNothing: boolean;
  readonly lo: number;
  readonly recovered: readonly Entry[];
  /** Per member, what it has delivered of what will be proposed (members that join need none of it). */
  readonly acked: ReadonlyMap<string, number>;
}

/** The plan, once `states` holds every member's (members in ring order). */
export function planRecovery(
  members: readonly Origin[],
  states: ReadonlyMap<string, MemberState>,
): RecoveryPlan {
  const holders = members.filter((m) => states.get(m.node)?.fresh === false);
  const coordinator = (holders[0] ?? (members[0] as Origin)).node;
  const reports = holders.map((m) => states.get(m.node) as MemberState);
  const lo = reports.length === 0 ? 0 : Math.min(...reports.map((s) => s.delivered));
  const union = new Map<number, Entry>();
  for (const report of reports) {
    for (const entry of report.entries)
      if (entry.gseq > lo && !union.has(entry.gseq)) union.set(entry.gseq, entry);
  }
  const recovered: Entry[] = [];
  for (let entry = union.get(lo + 1); entry !== undefined; entry = union.get(entry.gseq + 1))
    recovered.push(entry);
  const end = lo + recovered.length;
  const acked = new Map<string, number>();
  for (const m of members) {
    const state = states.get(m.node) as MemberState;
    acked.set(m.node, state.fresh ? end : Math.min(state.delivered, end));
  }
  return { coordinator, fromNothing: holders.length === 0, lo, recovered, acked };
}
