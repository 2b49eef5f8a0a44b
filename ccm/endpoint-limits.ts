/**
 * The bounds of a node's client endpoint, as one value: the defaults come from constants.ts (and
 * are what the README documents); tests shrink them to reach a limit quickly.
 */
import {
  BAD_REQUEST_LOG_LINES_PER_SECOND,
  MAX_BAD_REQUESTS_PER_SECOND,
  MAX_CONNECTION_BYTES_IN_FLIGHT,
  MAX_CONNECTIONS_PER_ENDPOINT,
  MAX_ENDPOINT_BYTES_IN_FLIGHT,
  MAX_ENDPOINT_UNREAD_OUTPUT_BYTES,
  MAX_REQUESTS_IN_FLIGHT,
  MAX_UNREAD_OUTPUT_BYTES,
  UNREGISTERED_IDLE_MS,
  UPGRADE_TIMEOUT_MS,
} from "./constants.js";

export interface EndpointLimits {
  readonly maxConnections: number;
  readonly requestsInFlight: number;
  readonly connectionBytesInFlight: number;
  readonly endpointBytesInFlight: number;
  readonly unreadOutputBytes: number;
  readonly endpointUnreadOutputBytes: number;
  readonly unregisteredIdleMs: number;
  readonly upgradeTimeoutMs: number;
  readonly badRequestsPerSecond: number;
  readonly badRequestLogLinesPerSecond: number;
}

export const DEFAULT_ENDPOINT_LIMITS: EndpointLimits = {
  maxConnections: MAX_CONNECTIONS_PER_ENDPOINT,
  requestsInFlight: MAX_REQUESTS_IN_FLIGHT,
  connectionBytesInFlight: MAX_CONNECTION_BYTES_IN_FLIGHT,
  endpointBytesInFlight: MAX_ENDPOINT_BYTES_IN_FLIGHT,
  unreadOutputBytes: MAX_UNREAD_OUTPUT_BYTES,
  endpointUnreadOutputBytes: MAX_ENDPOINT_UNREAD_OUTPUT_BYTES,
  unregisteredIdleMs: UNREGISTERED_IDLE_MS,
  upgradeTimeoutMs: UPGRADE_TIMEOUT_MS,
  badRequestsPerSecond: MAX_BAD_REQUESTS_PER_SECOND,
  badRequestLogLinesPerSecond: BAD_REQUEST_LOG_LINES_PER_SECOND,
};
