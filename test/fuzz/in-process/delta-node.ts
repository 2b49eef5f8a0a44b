/**
 * Group batches (proto/group.proto) fed to a DeltaNode (peers/group/delta-node.ts) as the group
 * service does: a batch its decoder refuses (GroupProtocolError) is dropped, anything else it
 * throws is a finding. The node is in a view of the fixed nodes (itself included), now and then a
 * later one; its own instances submit joins, messages and leaves; channels come up; time passes.
 * Whatever it does must be possible: every message it sends decodes, what it delivers comes in
 * strictly increasing gseqs, every submission is answered once, and it is never due again and
 * again at one time.
 */
import type { Prng } from "../../../kit/prng.js";
import { type DeltaInput, DeltaNode, type DeltaOutput } from "../../../peers/group/delta-node.js";
import type { EntryBody } from "../../../peers/group/entries.js";
import { GroupProtocolError } from "../../../peers/group/errors.js";
import { type DeltaMessage, decodeDeltaBatch, encodeDeltaBatch } from "../../../peers/group/messages.js";
import type { Member } from "../../../peers/membership/view.js";
import { FUZZ_GROUPS, groupBatchBytes } from "../builders/group-batch.js";
import type { FuzzInput } from "../inputs.js";
import { data, num, singleMessage, str, timeStep } from "./input-meta.js";
import { type Episode, FuzzFinding, type InProcessTarget, tickWhileDue } from "./target.js";

/** The configured nodes of the group targets (the target is one of them). */
export const GROUP_NODES = ["a", "b", "c"];

/** Checks what a group node asks its runtime to do; keeps the last 16 messages sent in `recent`. */
function checkDeltaOutputs(
  outputs: readonly DeltaOutput[],
  recent: { to: string; message: DeltaMessage }[],
  seen: { gseq: number; answered: Set<number> },
): void {
  for (const output of outputs) {
    switch (output.type) {
      case "send": {
        let bytes: Uint8Array;
        try {
          bytes = encodeDeltaBatch([output.message]);
        } catch (error) {
          throw new FuzzFinding(`a message to ${output.to} cannot be encoded: ${(error as Error).message}`);
        }
        try {
          decodeDeltaBatch(bytes, GROUP_NODES);
        } catch (error) {
          throw new FuzzFinding(
            `a ${output.message.type} to ${output.to} is refused by its decoder (${(error as Error).message}): ${describe(output.message)}`,
          );
        }
        recent.push({ to: output.to, message: output.message });
        if (recent.length > 16) recent.shift();
        break;
      }
      case "deliver":
        if (!(output.entry.gseq > seen.gseq))
          throw new FuzzFinding(`gseq ${output.entry.gseq} delivered after gseq ${seen.gseq}`);
        seen.gseq = output.entry.gseq;
        break;
      case "submitted":
      case "refused":
        if (seen.answered.has(output.token))
          throw new FuzzFinding(`submission ${output.token} answered twice`);
        seen.answered.add(output.token);
        break;
      default:
        break;
    }
  }
}

function describe(message: DeltaMessage): string {
  return JSON.stringify(message, (_k, v) => (v instanceof Uint8Array ? `<${v.length} bytes>` : v)).slice(
    0,
    240,
  );
}

class DeltaEpisode implements Episode {
  readonly core: DeltaNode;
  readonly self: string;
  readonly boots: Record<string, number>;
  readonly recent: { to: string; message: DeltaMessage }[] = [];
  private now = 10_000;
  private readonly seen = { gseq: 0, answered: new Set<number>() };
  private nextToken = 1;
  private view = 0;

  constructor(rng: Prng) {
    this.self = rng.pick(GROUP_NODES);
    this.boots = Object.fromEntries(GROUP_NODES.map((n) => [n, 1 + rng.int(3)]));
    this.core = new DeltaNode({
      self: this.self,
      boot: this.boots[this.self] as number,
      ...(rng.chance(0.5)
        ? { timing: { proposalTimeoutMs: 40, commitTimeoutMs: 40, submitTimeoutMs: 200 } }
        : {}),
    });
    this.newView(
      rng.chance(0.8)
        ? GROUP_NODES
        : [this.self, ...GROUP_NODES.filter((n) => n !== this.self && rng.chance(0.5))],
    );
  }

  /** A view of `nodes` (ring order: the configured order), as the membership service installs one. */
  private newView(nodes: readonly string[]): void {
    this.view += 1;
    const members: Member[] = GROUP_NODES.filter((n) => nodes.includes(n)).map((node) => ({
      node,
      boot: this.boots[node] as number,
      since: 1,
    }));
    this.feed({ type: "view", view: { id: this.view, members } });
  }

  private feed(input: DeltaInput): void {
    checkDeltaOutputs(this.core.handle(input, this.now), this.recent, this.seen);
  }

  /** An entry of one of this node's instances, as the group service submits them. */
  private ownBody(input: FuzzInput): EntryBody {
    const id = `${this.self}/${this.boots[this.self]}/${1 + num(input, "instance")}`;
    const group = FUZZ_GROUPS[num(input, "group")] as string;
    switch (str(input, "submit")) {
      case "join":
        return { type: "join", instance: { id, group, critical: false } };
      case "leave":
        return { type: "leave", instance: id, state: "unregistered", reason: "unregistered" };
      default:
        return {
          type: "message",
          group,
          instance: id,
          payload: new Uint8Array(num(input, "payload")).fill(7),
        };
    }
  }

  step(input: FuzzInput): void {
    this.now += num(input, "dt");
    const from = str(input, "from");
    let messages: DeltaMessage[] | undefined;
    try {
      messages = decodeDeltaBatch(data(input), GROUP_NODES);
    } catch (error) {
      // As peers/group/group-service.ts: a malformed batch is logged and dropped.
      if (!(error instanceof GroupProtocolError)) throw error;
    }
    if (input.meta.view === true) this.newView(GROUP_NODES.filter((n) => n === this.self || n !== from));
    if (input.meta.suspend === true) this.feed({ type: "suspend" });
    for (const message of messages ?? []) this.feed({ type: "message", from, message });
    if (str(input, "submit") !== "")
      this.feed({ type: "submit", token: this.nextToken++, body: this.ownBody(input) });
    tickWhileDue(
      () => this.core.wakeAt() <= this.now,
      () => this.feed({ type: "tick" }),
      "the group node",
    );
    if (Number.isNaN(this.core.wakeAt())) throw new FuzzFinding("the group node's next wake-up is NaN");
  }
}

export const deltaNodeTarget: InProcessTarget<DeltaEpisode> = {
  name: "delta-node",
  episodeLength: 300,
  episode: (rng) => new DeltaEpisode(rng),
  generate: (rng, index, episode) => {
    const from = rng.pick(GROUP_NODES.filter((n) => n !== episode.self));
    const bytes = groupBatchBytes(
      rng,
      {
        nodes: GROUP_NODES,
        boots: episode.boots,
        epoch: episode.core.currentEpoch,
        delivered: episode.core.deliveredUpTo,
        recent: episode.recent,
      },
      from,
    );
    const s = rng.next();
    return singleMessage("delta-node", index, bytes, {
      from: rng.chance(0.98) ? from : rng.pick([episode.self, "z"]),
      dt: timeStep(rng),
      submit: s < 0.2 ? "message" : s < 0.25 ? "join" : s < 0.27 ? "leave" : "",
      instance: rng.int(3),
      group: rng.int(FUZZ_GROUPS.length),
      payload: rng.chance(0.95) ? rng.int(64) : 65_536,
      view: rng.chance(0.01),
      suspend: rng.chance(0.003),
    });
  },
};
