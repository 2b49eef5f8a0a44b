/**
 * The sequence service in the whole-node sim: every node hosts the real SeqService (the code a
 * node emulator hosts) in ClusterSim, over the real connection managers, sessions and channels,
 * on SimFabric cards, with a SimDisk each. Callers on every node keep asking for numbers through
 * the node's OS gate, as clients would, and record a history for the checker.
 *
 * The harness also plays the heartbeat monitor (peers/heartbeat.ts), which the sim does not
 * host: a node that cannot hear a partner (a cut link, a hung OS) declares it down after
 * DETECT_MS, as missed heartbeats would make it.
 */
import { ClusterSim } from "../../../ccm/sim/cluster-sim.js";
import { seq } from "../../../proto/generated/seq.js";
import { longToSafeInteger } from "../../../proto/int64.js";
import type { LinkFaults } from "../../../rdma-emu/index.js";
import { History } from "../history.js";
import type { Layout } from "../messages.js";
import type { SeqTiming } from "../node-types.js";
import { SEQ_SERVICE, SeqService } from "../seq-service.js";
import { SimDisk } from "./sim-disk.js";

export interface SeqClusterOptions {
  readonly seed: number;
  readonly nodes: number;
  /** 2: every node has a second card on a duplicate fabric. */
  readonly fabrics?: number;
  readonly timing?: SeqTiming;
  readonly blockSize?: number;
  /** Calls each node's callers keep in flight. */
  readonly depth?: number;
  /** Callers pause 0..thinkMs between calls (drawn per call; default 20). */
  readonly thinkMs?: number;
  /** Keep the fabrics' event trace (for replay comparison). */
  readonly trace?: boolean;
}

/** How long a partner's heartbeats may be missing before its monitor declares it down. */
const DETECT_MS = 150;
const DEFAULT_THINK_MS = 20;

export class SeqCluster {
  readonly sim: ClusterSim;
  readonly history = new History();
  private readonly disks: SimDisk[];
  /** The highest number each node's callers have received (callers outlive a node's crash). */
  private readonly floors: number[];
  /** Each node's boots: a caller belongs to one, and stops with it. */
  private readonly boots: number[];
  private nextOp = 1;

  constructor(private readonly options: SeqClusterOptions) {
    const ids = Array.from({ length: options.nodes }, (_, i) => `n${i}`);
    this.floors = ids.map(() => 0);
    this.boots = ids.map(() => 0);
    this.disks = ids.map(
      (id) =>
        new SimDisk(
          `${id}/seq-state.json`,
          (delayMs, run) => this.sim.scheduler.after(delayMs, run),
          () => this.sim.rng.next(),
        ),
    );
    this.sim = new ClusterSim({
      seed: options.seed,
      nodes: options.nodes,
      fabrics: options.fabrics ?? 1,
      trace: options.trace ?? false,
      services: (node) => [
        new SeqService({
          nodes: ids,
          store: (this.disks[node] as SimDisk).open(),
          ...(options.timing === undefined ? {} : { timing: options.timing }),
          ...(options.blockSize === undefined ? {} : { blockSize: options.blockSize }),
        }),
      ],
      onStarted: (node) => this.startCallers(node),
    });
  }

  get now(): number {
    return this.sim.now;
  }

  get fabrics(): number {
    return this.options.fabrics ?? 1;
  }

  id(index: number): string {
    return this.sim.id(index);
  }

  /** The layout node `index` has installed, while it is up. */
  layout(index: number): Layout | undefined {
    return (this.sim.service(index, SEQ_SERVICE) as SeqService | undefined)?.layout;
  }

  /** The layout any live node has installed. */
  anyLayout(): Layout | undefined {
    for (let i = 0; i < this.options.nodes; i++) {
      const layout = this.layout(i);
      if (layout !== undefined) return layout;
    }
    return undefined;
  }

  at(time: number, run: () => void): void {
    this.sim.scheduler.at(time, run);
  }

  runUntil(time: number): void {
    this.sim.runUntil(time);
  }

  runFor(ms: number): void {
    this.sim.runFor(ms);
  }

  crash(index: number): void {
    if (this.sim.isUp(index)) this.sim.crash(index);
  }

  restart(index: number): void {
    if (!this.sim.isUp(index)) this.sim.restart(index);
  }

  rebootHost(index: number): void {
    this.sim.rebootHost(index);
  }

  /** The node's OS hangs: its partners' monitors miss its heartbeats and declare it down. */
  hang(index: number): void {
    this.sim.hang(index);
    this.detect(() => this.sim.isUp(index), index, undefined);
  }

  recover(index: number): void {
    this.sim.recover(index);
  }

  /**
   * Cuts the frames from `from` to `to` on `fabric` (both ways with `twoWay`). On the only fabric
   * both monitors miss heartbeats (one way is enough: the other's answers are lost) and declare
   * each other down; over a second fabric the node's fabric policy takes it alone.
   */
  cut(from: number, to: number, twoWay: boolean, fabric = 0): void {
    const faults: LinkFaults = { partitioned: true };
    this.sim.setFaults(from, to, faults, fabric);
    if (twoWay) this.sim.setFaults(to, from, faults, fabric);
    if ((this.options.fabrics ?? 1) > 1) return;
    this.detect(() => true, from, to);
    this.detect(() => true, to, from);
  }

  heal(from: number, to: number, fabric = 0): void {
    this.sim.setFaults(from, to, {}, fabric);
    this.sim.setFaults(to, from, {}, fabric);
  }

  /** Loss, duplication and jitter on the frames from `from` to `to` (on every fabric). */
  degrade(from: number, to: number, faults: LinkFaults): void {
    for (let f = 0; f < (this.options.fabrics ?? 1); f++) this.sim.setFaults(from, to, faults, f);
  }

  /** Calls completed on each node since `since`. */
  completedSince(since: number): Map<string, number> {
    const invoked = new Map<string, string>();
    const counts = new Map<string, number>();
    for (const e of this.history.entries) {
      if (e.type === "invoke") invoked.set(e.op, e.node);
      else if (e.type === "ok" && e.at >= since) {
        const node = invoked.get(e.op) as string;
        counts.set(node, (counts.get(node) ?? 0) + 1);
      }
    }
    return counts;
  }

  /**
   * After DETECT_MS, while `still()` holds, `node`'s partners (or only `partner`, when given)
   * declare `node` down: their monitors found its heartbeats missing.
   */
  private detect(still: () => boolean, node: number, partner: number | undefined): void {
    this.sim.scheduler.after(DETECT_MS, () => {
      if (!still()) return;
      for (let other = 0; other < this.options.nodes; other++) {
        if (other !== node && (partner === undefined || other === partner)) this.sim.declareDown(other, node);
      }
    });
  }

  /** Each of a node's `depth` callers: a call, an answer, a pause, the next call. */
  private startCallers(node: number): void {
    const boot = (this.boots[node] ?? 0) + 1;
    this.boots[node] = boot;
    for (let i = 0; i < (this.options.depth ?? 2); i++) this.call(node, boot);
  }

  /** One call, of a random size (often one number, sometimes a batch). */
  private call(node: number, boot: number): void {
    if (this.boots[node] !== boot || !this.sim.isUp(node)) return;
    const { rng } = this.sim;
    const count = rng.chance(0.2) ? 1 + rng.int(64) : 1;
    const op = `${this.id(node)}-${this.nextOp++}`;
    this.history.invoke(op, this.id(node), this.now, count);
    const payload = seq.SeqCall.encode({ next: { count, floor: this.floors[node] ?? 0 } }).finish();
    this.sim.callService(node, SEQ_SERVICE, payload, (result) => {
      if (result instanceof Error) {
        this.history.fail(op, this.now, (result as { code?: string }).code ?? result.message);
      } else {
        const next = seq.SeqCallReply.decode(result).next;
        const start = longToSafeInteger(next?.start ?? 0) ?? 0;
        this.history.ok(op, this.now, start, count);
        this.floors[node] = Math.max(this.floors[node] as number, start + count - 1);
      }
      this.sim.scheduler.after(rng.next() * (this.options.thinkMs ?? DEFAULT_THINK_MS), () =>
        this.call(node, boot),
      );
    });
  }
}
