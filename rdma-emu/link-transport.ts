import { connect, type Socket } from "node:net";
import type WebSocket from "ws";
import { largeMessagePool } from "./buffer-pool.js";
import { LINK_CLOSE_TIMEOUT_MS, MAX_LINK_MESSAGE_BYTES } from "./constants.js";

/**
 * What a fabric link needs of the connection under it: whole messages both ways, and a close
 * that carries a code (RFC 6455's numbers, whatever the transport) and a reason. Cards dial each
 * other over raw TCP (TcpTransport); a card's port also speaks WebSocket (WsTransport), for
 * anything that comes to it that way (link-listener.ts), with the same login and limits.
 *
 * Why not WebSocket between cards, as the links first were: measured on this machine, a plain ws
 * echo (zero mask) takes 1.20-1.24x the round trip of a length-prefixed TCP echo, so over ws a
 * qd1 READ could never come within 1.3x of TCP whatever the card did; the card's READ went from
 * 1.65x to 1.39x the TCP echo with this transport alone. The WebSocket framing bought nothing
 * here: the fabric is a private, authenticated interconnect, and its messages are binary.
 */
export interface LinkTransport {
  /** Bytes the first part of every sent message leaves free at its start for the transport's header. */
  readonly headroom: number;
  /** Starts delivering events; called once. */
  start(events: LinkTransportEvents): void;
  /** Sends one message: `parts` in order, the first starting with `headroom` free bytes. */
  send(parts: readonly Uint8Array[]): void;
  /** Closes with a code and a reason the other end is told; later sends are dropped. */
  close(code: number, reason: string): void;
  /**
   * The largest message taken from now on (MAX_LINK_MESSAGE_BYTES at first); a larger one closes
   * the link (1009). A link lowers it until its peer has logged in: a stranger's messages stay small.
   */
  limitMessages(maxBytes: number): void;
}

export interface LinkTransportEvents {
  /** One whole message: `data` from `start` to `end`. */
  message(data: Uint8Array, start: number, end: number, isBinary: boolean): void;
  /** The other end closed, or the connection broke or never opened. */
  closed(reason: string): void;
  /** Something went wrong; `opening`: before the connection was open (the peer is not up). */
  error(message: string, opening: boolean): void;
}

const EMPTY = Buffer.alloc(0);

/** The longest close reason sent (a WebSocket close frame's limit). */
const MAX_CLOSE_REASON_BYTES = 120;
/** ws's readyState before the opening handshake completed (WebSocket.CONNECTING). */
const SOCKET_CONNECTING = 0;
/** Messages at least this large are assembled in pooled buffers for ws. */
const POOLED_MESSAGE_BYTES = 16 * 1024;

/** A link over a WebSocket: one link message per binary WebSocket message. */
export class WsTransport implements LinkTransport {
  readonly headroom = 0;

  private maxMessageBytes = MAX_LINK_MESSAGE_BYTES;

  constructor(private readonly socket: WebSocket) {}

  limitMessages(maxBytes: number): void {
    this.maxMessageBytes = maxBytes;
  }

  start(events: LinkTransportEvents): void {
    const { socket } = this;
    socket.on("message", (data, isBinary) => {
      const message = data as Buffer;
      if (message.length > this.maxMessageBytes) {
        this.close(MESSAGE_TOO_BIG, "Max payload size exceeded");
        events.error("Max payload size exceeded", false);
        return;
      }
      events.message(message, 0, message.length, isBinary);
    });
    socket.on("close", (code, reason) =>
      events.closed(`closed by peer (${code}${reason.length ? ` ${reason}` : ""})`),
    );
    socket.on("error", (error) => events.error(error.message, socket.readyState === SOCKET_CONNECTING));
  }

  /**
   * ws sends a message from one buffer: parts are copied once, into a pooled buffer when the
   * message is large (a fresh megabyte costs more in page faults than the copy itself).
   */
  send(parts: readonly Uint8Array[]): void {
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

  close(code: number, reason: string): void {
    this.socket.close(code, truncateReason(reason));
  }
}

/**
 * The raw TCP link between cards: a dialer first sends LINK_TCP_PREAMBLE, then both ends send
 * records: a 4-byte little-endian body length, a record type, the body. A MESSAGE record is one
 * link message; a CLOSE record (2-byte big-endian code, UTF-8 reason) ends the link. The same
 * framing as the benchmark's TCP baseline, for the same reason: it costs what TCP costs.
 */
export const LINK_TCP_PREAMBLE = Buffer.from([0xfa, 0x52, 0x44, 0x4d, 0x41, 0x4c, 0x4b, 0x01]); // "\xfaRDMALK\x01"
export const RECORD_HEADER_BYTES = 5;
export const RecordType = { MESSAGE: 0, CLOSE: 1 } as const;
/** Close code of a connection that ended without a CLOSE record (RFC 6455: abnormal closure). */
const ABNORMAL_CLOSURE = 1006;
const MESSAGE_TOO_BIG = 1009;
const PROTOCOL_ERROR = 1002;
/** A CLOSE record's body: a code and a short reason. */
const MAX_CLOSE_BODY_BYTES = 2 + MAX_CLOSE_REASON_BYTES * 4;

export class TcpTransport implements LinkTransport {
  private maxMessageBytes = MAX_LINK_MESSAGE_BYTES;
  readonly headroom = RECORD_HEADER_BYTES;
  private events: LinkTransportEvents | undefined;
  private readonly header = Buffer.alloc(RECORD_HEADER_BYTES);
  private headerBytes = 0;
  /** The body being assembled from several chunks, and how much of it is still to come. */
  private parts: Buffer[] = [];
  private recordType = 0;
  private bodyLength = 0;
  private remaining = 0;
  private closing = false;
  private ended = false;
  private opening: boolean;
  private leftover: Buffer | undefined;

  /**
   * `leftover`: bytes already read from the socket past the preamble (a listener reads them while
   * telling a card from a WebSocket client). A dialer sends the preamble first.
   */
  constructor(
    private readonly socket: Socket,
    options: { readonly dialer: boolean; readonly leftover?: Buffer },
  ) {
    this.opening = options.dialer;
    socket.setNoDelay(true);
    if (options.dialer) socket.write(LINK_TCP_PREAMBLE);
    this.leftover = options.leftover;
  }

  /**
   * Dials a card. Its socket reads into this transport's own buffers (node:net's `onread`), past
   * the socket's stream machinery: each read lands in the free end of a slab, so what it holds
   * stays put for the frames that view it, and no stream queues, events or ticks run per read.
   */
  static dial(host: string, port: number): TcpTransport {
    const slab = new ReadSlab();
    let transport: TcpTransport | undefined;
    const socket = connect({
      host,
      port,
      onread: {
        buffer: () => slab.free(),
        callback: (bytes: number, buffer: Uint8Array) => {
          slab.take(bytes);
          transport?.receive(buffer as Buffer, bytes);
          return true;
        },
      },
    });
    transport = new TcpTransport(socket, { dialer: true });
    return transport;
  }

  start(events: LinkTransportEvents): void {
    this.events = events;
    const { socket } = this;
    socket.on("connect", () => {
      this.opening = false;
    });
    socket.on("data", (chunk: Buffer) => this.receive(chunk, chunk.length));
    socket.on("error", (error) => {
      if (!this.ended) events.error(error.message, this.opening);
      socket.destroy();
    });
    socket.on("close", () => this.end(`closed by peer (${ABNORMAL_CLOSURE})`));
    const leftover = this.leftover;
    this.leftover = undefined;
    if (leftover !== undefined) this.receive(leftover, leftover.length);
  }

  send(parts: readonly Uint8Array[]): void {
    if (this.closing) return;
    const first = parts[0] as Uint8Array;
    let length = -RECORD_HEADER_BYTES;
    for (const part of parts) length += part.length;
    writeHeader(first, RecordType.MESSAGE, length);
    if (parts.length === 1) {
      this.socket.write(first);
      return;
    }
    // Large payloads go to the kernel as they are (one writev), never copied here: a WRITE's
    // buffer belongs to the card until its completion, which comes after the peer has it all.
    this.socket.cork();
    for (const part of parts) this.socket.write(part);
    this.socket.uncork();
  }

  close(code: number, reason: string): void {
    if (this.closing) return;
    this.closing = true;
    const text = Buffer.from(truncateReason(reason));
    const record = Buffer.allocUnsafe(RECORD_HEADER_BYTES + 2 + text.length);
    writeHeader(record, RecordType.CLOSE, 2 + text.length);
    record.writeUInt16BE(code, RECORD_HEADER_BYTES);
    text.copy(record, RECORD_HEADER_BYTES + 2);
    this.socket.end(record);
    // The other end closes on the record; one that does not is cut.
    setTimeout(() => this.socket.destroy(), LINK_CLOSE_TIMEOUT_MS).unref();
  }

  /**
   * Splits the byte stream into records, taking `chunk`'s first `size` bytes; a record within one
   * chunk is passed on uncopied.
   */
  private receive(chunk: Buffer, size: number): void {
    let offset = 0;
    while (offset < size && !this.ended) {
      if (this.remaining === 0 && this.headerBytes === 0 && size - offset >= RECORD_HEADER_BYTES) {
        const length = chunk.readUInt32LE(offset);
        const end = offset + RECORD_HEADER_BYTES + length;
        if (end <= size && length <= this.maxMessageBytes) {
          this.record(chunk[offset + 4] as number, chunk, offset + RECORD_HEADER_BYTES, end);
          offset = end;
          continue;
        }
      }
      if (this.remaining === 0) {
        const take = Math.min(RECORD_HEADER_BYTES - this.headerBytes, size - offset);
        chunk.copy(this.header, this.headerBytes, offset, offset + take);
        this.headerBytes += take;
        offset += take;
        if (this.headerBytes < RECORD_HEADER_BYTES) return;
        this.headerBytes = 0;
        this.bodyLength = this.header.readUInt32LE(0);
        this.recordType = this.header[4] as number;
        if (!this.acceptable(this.recordType, this.bodyLength)) return;
        this.remaining = this.bodyLength;
        if (this.remaining === 0) this.record(this.recordType, EMPTY, 0, 0);
        continue;
      }
      const take = Math.min(this.remaining, size - offset);
      this.parts.push(chunk.subarray(offset, offset + take));
      offset += take;
      this.remaining -= take;
      if (this.remaining === 0) {
        const body = this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts);
        this.parts = [];
        this.record(this.recordType, body, 0, body.length);
      }
    }
  }

  /** Whether a record of this type and length may follow; if not, the link is failed. */
  limitMessages(maxBytes: number): void {
    this.maxMessageBytes = maxBytes;
  }

  private acceptable(type: number, length: number): boolean {
    if (length > this.maxMessageBytes) {
      this.fail(MESSAGE_TOO_BIG, "Max payload size exceeded");
      return false;
    }
    if (type === RecordType.CLOSE ? length > MAX_CLOSE_BODY_BYTES : type !== RecordType.MESSAGE) {
      this.fail(PROTOCOL_ERROR, `invalid link record (type ${type}, ${length} bytes)`);
      return false;
    }
    return true;
  }

  /** A whole record: its body is `bytes` from `start` to `end`. */
  private record(type: number, bytes: Buffer, start: number, end: number): void {
    if (!this.acceptable(type, end - start)) return;
    if (type === RecordType.MESSAGE) {
      if (!this.closing) this.events?.message(bytes, start, end, true);
      return;
    }
    const code = end - start >= 2 ? bytes.readUInt16BE(start) : ABNORMAL_CLOSURE;
    const reason = end - start > 2 ? bytes.toString("utf8", start + 2, end) : "";
    this.end(`closed by peer (${code}${reason.length ? ` ${reason}` : ""})`);
    this.socket.destroy();
  }

  /** A malformed stream: the other end is told why, and the link reports the error. */
  private fail(code: number, message: string): void {
    this.close(code, message);
    if (!this.ended) this.events?.error(message, false);
    this.ended = true;
  }

  private end(reason: string): void {
    if (this.ended) return;
    this.ended = true;
    this.events?.closed(reason);
  }
}

function writeHeader(target: Uint8Array, type: number, length: number): void {
  target[0] = length & 0xff;
  target[1] = (length >>> 8) & 0xff;
  target[2] = (length >>> 16) & 0xff;
  target[3] = (length >>> 24) & 0xff;
  target[4] = type;
}

/** At most MAX_CLOSE_REASON_BYTES of UTF-8 (a WebSocket close frame refuses more). */
function truncateReason(reason: string): string {
  let text = reason.slice(0, MAX_CLOSE_REASON_BYTES);
  while (Buffer.byteLength(text) > MAX_CLOSE_REASON_BYTES) text = text.slice(0, -1);
  return text;
}

/** Bytes of a read slab, and the least free room a read is given (less starts a new slab). */
const READ_SLAB_BYTES = 64 * 1024;
const MIN_READ_BYTES = 16 * 1024;

/**
 * Where a dialed socket's reads land: the free end of a slab. Bytes once read are never written
 * again (frames and messages keep views of them); a slab is dropped when its room runs low, and
 * freed once nothing views it.
 */
class ReadSlab {
  private slab = Buffer.allocUnsafe(READ_SLAB_BYTES);
  private used = 0;

  free(): Buffer {
    if (READ_SLAB_BYTES - this.used < MIN_READ_BYTES) {
      this.slab = Buffer.allocUnsafe(READ_SLAB_BYTES);
      this.used = 0;
    }
    return this.slab.subarray(this.used);
  }

  take(bytes: number): void {
    this.used += bytes;
  }
}
