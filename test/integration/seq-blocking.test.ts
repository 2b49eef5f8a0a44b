import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SeqBlockingClient } from "../../peers/seq/blocking-client.js";
import { SeqClient } from "../../peers/seq/client.js";
import { TestCluster } from "../support/cluster.js";

const CALLER = new URL("../support/blocking-caller.mjs", import.meta.url);

describe("blocking calls that spin, then sleep (000 claims 4-5, 13-14)", () => {
  let cluster: TestCluster;
  let seq: SeqBlockingClient;

  beforeAll(async () => {
    cluster = await TestCluster.create({ nodes: 3 });
    cluster.startAll();
    // Wait until the service hands out numbers at all.
    await cluster.listening("a");
    const warm = await SeqClient.connect(cluster.clientUrl("a"));
    await warm.next();
    warm.close();
    seq = await SeqBlockingClient.start(cluster.clientUrl("a"));
  });
  afterAll(async () => {
    await seq?.close();
    await cluster.stop();
  });

  it("blocks the calling thread until its number comes; numbers only grow", () => {
    const caller = seq.caller();
    const numbers = Array.from({ length: 50 }, () => caller.next());
    expect(numbers.every((n, i) => i === 0 || n > (numbers[i - 1] as number))).toBe(true);
    const batch = caller.nextBatch(10);
    expect(batch.count).toBe(10);
    expect(batch.first).toBeGreaterThan(numbers.at(-1) as number);
  });

  it("serves blocking callers on several threads at once, without a duplicate", async () => {
    const workers = [0, 1, 2].map(
      (i) =>
        new Worker(CALLER, {
          workerData: { shared: seq.shared, slots: seq.slots, calls: 40, spinMs: i * 0.5 },
        }),
    );
    const results = (await Promise.all(workers.map((w) => once(w, "message")))).map(
      ([numbers]) => numbers as number[],
    );
    await Promise.all(workers.map((w) => w.terminate()));
    for (const numbers of results) {
      expect(numbers).toHaveLength(40);
      expect(numbers.every((n, i) => i === 0 || n > (numbers[i - 1] as number))).toBe(true);
    }
    expect(new Set(results.flat()).size).toBe(120);
  });

  it("refuses an impossible count with E_SEQ_BAD_REQUEST", () => {
    expect(() => seq.caller().nextBatch(0)).toThrow(expect.objectContaining({ code: "E_SEQ_BAD_REQUEST" }));
  });
});
