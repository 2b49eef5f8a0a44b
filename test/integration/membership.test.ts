/**
 * Membership and group communication across five real node processes (003): instances on every
 * node send continuously while nodes are killed at chosen protocol steps, a critical instance
 * dies, and the cluster is cut two from three. After each step every survivor is in one view and
 * the delivery checker finds nothing; at the end, with the senders stopped, nothing a survivor
 * should have delivered is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GroupClient, type GroupMember } from "../../peers/group/client.js";
import { checkDeliveries } from "../../peers/group/delivery-checker.js";
import type { DeliveryRecord } from "../../peers/group/delivery-records.js";
import { TestCluster } from "../support/cluster.js";
import { agreedView, groupsStatus, membershipStatus } from "../support/membership.js";

const GROUP = "g";
const TEST_TIMEOUT_MS = 60_000;

interface App {
  readonly node: string;
  readonly client: GroupClient;
  member: GroupMember | undefined;
  running: boolean;
  sent: number;
}

describe("membership and groups over five real node processes", () => {
  let cluster: TestCluster;
  const records: DeliveryRecord[] = [];
  const apps = new Map<string, App>();

  beforeAll(async () => {
    cluster = await TestCluster.create({
      nodes: 5,
      sections: {
        membership: { heartbeatIntervalMs: 50, heartbeatTimeoutMs: 400, proposalTimeoutMs: 200 },
        group: { monitorIntervalMs: 200, monitorTimeoutMs: 1500, callTimeoutMs: 5000 },
      },
    });
    for (const id of cluster.ids) cluster.startNode(id, ["--test-hooks"]);
    await oneView(cluster.ids);
    for (const id of cluster.ids) await startApp(id);
    await sentEverywhere();
  }, TEST_TIMEOUT_MS);

  afterAll(async () => {
    for (const app of apps.values()) {
      app.running = false;
      app.client.close();
    }
    await cluster?.stop();
  });

  const status = (id: string) => membershipStatus(cluster, id);

  /** Every node of `ids` is in one view of exactly `ids`, with its group daemon serving. */
  async function oneView(ids: readonly string[]): Promise<number> {
    let id = 0;
    await cluster.eventually(
      async () => {
        id = (await agreedView(cluster, ids, true))?.view.id ?? 0;
        return id > 0;
      },
      `one view of ${ids.join(", ")}`,
    );
    return id;
  }

  async function coordinator(): Promise<string> {
    for (const id of cluster.ids) {
      const g = await groupsStatus(cluster, id);
      if (g !== undefined && g.coordinator !== "") return g.coordinator;
    }
    throw new Error("no group coordinator");
  }

  /** An instance on `id` that sends continuously (each send waits for its delivery). */
  async function startApp(id: string): Promise<App> {
    await cluster.listening(id);
    const client = await GroupClient.connect(cluster.clientUrl(id), { record: (r) => records.push(r) });
    const app: App = { node: id, client, member: undefined, running: true, sent: 0 };
    apps.set(id, app);
    app.member = await client.register(GROUP);
    void (async () => {
      while (app.running && client.connected) {
        try {
          await app.member?.send(new TextEncoder().encode(`${id} ${++app.sent}`));
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    })();
    return app;
  }

  /** Waits until every app has had a message delivered since now. */
  async function sentEverywhere(): Promise<void> {
    const before = new Map([...apps].map(([id, app]) => [id, app.sent]));
    await cluster.until(
      () => [...apps].every(([id, app]) => !app.client.connected || app.sent > (before.get(id) ?? 0) + 2),
      "messages from every node",
    );
  }

  function violations(): string[] {
    return checkDeliveries(records).map((v) => `${v.type}: ${v.detail}`);
  }

  async function killAndRejoin(victim: string, kill: () => Promise<void>): Promise<void> {
    await kill();
    const survivors = cluster.ids.filter((id) => id !== victim);
    await oneView(survivors);
    await sentEverywhere();
    expect(violations().slice(0, 10)).toEqual([]);
    cluster.startNode(victim, ["--test-hooks"]);
    await oneView(cluster.ids);
    await startApp(victim);
    await sentEverywhere();
    expect(violations().slice(0, 10)).toEqual([]);
  }

  async function armCrash(id: string, phase: "proposal" | "commit"): Promise<void> {
    const client = await GroupClient.connect(cluster.clientUrl(id));
    try {
      await client.call({ armCrash: { phase } });
    } finally {
      client.close();
    }
    await cluster.until(() => cluster.processes.get(id)?.exited === true, `${id} to die after a ${phase}`);
  }

  it(
    "the coordinator dies during the proposal phase: every survivor in one view, deliveries agree",
    async () => {
      const victim = await coordinator();
      await killAndRejoin(victim, () => armCrash(victim, "proposal"));
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "the coordinator dies during the commit phase",
    async () => {
      const victim = await coordinator();
      await killAndRejoin(victim, () => armCrash(victim, "commit"));
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "an initiator dies with messages queued at the coordinator",
    async () => {
      const coord = await coordinator();
      const victim = cluster.ids.find((id) => id !== coord) as string;
      const member = apps.get(victim)?.member as GroupMember;
      await killAndRejoin(victim, async () => {
        // A burst not waited for: most of it is still queued when the process dies.
        for (let i = 0; i < 200; i++)
          void member.send(new TextEncoder().encode(`burst ${i}`)).catch(() => {});
        await cluster.kill(victim);
      });
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "a node that is not the coordinator dies",
    async () => {
      const coord = await coordinator();
      const victim = [...cluster.ids].reverse().find((id) => id !== coord) as string;
      await killAndRejoin(victim, () => cluster.kill(victim));
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "a critical instance dies: its node resets (a new incarnation) and rejoins",
    async () => {
      const coord = await coordinator();
      const victim = cluster.ids.find((id) => id !== coord) as string;
      const before = (await status(victim))?.nodes.find((n) => n.node === victim)?.boot;
      const critical = await GroupClient.connect(cluster.clientUrl(victim));
      await critical.register("critical", { critical: true });
      critical.close();
      await cluster.waitForRecord(victim, (r) => r.event === "node-reset", "the node reset");
      await oneView(cluster.ids);
      const after = (await status(victim))?.nodes.find((n) => n.node === victim)?.boot;
      expect(after).not.toBe(before);
      await startApp(victim);
      await sentEverywhere();
      expect(violations().slice(0, 10)).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "two nodes cut from three: the minority installs no view and delivers nothing new; healed, it rejoins",
    async () => {
      const minority = cluster.ids.slice(3);
      const majority = cluster.ids.slice(0, 3);
      const partition = async (faults: Record<string, boolean>) => {
        for (const a of minority) {
          for (const b of majority) {
            for (const [node, partner] of [
              [a, b],
              [b, a],
            ] as const) {
              // Healing, a minority node may be resetting already (it learnt it was left out):
              // its new boot has no faults, and its endpoint is down for a moment.
              await cluster
                .admin(node, (admin) => admin.setFaults(partner, faults))
                .catch((error) => {
                  if (faults.partitioned === true || !minority.includes(node)) throw error;
                });
            }
          }
        }
      };
      await partition({ partitioned: true });
      const view = await oneView(majority);
      await cluster.eventually(
        async () =>
          (await Promise.all(minority.map(status))).every(
            (s) => s === undefined || s.view.id < view || s.suspended,
          ),
        "the minority out of the majority's view",
      );
      const cutAt = new Map(
        minority.map((id) => [id, records.filter((r) => r.member.startsWith(`${id}/`)).length]),
      );
      await sentEverywhere();
      for (const id of minority) {
        const views = (await status(id))?.view.id ?? 0;
        expect(views).toBeLessThan(view);
      }
      // Nothing new reached the minority's instances once it was cut off (a few in flight may land).
      const grown = minority.map(
        (id) => records.filter((r) => r.member.startsWith(`${id}/`)).length - (cutAt.get(id) ?? 0),
      );
      expect(Math.max(...grown)).toBeLessThan(20);
      await partition({});
      for (const id of minority)
        await cluster.waitForRecord(id, (r) => r.event === "node-reset", "the node reset");
      await oneView(cluster.ids);
      for (const id of minority) await startApp(id);
      await sentEverywhere();
      expect(violations().slice(0, 10)).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "with the senders stopped, every survivor delivered everything",
    async () => {
      for (const app of apps.values()) app.running = false;
      await new Promise((resolve) => setTimeout(resolve, 1000));
      for (const app of apps.values()) if (app.client.connected) app.client.end();
      expect(violations().slice(0, 10)).toEqual([]);
      expect(records.filter((r) => r.type === "message").length).toBeGreaterThan(500);
    },
    TEST_TIMEOUT_MS,
  );
});
