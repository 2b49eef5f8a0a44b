/**
 * Issue 9: one hostile client must not crash a node, stall the cluster or poison a service. Real
 * node processes: a caller sends a floor no honest caller can have (finding 3), and the command
 * line meets a service that cannot serve.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Long from "long";
import { afterEach, describe, expect, it } from "vitest";
import { CcmServiceClient } from "../../ccm/client.js";
import { SeqClient } from "../../peers/seq/client.js";
import type { SeqError } from "../../peers/seq/errors.js";
import type { DurableState } from "../../peers/seq/seq-node.js";
import { seq } from "../../proto/generated/seq.js";
import { nodeProcessEnv, nodeProcessExecArgv } from "../../rdma-emu/index.js";
import { TestCluster } from "../support/cluster.js";

const CLI = fileURLToPath(new URL("../../cli/ccm.ts", import.meta.url));
const BLOCK = 1024;

/** A raw `seq` service call with any floor; resolves with the error the node answered. */
async function hostileCall(url: string, floor: number): Promise<{ code: string; message: string }> {
  const client = await CcmServiceClient.connect(url);
  try {
    const payload = seq.SeqCall.encode({ next: { count: 1, floor: Long.fromNumber(floor, true) } }).finish();
    await client.call("seq", payload);
    return { code: "none", message: "the call was served" };
  } catch (error) {
    const e = error as { serviceCode?: string; code: string; message: string };
    return { code: e.serviceCode ?? e.code, message: e.message };
  } finally {
    client.close();
  }
}

/** An honest caller's number from node `id`; retries while the service is (re)starting. */
async function draw(c: TestCluster, id: string): Promise<number> {
  await c.listening(id);
  for (;;) {
    const client = await SeqClient.connect(c.clientUrl(id));
    try {
      return await client.next();
    } catch (error) {
      if (!(error as SeqError).retryable) throw error;
    } finally {
      client.close();
    }
  }
}

function stored(c: TestCluster, id: string): DurableState {
  return JSON.parse(readFileSync(join(c.dir, "data", id, "seq-state.json"), "utf8"));
}

function proposals(c: TestCluster): number {
  return [...c.history.values()]
    .flat()
    .reduce((n, p) => n + p.records.filter((r) => r.event === "seq-proposing").length, 0);
}

/** Runs `ccm <args>`; resolves with its exit code and output lines. */
function runCli(args: string[]): Promise<{ code: number | null; stdout: string[]; stderr: string[] }> {
  const child = spawn(process.execPath, [...nodeProcessExecArgv(), CLI, ...args], {
    env: nodeProcessEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
  });
  child.stderr.on("data", (chunk) => {
    err += chunk;
  });
  const lines = (text: string) => text.split("\n").filter((l) => l !== "");
  return new Promise((resolve) =>
    child.on("close", (code) => resolve({ code, stdout: lines(out), stderr: lines(err) })),
  );
}

describe("a hostile caller's floor (issue 9, finding 3)", () => {
  let cluster: TestCluster | undefined;
  afterEach(async () => {
    await cluster?.stop();
    cluster = undefined;
  });

  it("is refused with E_SEQ_BAD_REQUEST; the service does not notice: honest calls served, stores untouched, no new layouts, every node restarts and serves", async () => {
    cluster = await TestCluster.create({
      nodes: 3,
      seq: { leaseMs: 300, callTimeoutMs: 3000, blockSize: BLOCK },
    });
    const c = cluster;
    c.startAll();
    let highest = 0;
    for (const id of c.ids) highest = Math.max(highest, await draw(c, id));
    const proposalsBefore = proposals(c);

    for (const id of c.ids) {
      // The floor of the finding, and one that passes every fixed bound but is above what was issued.
      expect(await hostileCall(c.clientUrl(id), 2 ** 53 - 2)).toMatchObject({ code: "E_SEQ_BAD_REQUEST" });
      const refused = await hostileCall(c.clientUrl(id), 2 ** 50);
      expect(refused.code).toBe("E_SEQ_BAD_REQUEST");
      expect(refused.message).toMatch(
        /^floor 1125899906842624 is above every number issued \(the next is \d+\)$/,
      );
    }
    // Honest callers carry on, on every node, for a while (a storm of proposals would show here).
    const until = Date.now() + 1500;
    while (Date.now() < until) {
      for (const id of c.ids) {
        const n = await draw(c, id);
        expect(n).toBeGreaterThan(highest);
        expect(n).toBeLessThan(highest + 10 * BLOCK);
        highest = n;
      }
    }
    expect(proposals(c)).toBe(proposalsBefore);
    for (const id of c.ids) expect(stored(c, id).reserved).toBeLessThanOrEqual(highest + 2 * BLOCK + 1);

    // A whole-cluster restart: every node comes up (none exits) and serves, above what was issued.
    for (const id of c.ids) await c.kill(id);
    c.startAll();
    for (const id of c.ids) {
      const n = await draw(c, id);
      expect(n).toBeGreaterThan(highest);
      highest = n;
    }
    for (const id of c.ids) {
      expect(c.processes.get(id)?.exited).toBe(false);
      expect(c.processes.get(id)?.records.filter((r) => r.code === "E_SEQ_STORE")).toEqual([]);
    }
  });
});

describe("the command line fails like a tool: one line, the error's code, exit code 1", () => {
  let cluster: TestCluster | undefined;
  afterEach(async () => {
    await cluster?.stop();
    cluster = undefined;
  });

  it("no node running: `ccm seq next` and `ccm inject` print the connection's error on one line", async () => {
    cluster = await TestCluster.create({ nodes: 3 });
    for (const args of [
      ["seq", "next", cluster.configPath, "--node", "b"],
      ["inject", cluster.configPath, "--node", "a", "--os", "up"],
    ]) {
      const run = await runCli(args);
      expect(run.code).toBe(1);
      expect(run.stdout).toEqual([]);
      expect(run.stderr).toHaveLength(1);
      expect(run.stderr[0]).toMatch(/^ccm: E_CLOSED: .*127\.0\.0\.1.*\(retryable: try again\)$/);
    }
  });

  it("a sequence service without a majority: `ccm seq next` prints E_SEQ_UNAVAILABLE, retryable, no stack trace", async () => {
    cluster = await TestCluster.create({ nodes: 3, seq: { leaseMs: 300, callTimeoutMs: 1000 } });
    cluster.startNode("a");
    await cluster.listening("a");
    const run = await runCli(["seq", "next", cluster.configPath, "--node", "a"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toEqual([]);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(/^ccm: E_SEQ_UNAVAILABLE: .*retry/);
  });
});
