/**
 * Reads bytes this project's encoders wrote back into a wire-field tree (nested messages by the
 * schema), so that a message a target sent can be answered or echoed (builders/seq-batch.ts).
 */
import protobuf from "protobufjs";
import { bytes, type Field, I32, I64, int, LEN, type Msg, msg, VARINT } from "./tree.js";

/** The tree of `data` read as `type`; throws on malformed input. */
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
