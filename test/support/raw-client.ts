/**
 * A raw connection to a node's client endpoint, as a hostile or hand-written client has it: bytes
 * in, decoded server messages out, no client library in between.
 */
import { once } from "node:events";
import WebSocket from "ws";
import { decodeServerMessages, type ReplyResult, type ServerMessageBody } from "../../ccm/client-codec.js";

export class RawClient {
  readonly messages: ServerMessageBody[] = [];
  closeCode: number | undefined;
  closeReason = "";

  private constructor(readonly socket: WebSocket) {
    socket.on("message", (data) => this.messages.push(...decodeServerMessages(data as Buffer)));
    socket.on("close", (code, reason) => {
      this.closeCode = code;
      this.closeReason = reason.toString();
    });
    socket.on("error", () => {});
  }

  static async open(url: string): Promise<RawClient> {
    const socket = new WebSocket(url, { perMessageDeflate: false, maxPayload: 64 * 1024 * 1024 });
    await once(socket, "open");
    return new RawClient(socket);
  }

  send(bytes: Uint8Array | string): void {
    this.socket.send(bytes);
  }

  get closed(): boolean {
    return this.closeCode !== undefined;
  }

  /** Replies received so far, by request id (the last one for an id). */
  replies(): Map<number, ReplyResult> {
    const byId = new Map<number, ReplyResult>();
    for (const m of this.messages) if (m.kind === "reply") byId.set(m.id, m.result);
    return byId;
  }

  /** Resolves once `check` holds (the test's timeout bounds the wait). */
  async until(check: () => boolean): Promise<void> {
    while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
  }

  async reply(id: number): Promise<ReplyResult> {
    await this.until(() => this.replies().has(id) || this.closed);
    const result = this.replies().get(id);
    if (result === undefined)
      throw new Error(`closed (${this.closeCode} ${this.closeReason}) before reply ${id}`);
    return result;
  }

  close(): void {
    this.socket.terminate();
  }
}
