/**
 * The predefined place in every node's host memory that a partner's first RDMA READ targets
 * (004 claims 2 and 19): the card exposes it over VI 0 under BOOTSTRAP_RKEY as soon as its firmware
 * is up. Its first 8-byte word is the node's status word; the connection manager lays its boot
 * mailbox out in the rest.
 */
export const BOOTSTRAP_REGION_ADDRESS = 0x1000;
export const BOOTSTRAP_REGION_BYTES = 0x1000;
/** Offset of the status word inside the bootstrap region. */
export const STATUS_WORD_OFFSET = 0;
/** High half of every status word: "BOOT", so a zeroed or foreign word is never taken for a status. */
export const STATUS_MAGIC = 0x424f4f54n;
/** Status word of a node whose card firmware runs and nothing else: no OS layer at all. */
export const FIRMWARE_ONLY_STATUS = (STATUS_MAGIC << 32n) | 1n;
