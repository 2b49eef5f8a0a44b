/**
 * The state every group daemon replicates by delivering the same entries in the same order: the
 * groups, their instances, and per origin the highest seq delivered (what a coordinator dedupes
 * submissions against). `apply` is deterministic and depends on nothing but the state and the
 * entry, so every member computes the same group views and refuses the same joins.
 */
import {
  type Entry,
  type ExitState,
  type InstanceInfo,
  instanceDaemon,
  type Origin,
  originKey,
  type Snapshot,
} from "./entries.js";

/** Groups the cluster holds at once; a join that would make one more is refused. */
export const MAX_GROUPS = 64;
/** Instances the cluster holds at once, across groups. */
export const MAX_INSTANCES = 512;

/** What delivering an entry means for the groups, in order. */
export type GroupChange =
  | {
      readonly type: "message";
      readonly group: string;
      readonly gseq: number;
      readonly from: string;
      readonly origin: Origin;
      readonly seq: number;
      readonly payload: Uint8Array;
    }
  | {
      readonly type: "group-view";
      readonly group: string;
      readonly gseq: number;
      /** Instance ids, sorted. */
      readonly members: readonly string[];
      readonly joined?: InstanceInfo;
      readonly left?: { readonly instance: InstanceInfo; readonly state: ExitState; readonly reason: string };
    }
  | {
      readonly type: "join-refused";
      readonly gseq: number;
      readonly instance: InstanceInfo;
      readonly reason: string;
    };

export class GroupState {
  constructor(readonly history: string) {}

  private readonly groups = new Map<string, Map<string, InstanceInfo>>();
  private readonly delivered = new Map<string, { origin: Origin; seq: number }>();
  private instanceCount = 0;

  static from(snapshot: Snapshot): GroupState {
    const state = new GroupState(snapshot.history);
    for (const instance of snapshot.instances) state.add(instance);
    for (const { origin, seq } of snapshot.delivered) state.delivered.set(originKey(origin), { origin, seq });
    return state;
  }

  snapshot(): Snapshot {
    const instances: InstanceInfo[] = [];
    for (const name of [...this.groups.keys()].sort()) {
      const group = this.groups.get(name) as Map<string, InstanceInfo>;
      for (const id of [...group.keys()].sort()) instances.push(group.get(id) as InstanceInfo);
    }
    return {
      history: this.history,
      instances,
      delivered: [...this.delivered.values()].map(({ origin, seq }) => ({ origin, seq })),
    };
  }

  /** The highest seq delivered from `origin` (0: none). */
  deliveredSeq(origin: Origin): number {
    return this.delivered.get(originKey(origin))?.seq ?? 0;
  }

  instance(id: string): InstanceInfo | undefined {
    for (const group of this.groups.values()) {
      const found = group.get(id);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Group name -> instances, names and ids sorted. */
  list(): { name: string; instances: InstanceInfo[] }[] {
    return [...this.groups.keys()].sort().map((name) => ({ name, instances: this.members(name) }));
  }

  members(group: string): InstanceInfo[] {
    const found = this.groups.get(group);
    if (found === undefined) return [];
    return [...found.keys()].sort().map((id) => found.get(id) as InstanceInfo);
  }

  apply(entry: Entry): GroupChange[] {
    if (entry.seq > 0) {
      const key = originKey(entry.origin);
      const seen = this.delivered.get(key)?.seq ?? 0;
      if (entry.seq > seen) this.delivered.set(key, { origin: entry.origin, seq: entry.seq });
    }
    const body = entry.body;
    switch (body.type) {
      case "message":
        // Only a member speaks to its group (every member refuses the same entries alike).
        if (this.groups.get(body.group)?.has(body.instance) !== true) return [];
        return [
          {
            type: "message",
            group: body.group,
            gseq: entry.gseq,
            from: body.instance,
            origin: entry.origin,
            seq: entry.seq,
            payload: body.payload,
          },
        ];
      case "join":
        return this.join(body.instance, entry.gseq);
      case "leave": {
        const instance = this.instance(body.instance);
        if (instance === undefined) return [];
        return [this.remove(instance, body.state, body.reason, entry.gseq)];
      }
      case "view":
        return this.view(body.members, entry.gseq);
    }
  }

  private join(instance: InstanceInfo, gseq: number): GroupChange[] {
    if (this.instance(instance.id) !== undefined) return [];
    const reason =
      !this.groups.has(instance.group) && this.groups.size >= MAX_GROUPS
        ? `the cluster holds ${MAX_GROUPS} groups already`
        : this.instanceCount >= MAX_INSTANCES
          ? `the cluster holds ${MAX_INSTANCES} instances already`
          : undefined;
    if (reason !== undefined) return [{ type: "join-refused", gseq, instance, reason }];
    this.add(instance);
    return [
      {
        type: "group-view",
        group: instance.group,
        gseq,
        members: this.ids(instance.group),
        joined: instance,
      },
    ];
  }

  /** Instances of daemons that are not in the view leave, in an unknown state. */
  private view(members: readonly Origin[], gseq: number): GroupChange[] {
    const live = new Set(members.map(originKey));
    const changes: GroupChange[] = [];
    for (const { instances } of this.list()) {
      for (const instance of instances) {
        if (!live.has(instanceDaemon(instance.id)))
          changes.push(this.remove(instance, "unknown", "its node left the view", gseq));
      }
    }
    for (const [key, { origin }] of this.delivered)
      if (!live.has(originKey(origin))) this.delivered.delete(key);
    return changes;
  }

  private add(instance: InstanceInfo): void {
    let group = this.groups.get(instance.group);
    if (group === undefined) {
      group = new Map();
      this.groups.set(instance.group, group);
    }
    group.set(instance.id, instance);
    this.instanceCount++;
  }

  private remove(instance: InstanceInfo, state: ExitState, reason: string, gseq: number): GroupChange {
    const group = this.groups.get(instance.group) as Map<string, InstanceInfo>;
    group.delete(instance.id);
    this.instanceCount--;
    if (group.size === 0) this.groups.delete(instance.group);
    return {
      type: "group-view",
      group: instance.group,
      gseq,
      members: this.ids(instance.group),
      left: { instance, state, reason },
    };
  }

  private ids(group: string): string[] {
    return this.members(group).map((i) => i.id);
  }
}
