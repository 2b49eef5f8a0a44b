/**
 * A random verbs workload under random faults, and the checks it must pass. Each seed decides the
 * operations, their timing, the faults, and card crashes and restarts.
 */
import { ALL_ACCESS } from "../../rdma-emu/access-flags.js";
import type { HardwareAddress } from "../../rdma-emu/hardware-address.js";
import type { SimCard } from "../../rdma-emu/sim/sim-fabric.js";
import { SimFabric } from "../../rdma-emu/sim/sim-fabric.js";
import { type Completion, CompletionStatus } from "../../rdma-emu/work-request.js";

const CARDS: HardwareAddress[] = [0x0a0001, 0x0a0002, 0x0a0003];
const REGION_ADDRESS = 4096;
const REGION_BYTES = 16 * 1024;
const SLOT_BYTES = 64;
const SLOTS_PER_OWNER = 8;
const COUNTERS = REGION_ADDRESS + 8192;
const CAS_WORDS = COUNTERS + 256;
const ONE_SIDED_VI = 1;
const RECEIVES_PER_VI = 4;
const RETRY_TIMEOUT_MS = 50;
/** Every 64-byte WRITE and SEND travels as four segments: reassembly runs under every fault. */
const SEGMENT_BYTES = 16;
const WORKLOAD_MS = 300;
const OPERATIONS = 150;

/** 64 bytes for `id`: word i holds id << 4 | i, so a torn, permuted or mixed slot shows. */
function pattern(id: number): Uint8Array {
  const words = new Uint32Array(SLOT_BYTES / 4).map((_, i) => ((id << 4) | i) >>> 0);
  return new Uint8Array(words.buffer);
}

/** The id a slot or message holds (0 for never written), or undefined when it is not one pattern. */
function patternId(bytes: Uint8Array): number | undefined {
  const words = new Uint32Array(new Uint8Array(bytes).buffer);
  if (words.every((w) => w === 0)) return 0;
  const id = (words[0] as number) >>> 4;
  return words.every((w, i) => w === ((id << 4) | i) >>> 0) ? id : undefined;
}

export interface WorkloadResult {
  readonly violations: string[];
  readonly completions: number;
  readonly successes: number;
  readonly trace: string[];
  /** One line per completion, in order: what a replay must reproduce exactly. */
  readonly outcomes: string[];
}

interface Op {
  readonly id: number;
  readonly kind: string;
  completions: number;
}

/** Runs one seed and returns every violated property (none when the card behaved). */
export function runVerbsWorkload(seed: number, trace = false): WorkloadResult {
  const violations: string[] = [];
  const outcomes: string[] = [];
  const rkeys = new Map<HardwareAddress, number>();
  const ops: Op[] = [];
  let successes = 0;
  // VI 1 serves one-sided requests; then one VI per other card, connected to its twin there.
  const peerVi = (owner: number, peer: number) => 2 + CARDS.filter((c) => c !== owner).indexOf(peer);

  // What each slot, counter and mailbox has seen, keyed by target and owner.
  const writesPosted = new Map<string, number[]>();
  const lastWriteDone = new Map<string, number>();
  const addsPosted = new Map<string, number>();
  const addResults = new Map<string, bigint[]>();
  const swapsPosted = new Map<string, Set<bigint>>();
  const sendsDone = new Map<string, Set<number>>();
  const received = new Map<string, number[]>();

  const fabric = new SimFabric({
    seed,
    cards: CARDS,
    memoryBytes: 64 * 1024,
    retryTimeoutMs: RETRY_TIMEOUT_MS,
    segmentBytes: SEGMENT_BYTES,
    trace,
    onCardStart: (card) => setUpCard(card),
  });
  const rng = fabric.rng;

  function setUpCard(card: SimCard): void {
    const region = card.core.registerRegion({
      address: REGION_ADDRESS,
      length: REGION_BYTES,
      access: ALL_ACCESS,
    });
    rkeys.set(card.hardwareAddress, region.rkey);
    card.core.createVi();
    for (const peer of CARDS) {
      if (peer === card.hardwareAddress) continue;
      const vi = card.core.createVi();
      if (vi !== peerVi(card.hardwareAddress, peer)) throw new Error("VI numbering assumption broken");
      card.core.connectVi(vi, { hardwareAddress: peer, vi: peerVi(peer, card.hardwareAddress) });
      for (let i = 0; i < RECEIVES_PER_VI; i++) postReceive(card, vi, peer);
    }
  }

  function postReceive(card: SimCard, vi: number, peer: HardwareAddress): void {
    const core = card.core;
    core.postReceive(vi, SLOT_BYTES, (rc) => {
      if (rc.status !== CompletionStatus.SUCCESS) return;
      const seq = patternId(rc.data);
      if (seq === undefined) {
        violations.push(`send to ${card.hardwareAddress}: misassembled message`);
        return;
      }
      const key = `${peer}>${card.hardwareAddress}`;
      const list = received.get(key) ?? [];
      const last = list[list.length - 1];
      if (list.includes(seq)) violations.push(`send ${key} #${seq} received twice`);
      else if (last !== undefined && seq < last)
        violations.push(`send ${key} #${seq} received after #${last}`);
      list.push(seq);
      received.set(key, list);
      if (card.core === core && card.alive) postReceive(card, vi, peer);
    });
  }

  function track(kind: string, onSuccess: (c: Completion) => void): (c: Completion) => void {
    const op: Op = { id: ops.length, kind, completions: 0 };
    ops.push(op);
    return (c) => {
      op.completions++;
      outcomes.push(`${fabric.now.toFixed(4)} #${op.id} ${kind} ${c.status}`);
      if (op.completions > 1) violations.push(`op #${op.id} ${kind} completed ${op.completions} times`);
      if (c.status === CompletionStatus.SUCCESS) {
        successes++;
        onSuccess(c);
      }
    };
  }

  let nextWriteId = 1;
  let nextSeq = 1;
  function issue(from: HardwareAddress, to: HardwareAddress): void {
    const owner = CARDS.indexOf(from);
    const rkey = rkeys.get(to) as number;
    const remote = { hardwareAddress: to, vi: 0 };
    const slot = rng.int(SLOTS_PER_OWNER);
    const slotKey = `${to}/${owner}/${slot}`;
    const slotAddress = REGION_ADDRESS + (owner * SLOTS_PER_OWNER + slot) * SLOT_BYTES;
    const counterKey = `${to}/${owner}`;
    const choice = rng.int(5);
    if (choice === 0) {
      const id = nextWriteId++;
      const data = pattern(id);
      writesPosted.set(slotKey, [...(writesPosted.get(slotKey) ?? []), id]);
      const request = { opcode: "write", remote, remoteAddress: slotAddress, rkey, data } as const;
      fabric.post(
        from,
        ONE_SIDED_VI,
        request,
        track("write", () => {
          lastWriteDone.set(slotKey, Math.max(lastWriteDone.get(slotKey) ?? 0, id));
        }),
      );
    } else if (choice === 1) {
      const floor = lastWriteDone.get(slotKey) ?? 0;
      const request = {
        opcode: "read",
        remote,
        remoteAddress: slotAddress,
        rkey,
        length: SLOT_BYTES,
      } as const;
      fabric.post(
        from,
        ONE_SIDED_VI,
        request,
        track("read", (c) => {
          const value = patternId(c.data as Uint8Array);
          const posted = writesPosted.get(slotKey) ?? [];
          if (value === undefined) violations.push(`read ${slotKey}: torn or misassembled slot`);
          else if (value !== 0 && !posted.includes(value))
            violations.push(`read ${slotKey}: ${value} was never written`);
          else if (value < floor)
            violations.push(`read ${slotKey}: got ${value} after write ${floor} completed`);
        }),
      );
    } else if (choice === 2) {
      addsPosted.set(counterKey, (addsPosted.get(counterKey) ?? 0) + 1);
      const request = {
        opcode: "fetch-add",
        remote,
        remoteAddress: COUNTERS + owner * 8,
        rkey,
        add: 1n,
      } as const;
      fabric.post(
        from,
        ONE_SIDED_VI,
        request,
        track("fetch-add", (c) => {
          addResults.set(counterKey, [...(addResults.get(counterKey) ?? []), c.original as bigint]);
        }),
      );
    } else if (choice === 3) {
      const swap = BigInt(nextWriteId++);
      const words = swapsPosted.get(counterKey) ?? new Set<bigint>([0n]);
      const compare = rng.pick([...words]);
      words.add(swap);
      swapsPosted.set(counterKey, words);
      const request = {
        opcode: "compare-swap",
        remote,
        remoteAddress: CAS_WORDS + owner * 8,
        rkey,
        compare,
        swap,
      } as const;
      fabric.post(
        from,
        ONE_SIDED_VI,
        request,
        track("compare-swap", (c) => {
          if (!words.has(c.original as bigint))
            violations.push(`cas ${counterKey}: ${c.original} never stored`);
        }),
      );
    } else {
      const seq = nextSeq++;
      const data = pattern(seq);
      const key = `${from}>${to}`;
      fabric.post(
        from,
        peerVi(from, to),
        { opcode: "send", data },
        track("send", () => {
          sendsDone.set(key, (sendsDone.get(key) ?? new Set()).add(seq));
        }),
      );
    }
  }

  // The schedule: operations at random times, faults, partitions, crashes and restarts.
  for (let i = 0; i < OPERATIONS; i++) {
    fabric.scheduler.at(rng.next() * WORKLOAD_MS, () => {
      const from = rng.pick(CARDS);
      const to = rng.pick(CARDS.filter((c) => c !== from));
      if (fabric.card(from).alive) issue(from, to);
    });
  }
  for (const from of CARDS) {
    for (const to of CARDS) {
      if (from === to || !rng.chance(0.6)) continue;
      fabric.setFaults(from, to, {
        lossRate: rng.next() * 0.2,
        duplicateRate: rng.next() * 0.2,
        delayMs: rng.next() * 0.5,
        jitterMs: rng.next() * 3,
      });
    }
  }
  if (rng.chance(0.4)) {
    const [a, b] = [rng.pick(CARDS), rng.pick(CARDS)];
    const start = rng.next() * WORKLOAD_MS;
    const oneWay = rng.chance(0.5);
    if (a !== b) {
      fabric.scheduler.at(start, () => {
        fabric.setFaults(a, b, { partitioned: true });
        if (!oneWay) fabric.setFaults(b, a, { partitioned: true });
      });
      fabric.scheduler.at(start + rng.next() * 150, () => {
        fabric.setFaults(a, b, {});
        fabric.setFaults(b, a, {});
      });
    }
  }
  if (rng.chance(0.4)) {
    const victim = rng.pick(CARDS);
    const at = rng.next() * WORKLOAD_MS;
    fabric.scheduler.at(at, () => fabric.crash(victim));
    fabric.scheduler.at(at + rng.next() * 100, () => fabric.restart(victim));
  }

  // Heal everything, then give every request time to finish.
  fabric.runUntil(WORKLOAD_MS + 150);
  for (const from of CARDS) for (const to of CARDS) if (from !== to) fabric.setFaults(from, to, {});
  fabric.runFor(RETRY_TIMEOUT_MS * 4);

  for (const op of ops) {
    if (op.completions !== 1) violations.push(`op #${op.id} ${op.kind} completed ${op.completions} times`);
  }
  for (const [key, results] of addResults) {
    const [to, owner] = key.split("/").map(Number) as [number, number];
    const final = fabric.card(to).memory.readWord(COUNTERS + owner * 8);
    const posted = BigInt(addsPosted.get(key) ?? 0);
    if (new Set(results).size !== results.length) violations.push(`fetch-add ${key}: a value returned twice`);
    if (final < BigInt(results.length) || final > posted) {
      violations.push(
        `fetch-add ${key}: counter ${final} with ${results.length} successes of ${posted} posted`,
      );
    }
    if (results.some((r) => r >= final))
      violations.push(`fetch-add ${key}: a result is not below the final ${final}`);
  }
  for (const [key, seqs] of sendsDone) {
    const got = received.get(key) ?? [];
    for (const seq of seqs)
      if (!got.includes(seq)) violations.push(`send ${key} #${seq} succeeded but never arrived`);
  }
  for (const address of CARDS) {
    const memory = fabric.card(address).memory;
    for (let slot = 0; slot < CARDS.length * SLOTS_PER_OWNER; slot++) {
      if (patternId(memory.read(REGION_ADDRESS + slot * SLOT_BYTES, SLOT_BYTES)) === undefined) {
        violations.push(`slot ${address}/${slot} torn at the end`);
      }
    }
  }
  return { violations, completions: outcomes.length, successes, trace: fabric.traceLines, outcomes };
}
