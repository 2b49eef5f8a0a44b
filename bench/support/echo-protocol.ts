/**
 * The baselines' message format: a 4-byte little-endian length (of what follows), a mode byte,
 * then the payload. Mode ECHO asks for the message back; mode ACK for a 4-byte acknowledgement
 * (the shape of an RDMA WRITE: payload one way, a short answer back).
 */
export const MODE_ECHO = 0;
export const MODE_ACK = 1;
export const HEADER_BYTES = 5;
export const ACK = new Uint8Array([0x61, 0x63, 0x6b, 0x21]);

export function frameMessage(mode: number, payload: Uint8Array): Buffer {
  const message = Buffer.allocUnsafe(HEADER_BYTES + payload.length);
  message.writeUInt32LE(payload.length + 1, 0);
  message[4] = mode;
  message.set(payload, HEADER_BYTES);
  return message;
}

export interface MessageEvents {
  /** A whole message that arrived within one chunk (a view: no copy). */
  whole(message: Buffer, mode: number): void;
  /** A message spread over chunks starts: its header, as received. */
  start(header: Buffer, mode: number): void;
  /** Part of the payload, in order (a view of the received chunk: no copy). */
  payload(segment: Buffer): void;
  end(mode: number): void;
}

/**
 * Parses a TCP byte stream of such messages without ever concatenating payloads, so that the
 * baseline costs no more than the kernel's copies: the limit of this machine's transport.
 */
export class StreamingParser {
  private header = Buffer.alloc(HEADER_BYTES);
  private headerBytes = 0;
  private remaining = 0;
  private mode = 0;

  constructor(private readonly events: MessageEvents) {}

  push(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.remaining === 0 && this.headerBytes === 0 && chunk.length - offset >= HEADER_BYTES) {
        const length = chunk.readUInt32LE(offset) + 4;
        if (chunk.length - offset >= length) {
          this.events.whole(chunk.subarray(offset, offset + length), chunk[offset + 4] as number);
          offset += length;
          continue;
        }
      }
      if (this.remaining === 0) {
        const take = Math.min(HEADER_BYTES - this.headerBytes, chunk.length - offset);
        chunk.copy(this.header, this.headerBytes, offset, offset + take);
        this.headerBytes += take;
        offset += take;
        if (this.headerBytes < HEADER_BYTES) return;
        this.headerBytes = 0;
        this.mode = this.header[4] as number;
        this.remaining = this.header.readUInt32LE(0) - 1;
        this.events.start(Buffer.from(this.header), this.mode);
        if (this.remaining === 0) this.events.end(this.mode);
        continue;
      }
      const take = Math.min(this.remaining, chunk.length - offset);
      this.events.payload(chunk.subarray(offset, offset + take));
      offset += take;
      this.remaining -= take;
      if (this.remaining === 0) this.events.end(this.mode);
    }
  }
}
