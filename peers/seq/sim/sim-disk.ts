/**
 * A node's disk in the whole-node sim: what it holds survives crashes and reboots; a write lands
 * after a random delay. A write still in flight when its process ends is lost if the node's next
 * process has opened the disk by then, and lands otherwise; either way the process that asked for
 * it never learns that it landed, so it never acted on it (the protocol must hold both ways).
 */
import { type DurableState, EMPTY_DURABLE_STATE } from "../node-types.js";
import type { SeqStorage } from "../seq-store.js";

const DISK_MIN_MS = 0.2;
const DISK_MAX_MS = 3;

export class SimDisk {
  state: DurableState = EMPTY_DURABLE_STATE;
  /** Bumped for every process that opens the disk: an earlier process's writes in flight are lost. */
  private life = 0;

  constructor(
    private readonly path: string,
    /** The sim's clock and randomness (asked for when a write starts). */
    private readonly after: (delayMs: number, run: () => void) => void,
    private readonly random: () => number,
  ) {}

  /** The disk as one process (one boot of the node) sees it. */
  open(): SeqStorage {
    const life = ++this.life;
    return {
      path: this.path,
      load: () => this.state,
      save: (state, done) => {
        const delay = DISK_MIN_MS + this.random() * (DISK_MAX_MS - DISK_MIN_MS);
        this.after(delay, () => {
          if (this.life !== life) return;
          this.state = state;
          done(undefined);
        });
      },
    };
  }
}
