/**
 * A GroupBatch (proto/group.proto) a group peer might send: the Delta protocol's messages for the
 * target's epoch or near it, entries numbered about what the target delivered, from the members'
 * incarnations, for a few groups and instances; replies to what the target sent lately (its
 * proposal back around the ring, an Ack of a Commit, a State for a State); hundreds at once;
 * mutated as trees or bytes; or garbage.
 */
import type { Prng } from "../../../kit/prng.js";
import type { Entry, EntryBody, Origin } from "../../../peers/group/entries.js";
import { type DeltaMessage, encodeDeltaMessage } from "../../../peers/group/messages.js";
import { encode } from "../wire/encode.js";
import { Generator, type Hint } from "../wire/generator.js";
import { mutateBytes } from "../wire/mutate-bytes.js";
import { mutateTree } from "../wire/mutate-tree.js";
import { parse } from "../wire/parse.js";
import { randomBytes } from "../wire/random.js";
import { messageType } from "../wire/schema.js";
import { int, type Msg, msg, text, type Value } from "../wire/tree.js";

/** Group names the fuzzer uses (and near misses of a group name's rules). */
export const FUZZ_GROUPS = ["g0", "g1", "g2"];
const BAD_GROUPS = ["", " ", "a b", "é", "x".repeat(65), "\u0000"];

export interface GroupContext {
  readonly nodes: readonly string[];
  /** The incarnation of each node as the fuzzer plays it. */
  readonly boots: Readonly<Record<string, number>>;
  /** The target's epoch and what it delivered up to. */
  readonly epoch: number;
  readonly delivered: number;
  /** Messages the target sent lately (GroupMessage trees, with whom to), to answer or echo. */
  readonly recent: readonly { readonly to: string; readonly message: DeltaMessage }[];
}

const GROUP_BODIES = {
  "GroupMessage.submit": 2,
  "GroupMessage.propose": 3,
  "GroupMessage.commit": 3,
  "GroupMessage.ack": 2,
  "GroupMessage.state": 2,
  "Entry.message": 4,
  "Entry.join": 2,
  "Entry.leave": 2,
  "Entry.view": 1,
};

function origin(rng: Prng, ctx: GroupContext): Origin {
  const node = rng.pick(ctx.nodes);
  return { node, boot: rng.chance(0.9) ? (ctx.boots[node] ?? 1) : 1 + rng.int(4) };
}

function instanceOf(rng: Prng, o: Origin): string {
  if (rng.chance(0.95)) return `${o.node}/${o.boot}/${1 + rng.int(4)}`;
  return rng.pick([`${o.node}/0/1`, `${o.node}/${o.boot}`, `zz/${o.boot}/1`, `${o.node}/${o.boot}/01`]);
}

function body(rng: Prng, ctx: GroupContext, o: Origin, big = true): EntryBody {
  const r = rng.next();
  const group = rng.chance(0.97) ? rng.pick(FUZZ_GROUPS) : rng.pick(BAD_GROUPS);
  if (r < 0.55)
    return {
      type: "message",
      group,
      instance: instanceOf(rng, o),
      payload:
        big && rng.chance(0.05) ? new Uint8Array(rng.pick([65_536, 65_537])) : randomBytes(rng, rng.int(40)),
    };
  if (r < 0.75)
    return { type: "join", instance: { id: instanceOf(rng, o), group, critical: rng.chance(0.2) } };
  if (r < 0.92)
    return {
      type: "leave",
      instance: instanceOf(rng, o),
      state: rng.chance(0.5) ? "unregistered" : "unknown",
      reason: "fuzz",
    };
  const members = ctx.nodes
    .filter(() => rng.chance(0.8))
    .map((node) => ({ node, boot: ctx.boots[node] ?? 1 }));
  return {
    type: "view",
    view: rng.chance(0.8) ? ctx.epoch : 1 + rng.int(ctx.epoch + 2),
    members: members.length > 0 ? members : [o],
    snapshot: {
      history: rng.chance(0.9) ? `${o.node}/${o.boot}/${Math.max(1, ctx.epoch)}` : "",
      instances: Array.from({ length: rng.int(3) }, () => ({
        id: instanceOf(rng, origin(rng, ctx)),
        group: rng.pick(FUZZ_GROUPS),
        critical: false,
      })),
      delivered: Array.from({ length: rng.int(3) }, () => ({
        origin: origin(rng, ctx),
        seq: 1 + rng.int(20),
      })),
    },
  };
}

function near(rng: Prng, base: number): number {
  const r = rng.next();
  if (r < 0.5) return base;
  if (r < 0.9) return Math.max(0, base + rng.int(12) - 4);
  return rng.pick([0, 2 ** 50, 2 ** 50 + 1, 2 ** 48, 2 ** 48 + 1]);
}

function entries(rng: Prng, ctx: GroupContext, from: number, count: number): Entry[] {
  return Array.from({ length: count }, (_, i) => {
    const o = origin(rng, ctx);
    const b = body(rng, ctx, o, count <= 4);
    return { gseq: from + i, origin: o, seq: b.type === "view" ? 0 : 1 + rng.int(30), body: b };
  });
}

/** A protocol message as a member of the target's epoch (or a neighbour epoch) would send it. */
function crafted(rng: Prng, ctx: GroupContext): DeltaMessage {
  const epoch = Math.max(1, rng.chance(0.85) ? ctx.epoch : near(rng, ctx.epoch));
  const next = Math.max(1, rng.chance(0.8) ? ctx.delivered + 1 : near(rng, ctx.delivered + 1));
  const r = rng.next();
  if (r < 0.3)
    return {
      type: "propose",
      epoch,
      entries: entries(rng, ctx, next, 1 + rng.int(rng.chance(0.97) ? 4 : 300)),
    };
  if (r < 0.5) {
    const upTo = near(rng, ctx.delivered + rng.int(4));
    return { type: "commit", epoch, upTo, stable: Math.min(upTo, near(rng, ctx.delivered)) };
  }
  if (r < 0.6) return { type: "ack", epoch, upTo: near(rng, ctx.delivered) };
  if (r < 0.8) {
    const o = origin(rng, ctx);
    const b = body(rng, ctx, o);
    return { type: "submit", epoch, seq: b.type === "view" ? 1 : 1 + rng.int(30), body: b };
  }
  const delivered = near(rng, ctx.delivered);
  return {
    type: "state",
    epoch,
    fresh: rng.chance(0.4),
    delivered,
    entries: rng.chance(0.5) ? [] : entries(rng, ctx, delivered + 1, 1 + rng.int(5)),
    lacking: rng.chance(0.3),
  };
}

function groupHint(ctx: GroupContext): Hint {
  return (path, r, g) => {
    const field = path.slice(path.indexOf(".") + 1);
    const number = (base: number): Value => (r.chance(0.8) ? int(near(r, base)) : g.boundary());
    switch (field) {
      case "epoch":
        return number(ctx.epoch);
      case "view":
        return path === "ViewChange.view" ? number(ctx.epoch) : undefined;
      case "gseq":
      case "upTo":
      case "stable":
      case "delivered":
        return path === "Snapshot.delivered" ? undefined : number(ctx.delivered + 1);
      case "seq":
        return number(1 + r.int(10));
      case "node":
        return text(r.chance(0.9) ? r.pick(ctx.nodes) : g.string());
      case "boot":
        return r.chance(0.8) ? int(ctx.boots[r.pick(ctx.nodes)] ?? 1) : g.number();
      case "group":
        return text(r.chance(0.8) ? r.pick(FUZZ_GROUPS) : r.chance(0.5) ? r.pick(BAD_GROUPS) : g.string());
      case "instance":
      case "id":
        return path === "Instance.id" || path === "AppMessage.instance" || path === "Leave.instance"
          ? text(instanceOf(r, origin(r, ctx)))
          : undefined;
      case "history":
        return text(r.chance(0.8) ? `${r.pick(ctx.nodes)}/1/1` : g.string());
      default:
        return undefined;
    }
  };
}

/**
 * A reply to a message the target sent: its Propose back around the ring (or passed on), an Ack
 * for a Commit, a State for a State; or the message echoed back as it was.
 */
function answer(rng: Prng, ctx: GroupContext, sent: Msg): Msg {
  const body = sent.fields[0];
  if (body === undefined || body.value.t !== "msg" || rng.chance(0.1)) return sent;
  const fields = body.value.v.fields;
  const copy = (no: number, to = no) => fields.filter((f) => f.no === no).map((f) => ({ ...f, no: to }));
  const reply = (oneof: number, inner: Msg): Msg => ({ fields: [{ no: oneof, wire: 2, value: msg(inner) }] });
  switch (body.no) {
    case 3: // Commit {epoch, up_to} -> Ack {epoch, up_to}
      return reply(4, { fields: [...copy(1), ...copy(2)] });
    case 5: // State -> a fresh State of the same epoch
      return reply(5, {
        fields: [...copy(1), { no: 2, wire: 0, value: int(rng.chance(0.8) ? 1 : 0) }, ...copy(3, 3)],
      });
    case 1: // Submit -> the entry proposed at the next gseq
      return parse(
        encodeDeltaMessage({
          type: "commit",
          epoch: Math.max(1, ctx.epoch),
          upTo: ctx.delivered + 1,
          stable: ctx.delivered,
        }),
        messageType("group.GroupMessage"),
      );
    default: // Propose: back around the ring as it was
      return sent;
  }
}

/** One batch as a group peer might send it; `from` picks which of the target's recent sends it answers. */
export function groupBatchBytes(rng: Prng, ctx: GroupContext, from: string): Uint8Array {
  const gen = new Generator(rng, { hint: groupHint(ctx), oneofWeights: GROUP_BODIES, fieldChance: 0.9 });
  const mine = ctx.recent.filter((s) => s.to === from);
  const one = (): Msg => {
    const r = rng.next();
    if (r < 0.35 && mine.length > 0)
      return answer(
        rng,
        ctx,
        parse(encodeDeltaMessage(rng.pick(mine).message), messageType("group.GroupMessage")),
      );
    if (r < 0.8) return parse(encodeDeltaMessage(crafted(rng, ctx)), messageType("group.GroupMessage"));
    return gen.message("group.GroupMessage");
  };
  const r = rng.next();
  const count = r < 0.94 ? 1 + rng.int(4) : r < 0.995 ? 20 + rng.int(100) : rng.pick([1024, 1025]);
  // Hundreds of messages: a dozen small ones, each many times.
  const templates =
    count > 40 ? Array.from({ length: 12 }, one).filter((m) => encode(m).bytes.length <= 2048) : [];
  if (count > 40 && templates.length === 0)
    templates.push(
      parse(
        encodeDeltaMessage({ type: "ack", epoch: Math.max(1, ctx.epoch), upTo: ctx.delivered }),
        messageType("group.GroupMessage"),
      ),
    );
  const messages = Array.from({ length: count }, () => (templates.length > 0 ? rng.pick(templates) : one()));
  const batch: Msg = { fields: messages.map((m) => ({ no: 1, wire: 2, value: msg(m) })) };
  const x = rng.next();
  if (x < 0.65 || count > 400) return encode(batch).bytes;
  if (x < 0.82) return encode(mutateTree(batch, rng, 1 + rng.int(3))).bytes;
  if (x < 0.96) return mutateBytes(encode(batch), rng, 1 + rng.int(3));
  return randomBytes(rng, rng.int(64));
}
