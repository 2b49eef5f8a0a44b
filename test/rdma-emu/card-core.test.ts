import { describe, expect, it } from "vitest";
import { ALL_ACCESS } from "../../rdma-emu/access-flags.js";
import { CardCore } from "../../rdma-emu/card-core.js";
import { InvalidWorkRequestError } from "../../rdma-emu/errors.js";
import type { DataFrame, RequestFrame, ResponseFrame } from "../../rdma-emu/frames.js";
import { HostMemory } from "../../rdma-emu/host-memory.js";
import {
  type Completion,
  CompletionStatus,
  type ReceiveCompletion,
  type WorkRequest,
} from "../../rdma-emu/work-request.js";

const A = 1;
const B = 2;
const RETRY_MS = 1000;

/** Two cores whose frames wait in a queue until the test delivers, drops or reorders them. */
function harness() {
  const wire: { from: number; to: number; frame: DataFrame }[] = [];
  const memory = { [A]: new HostMemory(64 * 1024), [B]: new HostMemory(64 * 1024) } as Record<
    1 | 2,
    HostMemory
  >;
  let key = 1000;
  const make = (address: number) =>
    new CardCore({
      hardwareAddress: address,
      incarnation: address * 10,
      memory: memory[address as 1 | 2],
      retryTimeoutMs: RETRY_MS,
      randomKey: () => key++,
      transmit: (to, frame) => wire.push({ from: address, to, frame }),
    });
  const cores = { [A]: make(A), [B]: make(B) } as Record<number, CardCore>;
  const core = (address: number) => cores[address] as CardCore;
  core(A).linkUp(B, 20, 0);
  core(B).linkUp(A, 10, 0);
  const region = core(B).registerRegion({ address: 4096, length: 4096, access: ALL_ACCESS });
  const vi = core(A).createVi();
  const completions: Completion[] = [];
  return {
    wire,
    memory,
    core,
    region,
    vi,
    completions,
    post(request: WorkRequest, now = 0) {
      core(A).post(vi, request, now, (c) => completions.push(c));
    },
    /** Delivers the queued frames (all, or those `pick` selects), in order. */
    deliver(now = 0, pick: (f: DataFrame, i: number) => boolean = () => true) {
      const batch = wire.splice(0);
      batch.forEach((item, i) => {
        if (pick(item.frame, i)) core(item.to).receive(item.from, item.frame, now);
      });
    },
    read(address = 4096, length = 8): WorkRequest {
      return {
        opcode: "read",
        remote: { hardwareAddress: B, vi: 0 },
        rkey: region.rkey,
        remoteAddress: address,
        length,
      };
    },
    write(data: Uint8Array, address = 4096): WorkRequest {
      return {
        opcode: "write",
        remote: { hardwareAddress: B, vi: 0 },
        rkey: region.rkey,
        remoteAddress: address,
        data,
      };
    },
  };
}

const requests = (wire: { frame: DataFrame }[]) =>
  wire.map((w) => w.frame).filter((f): f is RequestFrame => f.type === "request");
const responses = (wire: { frame: DataFrame }[]) =>
  wire.map((w) => w.frame).filter((f): f is ResponseFrame => f.type === "response");

describe("CardCore", () => {
  it("transmits a READ with PSN 0 and completes it with the data from the responder", () => {
    const h = harness();
    h.memory[B].write(4096, Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]));
    h.post(h.read());
    expect(requests(h.wire)).toMatchObject([
      { psn: 0, generation: 0, requesterVi: h.vi, responderVi: 0, length: 8 },
    ]);
    h.deliver();
    expect(responses(h.wire)).toMatchObject([{ psn: 0, status: CompletionStatus.SUCCESS }]);
    h.deliver();
    expect(h.completions).toEqual([
      {
        status: CompletionStatus.SUCCESS,
        opcode: "read",
        detail: "",
        data: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]),
      },
    ]);
  });

  it("delivers completions in posting order even when responses arrive in reverse", () => {
    const h = harness();
    for (let i = 0; i < 3; i++) h.post(h.write(new Uint8Array(8).fill(i), 4096 + 8 * i));
    h.deliver();
    const answers = h.wire.splice(0).reverse();
    for (const { from, to, frame } of answers.slice(0, 2)) h.core(to).receive(from, frame, 0);
    expect(h.completions).toEqual([]);
    for (const { from, to, frame } of answers.slice(2)) h.core(to).receive(from, frame, 0);
    expect(h.completions.map((c) => c.status)).toEqual([0, 0, 0]);
  });

  it("holds requests while the link is down and sends them when it comes up", () => {
    const h = harness();
    h.core(A).linkDown(B);
    h.post(h.read());
    expect(h.wire).toEqual([]);
    h.core(A).linkUp(B, 20, 1);
    expect(requests(h.wire)).toHaveLength(1);
  });

  it("retransmits only the oldest unanswered request on a timeout", () => {
    const h = harness();
    h.post(h.read());
    h.post(h.read(4104));
    h.wire.splice(0);
    const at = h.core(A).wakeAt();
    h.core(A).tick(at);
    expect(requests(h.wire).map((r) => r.psn)).toEqual([0]);
  });

  it("goes back at once on a sequence-error NAK, and the responder NAKs a gap only once", () => {
    const h = harness();
    for (let i = 0; i < 3; i++) h.post(h.write(new Uint8Array(8).fill(9), 4096 + 8 * i));
    h.deliver(0, (_f, i) => i !== 0); // PSN 0 is lost; 1 and 2 arrive beyond the gap
    expect(responses(h.wire)).toMatchObject([{ sequenceError: true, psn: 0 }]);
    h.deliver();
    expect(requests(h.wire).map((r) => r.psn)).toEqual([0, 1, 2]);
    h.deliver();
    h.deliver();
    expect(h.completions.map((c) => c.status)).toEqual([0, 0, 0]);
  });

  it("executes a duplicate WRITE once and answers it from memory", () => {
    const h = harness();
    h.post(h.write(new Uint8Array(8).fill(1)));
    const original = h.wire[0] as { from: number; to: number; frame: DataFrame };
    h.deliver(0, (f) => f.type === "request");
    h.memory[B].write(4096, new Uint8Array(8).fill(2)); // B's host changes the word afterwards
    h.core(B).receive(A, original.frame, 1); // the duplicate must not write again
    expect(h.memory[B].read(4096, 8)).toEqual(new Uint8Array(8).fill(2));
    expect(responses(h.wire)).toMatchObject([
      { psn: 0, status: 0 },
      { psn: 0, status: 0 },
    ]);
  });

  it("fails the oldest request with RETRY_EXC at its deadline, flushes the rest, and starts a new generation", () => {
    const h = harness();
    h.post(h.read());
    h.post(h.read(4104));
    h.wire.splice(0);
    h.core(A).tick(RETRY_MS);
    expect(h.completions.map((c) => c.status)).toEqual([
      CompletionStatus.RETRY_EXC,
      CompletionStatus.WR_FLUSH_ERR,
    ]);
    h.post(h.read(), RETRY_MS + 1);
    expect(requests(h.wire)).toMatchObject([{ generation: 1, psn: 0 }]);
  });

  it("answers RNR while no receive is posted, then delivers the SEND once one is", () => {
    const h = harness();
    const bVi = h.core(B).createVi();
    h.core(A).connectVi(h.vi, { hardwareAddress: B, vi: bVi });
    h.core(B).connectVi(bVi, { hardwareAddress: A, vi: h.vi });
    h.core(A).post(h.vi, { opcode: "send", data: Uint8Array.from([42]) }, 0, (c) => h.completions.push(c));
    h.deliver();
    expect(responses(h.wire)).toMatchObject([{ receiverNotReady: true }]);
    h.deliver();
    const received: ReceiveCompletion[] = [];
    h.core(B).postReceive(bVi, 16, (r) => received.push(r));
    h.core(A).tick(h.core(A).wakeAt());
    h.deliver();
    h.deliver();
    expect(received).toMatchObject([
      { status: 0, data: Uint8Array.from([42]), source: { hardwareAddress: A, vi: h.vi } },
    ]);
    expect(h.completions.map((c) => c.status)).toEqual([0]);
  });

  it("flushes outstanding requests and posted receives when a VI is torn down", () => {
    const h = harness();
    const received: ReceiveCompletion[] = [];
    h.core(A).postReceive(h.vi, 8, (r) => received.push(r));
    h.post(h.read());
    h.core(A).destroyVi(h.vi);
    expect(h.completions.map((c) => c.status)).toEqual([CompletionStatus.WR_FLUSH_ERR]);
    expect(received.map((r) => r.status)).toEqual([CompletionStatus.WR_FLUSH_ERR]);
    h.deliver();
    h.deliver(); // a late response for a destroyed VI is ignored
    expect(h.completions).toHaveLength(1);
  });

  it("delivers the SENDs of a VI that reuses a torn-down VI's number (a client that registers again)", () => {
    const h = harness();
    const received: ReceiveCompletion[] = [];
    /** A connected pair of VIs, a SEND from A's and its delivery at B's. */
    const exchange = (aVi: number, bVi: number, byte: number) => {
      h.core(A).connectVi(aVi, { hardwareAddress: B, vi: bVi });
      h.core(B).connectVi(bVi, { hardwareAddress: A, vi: aVi });
      h.core(B).postReceive(bVi, 16, (r) => received.push(r));
      h.core(A).post(aVi, { opcode: "send", data: Uint8Array.from([byte]) }, 0, (c) => h.completions.push(c));
      h.deliver();
      h.deliver();
    };
    const bVi = h.core(B).createVi();
    exchange(h.vi, bVi, 1);
    // Both leave (their flows are idle, not active) and come back under the same numbers.
    h.core(A).destroyVi(h.vi);
    h.core(B).destroyVi(bVi);
    expect(h.core(A).createVi()).toBe(h.vi);
    expect(h.core(B).createVi()).toBe(bVi);
    exchange(h.vi, bVi, 2);
    expect(h.completions.map((c) => c.status)).toEqual([0, 0]);
    expect(received.map((r) => [r.status, r.data?.[0]])).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });

  it("fails what was on the wire when the peer comes back with a new incarnation", () => {
    const h = harness();
    h.post(h.read());
    h.core(A).linkDown(B);
    h.core(A).linkUp(B, 21, 5);
    expect(h.completions).toMatchObject([
      { status: CompletionStatus.RETRY_EXC, detail: expect.stringMatching(/was reset/) },
    ]);
  });

  it("throws on local misuse instead of transmitting", () => {
    const h = harness();
    expect(() => h.core(A).post(99, h.read(), 0, () => {})).toThrow(InvalidWorkRequestError);
    expect(() => h.post({ ...h.read(), length: 0 } as WorkRequest)).toThrow(/read length/);
    expect(() => h.post({ opcode: "send", data: new Uint8Array(1) })).toThrow(/not connected/);
    expect(() => h.post({ ...h.read(), rkey: -1 } as WorkRequest)).toThrow(/rkey/);
    expect(() => h.core(A).destroyVi(0)).toThrow(/bootstrap VI/);
    expect(h.wire).toEqual([]);
  });
});
