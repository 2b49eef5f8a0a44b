/**
 * Service sessions and node resets on a real node: node a runs in this process (a NodeProcess
 * hosting the test service of test/support/session-service.ts, its client endpoint's limits
 * shrunk), its partner b is a `ccm node` process. Clients are the client library's
 * CcmServiceClient, and a raw WebSocket for a client that does not read.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CcmAdmin, CcmServiceClient } from "../../ccm/client.js";
import { encodeRequest } from "../../ccm/client-codec.js";
import { loadClusterConfig } from "../../ccm/cluster-config.js";
import { DEFAULT_ENDPOINT_LIMITS } from "../../ccm/endpoint-limits.js";
import { NodeProcess } from "../../ccm/node-process.js";
import { type LogRecord, TestCluster } from "../support/cluster.js";
import { RawClient } from "../support/raw-client.js";
import {
  eventIndex,
  SESSION_SERVICE,
  type SessionCommand,
  SessionTestService,
  sessionCommand,
} from "../support/session-service.js";

const UNREAD_OUTPUT_BYTES = 256 * 1024;
const EVENT_BYTES = 64 * 1024;

describe("service sessions and node resets", () => {
  let cluster: TestCluster;
  let node: NodeProcess;
  /** Every service instance node a built, one per boot, oldest first. */
  const built: SessionTestService[] = [];
  const records: LogRecord[] = [];
  const clients: CcmServiceClient[] = [];
  const current = () => built[built.length - 1] as SessionTestService;

  async function connect(): Promise<CcmServiceClient> {
    const client = await CcmServiceClient.connect(cluster.clientUrl("a"));
    clients.push(client);
    return client;
  }
  const call = (client: CcmServiceClient, command: SessionCommand) =>
    client.call(SESSION_SERVICE, sessionCommand(command));
  async function status() {
    const admin = await CcmAdmin.connect(cluster.clientUrl("a"));
    try {
      return await admin.status();
    } finally {
      admin.close();
    }
  }

  beforeAll(async () => {
    cluster = await TestCluster.create({ nodes: 2 });
    const logger = pino(
      { level: "debug", base: { node: "a" } },
      { write: (line: string) => records.push(JSON.parse(line)) },
    );
    node = await NodeProcess.start({
      config: loadClusterConfig(cluster.configPath),
      nodeId: "a",
      logger,
      services: () => {
        const service = new SessionTestService();
        built.push(service);
        return [service];
      },
      endpointLimits: { ...DEFAULT_ENDPOINT_LIMITS, unreadOutputBytes: UNREAD_OUTPUT_BYTES },
    });
    cluster.startNode("b");
    await cluster.waitReady("b", "a");
    await cluster.until(() => current().host !== undefined, "a's service started");
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await node?.stop();
    await cluster?.stop();
  });

  it("pushes a caller's events in order, and the service hears its close once", async () => {
    const client = await connect();
    const received: number[] = [];
    client.onServiceEvent(SESSION_SERVICE, (payload) => received.push(eventIndex(payload)));
    const ignored = client.onServiceEvent("other", () => {
      throw new Error("an event of another service");
    });
    ignored();
    await call(client, { op: "subscribe", count: 300, bytes: 100 });
    await cluster.until(() => received.length === 300, "300 events");
    expect(received).toEqual(Array.from({ length: 300 }, (_, i) => i));

    const service = current();
    const [id] = [...service.callers.keys()].slice(-1) as [number];
    client.close();
    await cluster.until(() => service.closes.get(id) === 1, "the service to hear the close");
    // Nothing is sent on a closed connection: a push to it fails, and the close is heard once.
    const other = await connect();
    await call(other, { op: "broadcast" });
    expect(service.pushes.get(id)?.slice(-1)).toEqual([false]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(service.closes.get(id)).toBe(1);
    other.close();
  });

  it("cuts off a caller that does not read, with one warning, and goes on serving", async () => {
    const service = current();
    const before = records.length;
    const slow = await RawClient.open(cluster.clientUrl("a"));
    (slow.socket as unknown as { _socket: { pause(): void } })._socket.pause();
    const stream: SessionCommand = { op: "stream", count: 100_000, bytes: EVENT_BYTES };
    slow.send(
      encodeRequest(1, { kind: "service-call", service: SESSION_SERVICE, payload: sessionCommand(stream) }),
    );
    const known = new Set(service.pushes.keys());
    const refused = () =>
      [...service.pushes.entries()].find(([id, results]) => !known.has(id) && results.includes(false));
    await cluster.until(() => refused() !== undefined, "a push refused");
    const [id, results] = refused() as [number, boolean[]];
    // Refused once, at the end: the stream stops there.
    expect(results.indexOf(false)).toBe(results.length - 1);
    await cluster.until(() => service.closes.get(id) === 1, "the close heard");
    const cut = records
      .slice(before)
      .filter((r) => String(r.reason ?? "").includes("E_RESOURCES") && r.level === 40);
    expect(cut).toHaveLength(1);
    // A burst within one turn is cut at once too.
    const burst = await connect();
    const closed = new Promise<string>((resolve) => burst.onClose(resolve));
    const burstCall = call(burst, { op: "subscribe", count: 64, bytes: EVENT_BYTES });
    await expect(burstCall).rejects.toMatchObject({ code: "E_CLOSED" });
    expect(await closed).toMatch(/E_RESOURCES/);
    // The node goes on serving.
    const fine = await connect();
    const got: number[] = [];
    fine.onServiceEvent(SESSION_SERVICE, (payload) => got.push(eventIndex(payload)));
    await call(fine, { op: "subscribe", count: 3, bytes: 8 });
    await cluster.until(() => got.length === 3, "events on a good connection");
    expect((await status()).osState).toBe("up");
    fine.close();
    slow.close();
  });

  it("resets the node when a service asks: a new boot, fresh services, old connections closed", async () => {
    const first = await status();
    const old = current();
    const session = await connect();
    const closed = new Promise<string>((resolve) => session.onClose(resolve));
    await call(session, { op: "subscribe", count: 1, bytes: 8 });
    const oldId = Math.max(...old.callers.keys());
    const downsBefore = cluster.processes
      .get("b")
      ?.records.filter((r) => r.event === "partner-down" && r.partner === "a").length;

    const asker = await connect();
    // Asked twice in one boot: one reset.
    await Promise.allSettled([
      call(asker, { op: "reset", reason: "critical daemon failed" }),
      call(asker, { op: "reset", reason: "again" }),
    ]);
    await closed;
    await cluster.until(() => node.resets === 1 && current() !== old, "a to boot again");
    const resets = records.filter((r) => r.event === "node-reset");
    expect(resets).toEqual([expect.objectContaining({ level: 40, reason: "critical daemon failed" })]);
    expect(old.stopped).toBe(true);

    // b saw a go down and come back with a new boot.
    const bRecords = () => cluster.processes.get("b")?.records ?? [];
    await cluster.until(
      () =>
        bRecords().filter((r) => r.event === "partner-down" && r.partner === "a").length > (downsBefore ?? 0),
      "b to see a down",
    );
    await cluster.eventually(async () => {
      const now = await status();
      return now.osState === "up" && now.partners.some((p) => p.state === "ready");
    }, "a up and ready again");
    const second = await status();
    expect(second.bootIncarnation).not.toBe(first.bootIncarnation);
    await cluster.until(
      () =>
        bRecords().some(
          (r) => r.event === "partner-ready" && r.partner === "a" && r.partnerBoot === second.bootIncarnation,
        ),
      "b to see a's new boot ready",
    );

    // The new boot's service answers, and connection ids stay unique across boots.
    await cluster.until(() => current().host !== undefined, "the new service started");
    const again = await connect();
    const got: number[] = [];
    again.onServiceEvent(SESSION_SERVICE, (payload) => got.push(eventIndex(payload)));
    await call(again, { op: "subscribe", count: 2, bytes: 8 });
    await cluster.until(() => got.length === 2, "events from the new boot");
    expect(Math.min(...current().callers.keys())).toBeGreaterThan(oldId);
    expect(built).toHaveLength(2);
  });
});
