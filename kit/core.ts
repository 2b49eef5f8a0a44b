/**
 * The one shape of every protocol core (the handshake, heartbeats, the sequence service, the
 * fabric policy, ...): a pure state machine that takes one input and the time, and returns what
 * it wants done. No sockets, no timers, no clock, no randomness of its own: a core that needs
 * the time or a random number is given it. Inputs and outputs are unions tagged by `type`.
 */
export interface Core<I, O> {
  /** Takes one input at time `now` (milliseconds, monotonic); returns the outputs, in order. */
  handle(input: I, now: number): readonly O[];
  /** When the core next wants its wake-up input (Infinity: never, until another input). */
  wakeAt(): number;
}
