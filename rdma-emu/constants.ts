/** Defaults and bounds of the emulated card. Every number the card's logic uses is named here. */

/** VI 0 exists as soon as the card's firmware is up, before any OS layer (004 claims 14, 18). */
export const BOOTSTRAP_VI = 0;
/** Hardware addresses are 24-bit Fibre-Channel-style IDs. */
export const MAX_HARDWARE_ADDRESS = 0xffffff;
/** Largest VI number the wire may carry (flow keys pack two of them into one safe integer). */
export const MAX_VI_NUMBER = 0xfffff;
/** VI numbers a card hands out (VI 0 included). */
export const DEFAULT_MAX_VIS = 1024;
export const DEFAULT_MAX_REGIONS = 4096;
/**
 * The key under which the firmware exposes its bootstrap region, so that a partner can reach it
 * with nothing exchanged beforehand (004 claims 2, 15 and 19: predefined address, port and key).
 */
export const BOOTSTRAP_RKEY = 0x0000b007;
/** Protection domain of VI 0 and of the regions the firmware registers for bootstrap. */
export const BOOTSTRAP_PROTECTION_DOMAIN = 0;

/** Atomics operate on naturally aligned 64-bit words. */
export const ATOMIC_WORD_BYTES = 8;

/** Largest payload of one READ, WRITE or SEND. */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
/** Room for headers around the largest payload in one link message. */
export const FRAME_OVERHEAD_BYTES = 1024;
/** A link message larger than this closes the link (ws enforces it before buffering). */
export const MAX_LINK_MESSAGE_BYTES = MAX_MESSAGE_BYTES + FRAME_OVERHEAD_BYTES;
/**
 * WRITE and SEND payloads larger than this travel as segments of one PSN, as a NIC splits a
 * message into MTU-sized packets, so one large request never holds a link for more than a
 * segment's time. Measured on this machine: smaller segments (32-256 KiB) cost more in
 * per-message overhead than they save; the sim uses tiny ones to exercise reassembly.
 */
export const DEFAULT_SEGMENT_BYTES = 1024 * 1024;
/** Coalesced frames are flushed once the pending message reaches this size. */
export const COALESCE_FLUSH_BYTES = 64 * 1024;
/** Longest `detail` string a responder sends with an error status. */
export const MAX_DETAIL_CHARS = 256;

/** Requests of one flow that may be on the wire unacknowledged (responder keeps this many responses). */
export const MAX_UNACKED_PER_FLOW = 256;
/** Time a work request may wait for its response, across retransmissions, before RETRY_EXC. */
export const DEFAULT_RETRY_TIMEOUT_MS = 2000;
/** The retransmission timeout never exceeds this share of the retry timeout. */
export const RETRANSMISSIONS_PER_RETRY_TIMEOUT = 4;
/** Retransmission timeout bounds; in between it follows the measured round trip (RFC 6298 style). */
export const MIN_RETRANSMIT_TIMEOUT_MS = 20;
export const INITIAL_RETRANSMIT_TIMEOUT_MS = 200;
export const MAX_RETRANSMIT_TIMEOUT_MS = 1000;
/**
 * A sequence-error NAK for the same PSN, and a go-back to it, repeat at most this often: once per
 * gap would leave a lost go-back to the backed-off timeout; unlimited would be a storm.
 */
export const NAK_REPEAT_MS = 5;
/** Wait after a receiver-not-ready NAK before sending the SEND again. */
export const RNR_RETRY_DELAY_MS = 5;

/**
 * Link login: the whole challenge/response must finish within this time (and a connection to a
 * card's port must show within it whether it is a card's TCP link or a WebSocket).
 */
export const LINK_LOGIN_TIMEOUT_MS = 2000;
/**
 * The largest message a card's port takes from a peer that has not logged in: a login frame is a
 * few dozen bytes, so a stranger can make the card buffer or decode no more than this.
 */
export const MAX_LOGIN_MESSAGE_BYTES = 4096;
/** A link closed by this end is cut if the other end has not closed it within this time. */
export const LINK_CLOSE_TIMEOUT_MS = 1000;
/**
 * Inbound links a card lets log in at once. Anyone on the machine can connect to a card's port;
 * past this the oldest pending login is cut, so a stranger's connections cost bounded memory
 * and never hold off a peer (a real login takes about a millisecond).
 */
export const MAX_PENDING_LINK_LOGINS = 32;
/** Warnings about refused links logged per second; the rest are summed up in one line. */
export const LINK_REFUSAL_LOG_LINES_PER_SECOND = 5;
export const LINK_NONCE_BYTES = 32;
export const LINK_PROTOCOL_VERSION = 1;
/**
 * Reconnect backoff for the dialing side of a link. Capped low: a refused dial on the interconnect
 * costs next to nothing, and a partner that reboots should find its link back at once.
 */
export const LINK_RECONNECT_MIN_MS = 10;
export const LINK_RECONNECT_MAX_MS = 100;

/** Default size of a node's host memory. */
export const DEFAULT_HOST_MEMORY_BYTES = 16 * 1024 * 1024;
