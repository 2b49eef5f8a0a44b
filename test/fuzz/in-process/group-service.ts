/**
 * The group service (peers/group/group-service.ts) as a node hosts it, with the node's membership
 * service started first on the same clock (each with its own channel): GroupCalls from a few
 * client connections (registers, sends as their own instances or others', pongs, garbage),
 * batches from peers (delta-node.ts's and garbage), connections closing, channels going down and
 * up. In most episodes the partners play along, membership and Delta alike (hellos, accepts, the
 * group states of a new view, the proposal back around the ring, acks), so that views form and
 * calls are delivered. Every batch it sends must decode, every call must get a decodable
 * GroupReply or a refusal with an E_GROUP_ code within its deadline, every push must decode as a
 * GroupEvent, and the node must not reset unless a critical instance was registered.
 */
import type { Prng } from "../../../kit/prng.js";
import { GroupService } from "../../../peers/group/group-service.js";
import type { DeltaMessage } from "../../../peers/group/messages.js";
import { decodeDeltaBatch, encodeDeltaBatch } from "../../../peers/group/messages.js";
import { MembershipService } from "../../../peers/membership/membership-service.js";
import { MemoryMembershipStorage } from "../../../peers/membership/membership-store.js";
import { type CmsMessage, decodeCmsMessage } from "../../../peers/membership/messages.js";
import { group } from "../../../proto/generated/group.js";
import { groupBatchBytes } from "../builders/group-batch.js";
import { groupCallBytes } from "../builders/group-call.js";
import type { FuzzInput } from "../inputs.js";
import { GROUP_NODES } from "./delta-node.js";
import { data, num, singleMessage, str, timeStep } from "./input-meta.js";
import { CooperativePartners } from "./membership-service.js";
import { CallLedger, FakeCaller, FakeClock, fakeHost, type LateProblem, throwLate } from "./service-host.js";
import { type Episode, FuzzFinding, type InProcessTarget } from "./target.js";

const MEMBERSHIP_TIMING = {
  heartbeatIntervalMs: 50,
  heartbeatTimeoutMs: 250,
  proposalTimeoutMs: 100,
  settleMs: 20,
};
const CALL_TIMEOUT_MS = 3000;
/** A call's answer may come this long after its deadline (the timer runs at the next step). */
const CALL_SLACK_MS = 25_000;
const CALLERS = 4;

class GroupServiceEpisode implements Episode {
  cms!: MembershipService;
  gcd!: GroupService;
  readonly storage = new MemoryMembershipStorage();
  readonly clock = new FakeClock();
  readonly partners: CooperativePartners;
  readonly recent: { to: string; message: DeltaMessage }[] = [];
  readonly late: LateProblem[] = [];
  callers: FakeCaller[] = [];
  /** Per caller id: its registered instances, and the pings it got lately. */
  readonly own = new Map<number, string[]>();
  readonly pings = new Map<number, { instance: string; nonce: number }[]>();
  private readonly ledger: CallLedger;
  private deltaReplies: { from: string; message: DeltaMessage }[] = [];
  private current = -1;
  private resetAsked: string | undefined;
  private criticalRegistered = false;
  private nextCaller = 1;

  constructor(private readonly rng: Prng) {
    // The first node coordinates the first view (membership and Delta): its partners answer it.
    const self = rng.chance(0.8) ? (GROUP_NODES[0] as string) : rng.pick(GROUP_NODES);
    this.partners = new CooperativePartners(rng, self, rng.chance(0.85));
    this.ledger = new CallLedger(
      "E_GROUP_",
      (reply) => group.GroupReply.decode(reply),
      this.late,
      CALL_TIMEOUT_MS + CALL_SLACK_MS,
    );
    for (let i = 0; i < CALLERS; i++) this.callers.push(this.newCaller());
    this.boot();
  }

  private newCaller(): FakeCaller {
    const caller: FakeCaller = new FakeCaller(this.nextCaller++, (payload) => {
      let event: group.GroupEvent;
      try {
        event = group.GroupEvent.decode(payload);
      } catch (error) {
        this.late.push({
          index: this.current,
          problem: `a push is no GroupEvent: ${(error as Error).message}`,
        });
        return;
      }
      // An instance that left (unregistered, or failed) is no longer the caller's.
      const left = event.view?.left;
      if (left)
        for (const [id, list] of this.own)
          this.own.set(
            id,
            list.filter((i) => i !== left),
          );
      if (event.ping) {
        const list = this.pings.get(caller.id) ?? [];
        list.push({ instance: event.ping.instance ?? "", nonce: Number(event.ping.nonce) });
        if (list.length > 8) list.shift();
        this.pings.set(caller.id, list);
      }
    });
    return caller;
  }

  /** The node's services as it starts them (again after a reset): membership first, then groups. */
  private boot(): void {
    const self = this.partners.self;
    const resetNode = (reason: string) => {
      this.resetAsked ??= reason;
    };
    this.cms = new MembershipService({
      nodes: GROUP_NODES,
      storage: this.storage,
      timing: MEMBERSHIP_TIMING,
    });
    this.cms.start(
      fakeHost({
        node: self,
        partners: this.partners.partners,
        clock: this.clock,
        rng: this.rng,
        resetNode,
        send: (partner, bytes) => {
          let message: CmsMessage;
          try {
            message = decodeCmsMessage(bytes, GROUP_NODES);
          } catch (error) {
            this.late.push({
              index: this.current,
              problem: `the membership service sent ${partner} a message it refuses: ${(error as Error).message}`,
            });
            return;
          }
          this.partners.sent(partner, message);
        },
      }),
    );
    this.gcd = new GroupService({
      nodes: GROUP_NODES,
      membership: this.cms,
      callTimeoutMs: CALL_TIMEOUT_MS,
      timing: { proposalTimeoutMs: 100, commitTimeoutMs: 100, submitTimeoutMs: 500 },
    });
    this.gcd.start(
      fakeHost({
        node: self,
        partners: this.partners.partners,
        clock: this.clock,
        rng: this.rng,
        resetNode,
        send: (partner, bytes) => this.sentBatch(partner, bytes),
      }),
    );
    for (const partner of this.partners.partners) {
      this.partners.up.add(partner);
      this.channel("channel-up", partner);
    }
  }

  private channel(type: "channel-up" | "channel-down", partner: string): void {
    const event =
      type === "channel-up"
        ? ({ type, partner, ports: 1, remoteMemoryBytes: 0 } as const)
        : ({ type, partner, reason: "fuzz" } as const);
    this.cms.event(event);
    this.gcd.event(event);
  }

  /** A batch the group service sent: it must decode; partners that play along answer it. */
  private sentBatch(partner: string, bytes: Uint8Array): void {
    let messages: DeltaMessage[];
    try {
      messages = decodeDeltaBatch(bytes, GROUP_NODES);
    } catch (error) {
      this.late.push({
        index: this.current,
        problem: `the group service sent ${partner} a batch it refuses: ${(error as Error).message}`,
      });
      return;
    }
    for (const message of messages) {
      this.recent.push({ to: partner, message });
      if (this.recent.length > 16) this.recent.shift();
      if (!this.partners.cooperative || !this.partners.up.has(partner)) continue;
      const epoch = message.epoch;
      switch (message.type) {
        case "state":
          this.deltaReplies.push({
            from: partner,
            message: { type: "state", epoch, fresh: true, delivered: 0, entries: [], lacking: false },
          });
          break;
        case "propose": {
          // Passed on around the ring, back to the coordinator from its predecessor.
          const members = this.cms.node?.view.members ?? [];
          const at = members.findIndex((m) => m.node === this.partners.self);
          const predecessor = members[(at - 1 + members.length) % members.length]?.node;
          if (at >= 0 && predecessor !== undefined && this.partners.up.has(predecessor))
            this.deltaReplies.push({ from: predecessor, message });
          break;
        }
        case "commit":
          this.deltaReplies.push({ from: partner, message: { type: "ack", epoch, upTo: message.upTo } });
          break;
        default:
          break;
      }
    }
  }

  /** What the partners that play along say now: hellos, accepts, states, proposals back, acks. */
  /** Feeds what the partners say now; true if they said anything. */
  private deliverPartners(): boolean {
    const view = this.cms.node?.view.id ?? 0;
    const said = this.partners.take(this.clock.now(), view, MEMBERSHIP_TIMING.heartbeatIntervalMs);
    for (const { from, data: bytes } of said)
      this.cms.event({ type: "message", partner: from, port: 0, data: bytes });
    const replies = this.deltaReplies;
    this.deltaReplies = [];
    for (const { from, message } of replies)
      this.gcd.event({ type: "message", partner: from, port: 0, data: encodeDeltaBatch([message]) });
    return said.length > 0 || replies.length > 0;
  }

  async step(input: FuzzInput): Promise<void> {
    this.current = input.index;
    const index = input.index;
    this.clock.advance(num(input, "dt"));
    this.deliverPartners();
    const partner = str(input, "from");
    switch (str(input, "event")) {
      case "call": {
        const caller = this.callers[num(input, "caller")] as FakeCaller;
        try {
          if (group.GroupCall.decode(data(input)).register?.critical === true) this.criticalRegistered = true;
        } catch {}
        this.gcd.call(
          data(input),
          this.ledger.done(index, this.clock.now(), (reply) => {
            const id = (reply as group.GroupReply).registered?.instance;
            if (id) this.own.set(caller.id, [...(this.own.get(caller.id) ?? []), id].slice(-16));
          }),
          caller,
        );
        break;
      }
      case "close": {
        const at = num(input, "caller");
        const caller = this.callers[at] as FakeCaller;
        caller.close();
        this.own.delete(caller.id);
        this.pings.delete(caller.id);
        this.callers[at] = this.newCaller();
        break;
      }
      case "down":
        this.partners.up.delete(partner);
        this.channel("channel-down", partner);
        break;
      case "up":
        this.partners.up.add(partner);
        this.channel("channel-up", partner);
        break;
      default:
        this.gcd.event({ type: "message", partner, port: 0, data: data(input) });
        break;
    }
    await this.clock.settle(() => this.deliverPartners());
    this.ledger.overdue(this.clock.now());
    if (this.resetAsked !== undefined) {
      const reason = this.resetAsked;
      this.resetAsked = undefined;
      if (!(this.criticalRegistered && reason.startsWith("critical instance")))
        this.late.push({ index, problem: `the node was reset: ${reason}` });
      this.restart();
    }
    throwLate(this.late, index, FuzzFinding);
  }

  /** The node resets: every service stops, every connection closes, the services start again. */
  private restart(): void {
    this.gcd.stop();
    this.cms.stop();
    for (const caller of this.callers) caller.close();
    this.callers = this.callers.map(() => this.newCaller());
    this.own.clear();
    this.pings.clear();
    this.criticalRegistered = false;
    this.boot();
  }

  stop(): void {
    this.gcd.stop();
    this.cms.stop();
  }
}

export const groupServiceTarget: InProcessTarget<GroupServiceEpisode> = {
  name: "group-service",
  episodeLength: 300,
  episode: (rng) => new GroupServiceEpisode(rng),
  generate: (rng, index, episode) => {
    const r = rng.next();
    const event = r < 0.45 ? "call" : r < 0.48 ? "close" : r < 0.5 ? "down" : r < 0.53 ? "up" : "message";
    const caller = rng.int(CALLERS);
    const callerId = episode.callers[caller]?.id ?? 0;
    const from = rng.chance(0.97)
      ? rng.pick(episode.partners.partners)
      : rng.pick(["z", episode.partners.self]);
    const bytes =
      event === "call"
        ? groupCallBytes(rng, {
            own: episode.own.get(callerId) ?? [],
            others: [...episode.own.entries()].filter(([id]) => id !== callerId).flatMap(([, ids]) => ids),
            pings: episode.pings.get(callerId) ?? [],
            node: episode.partners.self,
            boot: episode.cms.boot,
          })
        : groupBatchBytes(
            rng,
            {
              nodes: GROUP_NODES,
              boots: { ...episode.partners.boots, [episode.partners.self]: episode.cms.boot },
              epoch: episode.gcd.node?.currentEpoch ?? 0,
              delivered: episode.gcd.node?.deliveredUpTo ?? 0,
              recent: episode.recent,
            },
            from,
          );
    return singleMessage("group-service", index, bytes, { event, from, caller, dt: timeStep(rng) });
  },
};
