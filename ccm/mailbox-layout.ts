/**
 * The boot mailbox: where partners meet before anything else exists (004 claims 2, 15-19). It lies
 * in the card's bootstrap region, reachable over VI 0 under the well-known rkey at a predefined
 * address, so the first RDMA READ needs nothing exchanged beforehand. One place defines it; the
 * README shows the same table.
 *
 *   offset        size  written by      field
 *   0x000         8     owner           status word ("BOOT" << 32 | OS state), see rdma-emu
 *   0x008         4     owner           mailbox magic "CCMB"
 *   0x00c         2     owner           layout version
 *   0x00e         2     owner           owner's node index (0..7)
 *   0x010         8     owner           owner's incarnation (fresh per boot)
 *   0x018         2     owner           lowest protocol version supported
 *   0x01a         2     owner           highest protocol version supported
 *   0x01c         4     owner           CRC-32 of 0x008..0x01b
 *   0x040 + 8i    8     owner           seen[i]: incarnation of the last valid hello of node i
 *   0x100 + 64i   64    node i (RDMA)   slot[i]: node i's hello or confirmation, see below
 *
 *   slot: +0 writer incarnation (8) · +8 target incarnation (8) · +16 phase (2: 1 hello,
 *   2 confirm) · +18 writer node index (2) · +20 lowest / agreed version (2) · +22 highest
 *   version (2, hello) · +24 session id (8, confirm) · +60 CRC-32 of +0..+59 (4)
 *
 * The header and slots carry checksums because a record is written in several stores (the owner's
 * own, or an RDMA WRITE that a crash may cut short): a torn or foreign record fails its CRC and is
 * ignored. seen[i] is one aligned 64-bit word written atomically, so it needs none. All integers
 * are little-endian. Incarnations are non-zero: zero means "nothing".
 */
import { crc32 } from "node:zlib";
import { BOOTSTRAP_REGION_ADDRESS, BOOTSTRAP_REGION_BYTES } from "../rdma-emu/index.js";

export const MAILBOX_ADDRESS = BOOTSTRAP_REGION_ADDRESS;
export const MAILBOX_MAGIC = 0x424d4343; // "CCMB" read little-endian
export const MAILBOX_LAYOUT_VERSION = 1;
/** The cluster sizes the layout has room for. */
export const MAX_NODES = 8;

export const HEADER_OFFSET = 0x000;
export const HEADER_BYTES = 0x20;
const HEADER_CRC_FROM = 0x008;
const HEADER_CRC_AT = 0x01c;
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
  readonly incarnation: number;
  readonly minVersion: number;
  readonly maxVersion: number;
}

export const SlotPhase = { HELLO: 1, CONFIRM: 2 } as const;
export type SlotPhase = (typeof SlotPhase)[keyof typeof SlotPhase];

export interface SlotRecord {
  readonly writerIncarnation: number;
  /** The incarnation of the mailbox owner the writer read in R1: anything else is stale. */
  readonly targetIncarnation: number;
  readonly phase: SlotPhase;
  readonly writerIndex: number;
  /** HELLO: the writer's lowest version; CONFIRM: the agreed version. */
  readonly version: number;
  /** HELLO only: the writer's highest version. */
  readonly maxVersion: number;
  /** CONFIRM only. */
  readonly sessionId: number;
}

export function slotOffset(writerIndex: number): number {
  return SLOTS_OFFSET + writerIndex * SLOT_BYTES;
}

export function seenOffset(partnerIndex: number): number {
  return SEEN_OFFSET + partnerIndex * SEEN_ENTRY_BYTES;
}

export function encodeHeader(header: MailboxHeader): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES - HEADER_CRC_FROM);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAILBOX_MAGIC, true);
  view.setUint16(4, MAILBOX_LAYOUT_VERSION, true);
  view.setUint16(6, header.nodeIndex, true);
  view.setBigUint64(8, BigInt(header.incarnation), true);
  view.setUint16(16, header.minVersion, true);
  view.setUint16(18, header.maxVersion, true);
  view.setUint32(20, crc32(bytes.subarray(0, HEADER_CRC_AT - HEADER_CRC_FROM)), true);
  return bytes;
}

/** The bytes of encodeHeader go at MAILBOX_ADDRESS + this offset (after the status word). */
export const HEADER_FIELDS_OFFSET = HEADER_CRC_FROM;

/** Decodes the header from a READ of the mailbox's start; undefined when absent, torn or foreign. */
export function decodeHeader(mailbox: Uint8Array): MailboxHeader | undefined {
  if (mailbox.length < HEADER_BYTES) return undefined;
  const fields = mailbox.subarray(HEADER_CRC_FROM, HEADER_BYTES);
  const view = new DataView(fields.buffer, fields.byteOffset, fields.length);
  if (view.getUint32(0, true) !== MAILBOX_MAGIC || view.getUint16(4, true) !== MAILBOX_LAYOUT_VERSION)
    return undefined;
  if (view.getUint32(20, true) !== crc32(fields.subarray(0, HEADER_CRC_AT - HEADER_CRC_FROM)))
    return undefined;
  const incarnation = safeNumber(view.getBigUint64(8, true));
  const header = {
    nodeIndex: view.getUint16(6, true),
    incarnation,
    minVersion: view.getUint16(16, true),
    maxVersion: view.getUint16(18, true),
  };
  return incarnation === 0 || header.nodeIndex >= MAX_NODES ? undefined : header;
}

/** seen[partnerIndex] from the same READ (0 when the owner has seen no hello). */
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
  view.setBigUint64(0, BigInt(slot.writerIncarnation), true);
  view.setBigUint64(8, BigInt(slot.targetIncarnation), true);
  view.setUint16(16, slot.phase, true);
  view.setUint16(18, slot.writerIndex, true);
  view.setUint16(20, slot.version, true);
  view.setUint16(22, slot.maxVersion, true);
  view.setBigUint64(24, BigInt(slot.sessionId), true);
  view.setUint32(SLOT_CRC_AT, crc32(bytes.subarray(0, SLOT_CRC_AT)), true);
  return bytes;
}

/** Decodes a slot as found in local memory; undefined when empty, torn or malformed. */
export function decodeSlot(bytes: Uint8Array): SlotRecord | undefined {
  if (bytes.length < SLOT_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, SLOT_BYTES);
  if (view.getUint32(SLOT_CRC_AT, true) !== crc32(bytes.subarray(0, SLOT_CRC_AT))) return undefined;
  const phase = view.getUint16(16, true);
  if (phase !== SlotPhase.HELLO && phase !== SlotPhase.CONFIRM) return undefined;
  const writerIncarnation = safeNumber(view.getBigUint64(0, true));
  if (writerIncarnation === 0) return undefined;
  return {
    writerIncarnation,
    targetIncarnation: safeNumber(view.getBigUint64(8, true)),
    phase,
    writerIndex: view.getUint16(18, true),
    version: view.getUint16(20, true),
    maxVersion: view.getUint16(22, true),
    sessionId: safeNumber(view.getBigUint64(24, true)),
  };
}

/** Both partners derive the same session id from the two incarnations, whoever computes it. */
export function sessionIdOf(a: number, b: number): number {
  const [low, high] = a < b ? [a, b] : [b, a];
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  view.setBigUint64(0, BigInt(low), true);
  view.setBigUint64(8, BigInt(high), true);
  // 48 bits: a safe integer, and collisions between two boots' pairs are not a practical concern.
  return (crc32(bytes) & 0xffff) * 2 ** 32 + crc32(bytes, 0x5a5a5a5a);
}

function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? 0 : Number(value);
}
