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
