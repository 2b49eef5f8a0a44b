/**
 * A connection from a process to its local node's client endpoint: requests with ids, replies
 * matched to them, events passed on. Shared by the client library and the admin tools.
 */
import WebSocket from "ws";
import {
  type ClientCall,
  decodeServerMessages,
  encodeRequests,
  MAX_CLIENT_FRAME_BYTES,
  MAX_SERVER_FRAME_BYTES,
  messageRuns,
  type ReplyResult,
  requestPayloadBytes,
  type ServerEventBody,
  type ServerMessageBody,
} from "./client-codec.js";
import { MAX_CLIENT_MESSAGE_BYTES, MAX_REQUESTS_PER_MESSAGE } from "./constants.js";
import { BadRequestError, ClientClosedError, errorFromWire } from "./errors.js";

type Pending = { resolve: (result: ReplyResult) => void; reject: (error: Error) => void };

export class NodeConnection {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closedReason: string | undefined;

  private constructor(
    private readonly socket: WebSocket,
    private readonly onEvent: (event: ServerEventBody) => void,
    private readonly onClose: (reason: string) => void,
  ) {
    socket.on("message", (data) => this.onMessage(data as Buffer));
    socket.on("close", (code, reason) =>
      this.closed(`connection closed (${code}${reason.length ? ` ${reason}` : ""})`),
    );
    socket.on("error", (error) => this.closed(error.message));
  }

  static async open(
    url: string | URL,
    onEvent: (event: ServerEventBody) => void,
    onClose: (reason: string) => void = () => {},
  ): Promise<NodeConnection> {
    const socket = new WebSocket(url, { maxPayload: MAX_SERVER_FRAME_BYTES, perMessageDeflate: false });
    // once() would reject with the socket's own error: the caller gets E_CLOSED instead.
    await new Promise<void>((resolve, reject) => {
      socket.once("open", () => resolve());
      socket.once("error", (error) =>
        reject(new ClientClosedError(`cannot reach the node at ${String(url)}: ${error.message}`)),
      );
    });
    return new NodeConnection(socket, onEvent, onClose);
  }

  get isOpen(): boolean {
    return this.closedReason === undefined;
  }

  /** Sends a request; resolves with its result, rejects with the CcmError the node answered. */
  call(call: ClientCall): Promise<ReplyResult> {
    if (this.closedReason !== undefined) return Promise.reject(new ClientClosedError(this.closedReason));
    // Larger than any message the node reads: refused here, not by closing the connection.
    if (requestPayloadBytes(call) > MAX_CLIENT_MESSAGE_BYTES) {
      return Promise.reject(
        new BadRequestError(
          `a payload of ${requestPayloadBytes(call)} bytes exceeds ${MAX_CLIENT_MESSAGE_BYTES}`,
        ),
      );
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Requests of one event-loop turn go out as one message.
      this.outbox.push({ id, call });
      if (this.outbox.length === 1) queueMicrotask(() => this.flush());
    });
  }

  private outbox: { id: number; call: ClientCall }[] = [];

  private flush(): void {
    const items = this.outbox;
    this.outbox = [];
    if (this.closedReason !== undefined) return;
    // A node takes at most MAX_REQUESTS_PER_MESSAGE requests and MAX_CLIENT_FRAME_BYTES in one message.
    for (const run of messageRuns(
      items,
      (item) => requestPayloadBytes(item.call),
      MAX_REQUESTS_PER_MESSAGE,
      MAX_CLIENT_FRAME_BYTES,
    ))
      this.socket.send(encodeRequests(run));
  }

  close(): void {
    this.socket.close(1000, "client done");
    this.closed("closed by the client");
  }

  private onMessage(data: Buffer): void {
    let messages: ServerMessageBody[];
    try {
      messages = decodeServerMessages(data);
    } catch (error) {
      this.closed((error as Error).message);
      this.socket.terminate();
      return;
    }
    for (const message of messages) this.dispatch(message);
  }

  private dispatch(message: ServerMessageBody): void {
    if (message.kind === "event") {
      this.onEvent(message.event);
      return;
    }
    const pending = this.pending.get(message.id);
    if (pending === undefined) {
      if (message.result.kind === "error")
        this.closed(`the node refused a message: ${message.result.message}`);
      return;
    }
    this.pending.delete(message.id);
    const { result } = message;
    if (result.kind === "error")
      pending.reject(errorFromWire(result.code, result.message, result.completionStatus));
    else pending.resolve(result);
  }

  private closed(reason: string): void {
    if (this.closedReason !== undefined) return;
    this.closedReason = reason;
    for (const pending of this.pending.values()) pending.reject(new ClientClosedError(reason));
    this.pending.clear();
    this.onClose(reason);
  }
}

/** The result's expected kind, or a clear error when the node answered something else. */
export function expectResult<K extends ReplyResult["kind"]>(
  result: ReplyResult,
  kind: K,
): Extract<ReplyResult, { kind: K }> {
  if (result.kind !== kind) throw new BadRequestError(`expected a ${kind} reply, got ${result.kind}`);
  return result as Extract<ReplyResult, { kind: K }>;
}
