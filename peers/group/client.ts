/**
 * An application process's side of the group daemon (the "gcd" service): register instances in
 * named groups, send, receive every group view and message in the group's one order, unregister.
 * The instance answers the daemon's monitoring by itself (its liveliness is this process's event
 * loop); its existence is this connection.
 *
 *   const gcd = await GroupClient.connect("ws://127.0.0.1:7201");
 *   const member = await gcd.register("orders", { critical: true });
 *   member.on((event) => { if (event.type === "message") apply(event.payload); });
 *   const gseq = await member.send(bytes);
 *
 * With `record`, every event of every instance is also handed out as a DeliveryRecord (the
 * checker's input, delivery-checker.ts), and `end()` adds the records of instances still there.
 */
import { CcmServiceClient } from "../../ccm/client.js";
import { ServiceCallError } from "../../ccm/errors.js";
import { group as wire } from "../../proto/generated/group.js";
import { longToSafeInteger } from "../../proto/int64.js";
import type { DeliveryRecord } from "./delivery-records.js";
import type { ExitState } from "./entries.js";
import {
  GroupBadRequestError,
  type GroupError,
  GroupProtocolError,
  GroupRefusedError,
  GroupUnavailableError,
} from "./errors.js";
import { GROUP_SERVICE } from "./group-service.js";

/** What an instance receives, in its group's order. */
export type GroupEvent =
  | {
      readonly type: "message";
      readonly gseq: number;
      /** The sending instance. */
      readonly from: string;
      /** Names the message: "<node>/<incarnation>/<seq>". */
      readonly id: string;
      readonly payload: Uint8Array;
    }
  | {
      readonly type: "view";
      readonly gseq: number;
      readonly members: readonly string[];
      readonly joined?: string;
      readonly left?: string;
      readonly leftState?: ExitState;
    }
  /** The connection closed: the instance is gone (its node reset, or the daemon cut it off). */
  | { readonly type: "closed"; readonly reason: string };

/** What a daemon says of the groups (`ccm group list`). */
export interface GroupsStatus {
  /** The membership view its group state is in, and that view's group coordinator. */
  readonly view: number;
  readonly coordinator: string;
  /** The last gseq it delivered. */
  readonly delivered: number;
  readonly groups: readonly {
    readonly name: string;
    readonly instances: readonly {
      readonly id: string;
      readonly node: string;
      readonly critical: boolean;
      readonly state: string;
    }[];
  }[];
}

export interface RegisterOptions {
  /** Its failure resets its node (003). */
  readonly critical?: boolean;
  /** Answer the daemon's monitoring (default true; false only to test an instance that hangs). */
  readonly answerPings?: boolean;
}

export interface GroupClientOptions {
  readonly record?: (record: DeliveryRecord) => void;
}

/** Events for an instance that arrive before its Register reply, kept at most (then dropped). */
const MAX_EARLY_EVENTS = 4096;

export class GroupMember {
  private readonly listeners = new Set<(event: GroupEvent) => void>();
  /** Registered and not left. */
  member = true;

  constructor(
    private readonly client: GroupClient,
    readonly id: string,
    readonly group: string,
    /** The group history its gseqs count in. */
    readonly history: string,
    /** Where it joined: it receives everything after. */
    readonly joinedAt: number,
    readonly members: readonly string[],
    readonly answerPings: boolean,
  ) {}

  /** Hears every event from now on; returns the unsubscribe. */
  on(listener: (event: GroupEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends to the group; resolves with the gseq it was delivered at (here, so everywhere it reached). */
  async send(payload: Uint8Array): Promise<number> {
    const reply = await this.client.call({ send: { instance: this.id, payload } });
    return longToSafeInteger(reply.sent ?? 0) ?? 0;
  }

  async unregister(): Promise<void> {
    await this.client.call({ unregister: { instance: this.id } });
  }

  /** @internal */
  emit(event: GroupEvent): void {
    if (event.type === "view" && event.left === this.id) this.member = false;
    if (event.type === "closed") this.member = false;
    for (const listener of [...this.listeners]) listener(event);
  }
}

export class GroupClient {
  private readonly members = new Map<string, GroupMember>();
  private readonly early = new Map<string, wire.GroupEvent[]>();
  private earlyCount = 0;

  private constructor(
    private readonly service: CcmServiceClient,
    private readonly options: GroupClientOptions,
  ) {
    service.onServiceEvent(GROUP_SERVICE, (payload) => this.event(wire.GroupEvent.decode(payload)));
    service.onClose((reason) => {
      for (const member of this.members.values()) member.emit({ type: "closed", reason });
    });
  }

  static async connect(url: string | URL, options: GroupClientOptions = {}): Promise<GroupClient> {
    return new GroupClient(await CcmServiceClient.connect(url), options);
  }

  get connected(): boolean {
    return this.service.connected;
  }

  /** A new instance in `group` (1..64 printable ASCII characters). */
  async register(group: string, options: RegisterOptions = {}): Promise<GroupMember> {
    const reply = await this.call({ register: { group, critical: options.critical === true } });
    const r = reply.registered;
    if (r === null || r === undefined) throw new GroupProtocolError("a register reply without its instance");
    const member = new GroupMember(
      this,
      r.instance ?? "",
      group,
      r.history ?? "",
      longToSafeInteger(r.gseq ?? 0) ?? 0,
      (r.group?.instances ?? []).map((i) => i.id ?? ""),
      options.answerPings !== false,
    );
    this.members.set(member.id, member);
    this.options.record?.({
      member: member.id,
      history: member.history,
      group,
      type: "joined",
      gseq: member.joinedAt,
      members: member.members,
    });
    const early = this.early.get(member.id) ?? [];
    this.early.delete(member.id);
    this.earlyCount -= early.length;
    for (const event of early) this.event(event);
    return member;
  }

  /** The groups, their instances, and the daemon's view, coordinator and delivery point. */
  async groups(): Promise<GroupsStatus> {
    const g = (await this.call({ groups: {} })).groups ?? {};
    return {
      view: longToSafeInteger(g.view ?? 0) ?? 0,
      coordinator: g.coordinator ?? "",
      delivered: longToSafeInteger(g.delivered ?? 0) ?? 0,
      groups: (g.groups ?? []).map((group) => ({
        name: group.name ?? "",
        instances: (group.instances ?? []).map((i) => ({
          id: i.id ?? "",
          node: i.node ?? "",
          critical: i.critical === true,
          state: i.state ?? "",
        })),
      })),
    };
  }

  /** `end` records for the instances still registered (a run's end, for the checker). */
  end(): void {
    for (const member of this.members.values()) {
      if (member.member)
        this.options.record?.({
          member: member.id,
          history: member.history,
          group: member.group,
          type: "end",
        });
    }
  }

  /** Runs once the connection closes (the node stopped or reset: every instance of it is gone). */
  onClose(listener: (reason: string) => void): () => void {
    return this.service.onClose(listener);
  }

  close(): void {
    this.service.close();
  }

  /** @internal */
  async call(call: wire.IGroupCall): Promise<wire.GroupReply> {
    try {
      return wire.GroupReply.decode(
        await this.service.call(GROUP_SERVICE, wire.GroupCall.encode(call).finish()),
      );
    } catch (error) {
      throw error instanceof ServiceCallError ? groupError(error) : error;
    }
  }

  private event(event: wire.GroupEvent): void {
    const id = event.instance ?? "";
    const member = this.members.get(id);
    if (member === undefined) {
      // Pushed before the Register reply reached this process: kept until it does.
      if (this.earlyCount >= MAX_EARLY_EVENTS) return;
      const list = this.early.get(id) ?? [];
      list.push(event);
      this.early.set(id, list);
      this.earlyCount++;
      return;
    }
    if (event.ping) {
      if (member.answerPings)
        void this.call({ pong: { instance: id, nonce: event.ping.nonce ?? 0 } }).catch(() => {});
      return;
    }
    const typed = eventFromWire(event);
    if (typed === undefined || typed.type === "closed") return;
    this.options.record?.({ member: id, history: member.history, group: member.group, ...recordOf(typed) });
    member.emit(typed);
  }
}

function eventFromWire(event: wire.GroupEvent): GroupEvent | undefined {
  if (event.delivery) {
    const d = event.delivery;
    const from = d.from ?? "";
    return {
      type: "message",
      gseq: longToSafeInteger(d.gseq ?? 0) ?? 0,
      from,
      id: `${from.slice(0, from.lastIndexOf("/"))}/${String(d.seq ?? 0)}`,
      payload: d.payload ?? new Uint8Array(0),
    };
  }
  if (event.view) {
    const v = event.view;
    return {
      type: "view",
      gseq: longToSafeInteger(v.gseq ?? 0) ?? 0,
      members: v.members ?? [],
      ...(v.joined ? { joined: v.joined } : {}),
      ...(v.left
        ? {
            left: v.left,
            leftState: v.leftState === wire.ExitState.UNREGISTERED ? "unregistered" : "unknown",
          }
        : {}),
    };
  }
  return undefined;
}

/** The record of an event (a view's fields are the record's as they are). */
function recordOf(
  event: Exclude<GroupEvent, { type: "closed" }>,
): Extract<GroupEvent, { type: "view" }> | { type: "message"; gseq: number; id: string; from: string } {
  if (event.type === "message") return { type: "message", gseq: event.gseq, id: event.id, from: event.from };
  return event;
}

/** The daemon's own error, rebuilt from the code it sent. */
function groupError(error: ServiceCallError): GroupError | ServiceCallError {
  switch (error.serviceCode) {
    case "E_GROUP_BAD_REQUEST":
      return new GroupBadRequestError(error.message);
    case "E_GROUP_UNAVAILABLE":
      return new GroupUnavailableError(error.message);
    case "E_GROUP_REFUSED":
      return new GroupRefusedError(error.message);
    default:
      return error;
  }
}
