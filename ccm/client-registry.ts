/**
 * The node's local clients and what they hold on the card: per client a protection domain of its
 * own, `ports` VIs toward every partner, and one registered memory region that the counterpart
 * clients reach over those VIs (and only over them: the region lives in the client's domain).
 */
import { Access, type MemoryRegion } from "../rdma-emu/index.js";
import { MAX_CLIENT_NAME_CHARS, MAX_PORTS_PER_CLIENT } from "./constants.js";
import { BadRequestError, DuplicateClientError, ResourceError } from "./errors.js";
import type { MemoryPool } from "./memory-pool.js";
import type { NodeCard } from "./node-card.js";
import type { LocalPorts } from "./session.js";

export interface ClientRequest {
  readonly name: string;
  readonly ports: number;
  readonly memoryBytes: number;
  readonly monitor: boolean;
}

export interface MemoryRange {
  readonly address: number;
  readonly length: number;
}

export interface LocalClient extends ClientRequest {
  readonly protectionDomain: number;
  /** Undefined when the client asked for no memory. */
  readonly region: MemoryRegion | undefined;
  /** The pool range behind the region (page-rounded), when this registry allocated it. */
  readonly memoryRange: MemoryRange | undefined;
  /** The client's VIs toward each partner, port 0 first. */
  readonly vis: ReadonlyMap<string, readonly number[]>;
}

const CLIENT_ACCESS = Access.LOCAL_WRITE | Access.REMOTE_READ | Access.REMOTE_WRITE | Access.REMOTE_ATOMIC;
/** Printable names without spaces: they appear in logs, status and on the partner. */
const NAME_PATTERN = /^[\x21-\x7e]+$/;

export class ClientRegistry {
  private readonly clients = new Map<string, LocalClient>();
  /** Protection domain 0 belongs to the firmware and the manager. */
  private nextDomain = 1;

  constructor(
    private readonly card: NodeCard,
    private readonly pool: MemoryPool,
    private readonly partners: readonly string[],
    private readonly maxClients: number,
  ) {}

  get(name: string): LocalClient | undefined {
    return this.clients.get(name);
  }

  all(): LocalClient[] {
    return [...this.clients.values()];
  }

  /**
   * Allocates what the client asks for, or throws (and holds nothing) when the node cannot.
   * With `lent`, the memory is that range, allocated (and released) by whoever lent it.
   */
  register(request: ClientRequest, lent?: MemoryRange): LocalClient {
    validate(request);
    if (this.clients.has(request.name)) {
      throw new DuplicateClientError(`a client named ${request.name} is already registered`);
    }
    if (this.clients.size >= this.maxClients) {
      throw new ResourceError(`the node serves at most ${this.maxClients} clients`);
    }
    const owned =
      lent === undefined && request.memoryBytes > 0 ? this.pool.allocate(request.memoryBytes) : undefined;
    const range = lent ?? owned;
    if (request.memoryBytes > 0 && range === undefined) {
      throw new ResourceError(
        `${request.memoryBytes} bytes of memory asked, the node has ${this.pool.available} free for clients`,
      );
    }
    const protectionDomain = this.nextDomain++;
    const created: number[] = [];
    let region: MemoryRegion | undefined;
    try {
      const vis = new Map<string, number[]>();
      for (const partner of this.partners) {
        const ports: number[] = [];
        for (let port = 0; port < request.ports; port++) {
          const vi = this.card.createVi(protectionDomain);
          created.push(vi);
          ports.push(vi);
        }
        vis.set(partner, ports);
      }
      if (range !== undefined) {
        if (owned !== undefined) this.card.memory.write(range.address, new Uint8Array(range.length));
        region = this.card.registerRegion({
          address: range.address,
          length: request.memoryBytes,
          access: CLIENT_ACCESS,
          protectionDomain,
        });
      }
      const client: LocalClient = { ...request, protectionDomain, region, memoryRange: owned, vis };
      this.clients.set(request.name, client);
      return client;
    } catch (error) {
      for (const vi of created) this.card.destroyVi(vi);
      if (owned !== undefined) this.pool.release(owned);
      throw new ResourceError(`the card cannot hold the client's ports: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }

  /** Releases everything the client held; its VIs' outstanding work is flushed. */
  unregister(name: string): LocalClient | undefined {
    const client = this.clients.get(name);
    if (client === undefined) return undefined;
    this.clients.delete(name);
    for (const ports of client.vis.values()) for (const vi of ports) this.card.destroyVi(vi);
    if (client.region !== undefined) this.card.deregisterRegion(client.region);
    if (client.memoryRange !== undefined) this.pool.release(client.memoryRange);
    return client;
  }

  /** The client's side of its ports toward `partner`, as the session describes it. */
  portsToward(name: string, partner: string): LocalPorts | undefined {
    const client = this.clients.get(name);
    const vis = client?.vis.get(partner);
    if (client === undefined || vis === undefined) return undefined;
    return {
      client: name,
      vis,
      memoryAddress: client.region?.address ?? 0,
      memoryLength: client.region?.length ?? 0,
      rkey: client.region?.rkey ?? 0,
    };
  }
}

function validate(request: ClientRequest): void {
  if (
    request.name.length === 0 ||
    request.name.length > MAX_CLIENT_NAME_CHARS ||
    !NAME_PATTERN.test(request.name)
  ) {
    throw new BadRequestError(
      `client name must be 1..${MAX_CLIENT_NAME_CHARS} printable characters without spaces`,
    );
  }
  if (!Number.isInteger(request.ports) || request.ports < 1 || request.ports > MAX_PORTS_PER_CLIENT) {
    throw new ResourceError(`a client may have 1..${MAX_PORTS_PER_CLIENT} ports, asked ${request.ports}`);
  }
  if (!Number.isInteger(request.memoryBytes) || request.memoryBytes < 0) {
    throw new BadRequestError(`memory must be a whole number of bytes, asked ${request.memoryBytes}`);
  }
}
