/**
 * The message format of the plain-ws ring (bench/ring-relay.ts), the baseline of the membership
 * bench: a 6-byte header, then the sender's payload. The header: kind (u8), the relay the message
 * entered the ring at (u8), the sender's request id (u32 little-endian).
 */
export const RING_HEADER_BYTES = 6;
/** From a sender, not yet in the ring. */
export const KIND_FROM_SENDER = 0;
/** On its way around the ring (its entry relay set). */
export const KIND_IN_RING = 1;
/** Offsets in the header. */
export const KIND_AT = 0;
export const ENTRY_AT = 1;
export const ID_AT = 2;
