/**
 * The project's message types, loaded from its own .proto files at run time (so the fuzzer follows
 * every schema change), and the wire type each field is written with.
 */
import { fileURLToPath } from "node:url";
import protobuf from "protobufjs";
import { I32, I64, LEN, VARINT } from "./tree.js";

const PROTO_FILES = ["client", "ccm", "heartbeat", "seq", "fabric", "membership", "group"].map((name) =>
  fileURLToPath(new URL(`../../../proto/${name}.proto`, import.meta.url)),
);

let loadedRoot: protobuf.Root | undefined;

/** A message type of the project by its full name ("client.Request"). */
export function messageType(name: string): protobuf.Type {
  if (loadedRoot === undefined) {
    loadedRoot = protobuf.loadSync(PROTO_FILES);
    loadedRoot.resolveAll();
  }
  return loadedRoot.lookupType(name);
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
