/**
 * The membership and group cores of N nodes over a seeded in-memory network (FIFO links with
 * delays, cut and healed, nodes crashed and restarted): the cores alone, input by input, without
 * the connection manager. The whole-node sim (test/sim/group.test.ts) runs them inside nodes.
 */

import { schedulerClock } from "../../kit/clock.js";
import { CoreDriver } from "../../kit/driver.js";
import { Prng } from "../../kit/prng.js";
import { Scheduler } from "../../kit/scheduler.js";
import { type DeltaInput, DeltaNode, type DeltaOutput } from "../../peers/group/delta-node.js";
import type { Entry, EntryBody } from "../../peers/group/entries.js";
import { instanceId } from "../../peers/group/entries.js";
import { MembershipNode } from "../../peers/membership/membership-node.js";
import type {
  MembershipDurable,
  MembershipInput,
  MembershipOutput,
  MembershipTiming,
} from "../../peers/membership/membership-types.js";

/** A crashed node's channels go down at its partners within this long; a restart waits it out. */
const CHANNEL_DOWN_MS = 220;
const RESTART_MS = CHANNEL_DOWN_MS + 30;
const TIMING: MembershipTiming = {
  heartbeatIntervalMs: 20,
  heartbeatTimeoutMs: 100,
  proposalTimeoutMs: 60,
  settleMs: 10,
};

interface NetNode {
  readonly id: string;
  boot: number;
  up: boolean;
  cms: CoreDriver<MembershipInput, MembershipOutput>;
  delta: CoreDriver<DeltaInput, DeltaOutput>;
  core: DeltaNode;
  membership: MembershipNode;
  /** gseq -> "origin/seq" delivered by this incarnation. */
  delivered: Map<number, string>;
  /** The group history it delivered in (gseqs count within one). */
  history: string;
  instances: string[];
  nextInstance: number;
  nextToken: number;
}

export class GroupNet {
  readonly scheduler = new Scheduler();
  readonly clock = schedulerClock(this.scheduler);
  readonly rng: Prng;
  readonly nodes: NetNode[] = [];
  /** Every incarnation that ever ran, with what it delivered. */
  readonly incarnations: NetNode[] = [];
  private readonly cut = new Set<string>();
  /** Per link "a>b", when its last message arrives (FIFO). */
  private readonly linkTail = new Map<string, number>();
  private readonly channelTail = new Map<string, number>();
  /** What each node's membership daemon keeps across restarts. */
  private readonly disks = new Map<string, MembershipDurable>();
  private nextBoot = 1;
  readonly log: string[] = [];

  constructor(
    readonly ids: readonly string[],
    seed: number,
    /** Messages lost with the channel staying up (a SEND the fabric gave up on), as a rate. */
    private readonly dropRate = 0,
  ) {
    this.rng = new Prng(seed);
    for (const id of ids) this.nodes.push(this.boot(id));
    for (const a of this.nodes) for (const b of this.nodes) if (a !== b) this.linkUp(a, b);
  }

  private boot(id: string): NetNode {
    const boot = this.nextBoot++;
    const durable = this.disks.get(id);
    const membership = new MembershipNode({
      self: id,
      boot,
      nodes: this.ids,
      timing: TIMING,
      ...(durable === undefined ? {} : { durable }),
    });
    const core = new DeltaNode({
      self: id,
      boot,
      timing: { proposalTimeoutMs: 60, commitTimeoutMs: 60, submitTimeoutMs: 300 },
    });
    const node = {
      id,
      boot,
      up: true,
      membership,
      core,
      delivered: new Map(),
      instances: [],
      nextInstance: 1,
      nextToken: 1,
    } as unknown as NetNode;
    node.cms = new CoreDriver(membership, {
      clock: this.clock,
      wakeUp: () => ({ type: "tick" }),
      apply: (outputs) => this.applyCms(node, outputs),
    });
    node.delta = new CoreDriver(core, {
      clock: this.clock,
      wakeUp: () => ({ type: "tick" }),
      apply: (outputs) => this.applyDelta(node, outputs),
    });
    this.incarnations.push(node);
    node.cms.feed({ type: "tick" });
    return node;
  }

  private applyCms(node: NetNode, outputs: readonly MembershipOutput[]): void {
    for (const o of outputs) {
      if (!node.up) return;
      switch (o.type) {
        case "send":
          this.send(node, o.to, (n) => n.cms.feed({ type: "message", from: node.id, message: o.message }));
          break;
        case "notify":
          if (o.notification.type === "view-installed") {
            this.log.push(
              `${this.scheduler.now} ${node.id}/${node.boot} view ${o.notification.view.id} ${o.notification.view.members.map((m) => m.node).join(",")}`,
            );
            const view = o.notification.view;
            this.scheduler.at(this.scheduler.now, () => node.up && node.delta.feed({ type: "view", view }));
          } else if (o.notification.type === "quorum-lost") {
            this.scheduler.at(this.scheduler.now, () => node.up && node.delta.feed({ type: "suspend" }));
          }
          break;
        case "persist":
          this.disks.set(node.id, o.durable);
          break;
        case "reset":
          this.log.push(`${this.scheduler.now} ${node.id}/${node.boot} reset: ${o.reason}`);
          this.scheduler.at(this.scheduler.now, () => this.restart(node.id));
          return;
      }
    }
  }

  private applyDelta(node: NetNode, outputs: readonly DeltaOutput[]): void {
    for (const o of outputs) {
      if (!node.up) return;
      switch (o.type) {
        case "send":
          this.send(node, o.to, (n) => n.delta.feed({ type: "message", from: node.id, message: o.message }));
          break;
        case "deliver": {
          const key = entryKey(o.entry);
          if (node.delivered.has(o.entry.gseq)) throw new Error(`${node.id} delivered ${o.entry.gseq} twice`);
          node.delivered.set(o.entry.gseq, key);
          node.history = node.core.groups?.history ?? "";
          for (const c of o.changes) {
            if (
              c.type === "group-view" &&
              c.joined !== undefined &&
              c.joined.id.startsWith(`${node.id}/${node.boot}/`)
            )
              node.instances.push(c.joined.id);
          }
          break;
        }
        default:
          break;
      }
    }
  }

  private send(from: NetNode, to: string, run: (n: NetNode) => void): void {
    const target = this.nodes.find((n) => n.id === to) as NetNode;
    const link = `${from.id}>${to}`;
    if (this.cut.has(link) || !target.up || (this.dropRate > 0 && this.rng.chance(this.dropRate))) return;
    const at = Math.max(this.scheduler.now + 1 + this.rng.int(5), this.linkTail.get(link) ?? 0);
    this.linkTail.set(link, at);
    const fromBoot = from.boot;
    const toBoot = target.boot;
    this.scheduler.at(at, () => {
      const now = this.nodes.find((n) => n.id === to) as NetNode;
      // A message in flight when a link went down or an end restarted is lost.
      if (this.cut.has(link) || !now.up || now.boot !== toBoot || from.boot !== fromBoot || !from.up) return;
      run(now);
    });
  }

  /** Channel events of one direction of a link happen in order. */
  private channelEventAt(a: string, b: string, delay: number): number {
    const key = `${a}>${b}`;
    const at = Math.max(this.scheduler.now + delay, (this.channelTail.get(key) ?? 0) + 1);
    this.channelTail.set(key, at);
    return at;
  }

  private linkUp(a: NetNode, b: NetNode): void {
    this.scheduler.at(this.channelEventAt(a.id, b.id, 1 + this.rng.int(10)), () => {
      const x = this.nodes.find((n) => n.id === a.id) as NetNode;
      if (x.up && !this.cut.has(`${a.id}>${b.id}`) && (this.nodes.find((n) => n.id === b.id) as NetNode).up) {
        x.cms.feed({ type: "peer-up", peer: b.id });
      }
    });
  }

  private linkDown(a: NetNode, b: string, delay: number): void {
    this.scheduler.at(this.channelEventAt(a.id, b, delay), () => {
      const x = this.nodes.find((n) => n.id === a.id) as NetNode;
      if (x.up) x.cms.feed({ type: "peer-down", peer: b, reason: "cut" });
    });
  }

  crash(id: string): void {
    const node = this.nodes.find((n) => n.id === id) as NetNode;
    if (!node.up) return;
    node.up = false;
    node.cms.stop();
    node.delta.stop();
    this.log.push(`${this.scheduler.now} ${id}/${node.boot} crash`);
    // Its channels go down at the partners after a while (or heartbeats find it first).
    for (const other of this.nodes)
      if (other.up) this.linkDown(other, id, 20 + this.rng.int(CHANNEL_DOWN_MS - 20));
  }

  restart(id: string): void {
    const at = this.nodes.findIndex((n) => n.id === id);
    const old = this.nodes[at] as NetNode;
    if (old.up) this.crash(id);
    const node = this.boot(id);
    this.nodes[at] = node;
    // Its channels come up after the partners saw the old incarnation's go down.
    this.scheduler.at(this.scheduler.now + RESTART_MS, () => {
      if (this.nodes[at] !== node || !node.up) return;
      for (const other of this.nodes) {
        if (other === node || !other.up) continue;
        this.linkUp(node, other);
        this.linkUp(other, node);
      }
    });
  }

  /** Cuts the links between the two sides both ways (and each side's channels go down). */
  partition(side: readonly string[]): void {
    for (const a of this.nodes) {
      for (const b of this.nodes) {
        if (a === b || side.includes(a.id) === side.includes(b.id)) continue;
        this.cut.add(`${a.id}>${b.id}`);
        if (a.up) this.linkDown(a, b.id, 5 + this.rng.int(50));
      }
    }
  }

  heal(): void {
    const links = [...this.cut];
    this.cut.clear();
    for (const link of links) {
      const [a, b] = link.split(">") as [string, string];
      const x = this.nodes.find((n) => n.id === a) as NetNode;
      const y = this.nodes.find((n) => n.id === b) as NetNode;
      if (x.up && y.up) this.linkUp(x, y);
    }
  }

  /** A new instance of `group` on node `id` (a join). */
  join(id: string, group: string): void {
    const node = this.nodes.find((n) => n.id === id) as NetNode;
    if (!node.up) return;
    const instance = instanceId({ node: id, boot: node.boot }, node.nextInstance++);
    this.submit(node, { type: "join", instance: { id: instance, group, critical: false } });
  }

  /** A message from one of the node's instances, if it has one. */
  send1(id: string, payload: string): void {
    const node = this.nodes.find((n) => n.id === id) as NetNode;
    const instance = node.instances[0];
    if (!node.up || instance === undefined) return;
    this.submit(node, { type: "message", group: "g", instance, payload: new TextEncoder().encode(payload) });
  }

  private submit(node: NetNode, body: EntryBody): void {
    node.delta.feed({ type: "submit", token: node.nextToken++, body });
  }

  run(untilMs: number): void {
    while (this.scheduler.peekTime() <= untilMs) this.scheduler.runNext();
    this.scheduler.now = Math.max(this.scheduler.now, untilMs);
  }

  /** Agreement: no two incarnations delivered different entries at one gseq; none delivered one entry twice. */
  checkAgreement(): string[] {
    const errors: string[] = [];
    const at = new Map<string, string>();
    for (const inc of this.incarnations) {
      const seen = new Set<string>();
      for (const [gseq, key] of inc.delivered) {
        const other = at.get(`${inc.history} ${gseq}`);
        if (other !== undefined && other !== key)
          errors.push(`gseq ${gseq}: ${other} vs ${key} at ${inc.id}/${inc.boot}`);
        at.set(`${inc.history} ${gseq}`, key);
        if (key.endsWith("/0")) continue;
        if (seen.has(key)) errors.push(`${inc.id}/${inc.boot} delivered ${key} twice`);
        seen.add(key);
      }
    }
    return errors;
  }
}

function entryKey(entry: Entry): string {
  return `${entry.origin.node}/${entry.origin.boot}/${entry.seq}`;
}
