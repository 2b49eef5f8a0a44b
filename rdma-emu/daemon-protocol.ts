import { ALL_ACCESS } from "./access-flags.js";
import type { FaultDirection } from "./card.js";
import type { LinkFaults } from "./faults.js";
import { isHardwareAddress } from "./hardware-address.js";
import type { RegionRequest } from "./memory-region.js";
import type { RemoteVi, WorkRequest } from "./work-request.js";

/**
 * Commands a parent sends to a card daemon over the Node IPC channel (structured clone, so
 * bigint and Uint8Array travel as they are). Validated field by field before use.
 */
export type DaemonCommand = { readonly id: number } & (
  | { readonly op: "status" }
  | { readonly op: "register"; readonly region: RegionRequest }
  | { readonly op: "deregister"; readonly rkey: number }
  | { readonly op: "create-vi"; readonly protectionDomain?: number }
  | { readonly op: "connect-vi"; readonly vi: number; readonly remote: RemoteVi }
  | { readonly op: "destroy-vi"; readonly vi: number }
  | { readonly op: "post"; readonly vi: number; readonly request: WorkRequest }
  | { readonly op: "post-receive"; readonly vi: number; readonly maxLength: number }
  | { readonly op: "peek"; readonly address: number; readonly length: number }
  | { readonly op: "poke"; readonly address: number; readonly data: Uint8Array }
  | {
      readonly op: "faults";
      readonly peer: number;
      readonly faults: LinkFaults;
      readonly direction: FaultDirection;
    }
  | { readonly op: "reset" }
);

const OPCODES = new Set(["read", "write", "fetch-add", "compare-swap", "send"]);
const DIRECTIONS = new Set(["outbound", "inbound", "both"]);

export function parseDaemonCommand(message: unknown): DaemonCommand {
  const m = object(message, "command");
  const id = integer(m.id, "id");
  switch (m.op) {
    case "status":
    case "reset":
      return { id, op: m.op };
    case "register": {
      const r = object(m.region, "region");
      const access = integer(r.access, "region.access");
      if ((access & ~ALL_ACCESS) !== 0) throw new TypeError("region.access has unknown bits");
      return {
        id,
        op: "register",
        region: {
          address: integer(r.address, "region.address"),
          length: integer(r.length, "region.length"),
          access,
          ...(r.protectionDomain === undefined
            ? {}
            : { protectionDomain: integer(r.protectionDomain, "pd") }),
        },
      };
    }
    case "deregister":
      return { id, op: "deregister", rkey: integer(m.rkey, "rkey") };
    case "create-vi":
      return m.protectionDomain === undefined
        ? { id, op: "create-vi" }
        : { id, op: "create-vi", protectionDomain: integer(m.protectionDomain, "protectionDomain") };
    case "connect-vi":
      return { id, op: "connect-vi", vi: integer(m.vi, "vi"), remote: remoteVi(m.remote) };
    case "destroy-vi":
      return { id, op: "destroy-vi", vi: integer(m.vi, "vi") };
    case "post": {
      const request = object(m.request, "request");
      if (!OPCODES.has(request.opcode as string))
        throw new TypeError(`unknown opcode ${String(request.opcode)}`);
      if (request.remote !== undefined) remoteVi(request.remote);
      // Field types are checked by the card itself when the request is posted.
      return { id, op: "post", vi: integer(m.vi, "vi"), request: request as unknown as WorkRequest };
    }
    case "post-receive":
      return {
        id,
        op: "post-receive",
        vi: integer(m.vi, "vi"),
        maxLength: integer(m.maxLength, "maxLength"),
      };
    case "peek":
      return { id, op: "peek", address: integer(m.address, "address"), length: integer(m.length, "length") };
    case "poke":
      if (!(m.data instanceof Uint8Array)) throw new TypeError("data must be a Uint8Array");
      return { id, op: "poke", address: integer(m.address, "address"), data: m.data };
    case "faults": {
      const direction = m.direction ?? "outbound";
      if (!DIRECTIONS.has(direction as string)) throw new TypeError(`unknown direction ${String(direction)}`);
      return {
        id,
        op: "faults",
        peer: integer(m.peer, "peer"),
        faults: object(m.faults, "faults") as LinkFaults,
        direction: direction as FaultDirection,
      };
    }
    default:
      throw new TypeError(`unknown op ${JSON.stringify(m.op)}`);
  }
}

function object(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null) throw new TypeError(`${name} must be an object`);
  return value as Record<string, unknown>;
}

function integer(value: unknown, name: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value))
    throw new TypeError(`${name} must be an integer`);
  return value;
}

function remoteVi(value: unknown): RemoteVi {
  const r = object(value, "remote");
  const hardwareAddress = integer(r.hardwareAddress, "remote.hardwareAddress");
  if (!isHardwareAddress(hardwareAddress))
    throw new TypeError("remote.hardwareAddress is not a 24-bit address");
  return { hardwareAddress, vi: integer(r.vi, "remote.vi") };
}
