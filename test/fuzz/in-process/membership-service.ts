/**
 * The membership service (peers/membership/membership-service.ts) as a node hosts it, on a fake
 * clock and storage in memory: MembershipCalls from clients (status, watch, garbage), messages
 * from peers (membership-node.ts's and garbage), channels going down and up; in most episodes its
 * partners also play along (they say hello, accept its proposals, acknowledge its installs) so
 * that views form and watchers hear of them. Every message it sends must decode, every call must
 * get a decodable reply or a refusal with an E_MEMBERSHIP_ code, every push must decode as a
 * MembershipEvent; the node may reset only when a well-formed message told it that a view was
 * installed without it.
 */
import type { Prng } from "../../../kit/prng.js";
import { MembershipService } from "../../../peers/membership/membership-service.js";
import { MemoryMembershipStorage } from "../../../peers/membership/membership-store.js";
import { type CmsMessage, decodeCmsMessage, encodeCmsMessage } from "../../../peers/membership/messages.js";
import { isMember, type View } from "../../../peers/membership/view.js";
import { membership } from "../../../proto/generated/membership.js";
import { cmsMessageBytes } from "../builders/cms-message.js";
import type { FuzzInput } from "../inputs.js";
import { encode } from "../wire/encode.js";
import { Generator } from "../wire/generator.js";
import { mutateBytes } from "../wire/mutate-bytes.js";
import { mutateTree } from "../wire/mutate-tree.js";
import { parse } from "../wire/parse.js";
import { randomBytes } from "../wire/random.js";
import { messageType } from "../wire/schema.js";
import type { Msg } from "../wire/tree.js";
import { data, num, singleMessage, str, timeStep } from "./input-meta.js";
import { CMS_NODES } from "./membership-node.js";
import { CallLedger, FakeCaller, FakeClock, fakeHost, type LateProblem, throwLate } from "./service-host.js";
import { type Episode, FuzzFinding, type InProcessTarget } from "./target.js";

const FUZZ_TIMING = {
  heartbeatIntervalMs: 50,
  heartbeatTimeoutMs: 250,
  proposalTimeoutMs: 100,
  settleMs: 20,
};
const CALLERS = 4;

/** Partners that play the protocol honestly: hellos every interval, accepts, installed acks. */
export class CooperativePartners {
  readonly boots: Record<string, number>;
  readonly up = new Set<string>();
  private replies: { from: string; message: CmsMessage }[] = [];
  private helloAt = 0;

  constructor(
    rng: Prng,
    readonly self: string,
    readonly cooperative: boolean,
  ) {
    this.boots = Object.fromEntries(CMS_NODES.map((n) => [n, 1 + rng.int(3)]));
  }

  get partners(): string[] {
    return CMS_NODES.filter((n) => n !== this.self);
  }

  /** What the target sent `to` (a message it must be able to decode), answered if they play along. */
  sent(to: string, message: CmsMessage): void {
    if (!this.cooperative || !this.up.has(to)) return;
    if (message.type === "propose")
      this.replies.push({ from: to, message: { type: "accept", id: message.id } });
    else if (message.type === "install")
      this.replies.push({ from: to, message: { type: "installed", id: message.view.id } });
  }

  /** The replies and hellos due now, as messages from partners. */
  take(now: number, installed: number, interval: number): { from: string; data: Uint8Array }[] {
    const out = this.replies.map((r) => ({ from: r.from, data: encodeCmsMessage(r.message) }));
    this.replies = [];
    if (this.cooperative && now >= this.helloAt) {
      this.helloAt = now + interval;
      for (const partner of this.up) {
        const hello: CmsMessage = {
          type: "hello",
          boot: this.boots[partner] as number,
          installed,
          suspended: false,
        };
        out.push({ from: partner, data: encodeCmsMessage(hello) });
      }
    }
    return out;
  }
}

/** The view a membership message carries (the one a node that learns it may be left out of). */
function carriedView(message: CmsMessage): View | undefined {
  if (message.type === "install") return message.view;
  if (message.type === "propose") return message.base;
  if (message.type === "reject") return message.installed;
  return undefined;
}

class MembershipServiceEpisode implements Episode {
  service!: MembershipService;
  readonly storage = new MemoryMembershipStorage();
  readonly clock = new FakeClock();
  readonly partners: CooperativePartners;
  readonly recent: Msg[] = [];
  readonly late: LateProblem[] = [];
  readonly callers: FakeCaller[] = [];
  private readonly ledger: CallLedger;
  private current = -1;
  private resetAsked: string | undefined;
  private nextCaller = 1;

  constructor(private readonly rng: Prng) {
    const self = rng.chance(0.7) ? (CMS_NODES[0] as string) : rng.pick(CMS_NODES);
    this.partners = new CooperativePartners(rng, self, rng.chance(0.8));
    this.ledger = new CallLedger(
      "E_MEMBERSHIP_",
      (reply) => membership.MembershipReply.decode(reply),
      this.late,
      0,
    );
    for (let i = 0; i < CALLERS; i++) this.callers.push(this.newCaller());
    this.boot();
  }

  private newCaller(): FakeCaller {
    return new FakeCaller(this.nextCaller++, (payload) => {
      try {
        membership.MembershipEvent.decode(payload);
      } catch (error) {
        this.late.push({
          index: this.current,
          problem: `a push is no MembershipEvent: ${(error as Error).message}`,
        });
      }
    });
  }

  /** The service as the node starts it (again after a reset), its partners' channels up. */
  private boot(): void {
    this.service = new MembershipService({ nodes: CMS_NODES, storage: this.storage, timing: FUZZ_TIMING });
    const host = fakeHost({
      node: this.partners.self,
      partners: this.partners.partners,
      clock: this.clock,
      rng: this.rng,
      send: (partner, bytes) => {
        let message: CmsMessage;
        try {
          message = decodeCmsMessage(bytes, CMS_NODES);
        } catch (error) {
          this.late.push({
            index: this.current,
            problem: `the service sent ${partner} a message it refuses: ${(error as Error).message}`,
          });
          return;
        }
        this.recent.push(parse(bytes, messageType("membership.CmsMessage")));
        if (this.recent.length > 16) this.recent.shift();
        this.partners.sent(partner, message);
      },
      resetNode: (reason) => {
        this.resetAsked ??= reason;
      },
    });
    this.service.start(host);
    for (const partner of this.partners.partners) {
      this.partners.up.add(partner);
      this.service.event({ type: "channel-up", partner, ports: 1, remoteMemoryBytes: 0 });
    }
  }

  /** Feeds what the partners say now; true if they said anything. */
  private deliverPartners(): boolean {
    const view = this.service.node?.view.id ?? 0;
    const said = this.partners.take(this.clock.now(), view, FUZZ_TIMING.heartbeatIntervalMs);
    for (const { from, data: bytes } of said)
      this.service.event({ type: "message", partner: from, port: 0, data: bytes });
    return said.length > 0;
  }

  async step(input: FuzzInput): Promise<void> {
    this.current = input.index;
    const index = input.index;
    this.clock.advance(num(input, "dt"));
    this.deliverPartners();
    const partner = str(input, "from");
    let excludedBy: string | undefined;
    switch (str(input, "event")) {
      case "call": {
        const caller = this.callers[num(input, "caller")] as FakeCaller;
        this.service.call(data(input), this.ledger.done(index, this.clock.now()), caller);
        break;
      }
      case "close": {
        // A client connection goes; another takes its place.
        const at = num(input, "caller");
        (this.callers[at] as FakeCaller).close();
        this.callers[at] = this.newCaller();
        break;
      }
      case "down":
        this.partners.up.delete(partner);
        this.service.event({ type: "channel-down", partner, reason: "fuzz" });
        break;
      case "up":
        this.partners.up.add(partner);
        this.service.event({ type: "channel-up", partner, ports: 1, remoteMemoryBytes: 0 });
        break;
      default: {
        const bytes = data(input);
        try {
          const view = carriedView(decodeCmsMessage(bytes, CMS_NODES));
          if (view !== undefined && view.id > 0 && !isMember(view, this.partners.self, this.service.boot))
            excludedBy = `view ${view.id}`;
        } catch {}
        this.service.event({ type: "message", partner, port: 0, data: bytes });
        break;
      }
    }
    await this.clock.settle(() => this.deliverPartners());
    this.ledger.overdue(this.clock.now());
    if (this.resetAsked !== undefined) {
      const reason = this.resetAsked;
      this.resetAsked = undefined;
      if (excludedBy === undefined || !reason.includes("installed without this node"))
        this.late.push({ index, problem: `the service reset its node: ${reason}` });
      // The node resets: every service stops, every connection closes, the daemon starts again.
      this.service.stop();
      for (const [i, caller] of this.callers.entries()) {
        caller.close();
        this.callers[i] = this.newCaller();
      }
      this.boot();
    }
    throwLate(this.late, index, FuzzFinding);
  }

  stop(): void {
    this.service.stop();
  }
}

function membershipCallBytes(rng: Prng): Uint8Array {
  const gen = new Generator(rng, { oneofWeights: { "MembershipCall.status": 3, "MembershipCall.watch": 3 } });
  const m = gen.message("membership.MembershipCall");
  const r = rng.next();
  if (r < 0.6) return encode(m).bytes;
  if (r < 0.8) return encode(mutateTree(m, rng, 1 + rng.int(3))).bytes;
  if (r < 0.95) return mutateBytes(encode(m), rng, 1 + rng.int(3));
  return randomBytes(rng, rng.int(40));
}

export const membershipServiceTarget: InProcessTarget<MembershipServiceEpisode> = {
  name: "membership-service",
  episodeLength: 300,
  episode: (rng) => new MembershipServiceEpisode(rng),
  generate: (rng, index, episode) => {
    const r = rng.next();
    const event = r < 0.3 ? "call" : r < 0.33 ? "close" : r < 0.36 ? "down" : r < 0.4 ? "up" : "message";
    const view = episode.service.node?.knownView.id ?? 0;
    const bytes =
      event === "call"
        ? membershipCallBytes(rng)
        : cmsMessageBytes(rng, {
            nodes: CMS_NODES,
            boots: { ...episode.partners.boots, [episode.partners.self]: episode.service.boot },
            view,
            promised: view,
            recent: episode.recent,
          });
    return singleMessage("membership-service", index, bytes, {
      event,
      from: rng.chance(0.97) ? rng.pick(episode.partners.partners) : rng.pick(["z", episode.partners.self]),
      caller: rng.int(CALLERS),
      dt: timeStep(rng),
    });
  },
};
