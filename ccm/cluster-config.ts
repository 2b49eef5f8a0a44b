/**
 * The cluster config every node and tool reads (`examples/pair.json`):
 *
 *   {
 *     "name": "pair",
 *     "fabricId": 1,
 *     "secret": "at least 16 bytes, shared by every card of the cluster",
 *     "nodes": [
 *       { "id": "a", "card": "0x0a0001", "fabric": "ws://127.0.0.1:7101", "clients": "ws://127.0.0.1:7201" },
 *       { "id": "b", "card": "0x0a0002", "fabric": "ws://127.0.0.1:7102", "clients": "ws://127.0.0.1:7202" }
 *     ],
 *     "versions": [1, 1], "osBootMs": 3000, "viLayerMs": 300, "memoryBytes": 67108864,
 *     "maxClients": 32, "retryTimeoutMs": 2000, "heartbeat": { "intervalMs": 100, "timeoutMs": 1000 }
 *   }
 *
 * A node may also have a card on a duplicate fabric (000 claim 7, 001 claim 17):
 * `"duplicate": { "card": "0x0b0001", "fabric": "ws://127.0.0.1:7121" }`; then every node must.
 *
 * A node's position in `nodes` is its index in the boot mailbox. `versions`, `osBootMs` and
 * `memoryBytes` may also be set per node, overriding the cluster-wide value.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  DEFAULT_RETRY_TIMEOUT_MS,
  type FabricConfig,
  formatHardwareAddress,
  type HardwareAddress,
  parseFabricConfig,
  parseHardwareAddress,
  type RdmaError,
} from "../rdma-emu/index.js";
import {
  DEFAULT_HEARTBEAT_INTERVAL_MS,
  DEFAULT_HEARTBEAT_TIMEOUT_MS,
  DEFAULT_MAX_CLIENTS,
  DEFAULT_MAX_VERSION,
  DEFAULT_MIN_VERSION,
  DEFAULT_NODE_MEMORY_BYTES,
  DEFAULT_OS_BOOT_MS,
  DEFAULT_VI_LAYER_MS,
  MAX_CLIENTS,
  MAX_NODE_ID_CHARS,
} from "./constants.js";
import { ClusterConfigError, UnknownPartnerError } from "./errors.js";
import { MAX_NODES } from "./mailbox-layout.js";

/** One of a node's cards: its hardware address and where it listens for fabric links. */
export interface CardConfig {
  readonly card: HardwareAddress;
  readonly fabricEndpoint: URL;
}

export interface NodeConfig extends CardConfig {
  readonly id: string;
  readonly index: number;
  /** Its cards, one per fabric: the first (`card`, `fabricEndpoint`), then the duplicate, if any. */
  readonly cards: readonly CardConfig[];
  /** Where the node listens for its local clients (and for `ccm status` / `ccm inject`). */
  readonly clientEndpoint: URL;
  readonly minVersion: number;
  readonly maxVersion: number;
  readonly osBootMs: number;
  readonly memoryBytes: number;
}

export interface ClusterConfig {
  readonly name: string;
  /** Where nodes keep their services' durable state (a folder per node below it). */
  readonly dataDir: string;
  /** The whole file as read, for the sections of services above ccm (e.g. "seq"). */
  readonly raw: Readonly<Record<string, unknown>>;
  /** The first fabric; `fabrics` lists it and the duplicate fabric, if the nodes have one. */
  readonly fabric: FabricConfig;
  readonly fabrics: readonly FabricConfig[];
  readonly nodes: readonly NodeConfig[];
  readonly viLayerMs: number;
  readonly maxClients: number;
  readonly retryTimeoutMs: number;
  readonly heartbeat: { readonly intervalMs: number; readonly timeoutMs: number };
}

const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
const DEFAULT_DATA_DIR = ".ccm/data";
/** Host memory must hold the mailbox and at least a little client memory. */
const MIN_NODE_MEMORY_BYTES = 1024 * 1024;
const MAX_NODE_MEMORY_BYTES = 1024 * 1024 * 1024;
const MAX_VERSION = 0xffff;

export function parseClusterConfig(raw: unknown): ClusterConfig {
  const config = record(raw, "the cluster config");
  const name = optionalString(config.name, "name") ?? "cluster";
  if (!ID_PATTERN.test(name)) throw new ClusterConfigError("name must be letters, digits, _ or -");
  const nodesRaw = config.nodes;
  if (!Array.isArray(nodesRaw) || nodesRaw.length < 1 || nodesRaw.length > MAX_NODES) {
    throw new ClusterConfigError(`nodes must list 1..${MAX_NODES} nodes`);
  }
  const defaults = {
    versions: versions(config.versions, "versions") ?? [DEFAULT_MIN_VERSION, DEFAULT_MAX_VERSION],
    osBootMs: duration(config.osBootMs, "osBootMs") ?? DEFAULT_OS_BOOT_MS,
    memoryBytes: memory(config.memoryBytes, "memoryBytes") ?? DEFAULT_NODE_MEMORY_BYTES,
  };
  const nodes = nodesRaw.map((node, index) => parseNode(node, index, defaults));
  unique(
    nodes.map((n) => n.id),
    "node id",
  );
  unique(
    nodes.flatMap((n) => n.cards.map((c) => formatHardwareAddress(c.card))),
    "card address",
  );
  unique(
    nodes.flatMap((n) => [...n.cards.map((c) => c.fabricEndpoint.host), n.clientEndpoint.host]),
    "endpoint",
  );
  const fabricCount = nodes[0]?.cards.length ?? 1;
  if (nodes.some((n) => n.cards.length !== fabricCount)) {
    throw new ClusterConfigError("either every node has a duplicate card or none has");
  }
  const fabricId = integer(config.fabricId, "fabricId", 0, 0xfffffffe) ?? 1;
  const fabrics: FabricConfig[] = [];
  for (let f = 0; f < fabricCount; f++) {
    try {
      fabrics.push(
        parseFabricConfig({
          // The duplicate fabric is a separate interconnect: its own id, the same secret.
          fabricId: fabricId + f,
          secret: config.secret,
          cards: Object.fromEntries(
            nodes.map((n) => {
              const card = n.cards[f] as CardConfig;
              return [formatHardwareAddress(card.card), card.fabricEndpoint.href];
            }),
          ),
        }),
      );
    } catch (error) {
      throw new ClusterConfigError((error as Error).message, { cause: error });
    }
  }
  const fabric = fabrics[0] as FabricConfig;
  const heartbeat = config.heartbeat === undefined ? {} : record(config.heartbeat, "heartbeat");
  const intervalMs = duration(heartbeat.intervalMs, "heartbeat.intervalMs") ?? DEFAULT_HEARTBEAT_INTERVAL_MS;
  const timeoutMs = duration(heartbeat.timeoutMs, "heartbeat.timeoutMs") ?? DEFAULT_HEARTBEAT_TIMEOUT_MS;
  if (intervalMs === 0 || timeoutMs <= intervalMs) {
    throw new ClusterConfigError("heartbeat.timeoutMs must exceed heartbeat.intervalMs, which must be > 0");
  }
  const maxClients = integer(config.maxClients, "maxClients", 1, MAX_CLIENTS) ?? DEFAULT_MAX_CLIENTS;
  const retryTimeoutMs = duration(config.retryTimeoutMs, "retryTimeoutMs") ?? DEFAULT_RETRY_TIMEOUT_MS;
  if (retryTimeoutMs === 0) throw new ClusterConfigError("retryTimeoutMs must be > 0");
  // A fabric is found dead when a request over it goes unanswered for retryTimeoutMs; only then
  // do heartbeats take the other one. Were the monitor's patience shorter, losing one fabric
  // would get a live partner declared down.
  if (fabricCount > 1 && timeoutMs <= retryTimeoutMs + intervalMs) {
    throw new ClusterConfigError(
      `with a duplicate fabric, heartbeat.timeoutMs (${timeoutMs}) must exceed retryTimeoutMs + heartbeat.intervalMs (${retryTimeoutMs + intervalMs})`,
    );
  }
  return {
    name,
    // Per cluster by default, so that two clusters run from one folder keep apart.
    dataDir: optionalString(config.dataDir, "dataDir") ?? join(DEFAULT_DATA_DIR, name),
    raw: config,
    fabric,
    fabrics,
    nodes,
    viLayerMs: duration(config.viLayerMs, "viLayerMs") ?? DEFAULT_VI_LAYER_MS,
    maxClients,
    retryTimeoutMs,
    heartbeat: { intervalMs, timeoutMs },
  };
}

export function loadClusterConfig(path: string): ClusterConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ClusterConfigError(`cannot read cluster config ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return parseClusterConfig(raw);
}

/** The hardware address of `partner`'s card on fabric `fabric`, as `self` reaches it. */
export function partnerCardOn(
  config: ClusterConfig,
  self: NodeConfig,
  partner: string,
  fabric: number,
): number {
  const node = config.nodes.find((n) => n.id === partner && n !== self);
  if (node === undefined) throw new UnknownPartnerError(`${partner} is not a partner of this node`);
  return (node.cards[fabric] ?? node).card;
}

export function nodeById(config: ClusterConfig, id: string): NodeConfig {
  const node = config.nodes.find((n) => n.id === id);
  if (node === undefined) {
    throw new ClusterConfigError(
      `no node ${id} in the cluster (${config.nodes.map((n) => n.id).join(", ")})`,
    );
  }
  return node;
}

function parseNode(
  raw: unknown,
  index: number,
  defaults: { versions: [number, number]; osBootMs: number; memoryBytes: number },
): NodeConfig {
  const node = record(raw, `nodes[${index}]`);
  const id = optionalString(node.id, `nodes[${index}].id`);
  if (id === undefined || id.length > MAX_NODE_ID_CHARS || !ID_PATTERN.test(id)) {
    throw new ClusterConfigError(`nodes[${index}].id must be 1..${MAX_NODE_ID_CHARS} of A-Z a-z 0-9 _ -`);
  }
  const first = cardConfig(node.card, node.fabric, `node ${id}`);
  const cards = [first];
  if (node.duplicate !== undefined) {
    const duplicate = record(node.duplicate, `node ${id} duplicate`);
    cards.push(cardConfig(duplicate.card, duplicate.fabric, `node ${id} duplicate`));
  }
  const [minVersion, maxVersion] = versions(node.versions, `node ${id} versions`) ?? defaults.versions;
  return {
    id,
    index,
    ...first,
    cards,
    clientEndpoint: endpoint(node.clients, `node ${id} clients`),
    minVersion,
    maxVersion,
    osBootMs: duration(node.osBootMs, `node ${id} osBootMs`) ?? defaults.osBootMs,
    memoryBytes: memory(node.memoryBytes, `node ${id} memoryBytes`) ?? defaults.memoryBytes,
  };
}

function cardConfig(card: unknown, fabric: unknown, what: string): CardConfig {
  let address: HardwareAddress;
  try {
    address = parseHardwareAddress(String(card));
  } catch (error) {
    throw new ClusterConfigError(`${what}: ${(error as RdmaError).message}`, { cause: error });
  }
  return { card: address, fabricEndpoint: endpoint(fabric, `${what} fabric`) };
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ClusterConfigError(`${what} must be an object`);
  }
  return value as Record<string, unknown>;
}

function optionalString(value: unknown, what: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new ClusterConfigError(`${what} must be a string`);
  return value;
}

function integer(value: unknown, what: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new ClusterConfigError(
      `${what} must be an integer in ${min}..${max}, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

function duration(value: unknown, what: string): number | undefined {
  return integer(value, `${what} (ms)`, 0, 3_600_000);
}

function memory(value: unknown, what: string): number | undefined {
  const bytes = integer(value, what, MIN_NODE_MEMORY_BYTES, MAX_NODE_MEMORY_BYTES);
  if (bytes !== undefined && bytes % 8 !== 0) throw new ClusterConfigError(`${what} must be a multiple of 8`);
  return bytes;
}

function versions(value: unknown, what: string): [number, number] | undefined {
  if (value === undefined) return undefined;
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !value.every((v) => Number.isInteger(v) && v >= 1 && v <= MAX_VERSION) ||
    value[0] > value[1]
  ) {
    throw new ClusterConfigError(
      `${what} must be [lowest, highest] protocol versions within 1..${MAX_VERSION}`,
    );
  }
  return [value[0], value[1]];
}

function endpoint(value: unknown, what: string): URL {
  let url: URL | undefined;
  try {
    url = typeof value === "string" ? new URL(value) : undefined;
  } catch {}
  if (url === undefined || url.protocol !== "ws:" || url.port === "") {
    throw new ClusterConfigError(`${what} endpoint must be ws://host:port, got ${JSON.stringify(value)}`);
  }
  return url;
}

function unique(values: string[], what: string): void {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) throw new ClusterConfigError(`${what} ${value} appears twice`);
    seen.add(value);
  }
}
