/**
 * Errors of the sequence service. Callers match on `code`, never on the message.
 *
 * | code                | when                                                                        |
 * |---------------------|-----------------------------------------------------------------------------|
 * | E_SEQ_UNAVAILABLE   | no number within the caller's deadline: no generator serves right now (failover, no majority, fenced-off primary); retryable |
 * | E_SEQ_BAD_REQUEST   | a count outside 1..2^20, a floor above every number issued (or above MAX_SEQ_NUMBER), or a malformed call |
 * | E_SEQ_PROTOCOL      | a peer sent a malformed sequence message (dropped, logged)                  |
 * | E_SEQ_STORE         | the node's durable store cannot be read: the service is down on that node   |
 */
import { CodedError } from "../../kit/coded-error.js";
export type SeqErrorCode = "E_SEQ_UNAVAILABLE" | "E_SEQ_BAD_REQUEST" | "E_SEQ_PROTOCOL" | "E_SEQ_STORE";

export abstract class SeqError extends CodedError<SeqErrorCode> {}

/** No generator could hand out a number in time; nothing was issued to this caller. Retry. */
export class SeqUnavailableError extends SeqError {
  readonly code = "E_SEQ_UNAVAILABLE";
  override readonly retryable = true;
}

export class SeqBadRequestError extends SeqError {
  readonly code = "E_SEQ_BAD_REQUEST";
}

export class SeqProtocolError extends SeqError {
  readonly code = "E_SEQ_PROTOCOL";
}

export class SeqStoreError extends SeqError {
  readonly code = "E_SEQ_STORE";
}
