/**
 * A node's fabrics as its clients see them: one connection manager per fabric, the fabric policy
 * (fabric-policy.ts) run by the one core driver, the router that carries clients' requests, the
 * clients registered on every fabric (one memory range, lent to all of them) and where each
 * client's events go. The node emulator and the whole-node sim both compose a node from it, so
 * the sim runs the node's own policy.
 */
import type { Clock } from "../kit/clock.js";
import { CoreDriver } from "../kit/driver.js";
import type { HostMemory } from "../rdma-emu/index.js";
import type { ClientEventBody } from "./client-codec.js";
import type { ClientRequest, LocalClient, MemoryRange } from "./client-registry.js";
import { ResourceError } from "./errors.js";
import { FabricPolicy, type FabricPolicyInput, type FabricPolicyOutput } from "./fabric-policy.js";
import { type FabricPath, FabricRouter } from "./fabric-router.js";
import type { ManagerEvent } from "./manager-events.js";
import type { MemoryPool } from "./memory-pool.js";

/** Whoever receives a client's events: a client connection, or a hosted service. */
export interface ClientSink {
  event(event: ClientEventBody): void;
}

export interface NodeFabricsOptions {
  /** How many fabrics the node has; `paths` fills up to that as its cards come up. */
  readonly fabrics: number;
  readonly paths: readonly FabricPath[];
  readonly memory: HostMemory;
  /** Client memory, lent once per client and registered on every card. */
  readonly pool: MemoryPool;
  readonly clock: Clock;
}

export class NodeFabrics {
  readonly router: FabricRouter;
  private readonly policy: FabricPolicy;
  private readonly driver: CoreDriver<FabricPolicyInput, FabricPolicyOutput>;
  private readonly sinks = new Map<string, ClientSink>();
  private readonly lent = new Map<string, MemoryRange>();

  constructor(private readonly options: NodeFabricsOptions) {
    this.policy = new FabricPolicy(options.fabrics);
    this.driver = new CoreDriver(this.policy, {
      clock: options.clock,
      wakeUp: () => {
        throw new Error("the fabric policy has no timers");
      },
      apply: (outputs) => this.apply(outputs),
    });
    this.router = new FabricRouter(options.paths, this.policy, (fabric, partner, status, detail) =>
      this.driver.feed({ type: "request-failed", fabric, partner, status, detail }),
    );
  }

  private get first(): FabricPath {
    return this.options.paths[0] as FabricPath;
  }

  /** What fabric `fabric`'s manager reported. */
  managerEvent(fabric: number, event: ManagerEvent): void {
    this.driver.feed({ type: "manager-event", fabric, event });
  }

  /** From now on client `name`'s events go to `sink`. */
  attach(name: string, sink: ClientSink): void {
    this.sinks.set(name, sink);
  }

  /** Client `name`'s events go nowhere any more (it is leaving). */
  detach(name: string): void {
    this.sinks.delete(name);
  }

  sinkOf(name: string): ClientSink | undefined {
    return this.sinks.get(name);
  }

  /** Tells a client that just registered which partners are ready and which channels are up. */
  registered(name: string): void {
    this.driver.feed({ type: "client-registered", client: name });
  }

  /** Registers a client on every fabric's manager: one memory range, lent to all of them. */
  register(request: ClientRequest): LocalClient {
    const { paths, pool, memory } = this.options;
    let range: MemoryRange | undefined;
    if (request.memoryBytes > 0 && this.first.manager.clients.get(request.name) === undefined) {
      range = pool.allocate(request.memoryBytes);
      if (range === undefined) {
        throw new ResourceError(
          `${request.memoryBytes} bytes of memory asked, the node has ${pool.available} free for clients`,
        );
      }
      memory.write(range.address, new Uint8Array(range.length));
    }
    const registered: FabricPath[] = [];
    try {
      for (const path of paths) {
        path.manager.registerClient(request, range);
        registered.push(path);
      }
    } catch (error) {
      for (const path of registered) path.manager.unregisterClient(request.name);
      if (range !== undefined) pool.release(range);
      throw error;
    }
    if (range !== undefined) this.lent.set(request.name, range);
    return this.first.manager.clients.get(request.name) as LocalClient;
  }

  /** The client left: its ports and memory are released, its events go nowhere. */
  unregister(name: string): void {
    this.sinks.delete(name);
    for (const path of this.options.paths) path.manager.unregisterClient(name);
    const range = this.lent.get(name);
    this.lent.delete(name);
    if (range !== undefined) this.options.pool.release(range);
  }

  channelUp(client: string, partner: string): boolean {
    return this.options.paths.some((p) => p.manager.partner(partner)?.channel(client) !== undefined);
  }

  private apply(outputs: readonly FabricPolicyOutput[]): void {
    for (const output of outputs) {
      if (output.type === "give-up") {
        this.options.paths[output.fabric]?.manager.partnerDown(output.partner, output.reason);
      } else if (output.client === undefined) {
        for (const sink of this.sinks.values()) sink.event(output.event);
      } else {
        this.sinks.get(output.client)?.event(output.event);
      }
    }
  }
}
