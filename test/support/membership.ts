/**
 * Asking real nodes about membership and groups (integration tests and the membership bench): a
 * node's status, or undefined when it does not answer in time (down, resetting, frozen), and
 * whether a set of nodes agrees on one view of exactly themselves.
 */
import { GroupClient, type GroupsStatus } from "../../peers/group/client.js";
import { MembershipClient, type MembershipStatus } from "../../peers/membership/client.js";
import type { TestCluster } from "./cluster.js";

/** How long a node may take to answer before it counts as not answering. */
const ANSWER_TIMEOUT_MS = 2000;

/** `ask`'s answer, or undefined when it fails or takes longer than ANSWER_TIMEOUT_MS. */
async function answer<C extends { close(): void }, T>(
  connect: () => Promise<C>,
  ask: (client: C) => Promise<T>,
): Promise<T | undefined> {
  let client: C | undefined;
  const asked = (async () => {
    client = await connect();
    return ask(client);
  })();
  // Whenever it ends, even after the timeout, the connection is closed.
  void asked.then(
    () => client?.close(),
    () => client?.close(),
  );
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      asked,
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), ANSWER_TIMEOUT_MS);
      }),
    ]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

export function membershipStatus(cluster: TestCluster, id: string): Promise<MembershipStatus | undefined> {
  return answer(
    () => MembershipClient.connect(cluster.clientUrl(id)),
    (client) => client.status(),
  );
}

export function groupsStatus(cluster: TestCluster, id: string): Promise<GroupsStatus | undefined> {
  return answer(
    () => GroupClient.connect(cluster.clientUrl(id)),
    (client) => client.groups(),
  );
}

/**
 * The view every node of `ids` reports, if they all report one view of exactly `ids`, not
 * suspended (with `groups`, also with their group daemons serving in it); else undefined.
 */
export async function agreedView(
  cluster: TestCluster,
  ids: readonly string[],
  groups: boolean,
): Promise<MembershipStatus | undefined> {
  const all = await Promise.all(ids.map((id) => membershipStatus(cluster, id)));
  const first = all[0];
  if (first === undefined || first.view.id === 0) return undefined;
  const members = first.view.members.map((m) => m.node).sort();
  if (members.join() !== [...ids].sort().join()) return undefined;
  if (!all.every((s) => s !== undefined && s.view.id === first.view.id && !s.suspended)) return undefined;
  if (groups) {
    const daemons = await Promise.all(ids.map((id) => groupsStatus(cluster, id)));
    if (!daemons.every((d) => d !== undefined && d.view === first.view.id && d.coordinator !== ""))
      return undefined;
  }
  return first;
}
