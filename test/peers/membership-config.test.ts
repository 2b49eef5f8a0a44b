import { describe, expect, it } from "vitest";
import { parseClusterConfig } from "../../ccm/cluster-config.js";
import { ClusterConfigError } from "../../ccm/errors.js";
import { parseAppChecks, parseGroupConfig } from "../../peers/group/config.js";
import { parseMembershipConfig } from "../../peers/membership/config.js";

const node = (id: string, n: number) => ({
  id,
  card: `0x0a000${n}`,
  fabric: `ws://127.0.0.1:71${n}0`,
  clients: `ws://127.0.0.1:72${n}0`,
});
const twin = (id: string, n: number) => ({
  ...node(id, n),
  duplicate: { card: `0x0b000${n}`, fabric: `ws://127.0.0.1:73${n}0` },
});
const base = { secret: "a secret of enough bytes", nodes: [node("a", 1), node("b", 2)] };

describe("the membership, group and apps sections of a cluster config", () => {
  it("defaults", () => {
    const config = parseClusterConfig(base);
    expect(parseMembershipConfig(config)).toEqual({
      heartbeatIntervalMs: 100,
      heartbeatTimeoutMs: 500,
      proposalTimeoutMs: 250,
      settleMs: 30,
    });
    expect(parseGroupConfig(config).callTimeoutMs).toBe(10_000);
    expect(parseAppChecks(config)).toEqual([]);
  });

  it("with a duplicate fabric, the silence that suspects a node outlasts a fabric's failover", () => {
    const config = parseClusterConfig({ ...base, retryTimeoutMs: 800, nodes: [twin("a", 1), twin("b", 2)] });
    expect(parseMembershipConfig(config).heartbeatTimeoutMs).toBe(800 + 100 + 500);
    const tooShort = parseClusterConfig({
      ...base,
      retryTimeoutMs: 800,
      nodes: [twin("a", 1), twin("b", 2)],
      membership: { heartbeatTimeoutMs: 900 },
    });
    expect(() => parseMembershipConfig(tooShort)).toThrow(ClusterConfigError);
  });

  it("refuses timings and applications that make no sense", () => {
    const bad = [
      { membership: { heartbeatIntervalMs: 100, heartbeatTimeoutMs: 150 } },
      { membership: { settleMs: -1 } },
      { membership: "fast" },
      { group: { monitorIntervalMs: 500, monitorTimeoutMs: 400 } },
    ];
    for (const section of bad) {
      const config = parseClusterConfig({ ...base, ...section });
      expect(() => {
        parseMembershipConfig(config);
        parseGroupConfig(config);
      }).toThrow(ClusterConfigError);
    }
    const apps = [
      [{ name: "web", node: "zz", check: "true" }],
      [{ name: "has space", node: "a", check: "true" }],
      [{ name: "web", node: "a", check: "" }],
      [
        { name: "web", node: "a", check: "true" },
        { name: "web", node: "b", check: "true" },
      ],
      [{ name: "web", node: "a", check: "true", intervalMs: 1 }],
    ];
    for (const list of apps)
      expect(() => parseAppChecks(parseClusterConfig({ ...base, apps: list }))).toThrow(ClusterConfigError);
    expect(
      parseAppChecks(
        parseClusterConfig({ ...base, apps: [{ name: "web", node: "b", check: "true", critical: true }] }),
      ),
    ).toEqual([
      { name: "web", node: "b", command: "true", intervalMs: 1000, timeoutMs: 2000, critical: true },
    ]);
  });
});
