/**
 * Plausible values for every field of a client request (proto/client.proto): a real partner or a
 * near miss, a port in range, offsets and lengths about the registered memory, payloads up to and
 * past 1 MiB, SeqCalls for the sequence service, and boundary numbers now and then.
 */
import type { Prng } from "../../../kit/prng.js";
import { encode } from "../wire/encode.js";
import type { Generator, Hint } from "../wire/generator.js";
import { mutateBytes } from "../wire/mutate-bytes.js";
import { randomAscii, randomBytes } from "../wire/random.js";
import { bytes, int, msg, text, type Value } from "../wire/tree.js";
import { seqCallMsg } from "./seq-call.js";

/** Client names the fuzzer registers on both nodes, so that channels between them come up. */
export const FUZZ_CLIENT_NAMES = ["fz0", "fz1", "fz2", "fz3"];
/** Names taken by the node's own clients: registering one must be refused, not take it over. */
const TAKEN_NAMES = ["seq", "heartbeat"];

export interface NodeContext {
  /** The node the input goes to, and its partner(s). */
  readonly self: string;
  readonly partners: readonly string[];
}

function nodeName(rng: Prng, ctx: NodeContext): string {
  const r = rng.next();
  if (r < 0.65) return rng.pick(ctx.partners);
  if (r < 0.8) return ctx.self;
  if (r < 0.9) return rng.pick(["", "c", "z", "A", "b ", "a\u0000"]);
  return randomAscii(rng, rng.chance(0.5) ? 1 + rng.int(5) : 64 + rng.int(3));
}

function payloadBytes(rng: Prng): Value {
  const r = rng.next();
  if (r < 0.06) return bytes(new Uint8Array(0));
  if (r < 0.93) return bytes(randomBytes(rng, 1 + rng.int(64)));
  if (r < 0.99) return bytes(new Uint8Array(4096 + rng.int(60_000)));
  // About the largest message a client may send (1 MiB), either side of it.
  return bytes(new Uint8Array(1024 * 1024 + rng.pick([-1, 0, 1])));
}

function offsetValue(rng: Prng, gen: Generator): Value {
  const r = rng.next();
  if (r < 0.2) return gen.boundary();
  if (r < 0.6) return int(8 * rng.int(512));
  return int(rng.int(70_000));
}

function lengthValue(rng: Prng, gen: Generator): Value {
  const r = rng.next();
  if (r < 0.2) return gen.boundary();
  if (r < 0.85) return int(rng.int(256));
  return int(rng.pick([4095, 4096, 4097, 65536, 4 * 1024 * 1024, 4 * 1024 * 1024 + 1]));
}

function seqCallPayload(rng: Prng): Value {
  const encoded = encode(seqCallMsg(rng));
  if (rng.chance(0.2)) return bytes(mutateBytes(encoded, rng, 1 + rng.int(3)));
  return bytes(encoded.bytes);
}

/**
 * The hints for client.Request; `nextId` gives each request its id. Nothing disruptive is meant:
 * never a monitor, no HUNG or PANICKED OS state, faults mostly cleared (what mutation makes of them
 * anyway is caught before sending, nodes/client-oracle.ts).
 */
export function clientHint(ctx: NodeContext, nextId: () => number): Hint {
  return (path, rng, gen) => {
    switch (path) {
      case "Request.id":
        return rng.chance(0.97) ? int(nextId()) : gen.boundary();
      case "Register.name": {
        const r = rng.next();
        if (r < 0.7) return text(rng.pick(FUZZ_CLIENT_NAMES));
        if (r < 0.8) return text(rng.pick(TAKEN_NAMES));
        return text(gen.string());
      }
      case "Register.ports":
        return rng.chance(0.8) ? int(rng.int(18)) : gen.boundary();
      case "Register.memoryBytes":
        return rng.chance(0.8) ? int(rng.pick([0, 8, 4096, 65536, 65537, 1 << 20, 8 << 20])) : gen.boundary();
      case "Register.monitor":
        // A monitor may report partners down: the fuzzer never registers as one.
        return int(0);
      case "Send.partner":
      case "Remote.partner":
      case "PartnerStatus.partner":
      case "ReportPartnerDown.partner":
      case "SetFaults.partner":
        return text(nodeName(rng, ctx));
      case "Send.port":
      case "Remote.port":
        return rng.chance(0.85) ? int(rng.int(5)) : gen.boundary();
      case "Send.data":
      case "Remote.data":
      case "LocalWrite.data":
        return payloadBytes(rng);
      case "Remote.offset":
      case "LocalRead.offset":
      case "LocalWrite.offset":
        return offsetValue(rng, gen);
      case "Remote.length":
      case "LocalRead.length":
        return lengthValue(rng, gen);
      case "Remote.compareAdd":
      case "Remote.swap":
        return rng.chance(0.5) ? int(rng.int(4)) : gen.boundary();
      case "ServiceCall.service":
        return text(rng.chance(0.85) ? "seq" : gen.string());
      case "ServiceCall.payload":
        return seqCallPayload(rng);
      case "ReportPartnerDown.reason":
        return text(rng.chance(0.95) ? gen.string() : randomAscii(rng, 10_000));
      case "SetOsState.state":
        // UNSPECIFIED, BOOTING, UP, or no state at all; HUNG and PANICKED only by mutation.
        return rng.chance(0.85) ? int(rng.pick([0, 1, 2])) : gen.boundary();
      case "SetFaults.fabric":
        return rng.chance(0.8) ? int(rng.int(3)) : gen.boundary();
      case "SetFaults.faults":
        // Mostly {} (clears faults: harmless); a real fault toward a partner is not sent.
        return rng.chance(0.6) ? msg({ fields: [] }) : undefined;
      default:
        return undefined;
    }
  };
}
