/**
 * How the command line reports a failure: one line, `ccm: <CODE>: <message>`, and whether trying
 * again may help. The code is the one closest to the cause: a hosted service's own code (the
 * sequence service's E_SEQ_UNAVAILABLE) rather than the wrapper's E_SERVICE; an error with no code
 * is E_INTERNAL (a bug: its stack follows the line, as the bug report). Set CCM_DEBUG=1 for the
 * stack of any error.
 */

/** Codes of errors from outside the project (no `retryable` of theirs) that are worth retrying. */
const RETRYABLE_CODES = new Set(["ECONNREFUSED"]);
const CODE = /^E[A-Z0-9_]+$/;

export function errorCode(error: unknown): string {
  const { serviceCode, code } = (typeof error === "object" && error !== null ? error : {}) as {
    serviceCode?: unknown;
    code?: unknown;
  };
  if (typeof serviceCode === "string" && CODE.test(serviceCode)) return serviceCode;
  if (typeof code === "string" && CODE.test(code)) return code;
  return "E_INTERNAL";
}

export function isRetryable(error: unknown): boolean {
  const retryable = (error as { retryable?: unknown } | null)?.retryable;
  return typeof retryable === "boolean" ? retryable : RETRYABLE_CODES.has(errorCode(error));
}

/** The error on one line. */
export function errorLine(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s*[\r\n]+\s*/g, " ");
  return `ccm: ${errorCode(error)}: ${message}${isRetryable(error) ? " (retryable: try again)" : ""}`;
}

/** Prints the error on one line (and its stack under CCM_DEBUG) to stderr. */
export function reportError(error: unknown): void {
  console.error(errorLine(error));
  const bug = errorCode(error) === "E_INTERNAL";
  if ((bug || process.env.CCM_DEBUG) && error instanceof Error && error.stack !== undefined)
    console.error(error.stack);
}
