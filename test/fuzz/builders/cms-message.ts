/**
 * A CmsMessage (proto/membership.proto) a membership peer might send: ids near the target's view
 * and promise, members from the configured nodes (or near misses) with the incarnations the
 * target knows or others, replies to what the target sent lately (Accept to a Propose, Installed
 * to an Install, a Reject with a later view), echoes, mutations of them all, or garbage.
 */
import type { Prng } from "../../../kit/prng.js";
import { encode } from "../wire/encode.js";
import { Generator, type Hint } from "../wire/generator.js";
import { randomAscii } from "../wire/random.js";
import { int, type Msg, msg, text, type Value } from "../wire/tree.js";
import { treeOrBytes } from "./mutated-message.js";

export interface CmsContext {
  /** The configured nodes, in index order. */
  readonly nodes: readonly string[];
  /** The incarnation of each node as the fuzzer plays it (the target's own included). */
  readonly boots: Readonly<Record<string, number>>;
  /** The target's installed (or known) view id and its promise. */
  readonly view: number;
  readonly promised: number;
  /** Messages the target sent lately (CmsMessage trees), to answer or echo. */
  readonly recent: readonly Msg[];
}

const CMS_BODIES = {
  "CmsMessage.hello": 5,
  "CmsMessage.propose": 3,
  "CmsMessage.accept": 2,
  "CmsMessage.reject": 2,
  "CmsMessage.install": 3,
  "CmsMessage.installed": 2,
};

function nodeName(r: Prng, ctx: CmsContext, g: Generator): string {
  const x = r.next();
  if (x < 0.9) return r.pick(ctx.nodes);
  if (x < 0.95) return r.pick(["", "z", `${ctx.nodes[0]} `, `${ctx.nodes[0] ?? ""}\u0000`]);
  return g.string();
}

function bootValue(r: Prng, ctx: CmsContext, g: Generator): Value {
  const x = r.next();
  if (x < 0.7) return int(ctx.boots[r.pick(ctx.nodes)] ?? 1);
  if (x < 0.85) return int(1 + r.int(5));
  return g.boundary();
}

function idNear(r: Prng, ctx: CmsContext, g: Generator): Value {
  const x = r.next();
  const top = Math.max(ctx.view, ctx.promised);
  if (x < 0.35) return int(top + 1);
  if (x < 0.55) return int(top);
  if (x < 0.8) return int(Math.max(0, top + r.int(8) - 4));
  if (x < 0.9) return int(r.pick([2 ** 48, 2 ** 48 - 1, 2 ** 48 + 1]));
  return g.boundary();
}

/** Members: mostly distinct configured nodes with known incarnations (what honest views look like). */
function members(r: Prng, ctx: CmsContext, g: Generator, since: number): Value[] {
  if (r.chance(0.2))
    return Array.from({ length: r.int(ctx.nodes.length + 3) }, () => member(r, ctx, g, since));
  const chosen = ctx.nodes.filter(() => r.chance(0.75));
  return chosen.map((node) =>
    msg({
      fields: [
        { no: 1, wire: 2, value: text(node) },
        { no: 2, wire: 0, value: int(r.chance(0.85) ? (ctx.boots[node] ?? 1) : 1 + r.int(5)) },
        { no: 3, wire: 0, value: int(r.chance(0.7) ? Math.max(1, since) : r.int(since + 2)) },
      ],
    }),
  );
}

function member(r: Prng, ctx: CmsContext, g: Generator, since: number): Value {
  return msg({
    fields: [
      { no: 1, wire: 2, value: text(nodeName(r, ctx, g)) },
      { no: 2, wire: 0, value: bootValue(r, ctx, g) },
      { no: 3, wire: 0, value: r.chance(0.8) ? int(r.int(since + 2)) : g.boundary() },
    ],
  });
}

function cmsHint(ctx: CmsContext): Hint {
  let lastId = ctx.view + 1;
  return (path, r, g) => {
    switch (path) {
      case "Hello.boot":
        return bootValue(r, ctx, g);
      case "Hello.installed":
      case "Reject.promised":
        return idNear(r, ctx, g);
      case "Propose.id":
      case "Accept.id":
      case "Reject.id":
      case "Installed.id":
      case "View.id": {
        const id = idNear(r, ctx, g);
        if (id.t === "int" && id.v < 2n ** 53n) lastId = Number(id.v);
        return id;
      }
      case "Propose.members":
      case "View.members":
        return members(r, ctx, g, lastId);
      case "Member.node":
        return text(nodeName(r, ctx, g));
      case "Member.boot":
        return bootValue(r, ctx, g);
      default:
        return undefined;
    }
  };
}

/**
 * A reply to a message the target sent: Propose -> Accept {id} (or Reject with a later view),
 * Install -> Installed {id}, Hello -> Hello; or the message echoed back as it was.
 */
function answer(rng: Prng, sent: Msg, gen: Generator): Msg {
  const body = sent.fields[0];
  if (body === undefined || body.value.t !== "msg" || rng.chance(0.1)) return sent;
  const fields = body.value.v.fields;
  const reply = (oneof: number, inner: Msg): Msg => ({ fields: [{ no: oneof, wire: 2, value: msg(inner) }] });
  const idOf = (list: typeof fields) => list.filter((f) => f.no === 1);
  switch (body.no) {
    case 2: // Propose -> Accept {id}, or Reject {id, promised, installed}
      if (rng.chance(0.8)) return reply(3, { fields: idOf(fields) });
      return reply(4, {
        fields: [...idOf(fields), ...gen.message("membership.Reject").fields.filter((f) => f.no !== 1)],
      });
    case 5: {
      // Install {view} -> Installed {view.id}
      const view = fields.find((f) => f.no === 1);
      return reply(6, { fields: view?.value.t === "msg" ? idOf(view.value.v.fields) : [] });
    }
    default:
      return gen.message("membership.CmsMessage");
  }
}

/** One CmsMessage as a peer might send it (bytes: mostly well formed, some mutated, some garbage). */
export function cmsMessageBytes(rng: Prng, ctx: CmsContext): Uint8Array {
  const gen = new Generator(rng, { hint: cmsHint(ctx), oneofWeights: CMS_BODIES, fieldChance: 0.9 });
  const m =
    ctx.recent.length > 0 && rng.chance(0.4)
      ? answer(rng, rng.pick(ctx.recent), gen)
      : gen.message("membership.CmsMessage");
  if (rng.chance(0.005)) return new TextEncoder().encode(randomAscii(rng, 16 * 1024 + rng.int(3)));
  return rng.chance(0.6) ? encode(m).bytes : treeOrBytes(rng, m);
}
