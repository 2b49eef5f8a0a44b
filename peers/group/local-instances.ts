/**
 * The application instances of one group daemon: each is a client connection (its ServiceCaller)
 * registered in one group. What is delivered for its group is pushed to it as GroupEvents, in
 * delivery order. Bounded per connection and per node: a client cannot make the daemon hold an
 * unbounded number of instances.
 */
import type { ServiceCaller } from "../../ccm/service.js";
import { group as wire } from "../../proto/generated/group.js";
import { GroupBadRequestError, GroupRefusedError } from "./errors.js";
import type { GroupChange } from "./group-state.js";
import { EXIT_TO_WIRE } from "./messages.js";

/** Instances one connection may hold. */
export const MAX_INSTANCES_PER_CONNECTION = 16;
/** Instances one node may hold. */
export const MAX_LOCAL_INSTANCES = 128;

export interface LocalInstance {
  readonly id: string;
  readonly group: string;
  readonly critical: boolean;
  readonly caller: ServiceCaller;
  /** Its join was delivered: it is a member of its group. */
  registered: boolean;
  /** It unregistered or failed: what happens to it next is no failure. */
  leaving: boolean;
}

export class LocalInstances {
  private readonly instances = new Map<string, LocalInstance>();

  get(id: string): LocalInstance | undefined {
    return this.instances.get(id);
  }

  /** Throws E_GROUP_REFUSED if the connection or the node holds as many instances as it may. */
  checkRoom(callerId: number): void {
    if (this.instances.size >= MAX_LOCAL_INSTANCES)
      throw new GroupRefusedError(`this node holds ${MAX_LOCAL_INSTANCES} instances already`);
    let own = 0;
    for (const i of this.instances.values()) if (i.caller.id === callerId) own++;
    if (own >= MAX_INSTANCES_PER_CONNECTION)
      throw new GroupRefusedError(`a connection holds at most ${MAX_INSTANCES_PER_CONNECTION} instances`);
  }

  /** An instance whose join is on its way. */
  reserve(id: string, group: string, critical: boolean, caller: ServiceCaller): void {
    this.instances.set(id, { id, group, critical, caller, registered: false, leaving: false });
  }

  /** Its join was delivered. */
  registered(id: string): LocalInstance | undefined {
    const instance = this.instances.get(id);
    if (instance !== undefined) instance.registered = true;
    return instance;
  }

  drop(id: string): boolean {
    return this.instances.delete(id);
  }

  /** The registered instance `id` of the connection `callerId`; anything else is refused. */
  ownRegistered(id: string, callerId: number): LocalInstance {
    const instance = this.instances.get(id);
    if (instance === undefined || instance.caller.id !== callerId || !instance.registered || instance.leaving)
      throw new GroupBadRequestError(
        `${JSON.stringify(id.slice(0, 128))} is not a registered instance of this connection`,
      );
    return instance;
  }

  /** "alive" for a member; "leaving" for one of this node's that unregistered or failed. */
  stateOf(id: string): string {
    return this.instances.get(id)?.leaving === true ? "leaving" : "alive";
  }

  /** Pushes a delivered change to the instances of its group it concerns. */
  deliver(change: GroupChange): void {
    if (change.type === "message") {
      const delivery: wire.IDelivery = {
        group: change.group,
        gseq: change.gseq,
        from: change.from,
        seq: change.seq,
        payload: change.payload,
      };
      for (const instance of this.instances.values()) {
        if (instance.registered && instance.group === change.group) this.push(instance, { delivery });
      }
      return;
    }
    if (change.type !== "group-view") return;
    const view: wire.IGroupView = {
      group: change.group,
      gseq: change.gseq,
      members: [...change.members],
      joined: change.joined?.id ?? "",
      left: change.left?.instance.id ?? "",
      leftState:
        change.left === undefined ? wire.ExitState.EXIT_STATE_UNSPECIFIED : EXIT_TO_WIRE[change.left.state],
    };
    const leaving = change.left?.instance.id;
    for (const instance of this.instances.values()) {
      if (!instance.registered || instance.group !== change.group) continue;
      if (change.members.includes(instance.id) || instance.id === leaving) this.push(instance, { view });
    }
  }

  ping(id: string, nonce: number): void {
    const instance = this.instances.get(id);
    if (instance !== undefined) this.push(instance, { ping: { instance: id, nonce } });
  }

  private push(instance: LocalInstance, body: Omit<wire.IGroupEvent, "instance">): void {
    // A connection too slow to read is closed by the node; its instance then fails (onClose).
    instance.caller.push(wire.GroupEvent.encode({ instance: instance.id, ...body }).finish());
  }
}
