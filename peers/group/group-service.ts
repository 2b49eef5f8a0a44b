/**
 * The group daemon in the real runtime and the whole-node sim: DeltaNode and InstanceMonitor
 * hosted by the node (a ccm NodeService named "gcd"), fed views by the node's membership daemon
 * (003: the GCD registers with the CMS). Its messages go, several to a SEND, over the "gcd"
 * channel to the counterpart daemons.
 *
 * Application instances are client connections (local-instances.ts): a Register call makes one
 * (named by this daemon: "<node>/<incarnation>/<n>"), and the connection then receives its
 * group's views and messages and the daemon's Pings as pushed GroupEvents. A call that names an
 * instance is refused unless the instance is this connection's own: nobody acts in another's
 * name. A failed instance (connection closed, ping unanswered, check failed) leaves its group in
 * an unknown state; a critical one resets the node (003: the GCD exits, the CMD exits, the node
 * is reset), unless it unregistered first.
 */
import type { ClientEventBody } from "../../ccm/client-codec.js";
import type { NodeService, ServiceCaller, ServiceHost } from "../../ccm/service.js";
import { CoreDriver } from "../../kit/driver.js";
import { LogLimiter } from "../../kit/log-limiter.js";
import { group as wire } from "../../proto/generated/group.js";
import { longToSafeInteger } from "../../proto/int64.js";
import { BAD_MESSAGE_LINES_PER_SECOND, type MembershipService } from "../membership/membership-service.js";
import { type AppCheck, AppMonitor, type CheckRunner } from "./app-monitor.js";
import { type DeltaInput, DeltaNode, type DeltaOutput, type DeltaTiming } from "./delta-node.js";
import type { Entry, EntryBody } from "./entries.js";
import { instanceId } from "./entries.js";
import {
  GroupBadRequestError,
  GroupProtocolError,
  GroupRefusedError,
  GroupUnavailableError,
} from "./errors.js";
import type { GroupChange } from "./group-state.js";
import {
  InstanceMonitor,
  type MonitorInput,
  type MonitorOutput,
  type MonitorTiming,
} from "./instance-monitor.js";
import { LocalInstances } from "./local-instances.js";
import { type DeltaMessage, decodeDeltaBatch, isGroupName, MAX_PAYLOAD_BYTES } from "./messages.js";
import { Outbox } from "./outbox.js";
import { type CallKind, PendingCalls } from "./pending-calls.js";

export const GROUP_SERVICE = "gcd";
/** A call not delivered in this long answers E_GROUP_UNAVAILABLE (it may still be delivered later). */
export const DEFAULT_CALL_TIMEOUT_MS = 10_000;

export interface GroupServiceOptions {
  /** Every configured node, in index order. */
  readonly nodes: readonly string[];
  /** The node's membership daemon (started before this one). */
  readonly membership: MembershipService;
  readonly timing?: DeltaTiming;
  readonly monitor?: MonitorTiming;
  readonly callTimeoutMs?: number;
  /**
   * Test hook (ccm node --test-hooks): kills the node at once. With it, an ArmCrash call makes the
   * node die just after it next sends a Propose or a Commit as the coordinator (integration tests
   * of the seed's coordinator-failure rules); without it, ArmCrash is refused.
   */
  readonly crash?: () => void;
  /** The application monitor's checks (those of applications active on this node run here). */
  readonly apps?: { readonly checks: readonly AppCheck[]; readonly run: CheckRunner };
}

/** How long after the armed message was handed to the fabric the node dies (it is on the wire). */
const ARMED_CRASH_DELAY_MS = 2;

type Done = (result: Uint8Array | Error) => void;

export class GroupService implements NodeService {
  readonly name = GROUP_SERVICE;
  readonly ports = 1;
  readonly memoryBytes = 0;
  private host: ServiceHost | undefined;
  private core: DeltaNode | undefined;
  private driver: CoreDriver<DeltaInput, DeltaOutput> | undefined;
  private monitor: CoreDriver<MonitorInput, MonitorOutput> | undefined;
  private readonly instances = new LocalInstances();
  private pending: PendingCalls | undefined;
  private nextInstance = 1;
  private outbox: Outbox | undefined;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;
  private badMessages: LogLimiter | undefined;
  private appMonitor: AppMonitor | undefined;
  /** The message type (propose, commit) after whose sending the node dies (test hook). */
  private armed: "propose" | "commit" | undefined;
  private crashAfterFlush = false;

  constructor(private readonly options: GroupServiceOptions) {}

  /** The running core (tests, the sim). */
  get node(): DeltaNode | undefined {
    return this.core;
  }

  start(host: ServiceHost): void {
    this.host = host;
    this.pending = new PendingCalls(
      host.clock,
      this.options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
      (call) => {
        if (call.kind === "register") this.instances.drop(call.instance);
      },
    );
    this.outbox = new Outbox(host, () => this.afterFlush());
    this.badMessages = new LogLimiter(host.clock, BAD_MESSAGE_LINES_PER_SECOND);
    const boot = this.options.membership.boot;
    this.core = new DeltaNode({
      self: host.node,
      boot,
      ...(this.options.timing === undefined ? {} : { timing: this.options.timing }),
    });
    this.driver = new CoreDriver(this.core, {
      clock: host.clock,
      wakeUp: () => ({ type: "tick" }),
      apply: (outputs) => this.apply(outputs),
    });
    this.monitor = new CoreDriver(new InstanceMonitor(this.options.monitor), {
      clock: host.clock,
      wakeUp: () => ({ type: "tick" }),
      apply: (outputs) => this.applyMonitor(outputs),
    });
    this.unsubscribe = this.options.membership.subscribe((n) => {
      if (n.type === "view-installed") this.feed({ type: "view", view: n.view });
      else if (n.type === "quorum-lost") this.feed({ type: "suspend" });
    });
    const view = this.options.membership.node?.view;
    if (view !== undefined && view.id > 0) this.feed({ type: "view", view });
    const apps = this.options.apps;
    const checks = apps?.checks.filter((check) => check.node === host.node) ?? [];
    if (apps !== undefined && checks.length > 0) {
      this.appMonitor = new AppMonitor(this, host.clock, host.logger, apps.run, checks);
      this.appMonitor.start();
    }
  }

  /** The application monitor found an instance's application dead: it fails as if unanswering. */
  checkFailed(instance: string, reason: string): void {
    this.monitorFeed({ type: "failed-check", instance, reason });
  }

  stop(): void {
    this.stopped = true;
    this.unsubscribe?.();
    this.appMonitor?.stop();
    this.outbox?.close();
    this.driver?.stop();
    this.monitor?.stop();
    this.pending?.failAll(new GroupUnavailableError("the group daemon is stopping"));
  }

  event(event: ClientEventBody): void {
    switch (event.type) {
      case "message": {
        let messages: DeltaMessage[];
        try {
          messages = decodeDeltaBatch(event.data, this.options.nodes);
        } catch (error) {
          if (!(error instanceof GroupProtocolError)) throw error;
          this.badMessages?.line((dropped) =>
            this.host?.logger.warn(
              { event: "bad-peer-message", partner: event.partner, code: error.code, dropped },
              "dropped a group message: %s",
              error.message,
            ),
          );
          return;
        }
        for (const message of messages) this.feed({ type: "message", from: event.partner, message });
        break;
      }
      default:
        break;
    }
  }

  call(payload: Uint8Array, done: Done, caller: ServiceCaller): void {
    let call: wire.GroupCall;
    try {
      call = wire.GroupCall.decode(payload);
    } catch (error) {
      done(new GroupBadRequestError(`undecodable group call: ${(error as Error).message}`));
      return;
    }
    const core = this.core;
    if (core === undefined || this.stopped) {
      done(new GroupUnavailableError("the group daemon is not running on this node"));
      return;
    }
    try {
      if (call.register) this.register(call.register, done, caller);
      else if (call.send) this.send(call.send, done, caller);
      else if (call.unregister) this.unregister(call.unregister, done, caller);
      else if (call.pong) this.pong(call.pong, done, caller);
      else if (call.groups) done(wire.GroupReply.encode({ groups: this.groups(core) }).finish());
      else if (call.armCrash) this.arm(call.armCrash.phase ?? "", done);
      else throw new GroupBadRequestError("group call without a known body");
    } catch (error) {
      done(error as Error);
    }
  }

  // --- calls ------------------------------------------------------------------------------

  private register(request: wire.IRegisterRequest, done: Done, caller: ServiceCaller): void {
    const group = request.group ?? "";
    if (!isGroupName(group))
      throw new GroupBadRequestError("a group name is 1..64 printable ASCII characters");
    this.instances.checkRoom(caller.id);
    const id = instanceId(
      { node: (this.host as ServiceHost).node, boot: this.options.membership.boot },
      this.nextInstance++,
    );
    this.instances.reserve(id, group, request.critical === true, caller);
    this.submit(
      { type: "join", instance: { id, group, critical: request.critical === true } },
      "register",
      id,
      done,
    );
  }

  private send(request: wire.ISendRequest, done: Done, caller: ServiceCaller): void {
    const instance = this.instances.ownRegistered(request.instance ?? "", caller.id);
    const payload = request.payload ?? new Uint8Array(0);
    if (payload.length > MAX_PAYLOAD_BYTES)
      throw new GroupBadRequestError(
        `a payload is at most ${MAX_PAYLOAD_BYTES} bytes, got ${payload.length}`,
      );
    this.submit(
      { type: "message", group: instance.group, instance: instance.id, payload },
      "send",
      instance.id,
      done,
    );
  }

  private unregister(request: wire.IUnregisterRequest, done: Done, caller: ServiceCaller): void {
    const instance = this.instances.ownRegistered(request.instance ?? "", caller.id);
    // It leaves by its own will: its failure from now on is no failure (a critical one resets nothing).
    instance.leaving = true;
    this.monitorFeed({ type: "unwatch", instance: instance.id });
    this.submit(
      { type: "leave", instance: instance.id, state: "unregistered", reason: "unregistered" },
      "unregister",
      instance.id,
      done,
    );
  }

  private pong(request: wire.IPongRequest, done: Done, caller: ServiceCaller): void {
    const instance = this.instances.ownRegistered(request.instance ?? "", caller.id);
    const nonce = longToSafeInteger(request.nonce ?? 0);
    if (nonce === undefined) throw new GroupBadRequestError("nonce out of range");
    this.monitorFeed({ type: "pong", instance: instance.id, nonce });
    done(wire.GroupReply.encode({ ok: true }).finish());
  }

  private arm(phase: string, done: Done): void {
    if (this.options.crash === undefined) throw new GroupBadRequestError("test hooks are off on this node");
    if (phase !== "proposal" && phase !== "commit")
      throw new GroupBadRequestError(`no crash phase ${JSON.stringify(phase.slice(0, 32))}`);
    this.armed = phase === "proposal" ? "propose" : "commit";
    (this.host as ServiceHost).logger.warn(
      { event: "crash-armed", phase },
      "test hook: this node dies after its next %s",
      phase,
    );
    done(wire.GroupReply.encode({ ok: true }).finish());
  }

  private groups(core: DeltaNode): wire.IGroupsReply {
    const state = core.groups;
    return {
      view: core.currentEpoch,
      coordinator: core.coordinator ?? "",
      delivered: core.deliveredUpTo,
      groups: (state?.list() ?? []).map(({ name, instances }) => ({
        name,
        instances: instances.map((i) => ({
          id: i.id,
          node: i.id.slice(0, i.id.indexOf("/")),
          critical: i.critical,
          state: this.instances.stateOf(i.id),
        })),
      })),
    };
  }

  private submit(body: EntryBody, kind: CallKind, instance: string, done: Done): void {
    const token = (this.pending as PendingCalls).add(kind, instance, done);
    this.feed({ type: "submit", token, body });
  }

  // --- the core's outputs -----------------------------------------------------------------

  private feed(input: DeltaInput): void {
    if (!this.stopped) this.driver?.feed(input);
  }

  private monitorFeed(input: MonitorInput): void {
    if (!this.stopped) this.monitor?.feed(input);
  }

  private apply(outputs: readonly DeltaOutput[]): void {
    for (const output of outputs) {
      switch (output.type) {
        case "send":
          this.queue(output.to, output.message);
          break;
        case "submitted":
          this.pending?.numbered(output.token, output.seq);
          break;
        case "refused":
          this.settle(output.token, new GroupRefusedError(output.reason));
          break;
        case "deliver":
          this.delivered(output.entry, output.changes);
          break;
        case "recovered":
          (this.host as ServiceHost).logger.info(
            {
              event: "group-recovered",
              view: output.epoch,
              coordinator: output.coordinator,
              gseq: output.gseq,
            },
            "group daemon in view %d (coordinator %s) from gseq %d",
            output.epoch,
            output.coordinator,
            output.gseq,
          );
          break;
      }
    }
  }

  private delivered(entry: Entry, changes: readonly GroupChange[]): void {
    const own =
      entry.origin.node === (this.host as ServiceHost).node &&
      entry.origin.boot === this.options.membership.boot;
    const token = own ? this.pending?.take(entry.seq) : undefined;
    for (const change of changes) {
      if (change.type === "join-refused") {
        if (token !== undefined) this.settle(token, new GroupRefusedError(change.reason));
        this.instances.drop(change.instance.id);
        continue;
      }
      if (change.type === "group-view" && change.joined !== undefined && own) {
        // The other members hear of it; the joiner (not registered yet) gets its reply instead.
        this.instances.deliver(change);
        this.joined(token, change);
        continue;
      }
      this.instances.deliver(change);
      if (change.type === "group-view" && change.left !== undefined) this.left(change.left.instance.id);
    }
    if (token === undefined) return;
    if (entry.body.type === "message")
      this.settle(token, wire.GroupReply.encode({ sent: entry.gseq }).finish());
    else if (entry.body.type === "leave") this.settle(token, wire.GroupReply.encode({ ok: true }).finish());
  }

  /** This daemon's instance joined: it is registered, watched, and told its group. */
  private joined(token: number | undefined, change: Extract<GroupChange, { type: "group-view" }>): void {
    const joined = change.joined as { id: string; group: string; critical: boolean };
    const instance = this.instances.registered(joined.id);
    if (instance === undefined) {
      // Its caller gave up waiting (the call timed out): it must not stay a member.
      const reason = "its registration was abandoned";
      this.feed({
        type: "submit",
        token: 0,
        body: { type: "leave", instance: joined.id, state: "unknown", reason },
      });
      return;
    }
    this.monitorFeed({ type: "watch", instance: joined.id, critical: joined.critical, pinged: true });
    instance.caller.onClose(() => this.closed(joined.id));
    if (token === undefined) return;
    const history = this.core?.groups?.history ?? "";
    this.settle(
      token,
      wire.GroupReply.encode({
        registered: {
          instance: joined.id,
          gseq: change.gseq,
          history,
          group: { name: change.group, instances: change.members.map((id) => ({ id })) },
        },
      }).finish(),
    );
  }

  /** An instance of this daemon left its group (by unregistering, or failed): forget it. */
  private left(id: string): void {
    if (this.instances.drop(id)) this.monitorFeed({ type: "unwatch", instance: id });
  }

  private closed(id: string): void {
    const instance = this.instances.get(id);
    if (instance === undefined || instance.leaving) return;
    this.monitorFeed({ type: "closed", instance: id });
  }

  private applyMonitor(outputs: readonly MonitorOutput[]): void {
    const host = this.host as ServiceHost;
    for (const output of outputs) {
      if (output.type === "ping") {
        this.instances.ping(output.instance, output.nonce);
        continue;
      }
      const instance = this.instances.get(output.instance);
      if (instance === undefined || instance.leaving) continue;
      instance.leaving = true;
      host.logger.warn(
        {
          event: "instance-failed",
          instance: output.instance,
          group: instance.group,
          critical: output.critical,
          reason: output.reason,
        },
        "instance %s of group %s failed: %s",
        output.instance,
        instance.group,
        output.reason,
      );
      if (output.critical) {
        // 003: the GCD exits, the CMD exits with it, and the node is reset.
        host.resetNode(
          `critical instance ${output.instance} of group ${instance.group} failed: ${output.reason}`,
        );
        return;
      }
      this.feed({
        type: "submit",
        token: 0,
        body: { type: "leave", instance: output.instance, state: "unknown", reason: output.reason },
      });
    }
  }

  private settle(token: number, result: Uint8Array | Error): void {
    const call = this.pending?.settle(token, result);
    if (call?.kind === "register" && result instanceof Error) this.instances.drop(call.instance);
  }

  private queue(to: string, message: DeltaMessage): void {
    if (this.armed === message.type && this.core?.coordinator === (this.host as ServiceHost).node)
      this.crashAfterFlush = true;
    this.outbox?.queue(to, message);
  }

  /** The crash test hook: the armed message is handed to the fabric; the node dies right after. */
  private afterFlush(): void {
    if (!this.crashAfterFlush || this.options.crash === undefined) return;
    const host = this.host as ServiceHost;
    this.crashAfterFlush = false;
    host.logger.warn({ event: "crash-now", after: this.armed }, "test hook: dying after a %s", this.armed);
    host.clock.at(host.clock.now() + ARMED_CRASH_DELAY_MS, this.options.crash);
  }
}
