/**
 * What the Delta protocol orders: entries, each a group message or a change of a group, numbered
 * by the coordinator (gseq) in one order that every group daemon delivers alike.
 */

/** Who submitted an entry: a group daemon's incarnation (the membership member). */
export interface Origin {
  readonly node: string;
  readonly boot: number;
}

export interface InstanceInfo {
  /** "<node>/<incarnation>/<n>", named by the instance's own daemon. */
  readonly id: string;
  readonly group: string;
  readonly critical: boolean;
}

export type ExitState = "unregistered" | "unknown";

/** The group state a member joining a view starts from. */
export interface Snapshot {
  /** The group history (see proto/group.proto Snapshot.history): gseqs count within one. */
  readonly history: string;
  readonly instances: readonly InstanceInfo[];
  /** Per live origin, the highest seq delivered. */
  readonly delivered: readonly { readonly origin: Origin; readonly seq: number }[];
}

export type EntryBody =
  | {
      readonly type: "message";
      readonly group: string;
      readonly instance: string;
      readonly payload: Uint8Array;
    }
  | { readonly type: "join"; readonly instance: InstanceInfo }
  | { readonly type: "leave"; readonly instance: string; readonly state: ExitState; readonly reason: string }
  | {
      readonly type: "view";
      readonly view: number;
      readonly members: readonly Origin[];
      readonly snapshot: Snapshot;
    };

export interface Entry {
  readonly gseq: number;
  readonly origin: Origin;
  /** The origin's own count, from 1 (0 for a view's entry, which the coordinator makes). */
  readonly seq: number;
  readonly body: EntryBody;
}

/** An entry's bytes besides its payload (ids, names, numbers), at most about. */
const ENTRY_OVERHEAD_BYTES = 96;

/** Bytes an entry takes, about (its payload, or a bound on the rest): what batches are cut by. */
export function entryBytes(body: EntryBody): number {
  if (body.type === "message") return ENTRY_OVERHEAD_BYTES + body.payload.length;
  if (body.type === "view")
    return ENTRY_OVERHEAD_BYTES * (1 + body.snapshot.instances.length + body.snapshot.delivered.length);
  return ENTRY_OVERHEAD_BYTES;
}

export function originKey(origin: Origin): string {
  return `${origin.node}/${origin.boot}`;
}

/** The instance id a daemon gives its n-th instance. */
export function instanceId(origin: Origin, n: number): string {
  return `${origin.node}/${origin.boot}/${n}`;
}

/** The daemon an instance id names (undefined if it is not an instance id). */
export function instanceOrigin(id: string): Origin | undefined {
  const parts = id.split("/");
  if (parts.length !== 3) return undefined;
  const [node, boot, n] = parts as [string, string, string];
  if (node === "" || !/^[1-9][0-9]{0,9}$/.test(boot) || !/^[1-9][0-9]{0,15}$/.test(n)) return undefined;
  return { node, boot: Number(boot) };
}

/** The origin key (see originKey) of the daemon that named instance `id`. */
export function instanceDaemon(id: string): string {
  return id.slice(0, id.lastIndexOf("/"));
}
