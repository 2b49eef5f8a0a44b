/** What a client connection sent and got (the last 200 messages from the node, decoded), saved for a finding. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import protobuf from "protobufjs";
import { FAILURE_DIR, type FuzzInput } from "../inputs.js";
import { messageType } from "../wire/schema.js";

/** Writes the transcript under the failure directory; returns its file name. */
export function writeTranscript(
  seed: number,
  endpoint: string,
  node: string,
  first: number,
  inputs: readonly FuzzInput[],
  received: readonly { at: number; data: Uint8Array }[],
): string {
  const ServerMessage = messageType("client.ServerMessage");
  const lines = [
    `${endpoint} connection to node ${node}; inputs sent: ${inputs.map((i) => i.index).join(", ")}`,
  ];
  for (const { at, data } of received) {
    const reader = protobuf.Reader.create(data);
    try {
      while (reader.pos < reader.len) {
        const item = ServerMessage.toObject(ServerMessage.decodeDelimited(reader), {
          longs: String,
          bytes: String,
        });
        lines.push(`${(at / 1000).toFixed(3)} ${JSON.stringify(item).slice(0, 300)}`);
      }
    } catch (error) {
      lines.push(`${(at / 1000).toFixed(3)} undecodable: ${(error as Error).message}`);
    }
  }
  mkdirSync(FAILURE_DIR, { recursive: true });
  const file = join(FAILURE_DIR, `${endpoint}-seed${seed}-connection${first}.txt`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}
