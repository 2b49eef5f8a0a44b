/**
 * The card side of the handshake's notifications: VI 0, the unconnected bootstrap VI, takes an
 * RDMA WRITE with immediate from any card. With a receive posted the data lands and the receive
 * completes with the immediate and the sender; with none the data still lands and the write
 * still succeeds (only the notification is dropped), for a partner's write into the mailbox must
 * never wait on the host's receives.
 */
import { describe, expect, it } from "vitest";
import {
  BOOTSTRAP_REGION_ADDRESS,
  BOOTSTRAP_REGION_BYTES,
  BOOTSTRAP_RKEY,
  BOOTSTRAP_VI,
  type Completion,
  CompletionStatus,
  type ReceiveCompletion,
  SimFabric,
} from "../../rdma-emu/index.js";

const A = 0x0a0001;
const B = 0x0a0002;

function fabric() {
  let vi = 0;
  const sim = new SimFabric({
    seed: 1,
    cards: [A, B],
    onCardStart: (card) => {
      card.core.registerBootstrapRegion(BOOTSTRAP_REGION_ADDRESS, BOOTSTRAP_REGION_BYTES);
      if (card.hardwareAddress === A) vi = card.core.createVi();
    },
  });
  sim.runFor(5);
  const write = (data: Uint8Array, immediate: number) => {
    const done: Completion[] = [];
    sim.post(
      A,
      vi,
      {
        opcode: "write",
        remote: { hardwareAddress: B, vi: BOOTSTRAP_VI },
        rkey: BOOTSTRAP_RKEY,
        remoteAddress: BOOTSTRAP_REGION_ADDRESS + 0x100,
        data,
        immediate,
      },
      (c) => done.push(c),
    );
    sim.runFor(5);
    return done;
  };
  return { sim, vi, write };
}

describe("notifications on the bootstrap VI", () => {
  it("completes a posted receive with the immediate data and the sender, after the data landed", () => {
    const { sim, vi, write } = fabric();
    const received: ReceiveCompletion[] = [];
    let landed: number | undefined;
    sim.postReceive(B, BOOTSTRAP_VI, 0, (c) => {
      landed = sim.card(B).memory.read(BOOTSTRAP_REGION_ADDRESS + 0x100, 1)[0];
      received.push(c);
    });
    expect(write(new Uint8Array([7]), 0xcc0b0101).map((c) => c.status)).toEqual([CompletionStatus.SUCCESS]);
    expect(received).toMatchObject([
      { status: CompletionStatus.SUCCESS, immediate: 0xcc0b0101, source: { hardwareAddress: A, vi } },
    ]);
    expect(landed).toBe(7);
    // An empty WRITE is a notification alone.
    sim.postReceive(B, BOOTSTRAP_VI, 0, (c) => received.push(c));
    expect(write(new Uint8Array(0), 2).map((c) => c.status)).toEqual([CompletionStatus.SUCCESS]);
    expect(received[1]?.immediate).toBe(2);
  });

  it("with no receive posted, lands the data and drops only the notification", () => {
    const { sim, write } = fabric();
    expect(write(new Uint8Array([9]), 1).map((c) => c.status)).toEqual([CompletionStatus.SUCCESS]);
    expect(sim.card(B).memory.read(BOOTSTRAP_REGION_ADDRESS + 0x100, 1)[0]).toBe(9);
    expect(sim.card(B).core.notificationsDropped).toBe(1);
  });
});
