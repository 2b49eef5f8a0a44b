/**
 * Services a node hosts in-process: peer processes of the storage OS (004 claims 20, 23) that run
 * inside the node emulator instead of as client processes of it, for hot paths where the hops to
 * a separate process would cost more than the service's own work. A hosted service is a client of
 * the connection manager like any other (a name, ports toward every partner, memory), paired with
 * the service of the same name on each partner. ccm defines this contract only; the services live
 * above it (peers/) and the command line hands them to the node.
 */
import type { Logger } from "pino";
import type { Clock } from "../kit/clock.js";
import type { ClientEventBody } from "./client-codec.js";

export interface ServiceHost {
  /** This node's id, and its partners'. */
  readonly node: string;
  readonly partners: readonly string[];
  readonly logger: Logger;
  /** Time and timers of the storage OS: they stand still while it is hung. */
  readonly clock: Clock;
  /** Two-sided message to the counterpart service on `partner` (port 0); rejects with a CcmError. */
  send(partner: string, data: Uint8Array): Promise<void>;
  /** The service's registered memory (partners may reach it by RDMA over its ports). */
  writeWord(offset: number, value: bigint): void;
  readWord(offset: number): bigint;
  /** Runs `work` as the storage OS runs anything: held while it is hung, dropped once it panicked. */
  run(work: () => void): void;
}

export interface NodeService {
  /** Its client name (unique on the node; the same on every node). */
  readonly name: string;
  readonly ports: number;
  readonly memoryBytes: number;
  /** The storage OS is up and the service registered: it may start working. */
  start(host: ServiceHost): void;
  /** What the manager tells the service's client: partners and channels, messages from counterparts. */
  event(event: ClientEventBody): void;
  /**
   * A client's call. Resolves with the reply payload; rejects with an Error whose string `code`
   * goes back to the caller as it is (a service's own stable codes).
   */
  call(payload: Uint8Array): Promise<Uint8Array>;
  stop(): void;
}
