/**
 * The fuzzer's protobuf encoder: writes a wire-field tree (wire/tree.ts) as it stands, whatever
 * value sits in whatever field, and records where each length prefix went so that a byte mutation
 * (wire/mutate-bytes.ts) can make one lie.
 */
import { I32, I64, LEN, type Msg, VARINT, type Value } from "./tree.js";

/** Where a length prefix sits in encoded bytes. */
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

function tagOf(f: { no: number; wire: number }): number {
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
