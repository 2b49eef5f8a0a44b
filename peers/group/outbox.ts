/**
 * What a group daemon sends in one turn, per partner, in as few SENDs as fit: at most 3 MiB (a
 * SEND carries 4), MAX_MESSAGES_PER_BATCH messages and MAX_ENTRIES_PER_BATCH entries (what a
 * receiver decodes) each. Messages
 * are encoded as they are queued and joined into GroupBatches at the end of the turn
 * (ServiceHost.defer). A partner without a channel loses them: the protocol resends what
 * matters (proposals, commits, states, submissions all have their timers).
 */
import type { ServiceHost } from "../../ccm/service.js";
import {
  type DeltaMessage,
  encodeDeltaMessage,
  joinFrames,
  MAX_ENTRIES_PER_BATCH,
  MAX_MESSAGES_PER_BATCH,
} from "./messages.js";

/** Bytes of messages in one SEND, at most. */
const MAX_SEND_BYTES = 3 * 1024 * 1024;
/** A frame's tag and length in the batch, at most. */
const FRAME_OVERHEAD_BYTES = 8;

export class Outbox {
  /** Per partner, the encoded messages and the entries each carries. */
  private frames = new Map<string, { frame: Uint8Array; entries: number }[]>();
  private flushQueued = false;
  private closed = false;

  constructor(
    private readonly host: ServiceHost,
    /** Runs after each flush (the crash test hook). */
    private readonly flushed: () => void = () => {},
  ) {}

  queue(to: string, message: DeltaMessage): void {
    if (this.closed) return;
    const item = { frame: encodeDeltaMessage(message), entries: entriesOf(message) };
    const list = this.frames.get(to);
    if (list === undefined) this.frames.set(to, [item]);
    else list.push(item);
    if (this.flushQueued) return;
    this.flushQueued = true;
    this.host.defer(() => this.flush());
  }

  close(): void {
    this.closed = true;
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.closed) return;
    const frames = this.frames;
    this.frames = new Map();
    for (const [to, list] of frames) {
      let batch: Uint8Array[] = [];
      let bytes = 0;
      let entries = 0;
      for (const { frame, entries: carried } of list) {
        const full =
          batch.length >= MAX_MESSAGES_PER_BATCH ||
          entries + carried > MAX_ENTRIES_PER_BATCH ||
          bytes + frame.length > MAX_SEND_BYTES;
        if (batch.length > 0 && full) {
          this.host.send(to, joinFrames(batch));
          batch = [];
          bytes = 0;
          entries = 0;
        }
        batch.push(frame);
        bytes += frame.length + FRAME_OVERHEAD_BYTES;
        entries += carried;
      }
      if (batch.length > 0) this.host.send(to, joinFrames(batch));
    }
    this.flushed();
  }
}

function entriesOf(message: DeltaMessage): number {
  return message.type === "propose" || message.type === "state" ? message.entries.length : 0;
}
