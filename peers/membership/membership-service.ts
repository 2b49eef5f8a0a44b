/**
 * The membership daemon in the real runtime and the whole-node sim: MembershipNode hosted by the
 * node (a ccm NodeService named "cms"). Its messages go one per SEND over the "cms" channel to
 * the counterpart daemon on every partner; its promises go to a MembershipStorage before anything
 * that follows them is sent. Subscribers hear the three kinds of notification: in-process (the
 * group daemon, the failover manager) through `subscribe`, clients through a Watch call (pushed
 * to their connection as MembershipEvents until it closes).
 *
 * The daemon is the node (003): when a quorum left this node out of a view, the service resets
 * the node (ServiceHost.resetNode); a store that cannot be read or written leaves the daemon down
 * on this node (logged once, E_MEMBERSHIP_STORE), which its partners see as the node leaving.
 */
import type { ClientEventBody } from "../../ccm/client-codec.js";
import type { NodeService, ServiceCaller, ServiceHost } from "../../ccm/service.js";
import { CoreDriver } from "../../kit/driver.js";
import { LogLimiter } from "../../kit/log-limiter.js";
import { membership as wire } from "../../proto/generated/membership.js";
import {
  MembershipBadRequestError,
  MembershipProtocolError,
  MembershipStoreError,
  MembershipUnavailableError,
} from "./errors.js";
import { MembershipNode } from "./membership-node.js";
import type { MembershipStorage } from "./membership-store.js";
import type {
  MembershipInput,
  MembershipNotification,
  MembershipOutput,
  MembershipTiming,
} from "./membership-types.js";
import { type CmsMessage, decodeCmsMessage, encodeCmsMessage, viewToWire } from "./messages.js";
import { coordinatorOf } from "./view.js";

export const MEMBERSHIP_SERVICE = "cms";
/** Clients watching at once; a Watch beyond it is refused (each costs a push per notification). */
export const MAX_WATCHERS = 64;
/** Lines about malformed peer messages per second, at most (the rest are counted). */
export const BAD_MESSAGE_LINES_PER_SECOND = 5;
/** Incarnations are 1..2^32-1 (a proto uint32, never 0). */
const MAX_INCARNATION = 0xffff_ffff;

export type MembershipListener = (notification: MembershipNotification) => void;

export interface MembershipServiceOptions {
  /** Every configured node, in index order. */
  readonly nodes: readonly string[];
  readonly storage: MembershipStorage;
  readonly timing?: MembershipTiming;
}

export class MembershipService implements NodeService {
  readonly name = MEMBERSHIP_SERVICE;
  readonly ports = 1;
  readonly memoryBytes = 0;
  private host: ServiceHost | undefined;
  private core: MembershipNode | undefined;
  private driver: CoreDriver<MembershipInput, MembershipOutput> | undefined;
  private readonly listeners = new Set<MembershipListener>();
  private readonly watchers = new Map<number, ServiceCaller>();
  private down: MembershipStoreError | undefined;
  private stopped = false;
  /** This daemon's incarnation (a member of views is a daemon incarnation). */
  private incarnation = 0;
  private badMessages: LogLimiter | undefined;

  constructor(private readonly options: MembershipServiceOptions) {}

  get boot(): number {
    return this.incarnation;
  }

  /** The running core (tests, the sim, the group daemon). */
  get node(): MembershipNode | undefined {
    return this.core;
  }

  /** Hears every notification from now on; returns the unsubscribe. */
  subscribe(listener: MembershipListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(host: ServiceHost): void {
    this.host = host;
    this.badMessages = new LogLimiter(host.clock, BAD_MESSAGE_LINES_PER_SECOND);
    this.incarnation = 1 + Math.floor(host.random() * (MAX_INCARNATION - 1));
    let durable: ReturnType<MembershipStorage["load"]>;
    try {
      durable = this.options.storage.load();
    } catch (error) {
      this.fail(error);
      return;
    }
    this.core = new MembershipNode({
      self: host.node,
      boot: this.incarnation,
      nodes: this.options.nodes,
      ...(this.options.timing === undefined ? {} : { timing: this.options.timing }),
      ...(durable === undefined ? {} : { durable }),
    });
    this.driver = new CoreDriver(this.core, {
      clock: host.clock,
      wakeUp: () => ({ type: "tick" }),
      apply: (outputs) => this.apply(outputs),
    });
    host.logger.info(
      { event: "membership-started", incarnation: this.incarnation },
      "membership daemon started",
    );
    this.driver.feed({ type: "tick" });
  }

  stop(): void {
    this.stopped = true;
    this.driver?.stop();
    this.watchers.clear();
  }

  event(event: ClientEventBody): void {
    switch (event.type) {
      case "channel-up":
        this.feed({ type: "peer-up", peer: event.partner });
        break;
      case "channel-down":
      case "partner-down":
        this.feed({ type: "peer-down", peer: event.partner, reason: event.reason });
        break;
      case "message": {
        let message: CmsMessage;
        try {
          message = decodeCmsMessage(event.data, this.options.nodes);
        } catch (error) {
          if (!(error instanceof MembershipProtocolError)) throw error;
          this.badMessages?.line((dropped) =>
            this.host?.logger.warn(
              { event: "bad-peer-message", partner: event.partner, code: error.code, dropped },
              "dropped a membership message: %s",
              error.message,
            ),
          );
          return;
        }
        this.feed({ type: "message", from: event.partner, message });
        break;
      }
      default:
        break;
    }
  }

  call(payload: Uint8Array, done: (result: Uint8Array | Error) => void, caller: ServiceCaller): void {
    let call: wire.MembershipCall;
    try {
      call = wire.MembershipCall.decode(payload);
    } catch (error) {
      done(new MembershipBadRequestError(`undecodable membership call: ${(error as Error).message}`));
      return;
    }
    if (this.down !== undefined) {
      done(new MembershipStoreError(`the membership daemon is down on this node: ${this.down.message}`));
      return;
    }
    const core = this.core;
    if (core === undefined || this.stopped) {
      done(new MembershipUnavailableError("the membership daemon is not running on this node"));
      return;
    }
    if (call.status) {
      done(wire.MembershipReply.encode({ status: this.status(core) }).finish());
    } else if (call.watch) {
      if (!this.watchers.has(caller.id) && this.watchers.size >= MAX_WATCHERS) {
        done(new MembershipUnavailableError(`${MAX_WATCHERS} clients watch the membership already`));
        return;
      }
      if (!this.watchers.has(caller.id)) {
        this.watchers.set(caller.id, caller);
        caller.onClose(() => this.watchers.delete(caller.id));
      }
      done(wire.MembershipReply.encode({ watching: true }).finish());
    } else {
      done(new MembershipBadRequestError("membership call without a known body"));
    }
  }

  private status(core: MembershipNode): wire.IMembershipStatus {
    const view = core.view;
    return {
      node: (this.host as ServiceHost).node,
      view: viewToWire(view),
      coordinator: coordinatorOf(view) ?? "",
      suspended: core.suspended,
      nodes: core.states(),
    };
  }

  private feed(input: MembershipInput): void {
    if (!this.stopped) this.driver?.feed(input);
  }

  private apply(outputs: readonly MembershipOutput[]): void {
    const host = this.host as ServiceHost;
    for (const output of outputs) {
      switch (output.type) {
        case "persist":
          try {
            this.options.storage.save(output.durable);
          } catch (error) {
            // A promise that cannot be kept must not be given: the daemon stops here.
            this.fail(error);
            return;
          }
          break;
        case "send":
          host.send(output.to, encodeCmsMessage(output.message));
          break;
        case "notify":
          this.notify(output.notification);
          break;
        case "reset":
          host.logger.warn(
            { event: "membership-excluded", reason: output.reason },
            "this node was left out: %s",
            output.reason,
          );
          host.resetNode(`membership: ${output.reason}`);
          return;
      }
    }
  }

  private notify(notification: MembershipNotification): void {
    const host = this.host as ServiceHost;
    logNotification(host, notification);
    for (const listener of this.listeners) listener(notification);
    if (this.watchers.size === 0) return;
    const event = wire.MembershipEvent.encode(eventToWire(notification)).finish();
    for (const caller of [...this.watchers.values()])
      if (!caller.push(event)) this.watchers.delete(caller.id);
  }

  private fail(error: unknown): void {
    this.down =
      error instanceof MembershipStoreError
        ? error
        : new MembershipStoreError(`membership store: ${(error as Error).message}`, { cause: error });
    this.driver?.stop();
    this.core = undefined;
    this.host?.logger.error(
      { event: "membership-store-failed", code: this.down.code, path: this.options.storage.path },
      "membership daemon down on this node: %s",
      this.down.message,
    );
  }
}

function eventToWire(n: MembershipNotification): wire.IMembershipEvent {
  switch (n.type) {
    case "view-installed":
      return {
        viewInstalled: {
          view: viewToWire(n.view),
          coordinator: n.coordinator,
          joined: [...n.joined],
          left: [...n.left],
        },
      };
    case "node-suspected":
      return { nodeSuspected: { node: n.node, reason: n.reason, view: n.view } };
    case "quorum-lost":
      return { quorumLost: { view: n.view, alive: [...n.alive] } };
  }
}

function logNotification(host: ServiceHost, n: MembershipNotification): void {
  switch (n.type) {
    case "view-installed":
      host.logger.info(
        {
          event: "view-installed",
          view: n.view.id,
          coordinator: n.coordinator,
          members: n.view.members.map((m) => m.node),
          joined: n.joined,
          left: n.left,
        },
        "view %d installed: %s",
        n.view.id,
        n.view.members.map((m) => m.node).join(", "),
      );
      break;
    case "node-suspected":
      host.logger.info(
        { event: "node-suspected", node: n.node, reason: n.reason },
        "%s suspected: %s",
        n.node,
        n.reason,
      );
      break;
    case "quorum-lost":
      host.logger.warn(
        { event: "quorum-lost", view: n.view, alive: n.alive },
        "view %d lost its quorum: this node delivers nothing new until a new view",
        n.view,
      );
      break;
  }
}
