/**
 * Membership views and the rules every node computes alike from one: ring order, coordinator,
 * quorum.
 *
 * - A member is a daemon incarnation: (node, boot). A node that restarts is a new member, and
 *   joins in a later view.
 * - Ring order: by `since` (the view the member joined in), then by configured node index. The
 *   oldest member is first: it coordinates. When it fails the next in the ring, the next oldest,
 *   takes over; members that join are appended at the end. So a coordinator always comes from
 *   the previous view (it holds the group state), unless no member of that view is left.
 * - Quorum: more than half of the configured nodes, or exactly half when that half holds the
 *   first configured node (its tie-breaking vote). Any two quorums intersect, so two views with
 *   the same id cannot both be installed. A two-node cluster therefore runs on the first node
 *   alone but not on the second alone: a survivor cannot tell a dead partner from a cut link,
 *   and of the two sides only one may go on (fencing, which lets either go on, is the failover
 *   manager's).
 */

export interface Member {
  readonly node: string;
  readonly boot: number;
  readonly since: number;
}

export interface View {
  /** Installed views have ids above 0, increasing. */
  readonly id: number;
  /** In ring order. */
  readonly members: readonly Member[];
}

export const NO_VIEW: View = { id: 0, members: [] };

/** The members in ring order: by the view they joined in, then by configured index. */
export function ringOrder(members: readonly Member[], nodes: readonly string[]): Member[] {
  const rank = (m: Member) => nodes.indexOf(m.node);
  return [...members].sort((a, b) => a.since - b.since || rank(a) - rank(b));
}

/** The view's coordinator (its first member), if it has members. */
export function coordinatorOf(view: View): string | undefined {
  return view.members[0]?.node;
}

/** Whether `present` (node ids) may form a view of a cluster configured as `nodes`. */
export function isQuorum(
  present: ReadonlySet<string> | readonly string[],
  nodes: readonly string[],
): boolean {
  const set = present instanceof Set ? present : new Set(present);
  let count = 0;
  for (const node of nodes) if (set.has(node)) count++;
  const first = nodes[0];
  return 2 * count > nodes.length || (2 * count === nodes.length && first !== undefined && set.has(first));
}

export function isMember(view: View, node: string, boot: number): boolean {
  return view.members.some((m) => m.node === node && m.boot === boot);
}

/** Same members (nodes and incarnations). */
export function sameMembers(a: readonly Member[], b: readonly { node: string; boot: number }[]): boolean {
  if (a.length !== b.length) return false;
  return b.every((x) => a.some((m) => m.node === x.node && m.boot === x.boot));
}

/** The successor of `node` in the view's ring (the first member after the last). */
export function ringSuccessor(view: View, node: string): string | undefined {
  const at = view.members.findIndex((m) => m.node === node);
  if (at < 0) return undefined;
  return view.members[(at + 1) % view.members.length]?.node;
}
