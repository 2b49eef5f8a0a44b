/**
 * Structure-aware protobuf inputs for the fuzzer. A message is generated as a tree of wire fields
 * from the project's own .proto files (loaded at run time, so the fuzzer follows every schema
 * change), with hints that give fields plausible values (a partner's id, a port in range, the
 * current epoch); then mutated as a tree (boundary numbers in numeric fields, duplicated, dropped,
 * unknown or mistyped fields, several members of a oneof) and as bytes (bit flips, truncation,
 * splicing, corrupted length prefixes). The encoder writes any value into any field, so a uint32
 * field can carry 2^40 and a length prefix can lie.
 */
import { fileURLToPath } from "node:url";
import protobuf from "protobufjs";
import type { Prng } from "../../rdma-emu/sim/prng.js";

/** Wire types. */
export const VARINT = 0;
export const I64 = 1;
export const LEN = 2;
export const I32 = 5;

/** Numbers every numeric field gets tried with. */
export const BOUNDARY_NUMBERS: readonly bigint[] = [
  0n,
  1n,
  2n ** 31n - 1n,
  2n ** 32n - 1n,
  2n ** 32n,
  2n ** 40n,
  2n ** 53n - 2n,
  2n ** 53n,
  2n ** 64n - 1n,
];

export type Value =
  | { readonly t: "int"; readonly v: bigint }
  | { readonly t: "bytes"; readonly v: Uint8Array }
  | { readonly t: "msg"; readonly v: Msg }
  | { readonly t: "packed"; readonly v: bigint[] };

export interface Field {
  no: number;
  wire: number;
  value: Value;
}

export interface Msg {
  fields: Field[];
}

export const int = (v: bigint | number): Value => ({ t: "int", v: BigInt(v) });
export const bytes = (v: Uint8Array): Value => ({ t: "bytes", v });
export const text = (s: string): Value => ({ t: "bytes", v: new TextEncoder().encode(s) });
export const msg = (v: Msg): Value => ({ t: "msg", v });

// ---- encoding ------------------------------------------------------------------------------------

/** Where a length prefix sits in encoded bytes, so a mutation can make it lie. */
export interface LengthSite {
  readonly at: number;
  readonly size: number;
}

export interface Encoded {
  readonly bytes: Uint8Array;
  readonly lengths: readonly LengthSite[];
}

function varintSize(value: bigint): number {
  let v = BigInt.asUintN(64, value);
  let size = 1;
  while (v >= 0x80n) {
    v >>= 7n;
    size++;
  }
  return size;
}

function smallVarintSize(v: number): number {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

function tagOf(f: Field): number {
  return ((f.no >>> 0) * 8 + (f.wire & 7)) >>> 0;
}

/** Bytes of a message's fields. */
function msgSize(m: Msg): number {
  let size = 0;
  for (const f of m.fields) size += smallVarintSize(tagOf(f)) + valueSize(f.wire, f.value);
  return size;
}

function contentSize(value: Value): number {
  switch (value.t) {
    case "bytes":
      return value.v.length;
    case "msg":
      return msgSize(value.v);
    case "packed": {
      let size = 0;
      for (const v of value.v) size += varintSize(v);
      return size;
    }
    default:
      return varintSize(value.v);
  }
}

function valueSize(wire: number, value: Value): number {
  switch (wire) {
    case VARINT:
      return varintSize(value.t === "int" ? value.v : BigInt(countOf(value)));
    case I64:
      return 8;
    case I32:
      return 4;
    case LEN: {
      const content = contentSize(value);
      return smallVarintSize(content) + content;
    }
    default:
      return value.t === "bytes" ? value.v.length : 0;
  }
}

function countOf(value: Value): number {
  if (value.t === "bytes") return value.v.length;
  if (value.t === "packed") return value.v.length;
  if (value.t === "msg") return value.v.fields.length;
  return 0;
}

class ByteSink {
  readonly buf: Uint8Array;
  pos = 0;
  readonly lengths: LengthSite[] = [];

  constructor(size: number) {
    this.buf = new Uint8Array(size);
  }

  varint(value: bigint | number): void {
    if (typeof value === "number" || (value >= 0n && value < 0x8000_0000n)) {
      let v = Number(value);
      while (v >= 0x80) {
        this.buf[this.pos++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      this.buf[this.pos++] = v;
      return;
    }
    let v = BigInt.asUintN(64, value);
    while (v >= 0x80n) {
      this.buf[this.pos++] = Number(v & 0x7fn) | 0x80;
      v >>= 7n;
    }
    this.buf[this.pos++] = Number(v);
  }

  fixed(value: bigint, count: number): void {
    let v = BigInt.asUintN(count * 8, value);
    for (let i = 0; i < count; i++) {
      this.buf[this.pos++] = Number(v & 0xffn);
      v >>= 8n;
    }
  }

  raw(data: Uint8Array): void {
    this.buf.set(data, this.pos);
    this.pos += data.length;
  }

  length(n: number): void {
    const at = this.pos;
    this.varint(n);
    this.lengths.push({ at, size: this.pos - at });
  }

  finish(): Encoded {
    return { bytes: this.buf, lengths: this.lengths };
  }
}

function writeFields(sink: ByteSink, m: Msg): void {
  for (const f of m.fields) {
    sink.varint(tagOf(f));
    writeValue(sink, f.wire, f.value);
  }
}

function writeValue(sink: ByteSink, wire: number, value: Value): void {
  switch (wire) {
    case VARINT:
      sink.varint(value.t === "int" ? value.v : BigInt(countOf(value)));
      return;
    case I64:
      sink.fixed(value.t === "int" ? value.v : 0n, 8);
      return;
    case I32:
      sink.fixed(value.t === "int" ? value.v : 0n, 4);
      return;
    case LEN:
      sink.length(contentSize(value));
      if (value.t === "bytes") sink.raw(value.v);
      else if (value.t === "msg") writeFields(sink, value.v);
      else if (value.t === "packed") for (const v of value.v) sink.varint(v);
      else sink.varint(value.v);
      return;
    default:
      // Groups (3, 4) and the unused wire types 6, 7: a tag alone, then whatever the value holds.
      if (value.t === "bytes") sink.raw(value.v);
      return;
  }
}

export function encode(m: Msg): Encoded {
  const sink = new ByteSink(msgSize(m));
  writeFields(sink, m);
  return sink.finish();
}

/** Messages one after the other, each behind its varint length (protobuf "delimited"). */
export function encodeDelimited(parts: readonly (Msg | Uint8Array)[]): Encoded {
  const contents = parts.map((part) => (part instanceof Uint8Array ? part.length : msgSize(part)));
  let total = 0;
  for (const c of contents) total += smallVarintSize(c) + c;
  const sink = new ByteSink(total);
  parts.forEach((part, i) => {
    sink.length(contents[i] as number);
    if (part instanceof Uint8Array) sink.raw(part);
    else writeFields(sink, part);
  });
  return sink.finish();
}

export function varintBytes(value: bigint): Uint8Array {
  const sink = new ByteSink(varintSize(value));
  sink.varint(value);
  return sink.finish().bytes;
}

// ---- generation from the schema --------------------------------------------------------------

const PROTO_FILES = ["client", "ccm", "heartbeat", "seq", "fabric"].map((name) =>
  fileURLToPath(new URL(`../../proto/${name}.proto`, import.meta.url)),
);

let loadedRoot: protobuf.Root | undefined;

/** Every message type of the project, from its .proto files. */
export function schemaRoot(): protobuf.Root {
  if (loadedRoot === undefined) {
    loadedRoot = protobuf.loadSync(PROTO_FILES);
    loadedRoot.resolveAll();
  }
  return loadedRoot;
}

export function messageType(name: string): protobuf.Type {
  return schemaRoot().lookupType(name);
}

const VARINT_TYPES = new Set(["int32", "uint32", "int64", "uint64", "sint32", "sint64", "bool"]);
const I64_TYPES = new Set(["fixed64", "sfixed64", "double"]);
const I32_TYPES = new Set(["fixed32", "sfixed32", "float"]);

export function wireTypeOf(field: protobuf.Field): number {
  if (field.resolvedType instanceof protobuf.Enum) return VARINT;
  if (field.resolvedType instanceof protobuf.Type) return LEN;
  if (VARINT_TYPES.has(field.type)) return VARINT;
  if (I64_TYPES.has(field.type)) return I64;
  if (I32_TYPES.has(field.type)) return I32;
  return LEN;
}

/**
 * Plausible values for a field: return a value (or values, for a repeated field) to use it, or
 * undefined to leave the field to the generic generator. `path` is "Type.field" (no package).
 */
export type Hint = (path: string, rng: Prng, gen: Generator) => Value | Value[] | undefined;

export interface GeneratorOptions {
  readonly hint?: Hint;
  /** Weights of the members of a oneof, by "Type.field"; members not listed weigh 1. */
  readonly oneofWeights?: Readonly<Record<string, number>>;
  /** Chance that a field outside a oneof is written at all. */
  readonly fieldChance?: number;
  /** Chance that a numeric field gets a boundary number instead of a plausible value. */
  readonly boundaryChance?: number;
}

export class Generator {
  constructor(
    readonly rng: Prng,
    private readonly options: GeneratorOptions = {},
  ) {}

  /** A message of the type, every field plausible or a boundary, one member per oneof. */
  message(type: protobuf.Type | string, depth = 0): Msg {
    const t = typeof type === "string" ? messageType(type) : type;
    const fields: Field[] = [];
    const rng = this.rng;
    for (const oneof of t.oneofsArray) {
      const members = oneof.fieldsArray;
      if (members.length === 0) continue;
      const weights = members.map((f) => this.options.oneofWeights?.[`${t.name}.${f.name}`] ?? 1);
      const chosen = members[weighted(rng, weights)] as protobuf.Field;
      fields.push(...this.field(t, chosen, depth));
    }
    for (const field of t.fieldsArray) {
      if (field.partOf !== null && field.partOf !== undefined) continue;
      if (!rng.chance(this.options.fieldChance ?? 0.85)) continue;
      fields.push(...this.field(t, field, depth));
    }
    if (rng.chance(0.3)) shuffle(rng, fields);
    return { fields };
  }

  /** The wire fields for one schema field (several for an unpacked repeated one). */
  field(type: protobuf.Type, field: protobuf.Field, depth: number): Field[] {
    const rng = this.rng;
    const wire = wireTypeOf(field);
    const hinted = this.options.hint?.(`${type.name}.${field.name}`, rng, this);
    if (field.repeated) {
      const values =
        hinted === undefined
          ? Array.from({ length: rng.int(5) }, () => this.value(field, depth))
          : Array.isArray(hinted)
            ? hinted
            : [hinted];
      if (wire === VARINT && values.every((v) => v.t === "int") && rng.chance(0.7)) {
        return [
          { no: field.id, wire: LEN, value: { t: "packed", v: values.map((v) => (v as { v: bigint }).v) } },
        ];
      }
      return values.map((value) => ({ no: field.id, wire, value }));
    }
    const value =
      hinted === undefined ? this.value(field, depth) : Array.isArray(hinted) ? hinted[0] : hinted;
    return value === undefined ? [] : [{ no: field.id, wire, value }];
  }

  /** A generic value for a field of this type. */
  value(field: protobuf.Field, depth: number): Value {
    const rng = this.rng;
    const resolved = field.resolvedType;
    if (resolved instanceof protobuf.Type) {
      if (depth > 4) return msg({ fields: [] });
      return msg(this.message(resolved, depth + 1));
    }
    if (resolved instanceof protobuf.Enum) {
      const values = Object.values(resolved.values);
      return rng.chance(0.85) ? int(rng.pick(values)) : this.number();
    }
    switch (field.type) {
      case "bool":
        return int(rng.chance(0.9) ? rng.int(2) : rng.pick(BOUNDARY_NUMBERS));
      case "double":
      case "float":
        return int(doubleBits(rng.pick(SPECIAL_DOUBLES)));
      case "string":
        return text(this.string());
      case "bytes":
        return bytes(this.bytes(rng.chance(0.9) ? rng.int(33) : rng.int(300)));
      default:
        return this.number();
    }
  }

  /** A number: a boundary, a small one or any 32-bit one. */
  number(): Value {
    const rng = this.rng;
    if (rng.chance(this.options.boundaryChance ?? 0.3)) return int(rng.pick(BOUNDARY_NUMBERS));
    return int(rng.chance(0.6) ? rng.int(17) : rng.nextUint32());
  }

  boundary(): Value {
    return int(this.rng.pick(BOUNDARY_NUMBERS));
  }

  string(): string {
    const rng = this.rng;
    const r = rng.next();
    if (r < 0.1) return "";
    if (r < 0.7) return randomAscii(rng, 1 + rng.int(12));
    if (r < 0.85) return randomAscii(rng, 60 + rng.int(10));
    if (r < 0.95) return "ü€𝄞\u0000\uffff".slice(0, 1 + rng.int(7));
    return randomAscii(rng, 200 + rng.int(2000));
  }

  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = this.rng.int(256);
    return out;
  }
}

const SPECIAL_DOUBLES = [
  0,
  -0,
  1,
  -1,
  0.5,
  1e-300,
  1e300,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2 ** 31 - 1,
  2 ** 32,
  2 ** 53,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
];

function doubleBits(value: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value, true);
  return view.getBigUint64(0, true);
}

export function randomAscii(rng: Prng, length: number): string {
  let s = "";
  for (let i = 0; i < length; i++) s += String.fromCharCode(32 + rng.int(95));
  return s;
}

export function weighted(rng: Prng, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] as number;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

function shuffle<T>(rng: Prng, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
}

// ---- mutation ----------------------------------------------------------------------------------

/** Fields anywhere in the tree, with the message holding each. */
function allFields(m: Msg, out: { owner: Msg; field: Field }[] = []): { owner: Msg; field: Field }[] {
  for (const field of m.fields) {
    out.push({ owner: m, field });
    if (field.value.t === "msg") allFields(field.value.v, out);
  }
  return out;
}

function allMessages(m: Msg, out: Msg[] = []): Msg[] {
  out.push(m);
  for (const field of m.fields) if (field.value.t === "msg") allMessages(field.value.v, out);
  return out;
}

function cloneValue(value: Value): Value {
  if (value.t === "msg") return msg(cloneMsg(value.v));
  if (value.t === "packed") return { t: "packed", v: [...value.v] };
  return value;
}

export function cloneMsg(m: Msg): Msg {
  return { fields: m.fields.map((f) => ({ no: f.no, wire: f.wire, value: cloneValue(f.value) })) };
}

/** Applies `count` tree mutations in place (boundary numbers, duplicated/dropped/mistyped fields...). */
export function mutateTree(m: Msg, rng: Prng, count = 1): Msg {
  for (let n = 0; n < count; n++) {
    const fields = allFields(m);
    const kind = rng.int(9);
    if (fields.length === 0 || kind === 0) {
      // An unknown field, of any wire type, with any number (the largest field number included).
      const target = rng.pick(allMessages(m));
      const no = rng.pick([rng.int(40) + 1, 19_000, 536_870_911, 0, rng.int(2 ** 29)]);
      const wire = rng.pick([VARINT, I64, LEN, I32, 3, 4, 6, 7]);
      target.fields.splice(rng.int(target.fields.length + 1), 0, {
        no,
        wire,
        value:
          wire === VARINT || wire === I64 || wire === I32
            ? int(rng.pick(BOUNDARY_NUMBERS))
            : bytes(new Uint8Array(rng.int(9))),
      });
      continue;
    }
    const { owner, field } = rng.pick(fields);
    switch (kind) {
      case 1:
      case 2: {
        // A boundary number where a number goes (or a packed list of them).
        if (field.value.t === "packed") {
          const list = field.value.v;
          if (list.length === 0) list.push(rng.pick(BOUNDARY_NUMBERS));
          else list[rng.int(list.length)] = rng.pick(BOUNDARY_NUMBERS);
        } else if (field.wire === VARINT || field.wire === I64 || field.wire === I32) {
          field.value = int(rng.pick(BOUNDARY_NUMBERS));
        } else {
          const numeric = fields.filter((f) => f.field.wire !== LEN);
          if (numeric.length > 0) rng.pick(numeric).field.value = int(rng.pick(BOUNDARY_NUMBERS));
        }
        break;
      }
      case 3:
        // Field duplication: the same field again, later (last one wins, repeated ones grow).
        owner.fields.splice(rng.int(owner.fields.length + 1), 0, {
          no: field.no,
          wire: field.wire,
          value: cloneValue(field.value),
        });
        break;
      case 4:
        owner.fields.splice(owner.fields.indexOf(field), 1);
        break;
      case 5:
        // The wrong wire type for the field.
        field.wire = rng.pick([VARINT, I64, LEN, I32, 3, 4, 6, 7].filter((w) => w !== field.wire));
        if (field.wire !== LEN && field.value.t !== "int") field.value = int(rng.pick(BOUNDARY_NUMBERS));
        break;
      case 6:
        // A nested message or string replaced by garbage bytes.
        field.wire = LEN;
        field.value = bytes(randomBytes(rng, rng.int(24)));
        break;
      case 7: {
        // Packed <-> unpacked, or a long run of the same field.
        if (field.value.t === "packed") {
          const values = field.value.v;
          owner.fields.splice(
            owner.fields.indexOf(field),
            1,
            ...values.map((v) => ({ no: field.no, wire: VARINT, value: int(v) })),
          );
        } else {
          const copies = 2 + rng.int(40);
          for (let i = 0; i < copies; i++)
            owner.fields.push({ no: field.no, wire: field.wire, value: cloneValue(field.value) });
        }
        break;
      }
      default: {
        // Another oneof member (or any field) copied from elsewhere in the tree, numbers renumbered.
        const other = rng.pick(fields).field;
        owner.fields.push({
          no: rng.chance(0.5) ? other.no : field.no + 1,
          wire: other.wire,
          value: cloneValue(other.value),
        });
        break;
      }
    }
  }
  return m;
}

export function randomBytes(rng: Prng, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = rng.int(256);
  return out;
}

/** Applies `count` byte-level mutations; `lengths` are the encoding's length prefixes. */
export function mutateBytes(
  input: Encoded | Uint8Array,
  rng: Prng,
  count = 1,
  donor?: Uint8Array,
): Uint8Array {
  let data = input instanceof Uint8Array ? input : input.bytes;
  let lengths = input instanceof Uint8Array ? [] : [...input.lengths];
  for (let n = 0; n < count; n++) {
    const kind = rng.int(9);
    if (kind === 0 && lengths.length > 0) {
      // A length prefix that lies (the content stays as it was).
      const site = rng.pick(lengths);
      const current = readVarint(data, site.at);
      const lie = rng.pick([
        0n,
        current + 1n,
        current > 0n ? current - 1n : 2n,
        current * 2n + 7n,
        ...BOUNDARY_NUMBERS,
      ]);
      data = concat(data.subarray(0, site.at), varintBytes(lie), data.subarray(site.at + site.size));
      lengths = [];
      continue;
    }
    if (data.length === 0) {
      data = randomBytes(rng, 1 + rng.int(8));
      continue;
    }
    const at = rng.int(data.length);
    switch (kind) {
      case 0:
      case 1: {
        data = data.slice();
        const flips = 1 + rng.int(4);
        for (let i = 0; i < flips; i++) {
          const p = rng.int(data.length);
          data[p] = (data[p] as number) ^ (1 << rng.int(8));
        }
        break;
      }
      case 2:
        data = data.slice(0, at);
        break;
      case 3:
        data = concat(data.subarray(0, at), randomBytes(rng, 1 + rng.int(16)), data.subarray(at));
        break;
      case 4: {
        const end = Math.min(data.length, at + 1 + rng.int(16));
        data = concat(data.subarray(0, at), data.subarray(end));
        break;
      }
      case 5: {
        // A stretch of the message again, right after itself.
        const end = Math.min(data.length, at + 1 + rng.int(64));
        data = concat(data.subarray(0, end), data.subarray(at, end), data.subarray(end));
        break;
      }
      case 6: {
        // Splice: our head, another input's tail.
        const other = donor ?? randomBytes(rng, rng.int(32));
        data = concat(data.subarray(0, at), other.subarray(rng.int(other.length + 1)));
        break;
      }
      case 7: {
        // A boundary varint (or an overlong one) dropped in.
        const value = rng.chance(0.8)
          ? varintBytes(rng.pick(BOUNDARY_NUMBERS))
          : Uint8Array.from({ length: 11 + rng.int(6) }, () => 0xff);
        data = concat(data.subarray(0, at), value, data.subarray(at));
        break;
      }
      default: {
        data = data.slice();
        data[at] = rng.pick([0x00, 0xff, 0x80, 0x7f]);
        break;
      }
    }
    lengths = [];
  }
  return data;
}

function readVarint(data: Uint8Array, at: number): bigint {
  let value = 0n;
  let shift = 0n;
  for (let i = at; i < data.length && i < at + 10; i++) {
    const b = data[i] as number;
    value |= BigInt(b & 0x7f) << shift;
    if (b < 0x80) break;
    shift += 7n;
  }
  return value;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const p of parts) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Reads bytes this project's encoders wrote back into a tree (nested messages by the schema), so
 * that a real message can be answered or mutated. Throws on malformed input.
 */
export function parse(data: Uint8Array, type: protobuf.Type): Msg {
  const fields: Field[] = [];
  let pos = 0;
  const varint = (): bigint => {
    let value = 0n;
    let shift = 0n;
    for (;;) {
      if (pos >= data.length) throw new RangeError("varint runs past the end");
      const b = data[pos++] as number;
      value |= BigInt(b & 0x7f) << shift;
      if (b < 0x80) return value;
      shift += 7n;
    }
  };
  const fixed = (count: number): bigint => {
    if (pos + count > data.length) throw new RangeError("fixed field runs past the end");
    let value = 0n;
    for (let i = count - 1; i >= 0; i--) value = (value << 8n) | BigInt(data[pos + i] as number);
    pos += count;
    return value;
  };
  while (pos < data.length) {
    const tag = varint();
    const no = Number(tag >> 3n);
    const wire = Number(tag & 7n);
    const schema = type.fieldsById[no];
    switch (wire) {
      case VARINT:
        fields.push({ no, wire, value: int(varint()) });
        break;
      case I64:
        fields.push({ no, wire, value: int(fixed(8)) });
        break;
      case I32:
        fields.push({ no, wire, value: int(fixed(4)) });
        break;
      case LEN: {
        const length = Number(varint());
        if (pos + length > data.length) throw new RangeError("length runs past the end");
        const body = data.subarray(pos, pos + length);
        pos += length;
        if (schema?.resolvedType instanceof protobuf.Type) {
          fields.push({ no, wire, value: msg(parse(body, schema.resolvedType)) });
        } else {
          fields.push({ no, wire, value: bytes(body.slice()) });
        }
        break;
      }
      default:
        throw new RangeError(`wire type ${wire}`);
    }
  }
  return { fields };
}
