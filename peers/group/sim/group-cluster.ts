/**
 * Membership and group communication in the whole-node sim: every node hosts the real
 * MembershipService and GroupService in ClusterSim, over the real connection managers, sessions
 * and channels, on SimFabric cards; its membership store (in memory) outlives its boots.
 *
 * Application instances are sim clients (SimCaller): each registers in group "g" through its
 * node's OS gate, answers the daemon's pings, sends messages now and then, and records every
 * event it receives as a DeliveryRecord for the checker (delivery-checker.ts). An instance dies
 * with its node's boot; a new boot starts new ones.
 */
import { ClusterSim } from "../../../ccm/sim/cluster-sim.js";
import { SimCaller } from "../../../ccm/sim/sim-caller.js";
import { group as wire } from "../../../proto/generated/group.js";
import { longToSafeInteger } from "../../../proto/int64.js";
import type { LinkFaults } from "../../../rdma-emu/index.js";
import { MEMBERSHIP_SERVICE, MembershipService } from "../../membership/membership-service.js";
import { MemoryMembershipStorage } from "../../membership/membership-store.js";
import type { MembershipTiming } from "../../membership/membership-types.js";
import type { AppCheck, CheckRunner } from "../app-monitor.js";
import type { DeliveryRecord } from "../delivery-records.js";
import type { DeltaTiming } from "../delta-node.js";
import { GROUP_SERVICE, GroupService } from "../group-service.js";
import type { MonitorTiming } from "../instance-monitor.js";

export const SIM_MEMBERSHIP_TIMING: MembershipTiming = {
  heartbeatIntervalMs: 40,
  heartbeatTimeoutMs: 200,
  proposalTimeoutMs: 80,
  settleMs: 10,
};
export const SIM_DELTA_TIMING: DeltaTiming = {
  proposalTimeoutMs: 80,
  commitTimeoutMs: 80,
  submitTimeoutMs: 300,
};
export const SIM_MONITOR_TIMING: MonitorTiming = { intervalMs: 50, timeoutMs: 400 };
const GROUP = "g";
/** An instance that could not register, or was dropped, tries again after this long. */
const REGISTER_RETRY_MS = 100;

export interface GroupClusterOptions {
  readonly seed: number;
  readonly nodes: number;
  /** Instances each boot of a node starts (default 2). */
  readonly instances?: number;
  /** Chance that an instance is critical (its failure resets its node). */
  readonly criticalRate?: number;
  /** Instances pause 0..thinkMs between messages (default 30). */
  readonly thinkMs?: number;
  readonly trace?: boolean;
  /** Applications for the application monitor, with a check runner the test controls. */
  readonly apps?: { readonly checks: readonly AppCheck[]; readonly run: CheckRunner };
}

interface App {
  readonly node: number;
  readonly caller: SimCaller;
  readonly critical: boolean;
  id: string | undefined;
  history: string;
  /** Registered and not left (what an `end` record says). */
  member: boolean;
  sent: number;
}

export class GroupCluster {
  readonly sim: ClusterSim;
  readonly records: DeliveryRecord[] = [];
  readonly apps: App[] = [];
  private readonly storages: MemoryMembershipStorage[];
  private nextCaller = 1;
  /** Apps stop sending (the run is winding down). */
  quiet = false;

  constructor(private readonly options: GroupClusterOptions) {
    const ids = Array.from({ length: options.nodes }, (_, i) => `n${i}`);
    this.storages = ids.map(() => new MemoryMembershipStorage());
    this.sim = new ClusterSim({
      seed: options.seed,
      nodes: options.nodes,
      trace: options.trace ?? false,
      services: (node) => {
        const membership = new MembershipService({
          nodes: ids,
          storage: this.storages[node] as MemoryMembershipStorage,
          timing: SIM_MEMBERSHIP_TIMING,
        });
        const group = new GroupService({
          nodes: ids,
          membership,
          timing: SIM_DELTA_TIMING,
          monitor: SIM_MONITOR_TIMING,
          callTimeoutMs: 2000,
          ...(options.apps === undefined ? {} : { apps: options.apps }),
        });
        return [membership, group];
      },
      onStarted: (node) => this.startApps(node),
    });
  }

  get now(): number {
    return this.sim.now;
  }

  membership(index: number): MembershipService | undefined {
    return this.sim.service(index, MEMBERSHIP_SERVICE) as MembershipService | undefined;
  }

  group(index: number): GroupService | undefined {
    return this.sim.service(index, GROUP_SERVICE) as GroupService | undefined;
  }

  runFor(ms: number): void {
    this.sim.runFor(ms);
  }

  /** Cuts the link between two nodes both ways, or heals it. */
  cut(a: number, b: number, faults: LinkFaults = { partitioned: true }): void {
    this.sim.setFaults(a, b, faults);
    this.sim.setFaults(b, a, faults);
  }

  heal(a: number, b: number): void {
    this.cut(a, b, {});
  }

  /** An instance dies without unregistering (its client connection closes). */
  kill(app: App): void {
    app.caller.close();
  }

  /** The end of a run: `end` records for the instances still registered on live nodes. */
  finish(): void {
    for (const app of this.apps) {
      if (app.member && app.id !== undefined && !app.caller.closed && this.sim.isUp(app.node)) {
        this.records.push({ member: app.id, history: app.history, group: GROUP, type: "end" });
      }
    }
  }

  private startApps(node: number): void {
    const { rng } = this.sim;
    for (let i = 0; i < (this.options.instances ?? 2); i++) {
      const critical = rng.chance(this.options.criticalRate ?? 0);
      const app: App = {
        node,
        caller: new AppCaller(this.nextCaller++, (payload) =>
          this.sim.scheduler.after(0, () => this.event(app, payload)),
        ),
        critical,
        id: undefined,
        history: "",
        member: false,
        sent: 0,
      };
      this.apps.push(app);
      this.register(app);
    }
  }

  /** Registers the app's instance; again after a failure, or once the group dropped it. */
  private register(app: App): void {
    if (app.caller.closed || !this.sim.isUp(app.node)) return;
    const again = () => this.sim.scheduler.after(REGISTER_RETRY_MS, () => this.register(app));
    this.call(
      app,
      { register: { group: GROUP, critical: app.critical } },
      (reply) => {
        const registered = reply.registered;
        if (registered === null || registered === undefined) return;
        app.id = registered.instance ?? "";
        app.history = registered.history ?? "";
        app.member = true;
        this.records.push({
          member: app.id,
          history: app.history,
          group: GROUP,
          type: "joined",
          gseq: longToSafeInteger(registered.gseq ?? 0) ?? 0,
          members: (registered.group?.instances ?? []).map((m) => m.id ?? ""),
        });
        this.sendLater(app);
      },
      again,
    );
  }

  private sendLater(app: App): void {
    const { rng } = this.sim;
    this.sim.scheduler.after(rng.next() * (this.options.thinkMs ?? 30), () => {
      if (this.quiet || !app.member || app.caller.closed) return;
      const payload = new TextEncoder().encode(`${app.id}#${++app.sent}`);
      this.call(
        app,
        { send: { instance: app.id as string, payload } },
        () => this.sendLater(app),
        () => this.sendLater(app),
      );
    });
  }

  private call(
    app: App,
    call: wire.IGroupCall,
    ok: (reply: wire.GroupReply) => void,
    failed?: () => void,
  ): void {
    if (app.caller.closed || !this.sim.isUp(app.node)) return;
    const payload = wire.GroupCall.encode(call).finish();
    this.sim.callService(
      app.node,
      GROUP_SERVICE,
      payload,
      (result) => {
        if (result instanceof Error) failed?.();
        else ok(wire.GroupReply.decode(result));
      },
      app.caller,
    );
  }

  private event(app: App, payload: Uint8Array): void {
    if (app.caller.closed || app.id === undefined) return;
    const event = wire.GroupEvent.decode(payload);
    const base = { member: app.id, history: app.history, group: GROUP };
    if (event.ping) {
      this.call(app, { pong: { instance: app.id, nonce: event.ping.nonce ?? 0 } }, () => {});
    } else if (event.delivery) {
      const d = event.delivery;
      const from = d.from ?? "";
      const node = from.slice(0, from.lastIndexOf("/"));
      this.records.push({
        ...base,
        type: "message",
        gseq: longToSafeInteger(d.gseq ?? 0) ?? 0,
        id: `${node}/${String(d.seq)}`,
        from,
      });
    } else if (event.view) {
      const v = event.view;
      const left = v.left ?? "";
      this.records.push({
        ...base,
        type: "view",
        gseq: longToSafeInteger(v.gseq ?? 0) ?? 0,
        members: [...(v.members ?? [])],
        ...(v.joined ? { joined: v.joined } : {}),
        ...(left !== ""
          ? { left, leftState: v.leftState === wire.ExitState.UNREGISTERED ? "unregistered" : "unknown" }
          : {}),
      });
      if (left === app.id) {
        // Dropped from the group (it did not answer in time): a supervisor starts it again.
        app.member = false;
        this.sim.scheduler.after(REGISTER_RETRY_MS, () => this.register(app));
      }
    }
  }
}

/** A sim client connection that hands each push to the app (in a later event, as a socket would). */
class AppCaller extends SimCaller {
  constructor(
    id: number,
    private readonly received: (payload: Uint8Array) => void,
  ) {
    super(id);
  }

  override push(payload: Uint8Array): boolean {
    const ok = super.push(payload);
    if (ok) this.received(payload);
    return ok;
  }
}
