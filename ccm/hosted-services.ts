/**
 * The services a node hosts in-process (ccm/service.ts). Once the storage OS is up each registers
 * as a client of the connection managers, gets its ServiceHost (the node's clock, the fabrics
 * toward its counterparts, words of its registered memory, the OS gate) and starts; other clients
 * reach it with service calls, and its own error codes go back to them as they are.
 */
import type { Logger } from "pino";
import type { Clock } from "../kit/clock.js";
import type { HostMemory } from "../rdma-emu/index.js";
import type { ClientEventBody, ReplyResult } from "./client-codec.js";
import type { ClientRequest, LocalClient } from "./client-registry.js";
import { BadRequestError, ServiceCallError } from "./errors.js";
import type { FabricRouter } from "./fabric-router.js";
import type { OsGate } from "./os-gate.js";
import type { NodeService } from "./service.js";

const WORD_BYTES = 8;

/** What the node lends its services. */
export interface ServiceHostingContext {
  readonly node: string;
  readonly partners: () => readonly string[];
  readonly logger: Logger;
  readonly clock: Clock;
  readonly gate: OsGate;
  readonly memory: HostMemory;
  readonly fabrics: FabricRouter;
  /** Registers a client on every card (throws a CcmError when the node cannot). */
  readonly register: (request: ClientRequest) => LocalClient;
  /** From now on the manager's events for client `name` go to `sink`. */
  readonly attach: (name: string, sink: { event(event: ClientEventBody): void }) => void;
}

export class HostedServices {
  constructor(
    private readonly services: readonly NodeService[],
    private readonly context: ServiceHostingContext,
  ) {}

  /** Registers and starts every service (the storage OS is up). */
  startAll(): void {
    for (const service of this.services) this.start(service);
  }

  stopAll(): void {
    for (const service of this.services) service.stop();
  }

  /** A client's call to the service `name`; its reply, or its error with the service's own code. */
  async call(name: string, payload: Uint8Array): Promise<ReplyResult> {
    const service = this.services.find((s) => s.name === name);
    if (service === undefined) throw new BadRequestError(`this node hosts no service ${name}`);
    try {
      return { kind: "data", data: await service.call(payload) };
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      throw typeof code === "string" ? new ServiceCallError(code, (error as Error).message) : error;
    }
  }

  private start(service: NodeService): void {
    const { context } = this;
    let client: LocalClient;
    try {
      client = context.register({
        name: service.name,
        ports: service.ports,
        memoryBytes: service.memoryBytes,
        monitor: false,
      });
    } catch (error) {
      context.logger.error(
        { event: "service-failed", service: service.name, err: (error as Error).message },
        "service %s cannot register",
        service.name,
      );
      return;
    }
    context.attach(service.name, { event: (event) => service.event(event) });
    const region = client.region;
    const at = (offset: number) => {
      if (
        region === undefined ||
        offset < 0 ||
        offset + WORD_BYTES > region.length ||
        offset % WORD_BYTES !== 0
      ) {
        throw new BadRequestError(`word ${offset} is outside the service's ${region?.length ?? 0} bytes`);
      }
      return region.address + offset;
    };
    service.start({
      node: context.node,
      partners: context.partners(),
      logger: context.logger.child({ service: service.name }),
      clock: context.clock,
      send: (partner, data) => context.fabrics.send(service.name, partner, 0, data),
      writeWord: (offset, value) => context.memory.writeWord(at(offset), value),
      readWord: (offset) => context.memory.readWord(at(offset)),
      run: (work) => context.gate.run(work),
    });
    context.logger.info(
      { event: "service-started", service: service.name },
      "service %s started",
      service.name,
    );
  }
}
