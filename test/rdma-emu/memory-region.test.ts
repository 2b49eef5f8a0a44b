import { describe, expect, it } from "vitest";
import { Access, ALL_ACCESS } from "../../rdma-emu/access-flags.js";
import { RegistrationError } from "../../rdma-emu/errors.js";
import { HostMemory } from "../../rdma-emu/host-memory.js";
import { RegionTable } from "../../rdma-emu/memory-region.js";

function table(maxRegions = 8) {
  let key = 100;
  return new RegionTable(new HostMemory(64 * 1024), maxRegions, () => key++);
}

describe("RegionTable", () => {
  it("registers a region with fresh keys and finds it by rkey and lkey", () => {
    const regions = table();
    const region = regions.register({ address: 4096, length: 4096, access: ALL_ACCESS }, 0);
    expect(region).toMatchObject({ address: 4096, length: 4096, protectionDomain: 0 });
    expect(region.rkey).not.toBe(region.lkey);
    expect(regions.checkRemote(region.rkey, 4096, 4096, Access.REMOTE_WRITE, 0)).toBeUndefined();
    expect(regions.checkLocal(region.lkey, 8000, 100, 0)).toBeUndefined();
  });

  it.each([
    ["outside host memory", { address: 60 * 1024, length: 8192, access: ALL_ACCESS }],
    ["empty", { address: 0, length: 0, access: ALL_ACCESS }],
    ["with unknown flags", { address: 0, length: 8, access: 64 }],
    ["remotely writable but not locally", { address: 0, length: 8, access: Access.REMOTE_WRITE }],
    ["at a negative address", { address: -8, length: 8, access: Access.REMOTE_READ }],
  ])("refuses a region %s", (_name, request) => {
    expect(() => table().register(request, 0)).toThrow(RegistrationError);
  });

  it("refuses more regions than the table holds", () => {
    const regions = table(2);
    regions.register({ address: 0, length: 8, access: Access.REMOTE_READ }, 0);
    regions.register({ address: 8, length: 8, access: Access.REMOTE_READ }, 0);
    expect(() => regions.register({ address: 16, length: 8, access: Access.REMOTE_READ }, 0)).toThrow(
      /at most 2 regions/,
    );
  });

  it("explains every refused remote access", () => {
    const regions = table();
    const region = regions.register(
      { address: 1024, length: 1024, access: Access.LOCAL_WRITE | Access.REMOTE_READ },
      3,
    );
    expect(regions.checkRemote(region.rkey + 999, 1024, 8, Access.REMOTE_READ, 3)).toMatch(
      /no region with rkey/,
    );
    expect(regions.checkRemote(region.rkey, 1020, 8, Access.REMOTE_READ, 3)).toMatch(/outside region/);
    expect(regions.checkRemote(region.rkey, 2040, 16, Access.REMOTE_READ, 3)).toMatch(/outside region/);
    expect(regions.checkRemote(region.rkey, 1024, 8, Access.REMOTE_WRITE, 3)).toMatch(/needs REMOTE_WRITE/);
    expect(regions.checkRemote(region.rkey, 1024, 8, Access.REMOTE_READ, 4)).toMatch(/protection domain/);
  });

  it("forgets a deregistered region, and refuses to deregister twice", () => {
    const regions = table();
    const region = regions.register({ address: 0, length: 64, access: ALL_ACCESS }, 0);
    regions.deregister(region);
    expect(regions.checkRemote(region.rkey, 0, 8, Access.REMOTE_READ, 0)).toMatch(/no region/);
    expect(() => regions.deregister(region)).toThrow(RegistrationError);
  });

  it("gives the bootstrap key only once", () => {
    const regions = table();
    regions.register({ address: 0, length: 64, access: Access.REMOTE_READ }, 0, 0xb007);
    expect(() =>
      regions.register({ address: 64, length: 64, access: Access.REMOTE_READ }, 0, 0xb007),
    ).toThrow(/already registered/);
  });
});
