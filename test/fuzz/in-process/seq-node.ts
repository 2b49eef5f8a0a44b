/**
 * Sequence batches (proto/seq.proto) fed to a SeqNode (peers/seq/seq-node.ts) as the sequence
 * service does: a malformed batch is dropped. Whatever it asks its runtime to do must be possible:
 * every message it sends decodes, every state it persists reads back, every count is a count, and
 * it never takes a ballot that leaves no higher one to propose with.
 */

import type { Prng } from "../../../kit/prng.js";
import { SeqProtocolError } from "../../../peers/seq/errors.js";
import { decodeBatch, encodeBatch, type SeqMessage } from "../../../peers/seq/messages.js";
import { BALLOT_SPAN, EMPTY_DURABLE_STATE, SeqNode, type SeqOutput } from "../../../peers/seq/seq-node.js";
import { parseState } from "../../../peers/seq/seq-store.js";
import { seqBatchBytes } from "../builders/seq-batch.js";
import type { FuzzInput } from "../inputs.js";
import { parse } from "../wire/parse.js";
import { messageType } from "../wire/schema.js";
import type { Msg } from "../wire/tree.js";
import { data, num, singleMessage, str, timeStep } from "./input-meta.js";
import { type Episode, FuzzFinding, type InProcessTarget, tickWhileDue } from "./target.js";

/** The sequence service's members, and the peers a target hears from (it is one of the members). */
export const SEQ_NODES = ["a", "b", "c"];
export const SEQ_PEERS = ["b", "c"];

function safeCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new FuzzFinding(`${what} is ${value}, not a count`);
}

/** Checks what a sequence node asks its runtime to do; keeps the last 16 messages sent in `recent`. */
function checkSeqOutputs(outputs: readonly SeqOutput[], recent: Msg[]): void {
  for (const output of outputs) {
    switch (output.type) {
      case "send": {
        let bytes: Uint8Array;
        try {
          bytes = encodeBatch([output.message]);
        } catch (error) {
          throw new FuzzFinding(`a message to ${output.to} cannot be encoded: ${(error as Error).message}`);
        }
        try {
          decodeBatch(bytes);
        } catch (error) {
          throw new FuzzFinding(
            `a ${output.message.type} to ${output.to} is refused by its decoder (${(error as Error).message}): ${JSON.stringify(output.message).slice(0, 240)}`,
          );
        }
        const batch = parse(bytes, messageType("seq.SeqBatch"));
        const body = batch.fields[0];
        if (body?.value.t === "msg") recent.push(body.value.v);
        if (recent.length > 16) recent.shift();
        break;
      }
      case "persist":
        try {
          parseState(JSON.parse(JSON.stringify(output.state)));
        } catch (error) {
          throw new FuzzFinding(
            `the node would persist a state its store cannot read back: ${(error as Error).message}`,
          );
        }
        break;
      case "counter":
        safeCount(output.value, `the ${output.role}'s counter`);
        break;
      case "result":
        safeCount(output.start, "a result's start");
        safeCount(output.count, "a result's count");
        safeCount(output.epoch, "a result's epoch");
        break;
      default:
        break;
    }
  }
}

class SeqEpisode implements Episode {
  readonly core: SeqNode;
  readonly recent: Msg[] = [];
  private now = 10_000;
  private persists: number[] = [];
  private nextCall = 1;

  constructor(rng: Prng) {
    const blockSize = rng.pick([undefined, 16, 4096]);
    this.core = new SeqNode({
      self: rng.pick(SEQ_NODES),
      nodes: SEQ_NODES,
      random: () => rng.next(),
      ...(blockSize === undefined ? {} : { blockSize }),
    });
    this.feed({ type: "boot", durable: EMPTY_DURABLE_STATE });
    for (const peer of SEQ_NODES) this.feed({ type: "peer-up", peer });
  }

  private feed(input: Parameters<SeqNode["handle"]>[0]): void {
    const outputs = this.core.handle(input, this.now);
    checkSeqOutputs(outputs, this.recent);
    for (const output of outputs) if (output.type === "persist") this.persists.push(output.token);
  }

  step(input: FuzzInput): void {
    this.now += num(input, "dt");
    let messages: SeqMessage[] | undefined;
    try {
      messages = decodeBatch(data(input));
    } catch (error) {
      // As peers/seq/seq-service.ts: a malformed batch is logged and dropped.
      if (!(error instanceof SeqProtocolError)) throw error;
    }
    const from = str(input, "from");
    if (messages !== undefined) this.feed({ type: "messages", from, messages });
    if (input.meta.call === true)
      this.feed({
        type: "call",
        callId: this.nextCall++,
        count: num(input, "count"),
        floor: num(input, "floor"),
      });
    if (input.meta.peerDown === true) this.feed({ type: "peer-down", peer: from });
    if (input.meta.peerUp === true) this.feed({ type: "peer-up", peer: from });
    // The disk answers: most writes are done by the next input.
    if (input.meta.persist === true) {
      const done = this.persists;
      this.persists = [];
      for (const token of done) this.feed({ type: "persisted", token });
    }
    tickWhileDue(
      () => this.core.wakeAt() <= this.now,
      () => this.feed({ type: "tick" }),
      "the sequence node",
    );
    if (Number.isNaN(this.core.wakeAt())) throw new FuzzFinding("the sequence node's next wake-up is NaN");
    // A ballot no higher one can follow (within the safe integers the wire carries) leaves the
    // node unable to propose, and refusing every honest ballot below it, for good: it is on disk.
    const highest = Math.max(this.core.promisedBallot, this.core.currentLayout?.epoch ?? 0);
    if (highest > Number.MAX_SAFE_INTEGER - 2 * BALLOT_SPAN)
      throw new FuzzFinding(
        `the node took ballot ${highest} from ${from}: no ballot above it fits the wire, so it can never propose again and refuses every honest one`,
      );
  }
}

export const seqTarget: InProcessTarget<SeqEpisode> = {
  name: "seq",
  episodeLength: 400,
  episode: (rng) => new SeqEpisode(rng),
  generate: (rng, index, { core, recent }) =>
    singleMessage(
      "seq",
      index,
      seqBatchBytes(rng, {
        nodes: SEQ_NODES,
        epoch: core.currentLayout?.epoch ?? 0,
        promised: core.promisedBallot,
        recent,
      }),
      {
        from: rng.pick(SEQ_PEERS),
        dt: timeStep(rng),
        persist: rng.chance(0.8),
        call: rng.chance(0.1),
        count: rng.chance(0.9) ? 1 + rng.int(64) : 2 ** 20,
        floor: rng.chance(0.9) ? 0 : rng.int(2 ** 30),
        peerDown: rng.chance(0.01),
        peerUp: rng.chance(0.02),
      },
    ),
};
