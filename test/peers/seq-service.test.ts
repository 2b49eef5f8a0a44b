/**
 * SeqService in-process, on a fake ServiceHost (a clock the test moves, a logger whose lines are
 * kept, SENDs recorded): what it does when its store fails.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import Long from "long";
import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { ServiceHost } from "../../ccm/service.js";
import { SeqBadRequestError, SeqStoreError } from "../../peers/seq/errors.js";
import { decodeBatch, encodeBatch, type SeqMessage } from "../../peers/seq/messages.js";
import type { DurableState } from "../../peers/seq/seq-node.js";
import { SeqService } from "../../peers/seq/seq-service.js";
import { SeqStore } from "../../peers/seq/seq-store.js";
import { seq } from "../../proto/generated/seq.js";

class FakeHost implements ServiceHost {
  readonly node = "a";
  readonly partners = ["b", "c"];
  readonly lines: Record<string, unknown>[] = [];
  readonly sent: { to: string; messages: SeqMessage[] }[] = [];
  readonly logger = pino(
    { level: "debug" },
    new Writable({
      write: (chunk, _encoding, done) => {
        for (const line of String(chunk).split("\n")) if (line !== "") this.lines.push(JSON.parse(line));
        done();
      },
    }),
  );
  private time = 1000;
  private timers: { at: number; run: () => void }[] = [];
  readonly clock = {
    now: () => this.time,
    at: (at: number, run: () => void) => {
      const timer = { at, run };
      this.timers.push(timer);
      return () => {
        this.timers = this.timers.filter((t) => t !== timer);
      };
    },
  };

  send(to: string, data: Uint8Array): void {
    this.sent.push({ to, messages: decodeBatch(data) });
  }
  random(): number {
    return 0.5;
  }
  defer(work: () => void): void {
    queueMicrotask(work);
  }
  writeWord(): void {}
  readWord(): bigint {
    return 0n;
  }
  run(work: () => void): void {
    work();
  }
  readonly resets: string[] = [];
  resetNode(reason: string): void {
    this.resets.push(reason);
  }

  /** Moves the clock, running timers and letting promises settle on the way. */
  async advance(ms: number): Promise<void> {
    const until = this.time + ms;
    while (this.time < until) {
      this.time = Math.min(until, this.time + 10);
      for (const timer of this.timers.filter((t) => t.at <= this.time)) {
        this.timers = this.timers.filter((t) => t !== timer);
        timer.run();
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  storeLines(): Record<string, unknown>[] {
    return this.lines.filter((l) => l.code === "E_SEQ_STORE");
  }
}

const NODES = ["a", "b", "c"];

function nextCall(count: number, floor: number | Long): Uint8Array {
  return seq.SeqCall.encode({ next: { count, floor } }).finish();
}

/** A call to the service, as a promise. */
function call(service: SeqService, payload: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    service.call(payload, (result) => (result instanceof Error ? reject(result) : resolve(result))),
  );
}

function message(partner: string, messages: SeqMessage[]) {
  return { type: "message" as const, partner, port: 0, data: encodeBatch(messages) };
}

describe("SeqService", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function storeWith(content: string): SeqStore {
    const dir = mkdtempSync(join(tmpdir(), "seq-service-"));
    dirs.push(dir);
    const path = join(dir, "seq-state.json");
    writeFileSync(path, content);
    return new SeqStore(path);
  }

  it("with a store that cannot be read: stays down, the node runs on, logged once, every call answers E_SEQ_STORE, no part in the protocol", async () => {
    // The store finding 3 left behind.
    const store = storeWith(JSON.stringify({ promised: 17, layout: null, reserved: 9007199267323904 }));
    const host = new FakeHost();
    const service = new SeqService({ nodes: NODES, store });
    expect(() => service.start(host)).not.toThrow();
    for (const partner of host.partners)
      service.event({ type: "channel-up", partner, ports: 1, remoteMemoryBytes: 4096 });
    service.event(message("b", [{ type: "seal", ballot: 33 }]));
    service.event(
      message("b", [
        { type: "lease", layout: { epoch: 33, primary: "b", secondary: "c", start: 1 }, round: 1 },
      ]),
    );
    await host.advance(3000);
    for (let i = 0; i < 3; i++) {
      await expect(call(service, nextCall(1, 0))).rejects.toThrow(SeqStoreError);
      await expect(call(service, nextCall(1, 0))).rejects.toMatchObject({ code: "E_SEQ_STORE" });
    }
    await expect(call(service, seq.SeqCall.encode({ status: {} }).finish())).rejects.toThrow(SeqStoreError);
    expect(host.sent).toEqual([]);
    expect(host.storeLines()).toHaveLength(1);
    expect(host.storeLines()[0]).toMatchObject({ level: 50, event: "seq-store-unreadable" });
    expect(host.storeLines()[0]?.msg).toMatch(/9007199267323904/);
    service.stop();
  });

  it("refuses a floor or count out of range at the edge, on the wire value", async () => {
    const service = new SeqService({ nodes: NODES, store: storeWith('{"promised":0,"reserved":0}') });
    const host = new FakeHost();
    service.start(host);
    for (const [count, floor] of [
      [0, 0],
      [2 ** 20 + 1, 0],
      [1, Long.fromString("18446744073709551615", true)],
      [1, 2 ** 53 - 2],
      [1, Long.fromNumber(2 ** 53 + 2, true)],
    ] as const) {
      await expect(call(service, nextCall(count, floor))).rejects.toThrow(SeqBadRequestError);
    }
    service.stop();
  });

  it("a write that keeps failing is logged once, tried again, and summed up when it succeeds", async () => {
    let failures = 5;
    const saved: DurableState[] = [];
    const store = Object.assign(storeWith('{"promised":0,"reserved":0}'), {
      save: (state: DurableState, done: (error: Error | undefined) => void) => {
        if (failures-- > 0) return done(new SeqStoreError("cannot write: disk full"));
        saved.push(state);
        done(undefined);
      },
    });
    const host = new FakeHost();
    const service = new SeqService({ nodes: NODES, store });
    service.start(host);
    for (const partner of host.partners)
      service.event({ type: "channel-up", partner, ports: 1, remoteMemoryBytes: 4096 });
    // A seal (answered once it is on disk) makes the node write.
    service.event(message("b", [{ type: "seal", ballot: 1000 * 16 + 1 }]));
    await host.advance(3000);
    expect(saved).toEqual([]);
    expect(host.sent.flatMap((s) => s.messages).filter((m) => m.type === "sealed")).toEqual([]);
    expect(host.storeLines()).toHaveLength(1);
    await host.advance(5000);
    expect(saved.length).toBeGreaterThan(0);
    expect(host.storeLines()).toHaveLength(1);
    expect(host.lines.filter((l) => l.event === "seq-saved")).toMatchObject([{ failures: 5 }]);
    expect(host.sent.flatMap((s) => s.messages).some((m) => m.type === "sealed")).toBe(true);
    service.stop();
  });
});
