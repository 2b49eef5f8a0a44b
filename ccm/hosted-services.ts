/**
 * The services a node hosts in-process (ccm/service.ts). Once the storage OS is up each registers
 * as a client of the connection managers, gets its ServiceHost (the node's clock, the fabrics
 * toward its counterparts, words of its registered memory, the OS gate) and starts; other clients
 * reach it with service calls, and its own error codes go back to them as they are. A call comes
 * with its caller (the connection), which the service may keep to push events to.
 */
import type { Logger } from "pino";
import type { Clock } from "../kit/clock.js";
import type { HostMemory } from "../rdma-emu/index.js";
import type { ReplyResult } from "./client-codec.js";
import type { LocalClient } from "./client-registry.js";
import { BadRequestError, ServiceCallError } from "./errors.js";
import type { NodeFabrics } from "./node-fabrics.js";
import type { OsGate } from "./os-gate.js";
import type { NodeService, ServiceCaller } from "./service.js";

const WORD_BYTES = 8;

/** What the node lends its services. */
export interface ServiceHostingContext {
  readonly node: string;
  readonly partners: () => readonly string[];
  readonly logger: Logger;
  readonly clock: Clock;
  readonly gate: OsGate;
  readonly memory: HostMemory;
  readonly fabrics: NodeFabrics;
  /** Uniform in [0, 1) (the sim's is seeded). */
  readonly random: () => number;
  /** Runs work once this turn's work is done (a microtask; in the sim, a zero-delay event). */
  readonly defer: (work: () => void) => void;
  /** A service asked for the node to reset (ServiceHost.resetNode). */
  readonly resetNode: (reason: string) => void;
}

/** The client connection a call came from, as the node has it (ccm/client-connection.ts). */
export interface CallingConnection {
  readonly id: number;
  /** Closing or closed: nothing more is sent on it. */
  readonly isClosed: boolean;
  /** Queues a service's event; false when the connection is (or just got) closed. */
  serviceEvent(service: string, payload: Uint8Array): boolean;
  /** Runs `listener` once, when the connection closes (at once if it has). */
  onClose(listener: () => void): void;
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

  /** The hosted service called `name`, if there is one. */
  get(name: string): NodeService | undefined {
    return this.services.find((s) => s.name === name);
  }

  /** A client's call to the service `name`; its reply, or its error with the service's own code. */
  call(name: string, payload: Uint8Array, connection: CallingConnection): Promise<ReplyResult> {
    const service = this.get(name);
    if (service === undefined)
      return Promise.reject(new BadRequestError(`this node hosts no service ${name}`));
    return new Promise((resolve, reject) =>
      service.call(
        payload,
        (result) => {
          if (!(result instanceof Error)) return resolve({ kind: "data", data: result });
          const code = (result as { code?: unknown }).code;
          reject(typeof code === "string" ? new ServiceCallError(code, result.message) : result);
        },
        this.caller(service, connection),
      ),
    );
  }

  /**
   * The connection as `service` sees it: its pushes are that service's events, and a close it
   * hears later comes through the OS gate after the turn that closed the connection (never inside
   * the service's own push, never after its boot is gone).
   */
  private caller(service: NodeService, connection: CallingConnection): ServiceCaller {
    const { context } = this;
    return {
      id: connection.id,
      push: (payload) => connection.serviceEvent(service.name, payload),
      onClose: (listener) => {
        if (connection.isClosed) listener();
        else connection.onClose(() => context.defer(() => context.gate.run(listener)));
      },
    };
  }

  private start(service: NodeService): void {
    const { context } = this;
    let client: LocalClient;
    try {
      client = context.fabrics.register({
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
    context.fabrics.attach(service.name, { event: (event) => service.event(event) });
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
      random: context.random,
      defer: context.defer,
      send: (partner, data, done) => {
        let refused: Error | undefined;
        try {
          context.fabrics.router.send(service.name, partner, 0, data, (result) =>
            done?.(result instanceof Error ? result : undefined),
          );
        } catch (error) {
          refused = error as Error;
        }
        // Outside the try: `done` runs once, and what it throws is its own.
        if (refused !== undefined) done?.(refused);
      },
      writeWord: (offset, value) => context.memory.writeWord(at(offset), value),
      readWord: (offset) => context.memory.readWord(at(offset)),
      run: (work) => context.gate.run(work),
      resetNode: (reason) => context.resetNode(reason),
    });
    // As a client registering does, the service hears which partners and channels are up.
    context.fabrics.registered(service.name);
    context.logger.info(
      { event: "service-started", service: service.name },
      "service %s started",
      service.name,
    );
  }
}
