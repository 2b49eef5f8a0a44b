/**
 * Services a node hosts in-process: peer processes of the storage OS (004 claims 20, 23) that run
 * inside the node emulator instead of as client processes of it, for hot paths where the hops to
 * a separate process would cost more than the service's own work. A hosted service is a client of
 * the connection manager like any other (a name, ports toward every partner, memory), paired with
 * the service of the same name on each partner. ccm defines this contract only; the services live
 * above it (peers/) and the command line hands them to the node.
 *
 * The contract is callback-based and every effect goes through the host (time, timers, randomness,
 * work deferred to the end of the turn), so the whole-node sim (ccm/sim/cluster-sim.ts) hosts the
 * same service on its virtual clock, deterministically.
 *
 * Sessions: a call comes with its ServiceCaller, the client connection it came from. A service may
 * keep it to push events to that client (membership views, delivered messages) until it hears the
 * connection close. A push counts against the connection's unread-output limits like any reply: a
 * client that does not read is cut off (push returns false, onClose runs), never buffered without
 * bound. A close that happens later reaches onClose listeners through the OS gate, after the turn
 * that closed the connection, so a service never hears of a close inside its own push.
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
  /** Uniform in [0, 1) (seeded in the sim). */
  random(): number;
  /** Runs `work` once the work of this turn is done (to batch what one turn produced). */
  defer(work: () => void): void;
  /**
   * Two-sided message to the counterpart service on `partner` (port 0). `done` is told how it
   * ended: undefined once delivered, else a CcmError (no channel, the fabric gave up).
   */
  send(partner: string, data: Uint8Array, done?: (error: Error | undefined) => void): void;
  /** The service's registered memory (partners may reach it by RDMA over its ports). */
  writeWord(offset: number, value: bigint): void;
  readWord(offset: number): bigint;
  /** Runs `work` as the storage OS runs anything: held while it is hung, dropped once it panicked. */
  run(work: () => void): void;
  /**
   * The service cannot go on (a critical daemon failed): its node resets as after a crash. Every
   * service stops, every client connection closes, the cards go down, and the node boots again
   * with a new boot incarnation and services built afresh. Takes effect after the current turn;
   * a second request in the same boot counts once.
   */
  resetNode(reason: string): void;
}

/** The client connection a call came from: a service may keep it to push events to, and hears when it closes. */
export interface ServiceCaller {
  /** Unique among the node's connections for the node process's lifetime. */
  readonly id: number;
  /** Sends the client an event of this service (Event.service_event). Returns false if the connection is closed (or was just closed because it reads too slowly). */
  push(payload: Uint8Array): boolean;
  /** `listener` runs once when the connection closes (at once if it is closed already). */
  onClose(listener: () => void): void;
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
   * A client's call; `done` is called once, with the reply payload or an Error whose string
   * `code` goes back to the caller as it is (a service's own stable codes). `caller` is the
   * connection it came from, for a service that keeps sessions (most ignore it).
   */
  call(payload: Uint8Array, done: (result: Uint8Array | Error) => void, caller: ServiceCaller): void;
  stop(): void;
}
