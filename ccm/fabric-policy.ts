/**
 * The two-fabric policy of a node (000 claim 7, 001 claim 17), as a pure core: with a duplicate
 * fabric each card has its own sessions, yet a client sees one partner and one channel per
 * partner. The policy decides
 *
 *   - which events clients hear: the first fabric to make a partner ready or a channel up, and
 *     the last to lose it (a client that registers later hears the current view at once); a
 *     fabric that comes up with the partner's new boot while another still holds a session to
 *     its old one means the partner restarted: the old sessions are given up and clients hear
 *     the partner (and its channels) go down and come back;
 *   - which fabric a request takes: the first whose channel for the client is up (then the
 *     others, whose manager says why it cannot carry it);
 *   - when a fabric is given up toward a partner: when a request over it got no answer (the
 *     transport gave up, or its flow was torn down) while another fabric has a session with the
 *     partner. Otherwise the session's own health checks and the heartbeat monitor decide: one
 *     lost request is no verdict on the partner.
 *
 * It learns what each fabric's manager says from the manager's events; it runs in the node
 * emulator and in the whole-node sim alike.
 */
import type { Core } from "../kit/core.js";
import { CompletionStatus } from "../rdma-emu/index.js";
import type { ClientEventBody } from "./client-codec.js";
import type { ManagerEvent } from "./manager-events.js";

type PartnerReady = Extract<ManagerEvent, { type: "partner-ready" }>;
type ChannelUp = Extract<ManagerEvent, { type: "channel-up" }>;

export type FabricPolicyInput =
  /** Something fabric `fabric`'s connection manager reported. */
  | { readonly type: "manager-event"; readonly fabric: number; readonly event: ManagerEvent }
  /** A request over `fabric` toward `partner` failed with this completion status. */
  | {
      readonly type: "request-failed";
      readonly fabric: number;
      readonly partner: string;
      readonly status: CompletionStatus;
      readonly detail: string;
    }
  /** A client just registered: it is told the partners and channels that are up already. */
  | { readonly type: "client-registered"; readonly client: string };

export type FabricPolicyOutput =
  /** An event for one client, or for every client (`client` undefined). */
  | { readonly type: "client-event"; readonly client: string | undefined; readonly event: ClientEventBody }
  /** End fabric `fabric`'s session with `partner` (its manager will handshake again). */
  | { readonly type: "give-up"; readonly fabric: number; readonly partner: string; readonly reason: string };

/** Statuses that mean a fabric let a request down (no answer, or its flow was torn down). */
const TRANSPORT_FAILURES: ReadonlySet<CompletionStatus> = new Set([
  CompletionStatus.RETRY_EXC,
  CompletionStatus.WR_FLUSH_ERR,
]);

export class FabricPolicy implements Core<FabricPolicyInput, FabricPolicyOutput> {
  /** Per partner, per fabric: the partner-ready event of its current session. */
  private readonly ready = new Map<string, Map<number, PartnerReady>>();
  /** Per partner: the boot clients were told is ready (none: they were told it is down). */
  private readonly toldBoot = new Map<string, number>();
  /** Per client and partner, per fabric: the channel-up event of the channel that is up. */
  private readonly channels = new Map<string, Map<number, ChannelUp>>();

  /** Every fabric, in order. */
  private readonly all: readonly number[];

  constructor(private readonly fabrics: number) {
    this.all = Array.from({ length: fabrics }, (_, fabric) => fabric);
  }

  wakeAt(): number {
    return Number.POSITIVE_INFINITY;
  }

  handle(input: FabricPolicyInput, _now: number): FabricPolicyOutput[] {
    switch (input.type) {
      case "manager-event":
        return this.onManagerEvent(input.fabric, input.event);
      case "request-failed": {
        const ready = this.ready.get(input.partner);
        const another = [...(ready?.keys() ?? [])].some((fabric) => fabric !== input.fabric);
        return TRANSPORT_FAILURES.has(input.status) && ready?.has(input.fabric) === true && another
          ? [
              {
                type: "give-up",
                fabric: input.fabric,
                partner: input.partner,
                reason: `fabric ${input.fabric} failed a request: ${input.detail}`,
              },
            ]
          : [];
      }
      case "client-registered":
        return this.currentView(input.client);
    }
  }

  /** The fabrics to try for a request of `client` toward `partner`, in order. */
  fabricsFor(client: string, partner: string): readonly number[] {
    return this.ordered(this.channels.get(channelKey(client, partner)));
  }

  /** The fabrics to read `partner`'s status word over, those with a ready session first. */
  statusFabrics(partner: string): readonly number[] {
    return this.ordered(this.ready.get(partner));
  }

  private onManagerEvent(fabric: number, event: ManagerEvent): FabricPolicyOutput[] {
    switch (event.type) {
      case "partner-ready":
        return this.onReady(fabric, event);
      case "partner-down":
        if (!this.unmark(this.ready, event.partner, fabric)) return [];
        this.toldBoot.delete(event.partner);
        return [toAll(event)];
      case "channel-up": {
        const { client, ...forClient } = event;
        return this.mark(this.channels, channelKey(client, event.partner), fabric, event)
          ? [{ type: "client-event", client, event: forClient }]
          : [];
      }
      case "channel-down": {
        const { client, ...forClient } = event;
        return this.unmark(this.channels, channelKey(client, event.partner), fabric)
          ? [{ type: "client-event", client, event: forClient }]
          : [];
      }
      case "message": {
        const { client, ...forClient } = event;
        return [{ type: "client-event", client, event: forClient }];
      }
      default:
        return [];
    }
  }

  private onReady(fabric: number, event: PartnerReady): FabricPolicyOutput[] {
    const { partner, partnerBoot } = event;
    this.mark(this.ready, partner, fabric, event);
    const told = this.toldBoot.get(partner);
    this.toldBoot.set(partner, partnerBoot);
    if (told === undefined) return [toAll(forClients(event))];
    if (told === partnerBoot) return [];
    // The partner restarted: what other fabrics hold is a session to its old boot.
    const byFabric = this.ready.get(partner) as Map<number, PartnerReady>;
    const stale = [...byFabric].filter(([, e]) => e.partnerBoot !== partnerBoot).map(([f]) => f);
    const outputs: FabricPolicyOutput[] = [];
    const reason = `${partner} restarted (fabric ${fabric} reached its new boot)`;
    const channelsUp: FabricPolicyOutput[] = [];
    for (const [key, channels] of this.channels) {
      const sample = first(channels);
      if (sample?.partner !== partner || stale.filter((f) => channels.delete(f)).length === 0) continue;
      const { client } = sample;
      outputs.push({ type: "client-event", client, event: { type: "channel-down", partner, reason } });
      const current = first(channels);
      if (current === undefined) this.channels.delete(key);
      else channelsUp.push({ type: "client-event", client, event: withoutClient(current) });
    }
    for (const f of stale) {
      byFabric.delete(f);
      outputs.push({ type: "give-up", fabric: f, partner, reason });
    }
    return [
      ...outputs,
      toAll({ type: "partner-down", partner, reason }),
      toAll(forClients(event)),
      ...channelsUp,
    ];
  }

  /** The partners that are ready and the client's channels that are up, first fabric's first. */
  private currentView(client: string): FabricPolicyOutput[] {
    const outputs: FabricPolicyOutput[] = [];
    for (const [partner, byFabric] of this.ready) {
      const ready = first(byFabric);
      if (ready === undefined) continue;
      outputs.push({ type: "client-event", client, event: forClients(ready) });
      const channel = first(this.channels.get(channelKey(client, partner)));
      if (channel !== undefined)
        outputs.push({ type: "client-event", client, event: withoutClient(channel) });
    }
    return outputs;
  }

  /** Records `value` for `fabric`; true when no other fabric has one (clients hear of it). */
  private mark<T>(table: Map<string, Map<number, T>>, key: string, fabric: number, value: T): boolean {
    let byFabric = table.get(key);
    if (byFabric === undefined) {
      byFabric = new Map();
      table.set(key, byFabric);
    }
    byFabric.set(fabric, value);
    return byFabric.size === 1;
  }

  /** Forgets `fabric`'s entry; true when it had one and no other fabric has (clients hear of it). */
  private unmark<T>(table: Map<string, Map<number, T>>, key: string, fabric: number): boolean {
    const byFabric = table.get(key);
    if (byFabric === undefined || !byFabric.delete(fabric) || byFabric.size > 0) return false;
    table.delete(key);
    return true;
  }

  /** The fabrics with an entry in `preferred` first, each part in fabric order. */
  private ordered(preferred: ReadonlyMap<number, unknown> | undefined): readonly number[] {
    // Usually that is the fabrics' own order: nothing to build on a request's path.
    if (preferred === undefined || preferred.size === 0 || preferred.size === this.fabrics) return this.all;
    return [...this.all.filter((f) => preferred.has(f)), ...this.all.filter((f) => !preferred.has(f))];
  }
}

function toAll(event: ClientEventBody): FabricPolicyOutput {
  return { type: "client-event", client: undefined, event };
}

/** A partner-ready event as clients hear it (the partner's boot is the node's business). */
function forClients(event: PartnerReady): ClientEventBody {
  const { partnerBoot: _, ...rest } = event;
  return rest;
}

function withoutClient(event: ChannelUp): ClientEventBody {
  const { client: _, ...rest } = event;
  return rest;
}

function channelKey(client: string, partner: string): string {
  return `${client}\u0000${partner}`;
}

/** The lowest fabric's entry. */
function first<T>(byFabric: Map<number, T> | undefined): T | undefined {
  if (byFabric === undefined) return undefined;
  let lowest: number | undefined;
  for (const fabric of byFabric.keys()) if (lowest === undefined || fabric < lowest) lowest = fabric;
  return lowest === undefined ? undefined : byFabric.get(lowest);
}
