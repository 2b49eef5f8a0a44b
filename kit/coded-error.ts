/**
 * The one base of every error the project throws. Callers match on `code`, which is stable, never
 * on the message; `name` is the class's; `cause` is passed through; `retryable` says whether the
 * same call may succeed later. Each layer derives its own base from it (RdmaError, CcmError,
 * SeqError), with the union of its codes.
 */
export abstract class CodedError<Code extends string = string> extends Error {
  abstract readonly code: Code;
  /** Whether asking again later may succeed (false unless an error class says otherwise). */
  readonly retryable: boolean = false;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
