/**
 * A client connection of the whole-node sim, as a service sees it (ServiceCaller): it records
 * what the service pushes to it, in order, and can die (close()), as a client process that exits
 * or a node that resets closes its connections. No timers, no promises: the sim stays
 * deterministic.
 */
import type { ServiceCaller } from "../service.js";

export class SimCaller implements ServiceCaller {
  /** Payloads pushed to this caller, in the order pushed (none after it closed). */
  readonly pushed: Uint8Array[] = [];
  private listeners: (() => void)[] = [];
  private closedNow = false;

  constructor(
    readonly id: number,
    /** Pushes it accepts before it counts as a reader too slow and is closed (default: any). */
    private readonly maxPushes = Number.POSITIVE_INFINITY,
  ) {}

  get closed(): boolean {
    return this.closedNow;
  }

  push(payload: Uint8Array): boolean {
    if (this.closedNow) return false;
    if (this.pushed.length >= this.maxPushes) {
      this.close();
      return false;
    }
    this.pushed.push(payload);
    return true;
  }

  onClose(listener: () => void): void {
    if (this.closedNow) listener();
    else this.listeners.push(listener);
  }

  /** The connection closes: its listeners run, once (the sim defers a service's to the next event). */
  close(): void {
    if (this.closedNow) return;
    this.closedNow = true;
    const listeners = this.listeners;
    this.listeners = [];
    for (const listener of listeners) listener();
  }
}
