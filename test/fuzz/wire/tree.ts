/**
 * A protobuf message as a tree of wire fields, the form the fuzzer generates, mutates and encodes:
 * any value may go in any field under any wire type (a uint32 field can carry 2^40), which the
 * project's own codecs would never write. Also the numbers every numeric field is tried with.
 */

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
