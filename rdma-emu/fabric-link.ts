import { randomBytes } from "node:crypto";
import type { Logger } from "pino";
import { realClock } from "../kit/clock.js";
import { CoreDriver } from "../kit/driver.js";
import type { BadInputLog } from "./bad-input-log.js";
import {
  COALESCE_FLUSH_BYTES,
  LINK_NONCE_BYTES,
  MAX_LINK_MESSAGE_BYTES,
  MAX_LOGIN_MESSAGE_BYTES,
} from "./constants.js";
import { type LinkCloseCode, LinkProtocolError } from "./errors.js";
import { hasFaults, type LinkFaults, NO_FAULTS, planDelivery } from "./faults.js";
import { decodeFrames, encodeFrameParts } from "./frame-codec.js";
import type { DataFrame, FabricFrame } from "./frames.js";
import { formatHardwareAddress, type HardwareAddress } from "./hardware-address.js";
import { LinkLogin, type LinkLoginInput, type LinkLoginOptions, type LinkLoginOutput } from "./link-login.js";
import type { LinkTransport } from "./link-transport.js";

const SETTLED = Promise.resolve();

/** Close codes a link uses, whatever its transport (RFC 6455 section 7.4.1's numbers). */
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
  /** The frames delivered since the last call are all in (once per link message, at most). */
  delivered(link: FabricLink): void;
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
 * One link session between two cards over a transport (raw TCP between cards, or a WebSocket):
 * login first, then data frames. Frames produced in one event-loop turn are coalesced into one
 * message (a doorbell batch); large ones go out at once. Anything malformed, oversized or out of
 * place closes the link with a logged reason; it never throws into the card.
 */
export class FabricLink {
  peer: HardwareAddress | undefined;
  private readonly login: LinkLogin;
  private pending: DataFrame[] = [];
  private pendingBytes = 0;
  private flushQueued = false;
  /** Inside onMessage, which flushes as it ends: frames queued meanwhile need no flush of their own. */
  private receiving = false;
  private closed = false;
  /** Runs the login (and its timeout) as every core is run. */
  private readonly loginDriver: CoreDriver<LinkLoginInput, LinkLoginOutput>;
  private readonly flushPending = () => this.flush();

  constructor(
    private readonly transport: LinkTransport,
    private readonly options: FabricLinkOptions,
  ) {
    this.login = new LinkLogin({ ...options.login, nonce: randomBytes(LINK_NONCE_BYTES) });
    this.loginDriver = new CoreDriver(this.login, {
      clock: realClock,
      wakeUp: () => ({ type: "wake" }),
      apply: (outputs) => this.applyLogin(outputs),
    });
    this.peer = options.login.expectedPeer;
    // Until the dialer has logged in, its messages are login frames: a stranger's stay small.
    if (options.login.role === "listener") transport.limitMessages(MAX_LOGIN_MESSAGE_BYTES);
    // The login starts before any frame can arrive (a transport may hold some already).
    this.loginInput({ type: "start" });
    transport.start({
      message: (data, start, end, isBinary) => this.onMessage(data, start, end, isBinary),
      closed: (reason) => this.onClosed(reason),
      // A dial that never connected means the peer's card is not up (yet): nothing to warn about.
      error: (message, opening) =>
        opening
          ? this.onClosed(`unreachable: ${message}`)
          : this.close(CloseCode.PROTOCOL_ERROR, message, "E_LINK_PROTOCOL"),
    });
  }

  get established(): boolean {
    return this.login.state === "established";
  }

  /** Queues a data frame (faults permitting) for the next coalesced message. */
  send(frame: DataFrame): void {
    if (this.closed) return;
    const faults = this.options.faults(this.peer as HardwareAddress).outbound;
    if (faults === NO_FAULTS || !hasFaults(faults)) {
      this.enqueue(frame);
      return;
    }
    for (const delay of planDelivery(faults, Math.random)) setTimeout(() => this.enqueue(frame), delay);
  }

  /** Closes the link with a WebSocket close code; `error` says why in the log line (errors.ts). */
  close(code: number, reason: string, error?: LinkCloseCode): void {
    if (this.closed) return;
    if (
      code !== CloseCode.NORMAL &&
      code !== CloseCode.GOING_AWAY &&
      !this.established &&
      this.options.refusals
    ) {
      this.options.refusals.warn(
        this.options.remote,
        { peer: this.peerName(), code, reason, error },
        `fabric link refused: ${reason}`,
      );
    } else if (code !== CloseCode.NORMAL && code !== CloseCode.GOING_AWAY) {
      this.options.logger.warn(
        { peer: this.peerName(), remote: this.options.remote, code, reason, error },
        "fabric link closed: %s",
        reason,
      );
    }
    this.transport.close(code, reason);
    this.onClosed(reason);
  }

  private enqueue(frame: DataFrame): void {
    if (this.closed) return;
    this.pending.push(frame);
    this.pendingBytes += frame.payload.length;
    if (this.pendingBytes >= COALESCE_FLUSH_BYTES) {
      this.flush();
    } else if (!this.flushQueued && !this.receiving) {
      this.flushQueued = true;
      // As cheap a deferral as there is (queueMicrotask costs an AsyncResource per call).
      SETTLED.then(this.flushPending);
    }
  }

  /** Sends what is pending as one message (large payloads as parts of it, uncopied). */
  private flush(): void {
    this.flushQueued = false;
    if (this.closed || this.pending.length === 0) return;
    const parts = encodeFrameParts(this.pending, this.transport.headroom);
    // Replaced, not emptied: setting an array's length is a runtime call (measured: dearer
    // than the new array).
    this.pending = [];
    this.pendingBytes = 0;
    this.transport.send(parts);
  }

  private sendNow(frame: FabricFrame): void {
    this.transport.send(encodeFrameParts([frame], this.transport.headroom));
  }

  private onMessage(data: Uint8Array, start: number, end: number, isBinary: boolean): void {
    if (this.closed) return;
    let frames: FabricFrame[];
    try {
      if (!isBinary) throw new LinkProtocolError("text message on a fabric link");
      frames = decodeFrames(data, start, end);
    } catch (error) {
      this.close(CloseCode.PROTOCOL_ERROR, (error as Error).message, "E_LINK_PROTOCOL");
      return;
    }
    this.receiving = true;
    try {
      for (const frame of frames) {
        if (this.closed) return;
        if (frame.type === "request" || frame.type === "response") {
          if (!this.established) {
            this.close(CloseCode.POLICY_VIOLATION, `${frame.type} frame before login`, "E_LINK_PROTOCOL");
            return;
          }
          this.deliver(frame);
        } else {
          this.loginInput({ type: "frame", frame });
        }
      }
    } finally {
      this.receiving = false;
    }
    if (!this.closed) this.options.handlers.delivered(this);
    // The answers to this message go out now, as one message, rather than after the socket's read
    // callback unwinds (the stream bookkeeping and its nextTicks would otherwise come first).
    this.flush();
  }

  private deliver(frame: DataFrame): void {
    const faults = this.options.faults(this.peer as HardwareAddress).inbound;
    if (faults === NO_FAULTS || !hasFaults(faults)) {
      this.options.handlers.frame(this, frame);
      return;
    }
    for (const delay of planDelivery(faults, Math.random)) {
      setTimeout(() => {
        if (this.closed) return;
        this.options.handlers.frame(this, frame);
        this.options.handlers.delivered(this);
      }, delay);
    }
  }

  private loginInput(input: LinkLoginInput): void {
    this.loginDriver.feed(input);
  }

  /** Carries out what the login says. */
  private applyLogin(outputs: readonly LinkLoginOutput[]): void {
    for (const output of outputs) {
      switch (output.type) {
        case "send":
          this.sendNow(output.frame);
          break;
        case "reject":
          this.close(CloseCode.POLICY_VIOLATION, output.reason, output.code);
          return;
        case "established":
          this.peer = output.peer;
          this.transport.limitMessages(MAX_LINK_MESSAGE_BYTES);
          if (!this.options.handlers.established(this, output.peer, output.peerIncarnation)) {
            this.close(CloseCode.POLICY_VIOLATION, "refused by the card", "E_LINK_REFUSED");
            return;
          }
          break;
      }
    }
  }

  private onClosed(reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.loginDriver.stop();
    this.pending = [];
    this.options.handlers.closed(this, reason, this.established);
  }

  private peerName(): string {
    return this.peer === undefined ? "unknown" : formatHardwareAddress(this.peer);
  }
}
