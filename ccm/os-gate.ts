/**
 * The emulated storage OS as far as the software above the card is concerned: everything the OS
 * runs (the connection manager's timers and completions, client requests) passes through the
 * gate. A hung OS holds that work until it recovers; a panicked one drops it for good. The card
 * is not behind the gate: it keeps serving one-sided operations whatever the OS does.
 */
export type GateState = "running" | "frozen" | "dead";

export class OsGate {
  private current: GateState = "running";
  private held: (() => void)[] = [];

  get state(): GateState {
    return this.current;
  }

  /** Runs `work` now, later (frozen) or never (dead). */
  run(work: () => void): void {
    if (this.current === "running") work();
    else if (this.current === "frozen") this.held.push(work);
  }

  /** Wraps a callback so that it goes through the gate when called. */
  wrap<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
    return (...args: A) => this.run(() => callback(...args));
  }

  freeze(): void {
    if (this.current === "running") this.current = "frozen";
  }

  /** Resumes, running the held work in the order it arrived. */
  thaw(): void {
    if (this.current !== "frozen") return;
    this.current = "running";
    const held = this.held;
    this.held = [];
    for (const work of held) this.run(work);
  }

  kill(): void {
    this.current = "dead";
    this.held = [];
  }
}
