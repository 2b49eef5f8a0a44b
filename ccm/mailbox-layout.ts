/**
 * The boot mailbox: where partners meet before anything else exists (004 claims 2, 15-19). It lies
 * in the card's bootstrap region, reachable over VI 0 under the well-known rkey at a predefined
 * address, so the first RDMA READ needs nothing exchanged beforehand. This file is the one
 * definition; the README shows the same table.
 *
 *   offset        size  written by      field
 *   0x000         8     owner           status word ("BOOT" << 32 | node status), see node-status.ts
 *   0x008         4     owner           mailbox magic "CCMB"
 *   0x00c         2     owner           layout version
 *   0x00e         2     owner           owner's node index (0..7)
 *   0x010         8     owner           owner's boot incarnation (random, fresh per boot)
 *   0x018         2     owner           lowest protocol version supported
 *   0x01a         2     owner           highest protocol version supported
 *   0x020 + 2i    2     owner           control VI the owner keeps for node i (0: none)
 *   0x03c         4     owner           CRC-32 of 0x008..0x03b
 *   0x040 + 8i    8     owner           seen[i]: handshake id of the last valid record of node i
 *   0x100 + 64i   64    node i (RDMA)   slot[i]: node i's hello or confirmation, see below
 *
 *   slot: +0 writer's handshake id (8) · +8 target's boot incarnation (8) · +16 target's
 *   handshake id (8, confirm) · +24 session id (8, confirm) · +32 phase (2: 1 hello, 2 confirm)
 *   · +34 writer's node index (2) · +36 lowest / agreed version (2) · +38 highest version (2,
 *   hello) · +60 CRC-32 of +0..+59 (4)
 *
 *   notification: the immediate data of a WRITE with immediate on VI 0 (a slot write, or an empty
 *   WRITE after a seen[] update) · bits 31..16 tag 0xCC0B · 15..8 what changed (1 the writer's
 *   slot, 2 the writer's seen[] entry for the owner) · 7..0 the writer's node index
 *
 * A handshake id is boot incarnation × 2^20 + attempt: a node starts a new attempt toward a
 * partner whenever it gives a session up, so a session can be replaced even when neither node
 * rebooted (a partner declared down, then found alive). The header and slots carry checksums
 * because a record is written in several stores (the owner's own, or an RDMA WRITE that a crash
 * may cut short): a torn or foreign record fails its CRC and is ignored. seen[i] is one aligned
 * 64-bit word, written atomically, so it needs none. Integers are little-endian; zero means
 * "nothing" for incarnations, ids and VIs.
 */
import { crc32 } from "node:zlib";
import { BOOTSTRAP_REGION_ADDRESS, BOOTSTRAP_REGION_BYTES } from "../rdma-emu/index.js";

/** The mailbox on a node's first fabric; the card on fabric f serves its own at mailboxAddressOf(f). */
export const MAILBOX_ADDRESS = BOOTSTRAP_REGION_ADDRESS;

/**
 * The predefined address of the mailbox a node's card on fabric `fabric` serves (a node with a
 * duplicate fabric has two cards over one host memory, each with its own bootstrap region).
 */
export function mailboxAddressOf(fabric: number): number {
  return BOOTSTRAP_REGION_ADDRESS + fabric * BOOTSTRAP_REGION_BYTES;
}
export const MAILBOX_MAGIC = 0x424d4343; // "CCMB" read little-endian
export const MAILBOX_LAYOUT_VERSION = 2;
/** The cluster sizes the layout has room for. */
export const MAX_NODES = 8;
/** Boot incarnations are 32-bit; a handshake id adds ATTEMPT_BITS of attempt below them. */
export const MAX_BOOT_INCARNATION = 0xffffffff;
const ATTEMPT_BITS = 20;
const ATTEMPT_SPAN = 2 ** ATTEMPT_BITS;

/** Where the owner's fields start (after the status word), and the CRC over them. */
export const HEADER_FIELDS_OFFSET = 0x008;
const CONTROL_VI_OFFSET = 0x020;
const HEADER_CRC_AT = 0x03c;
export const HEADER_BYTES = 0x040;
export const SEEN_OFFSET = 0x040;
export const SEEN_ENTRY_BYTES = 8;
export const SLOTS_OFFSET = 0x100;
export const SLOT_BYTES = 64;
const SLOT_CRC_AT = 60;
/** What R1 and R2 read: the header and the seen table, in one READ. */
export const HEADER_AND_SEEN_BYTES = SEEN_OFFSET + MAX_NODES * SEEN_ENTRY_BYTES;

if (SLOTS_OFFSET + MAX_NODES * SLOT_BYTES > BOOTSTRAP_REGION_BYTES) {
  throw new Error("the boot mailbox does not fit the bootstrap region");
}

export interface MailboxHeader {
  readonly nodeIndex: number;
  readonly bootIncarnation: number;
  readonly minVersion: number;
  readonly maxVersion: number;
  /** controlVis[i]: the VI the owner keeps for its session with node i (0 when none). */
  readonly controlVis: readonly number[];
}

export const SlotPhase = { HELLO: 1, CONFIRM: 2 } as const;
export type SlotPhase = (typeof SlotPhase)[keyof typeof SlotPhase];

export interface SlotRecord {
  readonly writerId: number;
  /** The boot incarnation of the mailbox owner the writer read in R1: anything else is stale. */
  readonly targetBoot: number;
  /** CONFIRM: the owner's handshake id the writer pairs with (0 in a HELLO). */
  readonly targetId: number;
  /** CONFIRM only. */
  readonly sessionId: number;
  readonly phase: SlotPhase;
  readonly writerIndex: number;
  /** HELLO: the writer's lowest version; CONFIRM: the agreed version. */
  readonly version: number;
  /** HELLO only: the writer's highest version. */
  readonly maxVersion: number;
}

export function handshakeId(bootIncarnation: number, attempt: number): number {
  return bootIncarnation * ATTEMPT_SPAN + attempt;
}

export function bootOf(id: number): number {
  return Math.floor(id / ATTEMPT_SPAN);
}

/** The attempt after `attempt` (1 .. 2^20-1, wrapping: an attempt never reads as "nothing"). */
export function nextAttempt(attempt: number): number {
  return attempt + 1 < ATTEMPT_SPAN ? attempt + 1 : 1;
}

export function slotOffset(writerIndex: number): number {
  return SLOTS_OFFSET + writerIndex * SLOT_BYTES;
}

export function seenOffset(partnerIndex: number): number {
  return SEEN_OFFSET + partnerIndex * SEEN_ENTRY_BYTES;
}

/** The owner's header fields, to be stored at MAILBOX_ADDRESS + HEADER_FIELDS_OFFSET. */
export function encodeHeader(header: MailboxHeader): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES - HEADER_FIELDS_OFFSET);
  const view = new DataView(bytes.buffer);
  const at = (offset: number) => offset - HEADER_FIELDS_OFFSET;
  view.setUint32(at(0x008), MAILBOX_MAGIC, true);
  view.setUint16(at(0x00c), MAILBOX_LAYOUT_VERSION, true);
  view.setUint16(at(0x00e), header.nodeIndex, true);
  view.setBigUint64(at(0x010), BigInt(header.bootIncarnation), true);
  view.setUint16(at(0x018), header.minVersion, true);
  view.setUint16(at(0x01a), header.maxVersion, true);
  for (let i = 0; i < MAX_NODES; i++) {
    view.setUint16(at(CONTROL_VI_OFFSET + 2 * i), header.controlVis[i] ?? 0, true);
  }
  view.setUint32(at(HEADER_CRC_AT), crc32(bytes.subarray(0, at(HEADER_CRC_AT))), true);
  return bytes;
}

/** Decodes the header from a READ of the mailbox's start; undefined when absent, torn or foreign. */
export function decodeHeader(mailbox: Uint8Array): MailboxHeader | undefined {
  if (mailbox.length < HEADER_BYTES) return undefined;
  const view = new DataView(mailbox.buffer, mailbox.byteOffset, HEADER_BYTES);
  if (view.getUint32(0x008, true) !== MAILBOX_MAGIC || view.getUint16(0x00c, true) !== MAILBOX_LAYOUT_VERSION)
    return undefined;
  if (view.getUint32(HEADER_CRC_AT, true) !== crc32(mailbox.subarray(HEADER_FIELDS_OFFSET, HEADER_CRC_AT)))
    return undefined;
  const bootIncarnation = safeNumber(view.getBigUint64(0x010, true));
  const nodeIndex = view.getUint16(0x00e, true);
  if (bootIncarnation === 0 || bootIncarnation > MAX_BOOT_INCARNATION || nodeIndex >= MAX_NODES)
    return undefined;
  const controlVis: number[] = [];
  for (let i = 0; i < MAX_NODES; i++) controlVis.push(view.getUint16(CONTROL_VI_OFFSET + 2 * i, true));
  return {
    nodeIndex,
    bootIncarnation,
    minVersion: view.getUint16(0x018, true),
    maxVersion: view.getUint16(0x01a, true),
    controlVis,
  };
}

/** seen[partnerIndex] from the same READ (0 when the owner has seen no record of that node). */
export function decodeSeen(mailbox: Uint8Array, partnerIndex: number): number {
  const at = seenOffset(partnerIndex);
  if (mailbox.length < at + SEEN_ENTRY_BYTES) return 0;
  return safeNumber(
    new DataView(mailbox.buffer, mailbox.byteOffset + at, SEEN_ENTRY_BYTES).getBigUint64(0, true),
  );
}

export function encodeSlot(slot: SlotRecord): Uint8Array {
  const bytes = new Uint8Array(SLOT_BYTES);
  const view = new DataView(bytes.buffer);
  view.setBigUint64(0, BigInt(slot.writerId), true);
  view.setBigUint64(8, BigInt(slot.targetBoot), true);
  view.setBigUint64(16, BigInt(slot.targetId), true);
  view.setBigUint64(24, BigInt(slot.sessionId), true);
  view.setUint16(32, slot.phase, true);
  view.setUint16(34, slot.writerIndex, true);
  view.setUint16(36, slot.version, true);
  view.setUint16(38, slot.maxVersion, true);
  view.setUint32(SLOT_CRC_AT, crc32(bytes.subarray(0, SLOT_CRC_AT)), true);
  return bytes;
}

/** Decodes a slot as found in local memory; undefined when empty, torn or malformed. */
export function decodeSlot(bytes: Uint8Array): SlotRecord | undefined {
  if (bytes.length < SLOT_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, SLOT_BYTES);
  if (view.getUint32(SLOT_CRC_AT, true) !== crc32(bytes.subarray(0, SLOT_CRC_AT))) return undefined;
  const phase = view.getUint16(32, true);
  if (phase !== SlotPhase.HELLO && phase !== SlotPhase.CONFIRM) return undefined;
  const writerId = safeNumber(view.getBigUint64(0, true));
  if (writerId === 0) return undefined;
  return {
    writerId,
    targetBoot: safeNumber(view.getBigUint64(8, true)),
    targetId: safeNumber(view.getBigUint64(16, true)),
    sessionId: safeNumber(view.getBigUint64(24, true)),
    phase,
    writerIndex: view.getUint16(34, true),
    version: view.getUint16(36, true),
    maxVersion: view.getUint16(38, true),
  };
}

/**
 * What a notification says changed in the mailbox of its target, or of its writer: it only says
 * "look now". The mailbox stays the truth, so a lost notification costs a poll, never a decision.
 */
export const NotifyKind = { SLOT: 1, SEEN: 2 } as const;
export type NotifyKind = (typeof NotifyKind)[keyof typeof NotifyKind];
const NOTIFY_TAG = 0xcc0b;

export interface Notification {
  readonly kind: NotifyKind;
  readonly writerIndex: number;
}

export function encodeNotification(kind: NotifyKind, writerIndex: number): number {
  return ((NOTIFY_TAG << 16) | (kind << 8) | writerIndex) >>> 0;
}

/** Undefined for immediate data that is no notification of this layout. */
export function decodeNotification(immediate: number | undefined): Notification | undefined {
  if (immediate === undefined || immediate >>> 16 !== NOTIFY_TAG) return undefined;
  const kind = (immediate >>> 8) & 0xff;
  const writerIndex = immediate & 0xff;
  if ((kind !== NotifyKind.SLOT && kind !== NotifyKind.SEEN) || writerIndex >= MAX_NODES) return undefined;
  return { kind, writerIndex };
}

/** Both partners derive the same session id from the two handshake ids, whoever computes it. */
export function sessionIdOf(a: number, b: number): number {
  const [low, high] = a < b ? [a, b] : [b, a];
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  view.setBigUint64(0, BigInt(low), true);
  view.setBigUint64(8, BigInt(high), true);
  // 48 bits: a safe integer; ids already differ per attempt, the hash only has to spread them.
  return (crc32(bytes) & 0xffff) * 2 ** 32 + crc32(bytes, 0x5a5a5a5a);
}

function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? 0 : Number(value);
}
