/**
 * Membership messages (proto/membership.proto) fed to a MembershipNode
 * (peers/membership/membership-node.ts) as the membership service does: a message its decoder
 * refuses (MembershipProtocolError) is dropped, anything else it throws is a finding. Channels
 * go down and up, time passes. Whatever the node does must be possible: every message it sends
 * decodes, the views it installs hold it and have increasing ids (across its resets too: a new
 * incarnation starts from what it persisted), what it persists never goes back, and it is never
 * due again and again at one time.
 */
import type { Prng } from "../../../kit/prng.js";
import { MembershipProtocolError } from "../../../peers/membership/errors.js";
import { MembershipNode } from "../../../peers/membership/membership-node.js";
import type {
  MembershipDurable,
  MembershipInput,
  MembershipOutput,
  MembershipTiming,
} from "../../../peers/membership/membership-types.js";
import {
  type CmsMessage,
  decodeCmsMessage,
  encodeCmsMessage,
  MAX_VIEW_ID,
} from "../../../peers/membership/messages.js";
import { cmsMessageBytes } from "../builders/cms-message.js";
import type { FuzzInput } from "../inputs.js";
import { parse } from "../wire/parse.js";
import { messageType } from "../wire/schema.js";
import type { Msg } from "../wire/tree.js";
import { data, num, singleMessage, str, timeStep } from "./input-meta.js";
import { type Episode, FuzzFinding, type InProcessTarget, tickWhileDue } from "./target.js";

/** The configured nodes of the membership targets (the target is one of them). */
export const CMS_NODES = ["a", "b", "c"];

const FAST_TIMING: MembershipTiming = {
  heartbeatIntervalMs: 20,
  heartbeatTimeoutMs: 100,
  proposalTimeoutMs: 60,
  settleMs: 10,
};

/** Checks what a membership node asks its runtime to do; keeps the last 16 messages sent in `recent`. */
export function checkCmsOutputs(
  outputs: readonly MembershipOutput[],
  recent: Msg[],
  seen: { view: number; promised: number; persistedView: number },
  self: { node: string; boot: number },
): void {
  for (const output of outputs) {
    switch (output.type) {
      case "send": {
        let bytes: Uint8Array;
        try {
          bytes = encodeCmsMessage(output.message);
        } catch (error) {
          throw new FuzzFinding(`a message to ${output.to} cannot be encoded: ${(error as Error).message}`);
        }
        try {
          decodeCmsMessage(bytes, CMS_NODES);
        } catch (error) {
          throw new FuzzFinding(
            `a ${output.message.type} to ${output.to} is refused by its decoder (${(error as Error).message}): ${JSON.stringify(output.message).slice(0, 240)}`,
          );
        }
        recent.push(parse(bytes, messageType("membership.CmsMessage")));
        if (recent.length > 16) recent.shift();
        break;
      }
      case "notify": {
        const n = output.notification;
        if (n.type !== "view-installed") break;
        if (n.view.id <= seen.view)
          throw new FuzzFinding(`view ${n.view.id} installed after view ${seen.view}`);
        if (!n.view.members.some((m) => m.node === self.node && m.boot === self.boot))
          throw new FuzzFinding(`view ${n.view.id} installed without this node's incarnation in it`);
        if (n.coordinator !== n.view.members[0]?.node)
          throw new FuzzFinding(`view ${n.view.id} names coordinator ${n.coordinator}, not its first member`);
        seen.view = n.view.id;
        break;
      }
      case "persist": {
        const { promised, view } = output.durable;
        if (!Number.isSafeInteger(promised) || promised < seen.promised || promised > MAX_VIEW_ID)
          throw new FuzzFinding(`the node persists promise ${promised} after ${seen.promised}`);
        if (view.id < seen.persistedView)
          throw new FuzzFinding(`the node persists view ${view.id} after view ${seen.persistedView}`);
        seen.persistedView = view.id;
        seen.promised = promised;
        break;
      }
      default:
        break;
    }
  }
}

class MembershipEpisode implements Episode {
  core: MembershipNode;
  readonly recent: Msg[] = [];
  readonly boots: Record<string, number>;
  private now = 10_000;
  private durable: MembershipDurable | undefined;
  private readonly seen = { view: 0, promised: 0, persistedView: 0 };
  private selfNode = "";
  private readonly timing: MembershipTiming | undefined;

  constructor(rng: Prng) {
    const self = rng.pick(CMS_NODES);
    this.timing = rng.chance(0.7) ? FAST_TIMING : undefined;
    this.boots = Object.fromEntries(CMS_NODES.map((n) => [n, 1 + rng.int(3)]));
    this.boots[self] = 1;
    this.core = this.boot(self);
    for (const peer of CMS_NODES) this.feed({ type: "peer-up", peer });
  }

  /** A new incarnation, from what the last one persisted (the node reset). */
  private boot(self: string): MembershipNode {
    this.selfNode = self;
    const core = new MembershipNode({
      self,
      boot: this.boots[self] as number,
      nodes: CMS_NODES,
      ...(this.timing === undefined ? {} : { timing: this.timing }),
      ...(this.durable === undefined ? {} : { durable: this.durable }),
    });
    return core;
  }

  private feed(input: MembershipInput): void {
    const outputs = this.core.handle(input, this.now);
    checkCmsOutputs(outputs, this.recent, this.seen, {
      node: this.selfNode,
      boot: this.boots[this.selfNode] as number,
    });
    for (const output of outputs) if (output.type === "persist") this.durable = output.durable;
    if (outputs.some((o) => o.type === "reset")) {
      // The node resets: its daemon comes back as a new incarnation, with what it persisted.
      this.boots[this.selfNode] = (this.boots[this.selfNode] as number) + 1;
      this.core = this.boot(this.selfNode);
      for (const peer of CMS_NODES) this.feed({ type: "peer-up", peer });
    }
  }

  step(input: FuzzInput): void {
    this.now += num(input, "dt");
    const from = str(input, "from");
    let message: CmsMessage | undefined;
    try {
      message = decodeCmsMessage(data(input), CMS_NODES);
    } catch (error) {
      // As peers/membership/membership-service.ts: a malformed message is logged and dropped.
      if (!(error instanceof MembershipProtocolError)) throw error;
    }
    if (input.meta.peerDown === true) this.feed({ type: "peer-down", peer: from, reason: "fuzz" });
    if (input.meta.peerUp === true) this.feed({ type: "peer-up", peer: from });
    if (message !== undefined) this.feed({ type: "message", from, message });
    tickWhileDue(
      () => this.core.wakeAt() <= this.now,
      () => this.feed({ type: "tick" }),
      "the membership node",
    );
    if (Number.isNaN(this.core.wakeAt())) throw new FuzzFinding("the membership node's next wake-up is NaN");
  }
}

export const membershipNodeTarget: InProcessTarget<MembershipEpisode> = {
  name: "membership-node",
  episodeLength: 300,
  episode: (rng) => new MembershipEpisode(rng),
  generate: (rng, index, episode) => {
    const view = episode.core.knownView.id;
    const bytes = cmsMessageBytes(rng, {
      nodes: CMS_NODES,
      boots: episode.boots,
      view,
      promised: view,
      recent: episode.recent,
    });
    return singleMessage("membership-node", index, bytes, {
      // Mostly a partner; now and then the node itself or a node not configured.
      from: rng.chance(0.97) ? rng.pick(CMS_NODES) : rng.pick(["z", ""]),
      dt: timeStep(rng),
      peerDown: rng.chance(0.02),
      peerUp: rng.chance(0.08),
    });
  },
};
