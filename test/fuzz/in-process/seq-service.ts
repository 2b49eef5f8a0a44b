/**
 * The sequence service (peers/seq/seq-service.ts) as a node hosts it, on a fake clock and a store
 * on nothing: SeqCalls from clients, batches from peers, channels going down and up. Every batch
 * it sends must decode, every word it writes must be a uint64, every call must get a decodable
 * reply or a refusal with a code; a problem seen after a step returned is blamed on its input.
 */
import { pino } from "pino";
import type { ClientEventBody } from "../../../ccm/client-codec.js";
import type { ServiceHost } from "../../../ccm/service.js";
import type { Prng } from "../../../kit/prng.js";
import { decodeBatch } from "../../../peers/seq/messages.js";
import { EMPTY_DURABLE_STATE } from "../../../peers/seq/seq-node.js";
import { SeqService } from "../../../peers/seq/seq-service.js";
import { SeqStore } from "../../../peers/seq/seq-store.js";
import { seq } from "../../../proto/generated/seq.js";
import { seqBatchBytes } from "../builders/seq-batch.js";
import { seqCallMsg } from "../builders/seq-call.js";
import type { FuzzInput } from "../inputs.js";
import { encode } from "../wire/encode.js";
import { mutateBytes } from "../wire/mutate-bytes.js";
import { data, num, singleMessage, str, timeStep } from "./input-meta.js";
import { SEQ_NODES, SEQ_PEERS } from "./seq-node.js";
import { type Episode, FuzzFinding, type InProcessTarget } from "./target.js";

/** A store on nothing: every write is durable at once. */
class MemoryStore extends SeqStore {
  constructor() {
    super("/nonexistent/fuzz-seq-state.json");
  }
  override load() {
    return EMPTY_DURABLE_STATE;
  }
  override save(_state: unknown, done: (error: Error | undefined) => void): void {
    done(undefined);
  }
}

class SeqServiceEpisode implements Episode {
  readonly service: SeqService;
  private now = 10_000;
  private timers: { at: number; run: () => void; cancelled: boolean }[] = [];
  /** Problems found after a step returned (a call's late rejection, a bad SEND), by input index. */
  readonly late: { index: number; problem: string }[] = [];
  private current = -1;
  private readonly memory = new Map<number, bigint>();

  constructor(rng: Prng) {
    this.service = new SeqService({
      nodes: SEQ_NODES,
      store: new MemoryStore(),
      timing: {
        leaseMs: 300,
        renewMs: 75,
        retryMs: 100,
        callTimeoutMs: rng.chance(0.5) ? 1000 : 3000,
        sealTimeoutMs: 400,
        proposeDelayMs: 30,
      },
    });
    const host: ServiceHost = {
      node: rng.pick(SEQ_NODES),
      partners: SEQ_PEERS,
      logger: pino({ level: "silent" }),
      clock: {
        now: () => this.now,
        at: (time, run) => {
          const timer = { at: time, run, cancelled: false };
          this.timers.push(timer);
          return () => {
            timer.cancelled = true;
          };
        },
      },
      random: Math.random,
      defer: queueMicrotask,
      send: (partner, bytes) => {
        try {
          decodeBatch(bytes);
        } catch (error) {
          this.late.push({
            index: this.current,
            problem: `the service sent ${partner} a batch it refuses: ${(error as Error).message}`,
          });
        }
      },
      writeWord: (offset, value) => {
        if (value < 0n || value >= 2n ** 64n)
          this.late.push({ index: this.current, problem: `word ${offset} written with ${value}` });
        this.memory.set(offset, value);
      },
      readWord: (offset) => this.memory.get(offset) ?? 0n,
      run: (work) => work(),
      resetNode: (reason) =>
        this.late.push({ index: this.current, problem: `the service reset its node: ${reason}` }),
    };
    this.service.start(host);
    for (const partner of SEQ_PEERS)
      this.service.event({ type: "channel-up", partner, ports: 1, remoteMemoryBytes: 4096 });
  }

  async step(input: FuzzInput): Promise<void> {
    this.current = input.index;
    this.now += num(input, "dt");
    const partner = str(input, "from");
    const index = input.index;
    switch (str(input, "event")) {
      case "call":
        this.service.call(data(input), (reply) => {
          if (reply instanceof Error) {
            // The node passes a service's string code on; anything else would be E_INTERNAL.
            if (typeof (reply as { code?: unknown }).code !== "string")
              this.late.push({ index, problem: `a call was refused without a code: ${String(reply)}` });
            return;
          }
          try {
            seq.SeqCallReply.decode(reply);
          } catch (error) {
            this.late.push({
              index,
              problem: `a call's reply is undecodable: ${(error as Error).message}`,
            });
          }
        });
        break;
      case "down":
        this.service.event({ type: "channel-down", partner, reason: "fuzz" });
        break;
      case "up":
        this.service.event({ type: "channel-up", partner, ports: 1, remoteMemoryBytes: 4096 });
        break;
      default: {
        const event: ClientEventBody = { type: "message", partner, port: 0, data: data(input) };
        this.service.event(event);
        break;
      }
    }
    // Microtasks (SEND batches, durable writes) run, then the timers that are due.
    await new Promise((resolve) => setImmediate(resolve));
    for (let round = 0; round < 10; round++) {
      const due = this.timers.filter((t) => !t.cancelled && t.at <= this.now);
      if (due.length === 0) break;
      this.timers = this.timers.filter((t) => !t.cancelled && t.at > this.now);
      for (const timer of due) timer.run();
      await new Promise((resolve) => setImmediate(resolve));
    }
    const problem = this.late.find((p) => p.index === index) ?? this.late[0];
    if (problem !== undefined) {
      this.late.length = 0;
      throw new FuzzFinding(
        problem.index === index ? problem.problem : `(from input ${problem.index}) ${problem.problem}`,
      );
    }
  }

  stop(): void {
    this.service.stop();
  }
}

export const seqServiceTarget: InProcessTarget<SeqServiceEpisode> = {
  name: "seq-service",
  episodeLength: 300,
  episode: (rng) => new SeqServiceEpisode(rng),
  generate: (rng, index) => {
    const r = rng.next();
    const event = r < 0.25 ? "call" : r < 0.27 ? "down" : r < 0.3 ? "up" : "message";
    let bytes: Uint8Array;
    if (event === "call") {
      const encoded = encode(seqCallMsg(rng));
      bytes = rng.chance(0.3) ? mutateBytes(encoded, rng, 1 + rng.int(3)) : encoded.bytes;
    } else {
      bytes = seqBatchBytes(rng, { nodes: SEQ_NODES, epoch: 16 * rng.int(4), promised: 0, recent: [] });
    }
    return singleMessage("seq-service", index, bytes, {
      event,
      from: rng.pick(SEQ_PEERS),
      dt: timeStep(rng),
    });
  },
};
