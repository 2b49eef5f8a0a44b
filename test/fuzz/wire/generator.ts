/**
 * Generates a message of any of the project's types as a wire-field tree, from its schema: every
 * field plausible (by the caller's hints: a partner's id, a port in range, the current epoch) or a
 * boundary number, one member per oneof (weighted), fields now and then in another order.
 */
import protobuf from "protobufjs";
import type { Prng } from "../../../kit/prng.js";
import { randomAscii, randomBytes, shuffle, weighted } from "./random.js";
import { messageType, wireTypeOf } from "./schema.js";
import {
  BOUNDARY_NUMBERS,
  bytes,
  type Field,
  int,
  LEN,
  type Msg,
  msg,
  text,
  VARINT,
  type Value,
} from "./tree.js";

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
  private field(type: protobuf.Type, field: protobuf.Field, depth: number): Field[] {
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
  private value(field: protobuf.Field, depth: number): Value {
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
        return bytes(randomBytes(rng, rng.chance(0.9) ? rng.int(33) : rng.int(300)));
      default:
        return this.number();
    }
  }

  /** A number: a boundary (30%), a small one or any 32-bit one. */
  number(): Value {
    const rng = this.rng;
    if (rng.chance(0.3)) return int(rng.pick(BOUNDARY_NUMBERS));
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
}
