/**
 * The wire form of the data path's two messages, `fabric.Request` and `fabric.Response` inside a
 * `fabric.Frame` (proto/fabric.proto), written and read by hand. Every RDMA operation is one of
 * each, so this code runs on every round trip; protobufjs's generic writer and reader (an operation
 * list per message, `Long` objects for the 64-bit fields, an intermediate object per message) cost
 * more than the card's own work. The bytes are ordinary protobuf: protobufjs decodes what this
 * writes and this reads what protobufjs writes (test/rdma-emu/frame-codec.test.ts checks both).
 *
 * Writing follows proto3: fields at their default value are left out, the optional `immediate`
 * is written when present, and the payload comes last (after any alignment filler), which lets a
 * large payload travel as a separate buffer. Reading accepts fields in any order, skips unknown
 * ones, and throws LinkProtocolError on anything malformed.
 *
 * This file is the codec's surface: the field numbers (data-frame-fields.ts), the writer
 * (data-frame-writer.ts) and the reader (data-frame-reader.ts) each have their own.
 */
export { FRAME_REQUEST_FIELD, FRAME_RESPONSE_FIELD, LENGTH_DELIMITED } from "./data-frame-fields.js";
export { readRequest, readResponse, WireReader } from "./data-frame-reader.js";
export {
  type DataFrameLayout,
  layoutDataFrame,
  writeDataFrame,
  writeSmallDataFrame,
} from "./data-frame-writer.js";
