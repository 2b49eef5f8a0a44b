/**
 * The secondary: it stores the highest number the primary forwarded (Fwd) before the numbers go
 * on to their originator (Deliver), 000 claim 1 (f, g).
 */
import type { Layout, SeqMessage } from "./messages.js";
import type { NodeContext } from "./node-context.js";

export class Secondary {
  /** The highest number stored (0: none). */
  stored = 0;

  constructor(private readonly ctx: NodeContext) {}

  /** Starts as the secondary of `layout`. */
  start(layout: Layout): void {
    // Numbers start at 1: nothing stored yet is 0, never below (a Sealed carries it).
    this.stored = Math.max(0, layout.start - 1);
  }

  onFwd(message: SeqMessage & { type: "fwd" }): void {
    const ctx = this.ctx;
    if (!ctx.generates("secondary", message.epoch)) {
      ctx.nack(
        message.origin,
        message.epoch,
        message.reqId,
        "not-serving",
        "not the secondary of that epoch",
      );
      return;
    }
    // 000 claim 1 (f): stored before it goes on to the originator (g).
    const last = message.start + message.count - 1;
    if (last > this.stored) {
      this.stored = last;
      ctx.out.push({ type: "counter", role: "secondary", value: last });
    }
    ctx.send(message.origin, {
      type: "deliver",
      epoch: message.epoch,
      reqId: message.reqId,
      start: message.start,
      count: message.count,
    });
  }
}
