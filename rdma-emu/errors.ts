/**
 * Errors of the emulated card and fabric. Callers match on `code` (stable) or class, never on message.
 *
 * | code                    | when                                                                 |
 * |-------------------------|----------------------------------------------------------------------|
 * | E_COMPLETION            | a work request completed with a non-SUCCESS status (`status` says which) |
 * | E_INVALID_WORK_REQUEST  | a local misuse: unknown local VI, bad length, misaligned atomic, ... |
 * | E_REGISTRATION          | a memory region cannot be registered or deregistered                 |
 * | E_CONFIG                | a fabric config or card option is invalid                            |
 * | E_LINK_PROTOCOL         | a peer sent a malformed, oversized or unexpected frame               |
 * | E_CARD_CLOSED           | the card was shut down                                               |
 *
 * Why a card closed a link is logged with a code too (the `error` field of its line): one of
 * LinkCloseCode below.
 */
import { CodedError } from "../kit/coded-error.js";
import { fabric } from "../proto/generated/fabric.js";

export type RdmaErrorCode =
  | "E_COMPLETION"
  | "E_INVALID_WORK_REQUEST"
  | "E_REGISTRATION"
  | "E_CONFIG"
  | "E_LINK_PROTOCOL"
  | "E_CARD_CLOSED";

/**
 * Why a card closed or refused a link, in its log line: E_LINK_PROTOCOL, a malformed, oversized
 * or unexpected frame (data before login among them); E_LINK_AUTH, the peer failed the challenge
 * (it does not hold the fabric's secret); E_LINK_REFUSED, a login the card turned down otherwise
 * (not a card of this fabric, another identity than expected, too slow, too many logging in).
 */
export type LinkCloseCode = "E_LINK_PROTOCOL" | "E_LINK_AUTH" | "E_LINK_REFUSED";

/** Base class of every error this layer throws. */
export abstract class RdmaError extends CodedError<RdmaErrorCode> {}

/** A work request completed with an error status; the status rides on the error as data. */
export class CompletionError extends RdmaError {
  readonly code = "E_COMPLETION";
  constructor(
    readonly status: fabric.CompletionStatus,
    detail: string,
  ) {
    super(`${fabric.CompletionStatus[status]}: ${detail}`);
  }
}

export class InvalidWorkRequestError extends RdmaError {
  readonly code = "E_INVALID_WORK_REQUEST";
}

export class RegistrationError extends RdmaError {
  readonly code = "E_REGISTRATION";
}

export class ConfigError extends RdmaError {
  readonly code = "E_CONFIG";
}

export class LinkProtocolError extends RdmaError {
  readonly code = "E_LINK_PROTOCOL";
}

export class CardClosedError extends RdmaError {
  readonly code = "E_CARD_CLOSED";
  constructor() {
    super("the card is shut down");
  }
}
