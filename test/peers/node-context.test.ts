/**
 * NodeContext's queue of disk writes: one write at a time, and what waits for a write is data,
 * handed back in order once that write is on disk.
 */
import { describe, expect, it } from "vitest";
import type { Layout } from "../../peers/seq/messages.js";
import { type AfterPersist, NodeContext } from "../../peers/seq/node-context.js";

const NODES = ["n0", "n1", "n2"];
const LAYOUT: Layout = { epoch: 17, primary: "n1", secondary: "n2", start: 1 };

function context(): NodeContext {
  return new NodeContext({ self: "n0", nodes: NODES, random: () => 0.5 });
}

function persists(ctx: NodeContext): { token: number; promised: number; reserved: number }[] {
  const out = ctx.out.flatMap((o) =>
    o.type === "persist" ? [{ token: o.token, promised: o.state.promised, reserved: o.state.reserved }] : [],
  );
  ctx.out = [];
  return out;
}

describe("NodeContext: the work that waits for a disk write", () => {
  it("writes one state at a time; what waited is handed back, in order, when its write is done", () => {
    const ctx = context();
    const sealed: AfterPersist = { kind: "reply-sealed", to: "n1", ballot: 17, layout: undefined };
    const reserved1: AfterPersist = { kind: "reply-reserved", to: "n1", epoch: 17, end: 64 };
    const reserved2: AfterPersist = { kind: "reply-reserved", to: "n1", epoch: 17, end: 128 };
    const installed: AfterPersist = { kind: "installed", layout: LAYOUT, lease: { to: "n1", round: 3 } };

    ctx.promised = 17;
    ctx.persistThen(sealed);
    expect(persists(ctx)).toEqual([{ token: 1, promised: 17, reserved: 0 }]);
    // While the first write is in flight, the next ones wait, and go out as one write.
    ctx.reserved = 64;
    ctx.persistThen(reserved1);
    ctx.reserved = 128;
    ctx.persistThen(reserved2);
    expect(persists(ctx)).toEqual([]);

    expect(ctx.persisted(1)).toEqual([sealed]);
    expect(persists(ctx)).toEqual([{ token: 2, promised: 17, reserved: 128 }]);
    ctx.persistThen(installed);
    expect(ctx.persisted(2)).toEqual([reserved1, reserved2]);
    expect(persists(ctx)).toEqual([{ token: 3, promised: 17, reserved: 128 }]);
    expect(ctx.persisted(3)).toEqual([installed]);
    expect(persists(ctx)).toEqual([]);
  });

  it("a token that is not the write in flight hands back nothing", () => {
    const ctx = context();
    ctx.persistThen({ kind: "reply-reserved", to: "n2", epoch: 17, end: 64 });
    expect(ctx.persisted(7)).toEqual([]);
    expect(ctx.persisted(1)).toHaveLength(1);
    expect(ctx.persisted(1)).toEqual([]);
  });
});
