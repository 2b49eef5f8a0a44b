/**
 * 64-bit protobuf fields at the edge: protobufjs decodes them as `Long` (or a number when it
 * fits); the code above works with safe integers (addresses, incarnations, session ids) or
 * `bigint` (atomic operands). Each layer calls these where it decodes and turns `undefined` into
 * its own protocol error.
 */
import Long from "long";

const TWO_POW_32 = 2 ** 32;
/** A safe integer's high 32-bit half is at most 2^21 - 1. */
const MAX_SAFE_HIGH_WORD = 0x1fffff;

/** The value as a safe integer, or undefined when it does not fit 53 bits. */
export function longToSafeInteger(value: number | Long): number | undefined {
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (value.high >>> 0 > MAX_SAFE_HIGH_WORD) return undefined;
  return (value.high >>> 0) * TWO_POW_32 + (value.low >>> 0);
}

/** The value as an unsigned 64-bit bigint. */
export function longToBigInt(value: number | Long): bigint {
  if (typeof value === "number") return BigInt(value);
  if (value.low === 0 && value.high === 0) return 0n;
  return (BigInt(value.high >>> 0) << 32n) | BigInt(value.low >>> 0);
}

/** An unsigned 64-bit value for protobufjs; zero, the common case, as a plain number. */
export function bigIntToLong(value: bigint): Long | number {
  if (value === 0n) return 0;
  const unsigned = BigInt.asUintN(64, value);
  return Long.fromBits(Number(unsigned & 0xffffffffn), Number(unsigned >> 32n), true);
}
