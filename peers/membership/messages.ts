/**
 * The membership daemons' messages (proto/membership.proto) in typed form, and their codec. What a
 * peer sent is checked here once (sizes, ids, incarnations, configured nodes, duplicate members)
 * before the core sees it; anything malformed throws MembershipProtocolError.
 */
import type Long from "long";
import { membership } from "../../proto/generated/membership.js";
import { longToSafeInteger } from "../../proto/int64.js";
import { MembershipProtocolError } from "./errors.js";
import type { Member, View } from "./view.js";

export type CmsMessage =
  | { readonly type: "hello"; readonly boot: number; readonly installed: number; readonly suspended: boolean }
  | {
      readonly type: "propose";
      readonly id: number;
      readonly members: readonly Member[];
      readonly base: View;
    }
  | { readonly type: "accept"; readonly id: number }
  | { readonly type: "reject"; readonly id: number; readonly promised: number; readonly installed: View }
  | { readonly type: "install"; readonly view: View }
  | { readonly type: "installed"; readonly id: number };

/**
 * The bound of every view id. Ids go up by one per proposal: 2^48 is more than a cluster
 * proposing a thousand views a second reaches in 8000 years; a peer's id above it is malformed
 * (a node handed an id near 2^53 could never propose an exact larger one).
 */
export const MAX_VIEW_ID = 2 ** 48;
/** Largest encoded message a daemon accepts (a view of 8 members is a few hundred bytes). */
export const MAX_CMS_MESSAGE_BYTES = 16 * 1024;

export function encodeCmsMessage(message: CmsMessage): Uint8Array {
  return membership.CmsMessage.encode(toWire(message)).finish();
}

function toWire(message: CmsMessage): membership.CmsMessage.$Properties {
  switch (message.type) {
    case "hello":
      return { hello: { boot: message.boot, installed: message.installed, suspended: message.suspended } };
    case "propose":
      return { propose: { id: message.id, members: [...message.members], base: viewToWire(message.base) } };
    case "accept":
      return { accept: { id: message.id } };
    case "reject":
      return {
        reject: { id: message.id, promised: message.promised, installed: viewToWire(message.installed) },
      };
    case "install":
      return { install: { view: viewToWire(message.view) } };
    case "installed":
      return { installed: { id: message.id } };
  }
}

export function viewToWire(view: View): membership.View.$Properties {
  return { id: view.id, members: view.members.map((m) => ({ ...m })) };
}

/** Decodes a message a peer sent; `nodes` are the configured node ids. */
export function decodeCmsMessage(bytes: Uint8Array, nodes: readonly string[]): CmsMessage {
  if (bytes.length > MAX_CMS_MESSAGE_BYTES)
    throw new MembershipProtocolError(`membership message of ${bytes.length} bytes`);
  let m: membership.CmsMessage;
  try {
    m = membership.CmsMessage.decode(bytes);
  } catch (error) {
    throw new MembershipProtocolError(`undecodable membership message: ${(error as Error).message}`);
  }
  if (m.hello) {
    return {
      type: "hello",
      boot: boot(m.hello.boot),
      installed: viewId(m.hello.installed, true),
      suspended: m.hello.suspended === true,
    };
  }
  if (m.propose) {
    return {
      type: "propose",
      id: viewId(m.propose.id, false),
      members: members(m.propose.members as membership.Member[], nodes, true),
      base: viewFromWire(m.propose.base, nodes),
    };
  }
  if (m.accept) return { type: "accept", id: viewId(m.accept.id, false) };
  if (m.reject) {
    return {
      type: "reject",
      id: viewId(m.reject.id, false),
      promised: viewId(m.reject.promised, true),
      installed: viewFromWire(m.reject.installed, nodes),
    };
  }
  if (m.install) {
    const view = viewFromWire(m.install.view, nodes);
    if (view.id === 0) throw new MembershipProtocolError("install of no view");
    return { type: "install", view };
  }
  if (m.installed) return { type: "installed", id: viewId(m.installed.id, false) };
  throw new MembershipProtocolError("membership message without a known body");
}

/** A view from the wire (absent: none); members in ring order as sent, checked. */
export function viewFromWire(view: membership.IView | null | undefined, nodes: readonly string[]): View {
  if (view === null || view === undefined) return { id: 0, members: [] };
  const id = viewId(view.id ?? 0, true);
  const list = members((view.members ?? []) as membership.Member[], nodes, id > 0);
  if (id === 0 && list.length > 0) throw new MembershipProtocolError("members without a view id");
  for (const m of list) {
    if (m.since > id) throw new MembershipProtocolError(`member ${m.node} joins after view ${id}`);
  }
  return { id, members: list };
}

function members(list: readonly membership.Member[], nodes: readonly string[], nonEmpty: boolean): Member[] {
  if (list.length > nodes.length)
    throw new MembershipProtocolError(`${list.length} members of ${nodes.length} nodes`);
  if (nonEmpty && list.length === 0) throw new MembershipProtocolError("a view without members");
  const seen = new Set<string>();
  return list.map((m) => {
    if (!nodes.includes(m.node))
      throw new MembershipProtocolError(
        `member ${JSON.stringify(m.node.slice(0, 64))} is not a configured node`,
      );
    if (seen.has(m.node)) throw new MembershipProtocolError(`member ${m.node} listed twice`);
    seen.add(m.node);
    return { node: m.node, boot: boot(m.boot), since: viewId(m.since, false) };
  });
}

function viewId(value: number | Long | null | undefined, zeroAllowed: boolean): number {
  const id = longToSafeInteger(value ?? 0);
  if (id === undefined || id > MAX_VIEW_ID || (!zeroAllowed && id === 0))
    throw new MembershipProtocolError(`view id ${String(value)} out of range`);
  return id;
}

function boot(value: number | null | undefined): number {
  if (typeof value !== "number" || value < 1 || !Number.isInteger(value))
    throw new MembershipProtocolError(`incarnation ${String(value)} out of range`);
  return value;
}
