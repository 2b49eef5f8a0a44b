import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import type WebSocket from "ws";
import type { BadInputLog } from "./bad-input-log.js";
import { largeMessagePool } from "./buffer-pool.js";
import { COALESCE_FLUSH_BYTES, LINK_LOGIN_TIMEOUT_MS, LINK_NONCE_BYTES } from "./constants.js";
import { LinkProtocolError } from "./errors.js";
import { hasFaults, type LinkFaults, planDelivery } from "./faults.js";
import { decodeFrames, encodeFrameParts, encodeFrames } from "./frame-codec.js";
import type { DataFrame, FabricFrame } from "./frames.js";
import { formatHardwareAddress, type HardwareAddress } from "./hardware-address.js";
import { LinkLogin, type LinkLoginAction, type LinkLoginOptions } from "./link-login.js";

/** Messages at least this large are built in pooled buffers. */
const POOLED_MESSAGE_BYTES = 16 * 1024;

/** ws's readyState before the opening handshake completed (WebSocket.CONNECTING). */
const SOCKET_CONNECTING = 0;

/** WebSocket close codes a link uses (RFC 6455 section 7.4.1). */
export const CloseCode = {
  NORMAL: 1000,
  GOING_AWAY: 1001,
  PROTOCOL_ERROR: 1002,
  POLICY_VIOLATION: 1008,
  TRY_AGAIN_LATER: 1013,
} as const;

export interface FabricLinkHandlers {
  /** Login finished; return false to refuse the link. */
  established(link: FabricLink, peer: HardwareAddress, peerIncarnation: number): boolean;
  frame(link: FabricLink, frame: DataFrame): void;
  /** The link is gone; `established` says whether it had logged in. */
  closed(link: FabricLink, reason: string, established: boolean): void;
}

export interface FabricLinkOptions {
  readonly login: Omit<LinkLoginOptions, "nonce">;
  readonly handlers: FabricLinkHandlers;
  readonly logger: Logger;
  /** Faults to apply per direction, looked up per frame so they change at run time. */
  readonly faults: (peer: HardwareAddress) => { outbound: LinkFaults; inbound: LinkFaults };
  /** Where the other end is, for log lines. */
  readonly remote: string;
  /** Where a link refused before login is logged (rate-limited: strangers can connect). */
  readonly refusals?: BadInputLog;
}

/**
 * One link session between two cards over a WebSocket: login first, then data frames. Frames
 * produced in one event-loop turn are coalesced into one message (a doorbell batch); large ones go
 * out at once. Anything malformed, oversized or out of place closes the link with a logged reason;
 * it never throws into the card.
 */
export class FabricLink {
  peer: HardwareAddress | undefined;
  private readonly login: LinkLogin;
  private pending: DataFrame[] = [];
  private pendingBytes = 0;
  private flushQueued = false;
  private closed = false;
  private readonly loginTimer: NodeJS.Timeout;
  private readonly flushPending = () => this.flush();

  constructor(
    private readonly socket: WebSocket,
    private readonly options: FabricLinkOptions,
  ) {
    this.login = new LinkLogin({ ...options.login, nonce: randomBytes(LINK_NONCE_BYTES) });
    this.peer = options.login.expectedPeer;
    this.loginTimer = setTimeout(
      () => this.close(CloseCode.POLICY_VIOLATION, "login timed out"),
      LINK_LOGIN_TIMEOUT_MS,
    );
    socket.on("message", (data, isBinary) => this.onMessage(data as Buffer, isBinary));
    socket.on("close", (code, reason) =>
      this.onClosed(`closed by peer (${code}${reason.length ? ` ${reason}` : ""})`),
    );
    socket.on("error", (error) => {
      // A dial that never connected means the peer's card is not up (yet): nothing to warn about.
      if (socket.readyState === SOCKET_CONNECTING) this.onClosed(`unreachable: ${error.message}`);
      else this.close(CloseCode.PROTOCOL_ERROR, error.message);
    });
    this.apply(this.login.start());
  }

  get established(): boolean {
    return this.login.state === "established";
  }

  /** Queues a data frame (faults permitting) for the next coalesced message. */
  send(frame: DataFrame): void {
    if (this.closed) return;
    const faults = this.options.faults(this.peer as HardwareAddress).outbound;
    if (!hasFaults(faults)) {
      this.enqueue(frame);
      return;
    }
    for (const delay of planDelivery(faults, Math.random)) setTimeout(() => this.enqueue(frame), delay);
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    if (
      code !== CloseCode.NORMAL &&
      code !== CloseCode.GOING_AWAY &&
      !this.established &&
      this.options.refusals
    ) {
      this.options.refusals.warn(
        this.options.remote,
        { peer: this.peerName(), code, reason },
        `fabric link refused: ${reason}`,
      );
    } else if (code !== CloseCode.NORMAL && code !== CloseCode.GOING_AWAY) {
      this.options.logger.warn(
        { peer: this.peerName(), remote: this.options.remote, code, reason },
        "fabric link closed: %s",
        reason,
      );
    }
    this.socket.close(code, reason.slice(0, 120));
    this.onClosed(reason);
  }

  private enqueue(frame: DataFrame): void {
    if (this.closed) return;
    this.pending.push(frame);
    this.pendingBytes += frame.payload.length;
    if (this.pendingBytes >= COALESCE_FLUSH_BYTES) {
      this.flush();
    } else if (!this.flushQueued) {
      this.flushQueued = true;
      queueMicrotask(this.flushPending);
    }
  }

  /**
   * Sends what is pending as one message. Payloads are copied once, into a pooled buffer when the
   * message is large (a fresh megabyte costs more in page faults than the copy itself).
   */
  private flush(): void {
    this.flushQueued = false;
    if (this.closed || this.pending.length === 0) return;
    const parts = encodeFrameParts(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    if (parts.length === 1) {
      this.socket.send(parts[0] as Uint8Array);
      return;
    }
    let length = 0;
    for (const part of parts) length += part.length;
    const pooled = length >= POOLED_MESSAGE_BYTES;
    const buffer = pooled ? largeMessagePool.take(length) : Buffer.allocUnsafe(length);
    let offset = 0;
    for (const part of parts) {
      buffer.set(part, offset);
      offset += part.length;
    }
    this.socket.send(buffer.subarray(0, length), pooled ? () => largeMessagePool.give(buffer) : undefined);
  }

  private sendNow(frame: FabricFrame): void {
    this.socket.send(encodeFrames([frame]));
  }

  private onMessage(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    let frames: FabricFrame[];
    try {
      if (!isBinary) throw new LinkProtocolError("text message on a fabric link");
      frames = decodeFrames(data);
    } catch (error) {
      this.close(CloseCode.PROTOCOL_ERROR, (error as Error).message);
      return;
    }
    for (const frame of frames) {
      if (this.closed) return;
      if (frame.kind === "request" || frame.kind === "response") {
        if (!this.established) {
          this.close(CloseCode.POLICY_VIOLATION, `${frame.kind} frame before login`);
          return;
        }
        this.deliver(frame);
      } else {
        this.apply(this.login.receive(frame));
      }
    }
    // The answers to this message go out now, as one message, rather than after the socket's read
    // callback unwinds (the stream bookkeeping and its nextTicks would otherwise come first).
    this.flush();
  }

  private deliver(frame: DataFrame): void {
    const faults = this.options.faults(this.peer as HardwareAddress).inbound;
    if (!hasFaults(faults)) {
      this.options.handlers.frame(this, frame);
      return;
    }
    for (const delay of planDelivery(faults, Math.random)) {
      setTimeout(() => this.closed || this.options.handlers.frame(this, frame), delay);
    }
  }

  private apply(actions: LinkLoginAction[]): void {
    for (const action of actions) {
      switch (action.type) {
        case "send":
          this.sendNow(action.frame);
          break;
        case "reject":
          this.close(CloseCode.POLICY_VIOLATION, action.reason);
          return;
        case "established":
          clearTimeout(this.loginTimer);
          this.peer = action.peer;
          if (!this.options.handlers.established(this, action.peer, action.peerIncarnation)) {
            this.close(CloseCode.POLICY_VIOLATION, "refused by the card");
            return;
          }
          break;
      }
    }
  }

  private onClosed(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.loginTimer);
    this.pending = [];
    this.options.handlers.closed(this, reason, this.established);
  }

  private peerName(): string {
    return this.peer === undefined ? "unknown" : formatHardwareAddress(this.peer);
  }
}
