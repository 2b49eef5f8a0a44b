/**
 * Session messages on the control VIs (proto/ccm.proto): encoding, and decoding that validates
 * every field a partner sent before the session state machine sees it.
 */
import { ccm } from "../proto/generated/ccm.js";
import { longToSafeInteger } from "../proto/int64.js";
import {
  MAX_CLIENT_NAME_CHARS,
  MAX_CLIENTS,
  MAX_NODE_ID_CHARS,
  MAX_PEER_MESSAGE_BYTES,
  MAX_PORTS_PER_CLIENT,
} from "./constants.js";
import { PeerProtocolError } from "./errors.js";
import type { PortStateBody, SessionBody } from "./session.js";

/** Largest VI number a card hands out (rdma-emu's wire bound). */
const MAX_VI = 0xfffff;

export interface PeerMessage {
  readonly sessionId: number;
  readonly body: SessionBody;
}

export function encodePeerMessage(message: PeerMessage): Uint8Array {
  const { body } = message;
  const wire: ccm.PeerMessage.$Properties = { sessionId: message.sessionId };
  if (body.kind === "info") wire.info = { ...body.info, clients: body.info.clients.map(portStateToWire) };
  else if (body.kind === "port-state") wire.portState = portStateToWire(body.state);
  else wire.ready = {};
  return ccm.PeerMessage.encode(wire).finish();
}

function portStateToWire(state: PortStateBody): ccm.PortState.$Properties {
  return { ...state, vis: [...state.vis], peerVis: [...state.peerVis] };
}

/** Decodes and validates a message from a partner; anything wrong throws PeerProtocolError. */
export function decodePeerMessage(bytes: Uint8Array): PeerMessage {
  if (bytes.length > MAX_PEER_MESSAGE_BYTES) {
    throw new PeerProtocolError(`session message of ${bytes.length} bytes exceeds ${MAX_PEER_MESSAGE_BYTES}`);
  }
  let wire: ccm.PeerMessage;
  try {
    wire = ccm.PeerMessage.decode(bytes);
  } catch (error) {
    throw new PeerProtocolError(`undecodable session message: ${(error as Error).message}`, { cause: error });
  }
  const sessionId = longToSafeInteger(wire.sessionId);
  if (sessionId === undefined || sessionId === 0) throw new PeerProtocolError("invalid session id");
  if (wire.info) {
    const info = wire.info as ccm.PeerInfo;
    if (info.clients.length > MAX_CLIENTS) throw new PeerProtocolError("PeerInfo lists too many clients");
    return {
      sessionId,
      body: {
        kind: "info",
        info: {
          version: info.version,
          node: text(info.node, MAX_NODE_ID_CHARS, "node"),
          software: text(info.software, MAX_NODE_ID_CHARS, "software"),
          clients: info.clients.map((c) => portState(c as ccm.PortState)),
        },
      },
    };
  }
  if (wire.portState)
    return { sessionId, body: { kind: "port-state", state: portState(wire.portState as ccm.PortState) } };
  if (wire.ready) return { sessionId, body: { kind: "ready" } };
  throw new PeerProtocolError("session message without a known body");
}

function portState(state: ccm.PortState): PortStateBody {
  const client = text(state.client, MAX_CLIENT_NAME_CHARS, "client");
  if (client.length === 0) throw new PeerProtocolError("client name is empty");
  return {
    client,
    present: state.present,
    vis: vis(state.vis, "vis"),
    memoryAddress: state.memoryAddress,
    memoryLength: state.memoryLength,
    rkey: state.rkey,
    peerVis: vis(state.peerVis, "peer_vis"),
  };
}

function vis(list: number[], field: string): number[] {
  if (list.length > MAX_PORTS_PER_CLIENT) {
    throw new PeerProtocolError(`${field} lists ${list.length} VIs, at most ${MAX_PORTS_PER_CLIENT}`);
  }
  for (const vi of list) {
    if (vi === 0 || vi > MAX_VI) throw new PeerProtocolError(`${field} holds invalid VI ${vi}`);
  }
  return list;
}

function text(value: string, max: number, field: string): string {
  if (value.length > max) throw new PeerProtocolError(`${field} is longer than ${max} characters`);
  return value;
}
