/** Defaults and bounds of the connection manager and the node emulator. */

/** Longest node id and client name (they travel in session and client messages). */
export const MAX_NODE_ID_CHARS = 64;
export const MAX_CLIENT_NAME_CHARS = 64;
/** Ports (VIs toward each partner) one client may ask for. */
export const MAX_PORTS_PER_CLIENT = 16;
/** Clients one node serves at most (the hard bound; a config may set fewer). */
export const MAX_CLIENTS = 64;
export const DEFAULT_MAX_CLIENTS = 32;

/** Largest two-sided message between clients (one SEND). */
export const MAX_CLIENT_MESSAGE_BYTES = 1024 * 1024;
/** Receives kept posted on every client port and every control VI. */
export const RECEIVES_PER_PORT = 8;
export const CONTROL_RECEIVES = 16;
/** Largest session message: PeerInfo listing every client of a full node. */
export const MAX_PEER_MESSAGE_BYTES = 256 * 1024;

/** Host memory of a node, and where the clients' memory pool starts in it (above the mailbox). */
export const DEFAULT_NODE_MEMORY_BYTES = 64 * 1024 * 1024;
export const CLIENT_MEMORY_BASE = 0x10000;
/** Client regions are page-aligned, so one client's region never shares a page with another's. */
export const CLIENT_MEMORY_ALIGNMENT = 4096;

/** Protocol versions a node supports unless its config says otherwise. */
export const DEFAULT_MIN_VERSION = 1;
export const DEFAULT_MAX_VERSION = 1;
export const SOFTWARE_RELEASE = "rdma-ccm 0.1.0";

/** Emulated boot: time from the connection manager to the VI layer, and to the storage OS. */
export const DEFAULT_VI_LAYER_MS = 300;
export const DEFAULT_OS_BOOT_MS = 3000;

/** Heartbeats (peers/heartbeat) unless the cluster config says otherwise. */
export const DEFAULT_HEARTBEAT_INTERVAL_MS = 100;
export const DEFAULT_HEARTBEAT_TIMEOUT_MS = 1000;

/*
 * Limits of a node's client endpoint: what one process on the machine can make the node do. Each
 * is documented with what a client gets when it hits it (README, "Limits of the client endpoint").
 */
/** Requests in one WebSocket message; a message with more is refused whole. */
export const MAX_REQUESTS_PER_MESSAGE = 1024;
/** Requests of one connection started and not yet answered; beyond it the socket is not read. */
export const MAX_REQUESTS_IN_FLIGHT = 256;
/** Bytes one connection holds in the node: payloads and replies of its requests, unsent output. */
export const MAX_CONNECTION_BYTES_IN_FLIGHT = 8 * 1024 * 1024;
/** The same, summed over every connection of the endpoint. */
export const MAX_ENDPOINT_BYTES_IN_FLIGHT = 64 * 1024 * 1024;
/** Output a client leaves unread before the node closes its connection (events cannot wait). */
export const MAX_UNREAD_OUTPUT_BYTES = 16 * 1024 * 1024;
/** The same over every connection of the endpoint: past it, the connection with the most goes. */
export const MAX_ENDPOINT_UNREAD_OUTPUT_BYTES = 64 * 1024 * 1024;
/** Connections open at once on one endpoint (clients and admin tools). */
export const MAX_CONNECTIONS_PER_ENDPOINT = 64;
/** An unregistered connection (an admin tool) silent for this long is closed. */
export const UNREGISTERED_IDLE_MS = 30_000;
/** Time a new TCP connection gets to complete its WebSocket upgrade. */
export const UPGRADE_TIMEOUT_MS = 5_000;
/** TCP connections beyond the WebSocket cap that are still answered (with a close frame that says why). */
export const SPARE_CONNECTIONS = 16;
/** Bad requests one connection may send within a second; one more and it is closed. */
export const MAX_BAD_REQUESTS_PER_SECOND = 100;
/** Warnings about bad requests logged per second per endpoint; the rest are summed up in one line. */
export const BAD_REQUEST_LOG_LINES_PER_SECOND = 5;
/** Requests an endpoint starts in one turn of the event loop before it yields to timers and the fabric. */
export const REQUESTS_PER_SLICE = 64;
export const SLICE_MS = 2;
/** Requests one connection starts before the next ready connection has its turn. */
export const REQUESTS_PER_TURN = 8;
/** Room for a request's or reply's fields beyond its payload (ids, names, numbers, framing). */
export const REQUEST_OVERHEAD_BYTES = 256;
/** Requests holding at most this many bytes do not count against the endpoint's shared budget. */
export const SMALL_REQUEST_BYTES = 4 * 1024;
/** Room counted for a status reply (it lists every client and partner). */
export const STATUS_REPLY_BYTES = 16 * 1024;
/** A node warns when its event loop was blocked longer than this (heartbeats would be late). */
export const EVENT_LOOP_STALL_MS = 50;
