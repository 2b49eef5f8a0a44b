import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type FabricConfig, parseFabricConfig } from "../../rdma-emu/fabric-config.js";
import { formatHardwareAddress, type HardwareAddress } from "../../rdma-emu/hardware-address.js";
import { freePorts } from "./ports.js";

export const TEST_SECRET = "test-cluster-secret-0123456789";

export interface TestFabric {
  readonly config: FabricConfig;
  readonly path: string;
  readonly raw: { fabricId: number; secret: string; cards: Record<string, string> };
  remove(): void;
}

/** A fabric config on fresh loopback ports, written to a temporary file for child processes. */
export async function makeTestFabric(
  addresses: HardwareAddress[],
  secret = TEST_SECRET,
): Promise<TestFabric> {
  const ports = await freePorts(addresses.length);
  const raw = {
    fabricId: 1,
    secret,
    cards: Object.fromEntries(
      addresses.map((a, i) => [formatHardwareAddress(a), `ws://127.0.0.1:${ports[i]}`]),
    ),
  };
  const dir = mkdtempSync(join(tmpdir(), "fabric-"));
  const path = join(dir, "fabric.json");
  writeFileSync(path, JSON.stringify(raw));
  return {
    config: parseFabricConfig(raw),
    path,
    raw,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
