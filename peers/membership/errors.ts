/**
 * Errors of the membership service. Callers match on `code`, never on the message.
 *
 * | code                     | when                                                                  |
 * |--------------------------|-----------------------------------------------------------------------|
 * | E_MEMBERSHIP_PROTOCOL    | a peer sent a malformed membership message (dropped, logged)          |
 * | E_MEMBERSHIP_BAD_REQUEST | a client's call could not be decoded or has no known body             |
 * | E_MEMBERSHIP_UNAVAILABLE | the service is not running on this node (stopping, not started)       |
 * | E_MEMBERSHIP_STORE       | the node's membership file cannot be read or written: the daemon stays down on this node (its partners see the node leave) |
 */
import { CodedError } from "../../kit/coded-error.js";

export type MembershipErrorCode =
  | "E_MEMBERSHIP_PROTOCOL"
  | "E_MEMBERSHIP_BAD_REQUEST"
  | "E_MEMBERSHIP_UNAVAILABLE"
  | "E_MEMBERSHIP_STORE";

export abstract class MembershipError extends CodedError<MembershipErrorCode> {}

export class MembershipProtocolError extends MembershipError {
  readonly code = "E_MEMBERSHIP_PROTOCOL";
}

export class MembershipBadRequestError extends MembershipError {
  readonly code = "E_MEMBERSHIP_BAD_REQUEST";
}

export class MembershipUnavailableError extends MembershipError {
  readonly code = "E_MEMBERSHIP_UNAVAILABLE";
  override readonly retryable = true;
}

export class MembershipStoreError extends MembershipError {
  readonly code = "E_MEMBERSHIP_STORE";
}
