/**
 * The I/O thread behind SeqBlockingClient: it owns the connection to the node, watches the shared
 * slots (Atomics.waitAsync on the doorbell, so its own event loop keeps running), sends every
 * requested slot's call, and writes each answer into the slot before waking its caller.
 */
import { parentPort, workerData } from "node:worker_threads";
import { SharedSlots, SlotError, SlotState } from "./blocking-client.js";
import { SeqClient } from "./client.js";
import { SeqBadRequestError } from "./errors.js";

const { url, shared, slots } = workerData as { url: string; shared: SharedArrayBuffer; slots: number };
const memory = new SharedSlots(shared, slots);
const inFlight = new Set<number>();

function answer(slot: number, state: number, value: number): void {
  inFlight.delete(slot);
  memory.values[slot] = value;
  // A caller that gave up meanwhile left the slot ABANDONED: free it instead.
  if (Atomics.compareExchange(memory.states, slot, SlotState.REQUESTED, state) !== SlotState.REQUESTED) {
    Atomics.store(memory.states, slot, SlotState.FREE);
  }
  Atomics.notify(memory.states, slot);
}

const RECONNECT_PAUSE_MS = 100;

async function serve(first: SeqClient): Promise<void> {
  let client = first;
  for (;;) {
    const seen = Atomics.load(memory.doorbell, 0);
    if (!client.connected) {
      try {
        client = await SeqClient.connect(url);
      } catch {
        // The node is away: answer what waits with CLOSED, and try again in a moment.
        for (let slot = 0; slot < slots; slot++) {
          if (!inFlight.has(slot) && Atomics.load(memory.states, slot) === SlotState.REQUESTED) {
            answer(slot, SlotState.FAILED, SlotError.CLOSED);
          }
        }
        await new Promise((resolve) => setTimeout(resolve, RECONNECT_PAUSE_MS));
        continue;
      }
    }
    for (let slot = 0; slot < slots; slot++) {
      if (inFlight.has(slot) || Atomics.load(memory.states, slot) !== SlotState.REQUESTED) continue;
      inFlight.add(slot);
      client.nextBatch(memory.counts[slot] as number).then(
        (range) => answer(slot, SlotState.DONE, range.first),
        (error: Error) =>
          answer(
            slot,
            SlotState.FAILED,
            error instanceof SeqBadRequestError
              ? SlotError.BAD_REQUEST
              : client.connected
                ? SlotError.UNAVAILABLE
                : SlotError.CLOSED,
          ),
      );
    }
    const wait = Atomics.waitAsync(memory.doorbell, 0, seen);
    if (wait.async) await wait.value;
  }
}

try {
  const client = await SeqClient.connect(url);
  parentPort?.postMessage({ ready: true });
  await serve(client);
} catch (error) {
  parentPort?.postMessage({ error: (error as Error).message });
}
