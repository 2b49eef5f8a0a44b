/**
 * A hosted service for tests of service sessions and node resets (ccm/service.ts). A call's
 * payload is a JSON command:
 *
 * - `{ "op": "subscribe", "count": N, "bytes": B }`: keeps the caller, hears its close, pushes it
 *   N events at once (event i is i as a 4-byte little-endian number, padded to B bytes);
 * - `{ "op": "stream", "count": N, "bytes": B }`: as subscribe, but pushes one event per turn of
 *   the host's clock until N are pushed or a push fails;
 * - `{ "op": "broadcast" }`: pushes one event to every caller it kept, closed or not;
 * - `{ "op": "reset", "reason": R }`: resets its node.
 *
 * It records what it saw, for the test to check.
 */
import type { ClientEventBody } from "../../ccm/client-codec.js";
import type { NodeService, ServiceCaller, ServiceHost } from "../../ccm/service.js";

export const SESSION_SERVICE = "sessions";
const INDEX_BYTES = 4;

export type SessionCommand =
  | { readonly op: "subscribe" | "stream"; readonly count: number; readonly bytes: number }
  | { readonly op: "broadcast" }
  | { readonly op: "reset"; readonly reason: string };

export function sessionCommand(command: SessionCommand): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(command));
}

/** The index an event of this service carries. */
export function eventIndex(payload: Uint8Array): number {
  return new DataView(payload.buffer, payload.byteOffset, payload.byteLength).getUint32(0, true);
}

export class SessionTestService implements NodeService {
  readonly name = SESSION_SERVICE;
  readonly ports = 1;
  readonly memoryBytes = 0;
  host: ServiceHost | undefined;
  stopped = false;
  /** Callers kept, by id. */
  readonly callers = new Map<number, ServiceCaller>();
  /** How often each caller's close was heard. */
  readonly closes = new Map<number, number>();
  /** Per caller, the result of every push, in order. */
  readonly pushes = new Map<number, boolean[]>();

  start(host: ServiceHost): void {
    this.host = host;
  }

  event(_event: ClientEventBody): void {}

  call(payload: Uint8Array, done: (result: Uint8Array | Error) => void, caller: ServiceCaller): void {
    const command = JSON.parse(new TextDecoder().decode(payload)) as SessionCommand;
    switch (command.op) {
      case "subscribe":
        this.keep(caller);
        for (let i = 0; i < command.count; i++) this.push(caller, i, command.bytes);
        break;
      case "stream":
        this.keep(caller);
        this.stream(caller, 0, command.count, command.bytes);
        break;
      case "broadcast":
        for (const kept of this.callers.values()) this.push(kept, 0, INDEX_BYTES);
        break;
      case "reset":
        this.host?.resetNode(command.reason);
        break;
    }
    done(new TextEncoder().encode("ok"));
  }

  stop(): void {
    this.stopped = true;
  }

  private keep(caller: ServiceCaller): void {
    if (this.callers.has(caller.id)) return;
    this.callers.set(caller.id, caller);
    caller.onClose(() => this.closes.set(caller.id, (this.closes.get(caller.id) ?? 0) + 1));
  }

  private push(caller: ServiceCaller, index: number, bytes: number): boolean {
    const payload = new Uint8Array(Math.max(INDEX_BYTES, bytes));
    new DataView(payload.buffer).setUint32(0, index, true);
    const sent = caller.push(payload);
    const results = this.pushes.get(caller.id) ?? [];
    this.pushes.set(caller.id, results);
    results.push(sent);
    return sent;
  }

  private stream(caller: ServiceCaller, index: number, count: number, bytes: number): void {
    const host = this.host;
    if (index >= count || host === undefined || this.stopped) return;
    if (!this.push(caller, index, bytes)) return;
    host.clock.at(host.clock.now(), () => this.stream(caller, index + 1, count, bytes));
  }
}
