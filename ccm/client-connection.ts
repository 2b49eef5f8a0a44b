/**
 * One connection on a node's client endpoint, and the work it may cause the node. Any process on
 * the machine can open one, so what it can make the node do is bounded:
 *
 *   message ─▶ split (≤ 1024 requests) ─▶ inbox ─▶ decode, start ─▶ handler ─▶ reply ─▶ outbox
 *                                           │        │                                     │
 *                         socket paused while it   at most `requestsInFlight` and          bytes
 *                         holds anything           `connectionBytesInFlight` bytes         counted until
 *                                                  (and the endpoint's share) at once      written out
 *
 * Requests start in the order sent, a Register completing before anything after it starts (one
 * registration per connection, claimed before the first await). Replies go out as each completes.
 * Receiving a message only splits it into frames: the endpoint decodes and starts requests in
 * slices that yield to the event loop, taking turns across connections, so heartbeats and the
 * fabric keep their timing whatever clients send. A connection sending bad requests faster than
 * `badRequestsPerSecond` is closed; one that leaves `unreadOutputBytes` unread is closed too (the
 * events for it cannot wait).
 */
import { performance } from "node:perf_hooks";
import { WebSocket } from "ws";
import { FifoQueue } from "../kit/fifo-queue.js";
import { MAX_MESSAGE_BYTES } from "../rdma-emu/index.js";
import {
  type ClientCall,
  type ClientEventBody,
  encodeServerMessages,
  eventItem,
  MAX_SERVER_FRAME_BYTES,
  messageRuns,
  type ReplyResult,
  replyItem,
  requestPayloadBytes,
  type ServerItem,
  serverItemPayloadBytes,
} from "./client-codec.js";
import {
  type DecodedRequest,
  decodeRequest,
  splitRequests,
  UndecodableRequest,
} from "./client-request-decoder.js";
import { REQUEST_OVERHEAD_BYTES, SMALL_REQUEST_BYTES, STATUS_REPLY_BYTES } from "./constants.js";
import type { EndpointLimits } from "./endpoint-limits.js";
import { BadRequestError, CcmError, RemoteOperationError, ServiceCallError, toCcmError } from "./errors.js";

/** WebSocket close codes the node uses (RFC 6455, 7.4.1). */
export const CLOSE_NORMAL = 1000;
export const CLOSE_GOING_AWAY = 1001;
export const CLOSE_POLICY = 1008;
export const CLOSE_TRY_LATER = 1013;
const MAX_CLOSE_REASON_CHARS = 120;

export interface ClientHandler {
  /** Carries out one request; the result (or the thrown CcmError) is the reply. */
  handle(connection: ClientConnection, call: ClientCall): Promise<ReplyResult>;
  /** The reply to `call` went out (events that must follow it can go now). */
  replied(connection: ClientConnection, call: ClientCall): void;
  /** The connection is gone: whatever the client held is released. */
  disconnected(connection: ClientConnection): void;
}

/** What a connection shares with the rest of its endpoint. */
export interface ConnectionEndpoint {
  readonly handler: ClientHandler;
  readonly limits: EndpointLimits;
  /** Takes `bytes` of the endpoint's budget for `connection`; false (and it waits) when short. */
  take(connection: ClientConnection, bytes: number): boolean;
  give(bytes: number): void;
  /** Output handed to (positive) or written out by (negative) a connection's socket. */
  unsent(bytes: number): void;
  /** The connection may have requests to start: it gets a turn in the endpoint's next slice. */
  schedule(connection: ClientConnection): void;
  /** A bad request from `connection` (logged, rate-limited across the endpoint). */
  badRequest(connection: ClientConnection, id: number, reason: string): void;
  /** A request failed in a way that is a bug of the node, not of the client. */
  failed(connection: ClientConnection, error: unknown): void;
}

export class ClientConnection {
  /** The client's name once it registered. */
  name: string | undefined;
  /** performance.now() of the last message from the client. */
  lastActive = performance.now();
  /** A Register is under way: nothing after it starts until it completes. */
  private registering = false;
  /** Frames read and not started; the first one decoded in `head`. */
  private readonly inbox = new FifoQueue<Uint8Array | UndecodableRequest>();
  private head: DecodedRequest | undefined;
  private inFlight = 0;
  /** Bytes held for started requests, and the part of them taken from the endpoint's budget. */
  private heldBytes = 0;
  private sharedBytes = 0;
  /** Bytes handed to the socket and not yet written out. */
  private unsentBytes = 0;
  private outbox: ServerItem[] = [];
  private badThisSecond = 0;
  private badSecondStart = 0;
  private closed = false;
  private closeListeners: (() => void)[] = [];
  /** Output queued in this turn, not yet encoded (counted as unread, estimated by its payload). */
  private queuedBytes = 0;
  /** The socket is gone and everything the connection held was given back (onClosed). */
  private released = false;

  constructor(
    readonly id: number,
    readonly remote: string,
    private readonly socket: WebSocket,
    private readonly endpoint: ConnectionEndpoint,
  ) {}

  get open(): boolean {
    return !this.closed && this.socket.readyState === WebSocket.OPEN;
  }

  /** Who the connection is, for logs. */
  get label(): string {
    return this.name ?? this.remote;
  }

  /** Requests started and not yet answered, and requests read but not started. */
  get pending(): number {
    return this.inFlight + this.inbox.length + (this.head === undefined ? 0 : 1);
  }

  event(event: ClientEventBody): void {
    this.queue(eventItem(event));
  }

  /**
   * An event a hosted service pushes to this connection (it made a call to the service). Counted
   * against the unread-output limits at once: false when the connection is closed, or was just
   * closed because the client leaves too much unread.
   */
  serviceEvent(service: string, payload: Uint8Array): boolean {
    return this.queue(eventItem({ type: "service-event", service, payload }));
  }

  /** Whether the connection is closing or closed (nothing more is sent on it). */
  get isClosed(): boolean {
    return this.closed;
  }

  /** `listener` runs once, when the connection closes or starts closing (at once if it has). */
  onClose(listener: () => void): void {
    if (this.closed) listener();
    else this.closeListeners.push(listener);
  }

  reply(id: number, result: ReplyResult): void {
    this.queue(replyItem(id, result));
  }

  /** Starts the closing handshake; nothing the client sends from now on is carried out. */
  close(code: number, reason: string): void {
    this.markClosed();
    // A paused socket would never read the client's close frame (ws then waits 30 s).
    this.socket.resume();
    this.socket.close(code, reason.slice(0, MAX_CLOSE_REASON_CHARS));
  }

  /** A message from the client. */
  receive(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    this.lastActive = performance.now();
    const frames = isBinary
      ? splitRequests(data)
      : [new UndecodableRequest(0, "text message: the client protocol is binary protobuf")];
    for (const frame of frames) this.inbox.push(frame);
    // Nothing starts here: the endpoint starts work in slices, fairly across its connections.
    this.socket.pause();
    this.endpoint.schedule(this);
  }

  /** The socket closed: nothing further starts, and what the connection held goes back. */
  onClosed(): void {
    this.markClosed();
    this.released = true;
    this.inbox.drain();
    this.head = undefined;
    this.endpoint.give(this.sharedBytes);
    this.heldBytes = 0;
    this.sharedBytes = 0;
    this.releaseOutput();
  }

  /**
   * Starts up to `max` of the requests the inbox holds, in order, while the limits allow (the
   * endpoint calls this within its slice of the event loop). While anything waits, the socket
   * is not read (backpressure). Returns how many it took and whether it could take more now.
   */
  pump(max: number): { readonly taken: number; readonly more: boolean } {
    let taken = 0;
    let blocked = false;
    while (this.open && taken < max) {
      const item = this.peek();
      if (item === undefined) break;
      if (item instanceof UndecodableRequest) {
        this.head = undefined;
        this.refuse(item.id, item.message);
      } else {
        const cost = requestCost(item.call);
        if (this.registering || !this.mayStart(cost)) {
          blocked = true;
          break;
        }
        this.head = undefined;
        this.start(item.id, item.call, cost);
      }
      taken++;
    }
    if (this.open) {
      if (this.pending > this.inFlight) this.socket.pause();
      else this.socket.resume();
    }
    return { taken, more: this.open && !blocked && this.pending > this.inFlight };
  }

  /** The next request to start, decoded (one decode per request, inside the current slice). */
  private peek(): DecodedRequest | undefined {
    if (this.head === undefined) {
      const frame = this.inbox.shift();
      if (frame !== undefined) this.head = frame instanceof Uint8Array ? decodeRequest(frame) : frame;
    }
    return this.head;
  }

  private mayStart(cost: number): boolean {
    const { limits } = this.endpoint;
    if (this.inFlight >= limits.requestsInFlight) return false;
    // One request always fits an idle connection, whatever it costs (it is bounded by its size).
    const busy = this.heldBytes + this.unsentBytes;
    if (busy > 0 && busy + cost > limits.connectionBytesInFlight) return false;
    const shared = endpointShare(cost);
    return shared === 0 || this.endpoint.take(this, shared);
  }

  private start(id: number, call: ClientCall, cost: number): void {
    // Nothing after a Register starts until it completes, so the handler's "registered already"
    // check sees every earlier Register finished.
    if (call.kind === "register") this.registering = true;
    this.inFlight++;
    this.heldBytes += cost;
    this.sharedBytes += endpointShare(cost);
    this.endpoint.handler.handle(this, call).then(
      (result) => {
        this.finish(cost, call);
        this.reply(id, result);
        this.endpoint.handler.replied(this, call);
      },
      (error: unknown) => {
        this.finish(cost, call);
        const failure = toCcmError(error);
        if (!(error instanceof CcmError) || failure.code === "E_INTERNAL") this.endpoint.failed(this, error);
        if (failure instanceof BadRequestError) this.countBad();
        this.reply(id, errorResult(failure));
      },
    );
  }

  private finish(cost: number, call: ClientCall): void {
    this.inFlight--;
    if (call.kind === "register") this.registering = false;
    // A closing connection gives its share back at once: others may be waiting for it.
    if (this.released) return;
    this.heldBytes -= cost;
    this.sharedBytes -= endpointShare(cost);
    this.endpoint.give(endpointShare(cost));
    if (!this.closed) this.endpoint.schedule(this);
  }

  /** A request refused before it started: an error reply, a (rate-limited) warning. */
  private refuse(id: number, reason: string): void {
    this.endpoint.badRequest(this, id, reason);
    this.reply(id, { kind: "error", code: "E_BAD_REQUEST", message: reason, completionStatus: 0 });
    this.countBad();
  }

  private countBad(): void {
    const now = performance.now();
    if (now - this.badSecondStart >= 1000) {
      this.badSecondStart = now;
      this.badThisSecond = 0;
    }
    if (++this.badThisSecond > this.endpoint.limits.badRequestsPerSecond && this.open) {
      const reason = `E_BAD_REQUEST: more than ${this.endpoint.limits.badRequestsPerSecond} bad requests in a second`;
      this.endpoint.badRequest(this, 0, `connection closed: ${reason}`);
      this.close(CLOSE_POLICY, reason);
    }
  }

  /** Nothing more goes out; whoever listens hears it, once. */
  private markClosed(): void {
    this.closed = true;
    const listeners = this.closeListeners;
    this.closeListeners = [];
    for (const listener of listeners) listener();
  }

  /**
   * What one event-loop turn produces for this client goes out as one message. Queued output
   * counts as unread at once, so that no burst within a turn escapes the limits. False when the
   * item is not sent (the connection is closed, or closed now for the output it left unread).
   */
  private queue(item: ServerItem): boolean {
    if (!this.open) return false;
    const size = REQUEST_OVERHEAD_BYTES + serverItemPayloadBytes(item);
    this.outbox.push(item);
    this.queuedBytes += size;
    // The endpoint may cut the slowest reader, this one included.
    this.endpoint.unsent(size);
    if (this.open && this.unread > this.endpoint.limits.unreadOutputBytes) this.closeForUnreadOutput();
    if (!this.open) return false;
    if (this.outbox.length === 1) queueMicrotask(() => this.flush());
    return true;
  }

  private flush(): void {
    const items = this.outbox;
    this.outbox = [];
    this.endpoint.unsent(-this.queuedBytes);
    this.queuedBytes = 0;
    // Each message fits what a client accepts (MAX_SERVER_FRAME_BYTES).
    for (const run of messageRuns(
      items,
      serverItemPayloadBytes,
      Number.POSITIVE_INFINITY,
      MAX_SERVER_FRAME_BYTES,
    )) {
      if (!this.open) return;
      const message = encodeServerMessages(run);
      const size = message.length;
      this.unsentBytes += size;
      this.endpoint.unsent(size);
      if (this.unsentBytes > this.endpoint.limits.unreadOutputBytes) {
        this.closeForUnreadOutput();
        return;
      }
      this.socket.send(message, () => {
        if (this.closed) return; // released all at once (releaseOutput)
        this.unsentBytes -= size;
        this.endpoint.unsent(-size);
        if (this.pending > this.inFlight) this.endpoint.schedule(this);
      });
    }
  }

  /** Output the client left unread, still held by the node. */
  get unread(): number {
    return this.unsentBytes + this.queuedBytes;
  }

  /** The client reads too little of what it is sent: events for it cannot wait. */
  closeForUnreadOutput(): void {
    const reason = `E_RESOURCES: the client left ${this.unread} bytes unread`;
    this.endpoint.badRequest(this, 0, `connection closed: ${reason}`);
    this.close(CLOSE_POLICY, reason);
    // It reads nothing, so it would not read a close frame either: its memory goes now.
    this.socket.terminate();
    this.releaseOutput();
  }

  private releaseOutput(): void {
    this.endpoint.unsent(-this.unread);
    this.unsentBytes = 0;
    this.queuedBytes = 0;
    this.outbox = [];
  }
}

/**
 * What a request takes from the endpoint's shared budget: small requests (a heartbeat, a read of
 * the partner's status word, a sequence call) take nothing, so that big ones from other connections can never hold
 * them up; each connection's own limits bound them.
 */
function endpointShare(cost: number): number {
  return cost > SMALL_REQUEST_BYTES ? cost : 0;
}

/** Bytes a request may hold in the node: its payload, the reply it may bring, and some room. */
function requestCost(call: ClientCall): number {
  return REQUEST_OVERHEAD_BYTES + requestPayloadBytes(call) + replyRoom(call);
}

/** The reply's data a request may bring back (a READ's length beyond the largest is refused). */
function replyRoom(call: ClientCall): number {
  if ((call.kind === "remote" && call.op === "read") || call.kind === "local-read")
    return Math.min(call.length, MAX_MESSAGE_BYTES);
  return call.kind === "get-status" ? STATUS_REPLY_BYTES : 0;
}

function errorResult(error: CcmError): ReplyResult {
  const status = error instanceof RemoteOperationError ? error.status : 0;
  const code = error instanceof ServiceCallError ? error.serviceCode : error.code;
  return { kind: "error", code, message: error.message, completionStatus: status };
}
