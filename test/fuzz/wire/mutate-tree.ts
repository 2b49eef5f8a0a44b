/**
 * Mutations of a wire-field tree, applied in place: boundary numbers where numbers go, fields
 * duplicated, dropped, unknown or under the wrong wire type, garbage where a message goes, packed
 * lists unpacked, several members of a oneof.
 */
import type { Prng } from "../../../kit/prng.js";
import { randomBytes } from "./random.js";
import {
  BOUNDARY_NUMBERS,
  bytes,
  type Field,
  I32,
  I64,
  int,
  LEN,
  type Msg,
  msg,
  VARINT,
  type Value,
} from "./tree.js";

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
  if (value.t === "msg")
    return msg({
      fields: value.v.fields.map((f) => ({ no: f.no, wire: f.wire, value: cloneValue(f.value) })),
    });
  if (value.t === "packed") return { t: "packed", v: [...value.v] };
  return value;
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
