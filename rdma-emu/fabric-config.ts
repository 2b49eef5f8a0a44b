import { readFileSync } from "node:fs";
import { ConfigError } from "./errors.js";
import { formatHardwareAddress, type HardwareAddress, parseHardwareAddress } from "./hardware-address.js";

/** Shortest cluster secret accepted: it is the only thing between a port and everyone's memory. */
export const MIN_SECRET_BYTES = 16;

/** One fabric: its id, the shared secret of its links, and where each card's link endpoint is. */
export interface FabricConfig {
  readonly fabricId: number;
  readonly secret: Uint8Array;
  readonly cards: ReadonlyMap<HardwareAddress, URL>;
}

/**
 * Validates a fabric config as found in a cluster file:
 * `{ "fabricId": 1, "secret": "...", "cards": { "0x0a0001": "ws://127.0.0.1:7101", ... } }`.
 */
export function parseFabricConfig(raw: unknown): FabricConfig {
  if (typeof raw !== "object" || raw === null) throw new ConfigError("fabric config must be an object");
  const { fabricId, secret, cards } = raw as Record<string, unknown>;
  if (typeof fabricId !== "number" || !Number.isInteger(fabricId) || fabricId < 0 || fabricId > 0xffffffff) {
    throw new ConfigError(`fabricId must be a 32-bit unsigned integer, got ${JSON.stringify(fabricId)}`);
  }
  if (typeof secret !== "string" || Buffer.byteLength(secret) < MIN_SECRET_BYTES) {
    throw new ConfigError(`secret must be a string of at least ${MIN_SECRET_BYTES} bytes`);
  }
  if (typeof cards !== "object" || cards === null || Array.isArray(cards)) {
    throw new ConfigError(
      'cards must map hardware addresses to endpoints, e.g. {"0x0a0001": "ws://127.0.0.1:7101"}',
    );
  }
  const endpoints = new Map<HardwareAddress, URL>();
  for (const [address, endpoint] of Object.entries(cards)) {
    const hardwareAddress = parseHardwareAddress(address);
    if (endpoints.has(hardwareAddress)) {
      throw new ConfigError(`card ${formatHardwareAddress(hardwareAddress)} is listed twice`);
    }
    endpoints.set(hardwareAddress, parseEndpoint(endpoint, address));
  }
  if (endpoints.size === 0) throw new ConfigError("a fabric needs at least one card");
  return { fabricId, secret: new Uint8Array(Buffer.from(secret)), cards: endpoints };
}

export function loadFabricConfig(path: string): FabricConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new ConfigError(`cannot read fabric config ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parseFabricConfig(raw);
}

/** The JSON form of a config (for handing it to a child process). */
export function fabricConfigToJson(config: FabricConfig): object {
  return {
    fabricId: config.fabricId,
    secret: Buffer.from(config.secret).toString(),
    cards: Object.fromEntries(
      [...config.cards].map(([address, url]) => [formatHardwareAddress(address), url.href]),
    ),
  };
}

function parseEndpoint(endpoint: unknown, address: string): URL {
  let url: URL | undefined;
  try {
    url = typeof endpoint === "string" ? new URL(endpoint) : undefined;
  } catch {}
  if (url === undefined || url.protocol !== "ws:" || url.port === "") {
    throw new ConfigError(
      `card ${address}: endpoint must be ws://host:port, got ${JSON.stringify(endpoint)}`,
    );
  }
  return url;
}
