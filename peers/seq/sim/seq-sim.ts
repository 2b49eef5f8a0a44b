/**
 * The sequence service in the sim runtime: every node's SeqNode in one process on a virtual
 * clock, over a message network where one seeded PRNG decides delays (hence reordering), loss,
 * duplication, partitions, crashes and restarts. Each node has a disk (durable writes land after
 * a delay and survive crashes; writes in flight at a crash are lost) and callers that keep asking
 * for numbers and record a history. Messages go through the real codec. Peer liveness (what the
 * connection manager would report) follows crashes and partitions after a detection delay.
 */
import { Prng } from "../../../kit/prng.js";
import { Scheduler } from "../../../kit/scheduler.js";
import { History } from "../history.js";
import { decodeBatch, encodeBatch, type SeqMessage } from "../messages.js";
import {
  type DurableState,
  EMPTY_DURABLE_STATE,
  type SeqInput,
  SeqNode,
  type SeqOutput,
  type SeqTiming,
} from "../seq-node.js";

export interface SeqSimOptions {
  readonly seed: number;
  readonly nodes: number;
  readonly timing?: SeqTiming;
  readonly blockSize?: number;
  /** Calls each node's callers keep in flight. */
  readonly depth?: number;
}

export interface NetFaults {
  readonly lossRate?: number;
  readonly duplicateRate?: number;
  readonly jitterMs?: number;
  readonly partitioned?: boolean;
}

const LATENCY_MS = 0.05;
const DISK_MIN_MS = 0.2;
const DISK_MAX_MS = 3;
const DETECT_MS = 150;
/** Callers pause between calls (0-THINK_MS, drawn per call). */
const THINK_MS = 20;

class SimSeqNode {
  core: SeqNode | undefined;
  up = true;
  /** What is on this node's disk. */
  disk: DurableState = EMPTY_DURABLE_STATE;
  /** Bumped at every crash: callbacks of an earlier life are dropped. */
  life = 0;
  /** The peers this node currently believes up (as the connection manager would report them). */
  readonly believedUp = new Set<string>();
  /** Calls in flight: callId -> op name. */
  readonly calls = new Map<number, string>();
  /** The highest number this node's callers have received (callers outlive a node crash). */
  floor = 0;
  tickAt = Number.POSITIVE_INFINITY;

  constructor(
    readonly id: string,
    readonly index: number,
  ) {}
}

export class SeqSim {
  readonly scheduler = new Scheduler();
  readonly rng: Prng;
  readonly history = new History();
  private readonly nodes: SimSeqNode[];
  private readonly faults = new Map<string, NetFaults>();
  private nextCallId = 1;
  /** Messages and disk writes, counted for the test's report. */
  readonly counts = { sent: 0, delivered: 0, persisted: 0 };

  constructor(private readonly options: SeqSimOptions) {
    this.rng = new Prng(options.seed);
    this.nodes = Array.from({ length: options.nodes }, (_, i) => new SimSeqNode(`n${i}`, i));
    for (const node of this.nodes) {
      for (const other of this.nodes) if (other !== node) node.believedUp.add(other.id);
      this.boot(node);
    }
  }

  get now(): number {
    return this.scheduler.now;
  }

  id(index: number): string {
    return this.node(index).id;
  }

  isUp(index: number): boolean {
    return this.node(index).up;
  }

  seqNode(index: number): SeqNode | undefined {
    return this.node(index).core;
  }

  /** Faults on the messages from `from` to `to` ({} clears them). */
  setFaults(from: number, to: number, faults: NetFaults): void {
    this.faults.set(`${from}>${to}`, faults);
    this.updateLiveness();
  }

  crash(index: number): void {
    const node = this.node(index);
    if (!node.up) return;
    node.up = false;
    node.life++;
    node.core = undefined;
    // Its callers' calls are lost with the node's process: they never return.
    node.calls.clear();
    // Its partners notice (a link that drops, a session that ends), however soon it is back.
    for (const other of this.nodes) {
      if (other === node) continue;
      const life = other.life;
      this.scheduler.after(DETECT_MS, () => {
        if (other.life !== life || !other.up || !other.believedUp.delete(node.id)) return;
        this.input(other, { type: "peer-down", peer: node.id });
      });
    }
  }

  restart(index: number): void {
    const node = this.node(index);
    if (node.up) return;
    node.up = true;
    this.boot(node);
    // Scheduled after the crash's own notices (same delay, later in the queue): down, then up.
    this.updateLiveness();
  }

  runUntil(time: number): void {
    while (this.scheduler.peekTime() <= time) this.scheduler.runNext();
    this.scheduler.now = Math.max(this.scheduler.now, time);
  }

  runFor(ms: number): void {
    this.runUntil(this.now + ms);
  }

  private node(index: number): SimSeqNode {
    const node = this.nodes[index];
    if (node === undefined) throw new RangeError(`no sim node ${index}`);
    return node;
  }

  private boot(node: SimSeqNode): void {
    node.core = new SeqNode({
      self: node.id,
      nodes: this.nodes.map((n) => n.id),
      random: () => this.rng.next(),
      ...(this.options.timing === undefined ? {} : { timing: this.options.timing }),
      ...(this.options.blockSize === undefined ? {} : { blockSize: this.options.blockSize }),
    });
    node.tickAt = Number.POSITIVE_INFINITY;
    this.input(node, { type: "boot", durable: node.disk });
    for (const peer of node.believedUp) this.input(node, { type: "peer-up", peer });
    this.startCallers(node);
  }

  private input(node: SimSeqNode, input: SeqInput): void {
    const core = node.core;
    if (core === undefined || !node.up) return;
    this.apply(node, core.handle(input, this.now));
    this.rearm(node);
  }

  private apply(node: SimSeqNode, outputs: SeqOutput[]): void {
    const life = node.life;
    for (const output of outputs) {
      switch (output.type) {
        case "send":
          this.transmit(node, output.to, output.message);
          break;
        case "persist": {
          const delay = DISK_MIN_MS + this.rng.next() * (DISK_MAX_MS - DISK_MIN_MS);
          this.scheduler.after(delay, () => {
            if (node.life !== life) return; // the node crashed before the write reached the disk
            node.disk = output.state;
            this.counts.persisted++;
            this.input(node, { type: "persisted", token: output.token });
          });
          break;
        }
        case "result": {
          const op = node.calls.get(output.callId);
          node.calls.delete(output.callId);
          if (op !== undefined) {
            this.history.ok(op, this.now, output.start, output.count);
            node.floor = Math.max(node.floor, output.start + output.count - 1);
          }
          this.callAgain(node, life);
          break;
        }
        case "failed": {
          const op = node.calls.get(output.callId);
          node.calls.delete(output.callId);
          if (op !== undefined) this.history.fail(op, this.now, output.reason);
          this.callAgain(node, life);
          break;
        }
        default:
          break;
      }
    }
  }

  /** Each of a node's `depth` callers: a call, an answer, a pause, the next call. */
  private startCallers(node: SimSeqNode): void {
    for (let i = 0; i < (this.options.depth ?? 2); i++) this.call(node);
  }

  private callAgain(node: SimSeqNode, life: number): void {
    this.scheduler.after(this.rng.next() * THINK_MS, () => node.life === life && this.call(node));
  }

  /** One call, of a random size (often one number, sometimes a batch). */
  private call(node: SimSeqNode): void {
    if (!node.up) return;
    const callId = this.nextCallId++;
    const count = this.rng.chance(0.2) ? 1 + this.rng.int(64) : 1;
    const op = `${node.id}-${callId}`;
    node.calls.set(callId, op);
    this.history.invoke(op, node.id, this.now, count);
    this.input(node, { type: "call", callId, count, floor: node.floor });
  }

  private transmit(from: SimSeqNode, to: string, message: SeqMessage): void {
    const target = this.nodes.find((n) => n.id === to) as SimSeqNode;
    const faults = this.faults.get(`${from.index}>${target.index}`) ?? {};
    this.counts.sent++;
    if (faults.partitioned === true || !from.up || this.rng.chance(faults.lossRate ?? 0)) return;
    const bytes = encodeBatch([message]);
    const copies = this.rng.chance(faults.duplicateRate ?? 0) ? 2 : 1;
    const life = target.life;
    for (let i = 0; i < copies; i++) {
      const delay = LATENCY_MS + this.rng.next() * (faults.jitterMs ?? 0);
      this.scheduler.after(delay, () => {
        if (!target.up || target.life !== life) return;
        this.counts.delivered++;
        this.input(target, { type: "messages", from: from.id, messages: decodeBatch(bytes) });
      });
    }
  }

  /**
   * What each node believes of its peers follows reality after DETECT_MS: a crashed peer, or one
   * it cannot exchange messages with both ways, is down.
   */
  private updateLiveness(): void {
    for (const node of this.nodes) {
      for (const peer of this.nodes) {
        if (peer === node) continue;
        const cut =
          this.faults.get(`${node.index}>${peer.index}`)?.partitioned === true ||
          this.faults.get(`${peer.index}>${node.index}`)?.partitioned === true;
        const up = peer.up && !cut;
        const life = node.life;
        this.scheduler.after(DETECT_MS, () => {
          if (node.life !== life || !node.up) return;
          const stillUp =
            peer.up &&
            this.faults.get(`${node.index}>${peer.index}`)?.partitioned !== true &&
            this.faults.get(`${peer.index}>${node.index}`)?.partitioned !== true;
          if (stillUp !== up || node.believedUp.has(peer.id) === up) return;
          if (up) node.believedUp.add(peer.id);
          else node.believedUp.delete(peer.id);
          this.input(node, { type: up ? "peer-up" : "peer-down", peer: peer.id });
        });
      }
    }
  }

  /** One pending tick per node, at its core's next wake-up. */
  private rearm(node: SimSeqNode): void {
    const core = node.core;
    if (core === undefined) return;
    const at = core.wakeAt();
    if (at >= node.tickAt) return;
    node.tickAt = at;
    const life = node.life;
    this.scheduler.at(at, () => {
      if (node.life !== life || node.tickAt !== at) return;
      node.tickAt = Number.POSITIVE_INFINITY;
      this.input(node, { type: "tick" });
    });
  }
}
