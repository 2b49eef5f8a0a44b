import { Access, type AccessFlags, ALL_ACCESS, formatAccess } from "./access-flags.js";
import { RegistrationError } from "./errors.js";
import type { HostMemory } from "./host-memory.js";

/** A registered range of host memory, as the card's translation table knows it. */
export interface MemoryRegion {
  readonly address: number;
  readonly length: number;
  readonly access: AccessFlags;
  /** Protection domain: only VIs of the same domain may reach the region. */
  readonly protectionDomain: number;
  /** Key for local use (where a local READ result or atomic result may land). */
  readonly lkey: number;
  /** Key a remote requester must present. */
  readonly rkey: number;
}

export interface RegionRequest {
  address: number;
  length: number;
  access: AccessFlags;
  protectionDomain?: number;
}

/** Why a remote access was refused; undefined when it is allowed. */
export type AccessDenial = string | undefined;

/**
 * The card's memory translation and protection table: registration, deregistration and the checks a
 * remote access must pass (rkey, bounds, access flag, protection domain).
 */
export class RegionTable {
  private readonly byRkey = new Map<number, MemoryRegion>();
  private readonly byLkey = new Map<number, MemoryRegion>();

  constructor(
    private readonly memory: HostMemory,
    private readonly maxRegions: number,
    /** Source of 32-bit keys: crypto in the real runtime, the seeded PRNG in the sim. */
    private readonly randomKey: () => number,
  ) {}

  get size(): number {
    return this.byRkey.size;
  }

  /** Registers a region; `fixedRkey` is for the well-known bootstrap key, everything else gets a random one. */
  register(request: RegionRequest, defaultDomain: number, fixedRkey?: number): MemoryRegion {
    const { address, length, access } = request;
    if (!this.memory.contains(address, length) || length === 0) {
      throw new RegistrationError(
        `region [${address}, +${length}) is empty or outside host memory of ${this.memory.size} bytes`,
      );
    }
    if (!Number.isInteger(access) || (access & ~ALL_ACCESS) !== 0) {
      throw new RegistrationError(`unknown access flags ${access}`);
    }
    // As in verbs: a region the network may write must also be locally writable.
    if (
      (access & (Access.REMOTE_WRITE | Access.REMOTE_ATOMIC)) !== 0 &&
      (access & Access.LOCAL_WRITE) === 0
    ) {
      throw new RegistrationError(`access ${formatAccess(access)} needs LOCAL_WRITE`);
    }
    if (this.byRkey.size >= this.maxRegions) {
      throw new RegistrationError(`the card's table holds at most ${this.maxRegions} regions`);
    }
    if (fixedRkey !== undefined && this.byRkey.has(fixedRkey)) {
      throw new RegistrationError(`rkey ${fixedRkey} is already registered`);
    }
    const region: MemoryRegion = {
      address,
      length,
      access,
      protectionDomain: request.protectionDomain ?? defaultDomain,
      lkey: this.freshKey(this.byLkey),
      rkey: fixedRkey ?? this.freshKey(this.byRkey),
    };
    this.byRkey.set(region.rkey, region);
    this.byLkey.set(region.lkey, region);
    return region;
  }

  deregister(region: Pick<MemoryRegion, "rkey">): void {
    const known = this.byRkey.get(region.rkey);
    if (known === undefined) throw new RegistrationError(`no region with rkey ${region.rkey}`);
    this.byRkey.delete(known.rkey);
    this.byLkey.delete(known.lkey);
  }

  /** Checks a remote access; returns the reason it is refused, or undefined. */
  checkRemote(
    rkey: number,
    address: number,
    length: number,
    required: AccessFlags,
    protectionDomain: number,
  ): AccessDenial {
    const region = this.byRkey.get(rkey);
    if (region === undefined) return `no region with rkey ${rkey}`;
    return checkRange(region, address, length, required, protectionDomain);
  }

  /** Checks a local landing zone (the lkey side), e.g. where READ data is placed. */
  checkLocal(lkey: number, address: number, length: number, protectionDomain: number): AccessDenial {
    const region = this.byLkey.get(lkey);
    if (region === undefined) return `no region with lkey ${lkey}`;
    return checkRange(region, address, length, Access.LOCAL_WRITE, protectionDomain);
  }

  private freshKey(taken: Map<number, MemoryRegion>): number {
    for (;;) {
      const key = this.randomKey() >>> 0;
      if (key !== 0 && !taken.has(key)) return key;
    }
  }
}

function checkRange(
  region: MemoryRegion,
  address: number,
  length: number,
  required: AccessFlags,
  protectionDomain: number,
): AccessDenial {
  if (region.protectionDomain !== protectionDomain) {
    return `region belongs to protection domain ${region.protectionDomain}, the VI to ${protectionDomain}`;
  }
  if (address < region.address || address + length > region.address + region.length) {
    return `[${address}, +${length}) is outside region [${region.address}, +${region.length})`;
  }
  if ((region.access & required) !== required) {
    return `region allows ${formatAccess(region.access)}, the request needs ${formatAccess(required)}`;
  }
  return undefined;
}
