/**
 * Errors of the group communication service. Callers match on `code`, never on the message.
 *
 * | code                 | when                                                                        |
 * |----------------------|-----------------------------------------------------------------------------|
 * | E_GROUP_PROTOCOL     | a peer sent a malformed group message (dropped, logged)                     |
 * | E_GROUP_BAD_REQUEST  | a client's call could not be decoded, names a malformed group or an instance that is not its own, or a payload over 64 KiB |
 * | E_GROUP_UNAVAILABLE  | not delivered within the call's deadline (no view, a view change, this node in a minority); retryable |
 * | E_GROUP_REFUSED      | the cluster refused a join (64 groups or 512 instances already), or this node queues too much already; retryable |
 */
import { CodedError } from "../../kit/coded-error.js";

export type GroupErrorCode =
  | "E_GROUP_PROTOCOL"
  | "E_GROUP_BAD_REQUEST"
  | "E_GROUP_UNAVAILABLE"
  | "E_GROUP_REFUSED";

export abstract class GroupError extends CodedError<GroupErrorCode> {}

export class GroupProtocolError extends GroupError {
  readonly code = "E_GROUP_PROTOCOL";
}

export class GroupBadRequestError extends GroupError {
  readonly code = "E_GROUP_BAD_REQUEST";
}

export class GroupUnavailableError extends GroupError {
  readonly code = "E_GROUP_UNAVAILABLE";
  override readonly retryable = true;
}

export class GroupRefusedError extends GroupError {
  readonly code = "E_GROUP_REFUSED";
  override readonly retryable = true;
}
