/**
 * One fuzz input at a card's fabric port over a card's raw TCP link (rdma-emu/link-transport.ts):
 * the preamble, then each message as a record (a text message as a record of an unknown type;
 * random bytes as they are, so the card's record parser meets garbage lengths). Read back with a
 * parser of its own: the card may send nothing but challenge frames, then a CLOSE record with a
 * refusal's code; it must close the connection whatever it got.
 */
import { connect } from "node:net";
import { decodeFrames } from "../../../rdma-emu/frame-codec.js";
import type { FuzzInput } from "../inputs.js";
import { within } from "../liveness.js";
import { countClose, type EndpointStats, type RunState } from "../run-state.js";

/** As rdma-emu/link-transport.ts has them; written out here so the fuzzer checks the card's wire. */
const PREAMBLE = Buffer.from([0xfa, 0x52, 0x44, 0x4d, 0x41, 0x4c, 0x4b, 0x01]);
const HEADER_BYTES = 5;
const MESSAGE = 0;
const CLOSE = 1;
/** A record type no card sends, for text messages. */
const UNKNOWN_TYPE = 0x54;

export interface TcpOutcome {
  /** The CLOSE record's code; undefined when the connection ended without one. */
  readonly code: number | undefined;
  readonly reason: string;
  readonly records: number;
}

export async function tcpFabricConnection(
  run: RunState,
  stats: EndpointStats,
  node: string,
  url: string,
  input: FuzzInput,
): Promise<TcpOutcome | undefined> {
  const { hostname, port } = new URL(url);
  const socket = connect({ host: hostname, port: Number(port) });
  socket.setNoDelay(true);
  socket.on("error", () => {});
  const received: Buffer[] = [];
  let challenge: () => void = () => {};
  const challenged = new Promise<void>((resolve) => {
    challenge = resolve;
  });
  socket.on("data", (chunk: Buffer) => {
    received.push(chunk);
    challenge();
  });
  const ended = new Promise<void>((resolve) => socket.once("close", () => resolve()));
  const opened = await Promise.race([
    new Promise<boolean>((r) => socket.once("connect", () => r(true))),
    ended.then(() => false),
  ]);
  if (!opened) {
    countClose(stats, "refused");
    return undefined;
  }
  socket.write(PREAMBLE);
  if (input.meta.waitForChallenge === true) await Promise.race([challenged, ended]);
  for (const message of input.messages) {
    if (socket.destroyed || !socket.writable) break;
    if (input.meta.kind === "random bytes") {
      socket.write(message.data);
      continue;
    }
    const header = Buffer.alloc(HEADER_BYTES);
    header.writeUInt32LE(message.data.length, 0);
    header[4] = message.text ? UNKNOWN_TYPE : MESSAGE;
    socket.write(header);
    socket.write(message.data);
  }
  if (!(await within(ended))) {
    run.find(
      "fabric",
      `card of node ${node} kept a TCP link of a card without the secret open`,
      [input],
      true,
    );
    socket.destroy();
    return undefined;
  }
  return readBack(run, node, input, Buffer.concat(received));
}

/** Parses what the card sent: MESSAGE records of challenges, then at most a CLOSE record. */
function readBack(run: RunState, node: string, input: FuzzInput, bytes: Buffer): TcpOutcome {
  let offset = 0;
  let records = 0;
  while (bytes.length - offset >= HEADER_BYTES) {
    const length = bytes.readUInt32LE(offset);
    const type = bytes[offset + 4] as number;
    const body = bytes.subarray(offset + HEADER_BYTES, offset + HEADER_BYTES + length);
    if (body.length < length) break;
    offset += HEADER_BYTES + length;
    records++;
    if (type === CLOSE) {
      if (offset !== bytes.length)
        run.find("fabric", `card of node ${node} sent bytes after its CLOSE record`, [input], true);
      return {
        code: body.length >= 2 ? body.readUInt16BE(0) : undefined,
        reason: body.subarray(2).toString(),
        records,
      };
    }
    if (type !== MESSAGE) {
      run.find("fabric", `card of node ${node} sent a record of type ${type}`, [input], true);
      continue;
    }
    checkCardMessage(run, node, input, new Uint8Array(body.buffer, body.byteOffset, body.length));
  }
  if (offset !== bytes.length)
    run.find("fabric", `card of node ${node} sent a truncated record`, [input], true);
  return { code: undefined, reason: "", records };
}

/** What a card may send a stranger without the secret: its challenge, decodable, and nothing else. */
export function checkCardMessage(run: RunState, node: string, input: FuzzInput, message: Uint8Array): void {
  try {
    for (const frame of decodeFrames(message)) {
      if (frame.type !== "challenge")
        run.find(
          "fabric",
          `card of node ${node} sent a ${frame.type} frame to a card without the secret`,
          [input],
          true,
        );
    }
  } catch (error) {
    run.find(
      "fabric",
      `card of node ${node} sent an undecodable message: ${(error as Error).message}`,
      [input],
      true,
    );
  }
}
