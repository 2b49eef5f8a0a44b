/**
 * Errors of the connection manager, the node emulator and the client library. Callers match on
 * `code` (stable) or class, never on message. A client receives the same codes over the wire;
 * the client library rebuilds the class from the code.
 *
 * | code                | when                                                                     |
 * |---------------------|--------------------------------------------------------------------------|
 * | E_CLUSTER_CONFIG    | the cluster config is invalid                                            |
 * | E_VERSION_MISMATCH  | a partner supports no protocol version we do: no session                 |
 * | E_UNKNOWN_PARTNER   | a request names a node that is not a partner of this one                 |
 * | E_PARTNER_DOWN      | the partner is not ready (down, booting, handshaking)                     |
 * | E_NO_CHANNEL        | the counterpart client is not there, or its channel is not up yet        |
 * | E_RESOURCES         | the node cannot give what a client asks: ports, memory, client slots;    |
 * |                     | a connection's close reason when it left too much output unread          |
 * | E_DUPLICATE_CLIENT  | a client of that name is already registered on the node                  |
 * | E_BAD_REQUEST       | a malformed or impossible request (bad port, range, size, field)        |
 * | E_NOT_REGISTERED    | a data request before Register                                          |
 * | E_FORBIDDEN         | a request the client's role does not allow (reporting a partner down)   |
 * | E_OS_STATE          | the node's storage OS is not up (booting, hung, panicked)                |
 * | E_REMOTE            | an RDMA operation completed with an error; `status` says which          |
 * | E_PEER_PROTOCOL     | a partner broke the session protocol (the session is dropped)            |
 * | E_CLOSED            | the client's connection to its node is closed (node stopped or reset)    |
 * | E_INTERNAL          | the node hit an unexpected error (a bug: its log has the details)        |
 * | E_SERVICE           | a hosted service refused a call; `serviceCode` is the service's own code |
 */
import { CodedError } from "../kit/coded-error.js";
import { CompletionStatus, RdmaError, statusName } from "../rdma-emu/index.js";

export type CcmErrorCode =
  | "E_CLUSTER_CONFIG"
  | "E_VERSION_MISMATCH"
  | "E_UNKNOWN_PARTNER"
  | "E_PARTNER_DOWN"
  | "E_NO_CHANNEL"
  | "E_RESOURCES"
  | "E_DUPLICATE_CLIENT"
  | "E_BAD_REQUEST"
  | "E_NOT_REGISTERED"
  | "E_FORBIDDEN"
  | "E_OS_STATE"
  | "E_REMOTE"
  | "E_PEER_PROTOCOL"
  | "E_CLOSED"
  | "E_INTERNAL"
  | "E_SERVICE";

/** Base class of every error this layer throws. */
export abstract class CcmError extends CodedError<CcmErrorCode> {}

export class ClusterConfigError extends CcmError {
  readonly code = "E_CLUSTER_CONFIG";
}

export class VersionMismatchError extends CcmError {
  readonly code = "E_VERSION_MISMATCH";
}

export class UnknownPartnerError extends CcmError {
  readonly code = "E_UNKNOWN_PARTNER";
}

/** The partner may come back: asking again later may succeed. */
export class PartnerDownError extends CcmError {
  readonly code = "E_PARTNER_DOWN";
  override readonly retryable = true;
}

/** The counterpart client may (re)attach: asking again later may succeed. */
export class NoChannelError extends CcmError {
  readonly code = "E_NO_CHANNEL";
  override readonly retryable = true;
}

export class ResourceError extends CcmError {
  readonly code = "E_RESOURCES";
}

export class DuplicateClientError extends CcmError {
  readonly code = "E_DUPLICATE_CLIENT";
}

export class BadRequestError extends CcmError {
  readonly code = "E_BAD_REQUEST";
}

export class NotRegisteredError extends CcmError {
  readonly code = "E_NOT_REGISTERED";
}

export class ForbiddenError extends CcmError {
  readonly code = "E_FORBIDDEN";
}

export class OsStateError extends CcmError {
  readonly code = "E_OS_STATE";
}

/** An RDMA operation failed; the completion status rides on the error as data. */
export class RemoteOperationError extends CcmError {
  readonly code = "E_REMOTE";
  constructor(
    readonly status: CompletionStatus,
    detail: string,
  ) {
    super(`${statusName(status)}: ${detail}`);
  }
}

export class PeerProtocolError extends CcmError {
  readonly code = "E_PEER_PROTOCOL";
}

/** The node may be back (it restarted, or was not up yet): asking again later may succeed. */
export class ClientClosedError extends CcmError {
  readonly code = "E_CLOSED";
  override readonly retryable = true;
}

export class InternalError extends CcmError {
  readonly code = "E_INTERNAL";
}

/**
 * A hosted service (ccm/service.ts) refused a call. On the wire the service's own code travels in
 * place of E_SERVICE, so that its client library can rebuild its own error from it.
 */
export class ServiceCallError extends CcmError {
  readonly code = "E_SERVICE";
  constructor(
    readonly serviceCode: string,
    message: string,
  ) {
    super(message);
  }
}

/** Normalises whatever a lower layer threw, once, at the edge. */
export function toCcmError(error: unknown): CcmError {
  if (error instanceof CcmError) return error;
  if (error instanceof RdmaError) {
    switch (error.code) {
      case "E_INVALID_WORK_REQUEST":
        return new BadRequestError(error.message, { cause: error });
      case "E_REGISTRATION":
        return new ResourceError(error.message, { cause: error });
      case "E_CARD_CLOSED":
        return new OsStateError("the node is shutting down", { cause: error });
      default:
        return new InternalError(error.message, { cause: error });
    }
  }
  return new InternalError(error instanceof Error ? error.message : String(error), { cause: error });
}

const BY_CODE: Record<Exclude<CcmErrorCode, "E_REMOTE" | "E_SERVICE">, new (message: string) => CcmError> = {
  E_CLUSTER_CONFIG: ClusterConfigError,
  E_VERSION_MISMATCH: VersionMismatchError,
  E_UNKNOWN_PARTNER: UnknownPartnerError,
  E_PARTNER_DOWN: PartnerDownError,
  E_NO_CHANNEL: NoChannelError,
  E_RESOURCES: ResourceError,
  E_DUPLICATE_CLIENT: DuplicateClientError,
  E_BAD_REQUEST: BadRequestError,
  E_NOT_REGISTERED: NotRegisteredError,
  E_FORBIDDEN: ForbiddenError,
  E_OS_STATE: OsStateError,
  E_PEER_PROTOCOL: PeerProtocolError,
  E_CLOSED: ClientClosedError,
  E_INTERNAL: InternalError,
};

/** Rebuilds an error a node sent; a code this layer does not know is a hosted service's own. */
export function errorFromWire(code: string, message: string, completionStatus: number): CcmError {
  if (code === "E_REMOTE") {
    const status = completionStatus in CompletionStatus ? completionStatus : CompletionStatus.REM_INV_REQ;
    return new RemoteOperationError(status as CompletionStatus, message);
  }
  const known = BY_CODE[code as keyof typeof BY_CODE];
  return known === undefined ? new ServiceCallError(code, message) : new known(message);
}
