import { Access } from "./access-flags.js";
import {
  BOOTSTRAP_PROTECTION_DOMAIN,
  BOOTSTRAP_RKEY,
  BOOTSTRAP_VI,
  DEFAULT_MAX_REGIONS,
  DEFAULT_MAX_VIS,
  DEFAULT_RETRY_TIMEOUT_MS,
  DEFAULT_SEGMENT_BYTES,
  MAX_MESSAGE_BYTES,
  RETRANSMISSIONS_PER_RETRY_TIMEOUT,
} from "./constants.js";
import { InvalidWorkRequestError } from "./errors.js";
import type { DataFrame } from "./frames.js";
import { type HardwareAddress, isHardwareAddress } from "./hardware-address.js";
import type { HostMemory } from "./host-memory.js";
import { type MemoryRegion, type RegionRequest, RegionTable } from "./memory-region.js";
import { PeerState } from "./peer.js";
import { Requester } from "./requester.js";
import { Responder } from "./responder.js";
import { type PendingWorkRequest, VirtualInterface } from "./virtual-interface.js";
import {
  type Completion,
  CompletionStatus,
  type ReceiveCompletion,
  type RemoteVi,
  type WorkRequest,
} from "./work-request.js";

export interface CardCoreOptions {
  readonly hardwareAddress: HardwareAddress;
  readonly incarnation: number;
  readonly memory: HostMemory;
  /** Sends a data frame to a peer over whatever link the runtime has; it may be lost. */
  readonly transmit: (peer: HardwareAddress, frame: DataFrame) => void;
  /** 32-bit random keys for regions (crypto in the real runtime, the seeded PRNG in the sim). */
  readonly randomKey: () => number;
  readonly retryTimeoutMs?: number | undefined;
  readonly maxVis?: number | undefined;
  readonly maxRegions?: number | undefined;
  /** Segment size for large WRITE/SEND payloads (the sim uses tiny ones to exercise reassembly). */
  readonly segmentBytes?: number | undefined;
}

/**
 * The card's firmware as a sans-IO state machine: VIs, the memory translation table, and the
 * reliable-connected transport to other cards. No sockets, timers or clocks: the runtime passes
 * `now` with every event, delivers frames and link changes, and calls `tick` at `wakeAt()`.
 * Completions are delivered through the callbacks given when posting, in posting order per VI.
 *
 * Not kit's `Core.handle(input, now) -> outputs` on purpose: it keeps `wakeAt()`, but its data
 * path (post, receive, tick) stays per-event methods with output callbacks, because it runs for
 * every frame and every work request, and a tagged input object, an outputs array and a closure
 * per frame are garbage on the path whose latency the card is judged by. The rarer protocol
 * machines around it (LinkLogin, the connection manager's cores) take the one shape.
 *
 * The core serves remote operations on its own: nothing here depends on the node's OS layer.
 */
export class CardCore {
  readonly hardwareAddress: HardwareAddress;
  readonly incarnation: number;
  readonly regions: RegionTable;
  readonly retryTimeoutMs: number;
  private readonly vis = new Map<number, VirtualInterface>();
  private readonly peers = new Map<HardwareAddress, PeerState>();
  private readonly requester: Requester;
  private readonly responder: Responder;
  private readonly maxVis: number;

  constructor(options: CardCoreOptions) {
    this.hardwareAddress = options.hardwareAddress;
    this.incarnation = options.incarnation;
    this.retryTimeoutMs = options.retryTimeoutMs ?? DEFAULT_RETRY_TIMEOUT_MS;
    this.maxVis = options.maxVis ?? DEFAULT_MAX_VIS;
    this.regions = new RegionTable(
      options.memory,
      options.maxRegions ?? DEFAULT_MAX_REGIONS,
      options.randomKey,
    );
    const transmit = (peer: PeerState, frame: DataFrame) => options.transmit(peer.hardwareAddress, frame);
    this.requester = new Requester(
      options.memory,
      this.regions,
      transmit,
      options.segmentBytes ?? DEFAULT_SEGMENT_BYTES,
    );
    this.responder = new Responder(this.hardwareAddress, options.memory, this.regions, this.vis, transmit);
    // 004 claims 14/18: the bootstrap VI exists as soon as the firmware runs.
    this.vis.set(BOOTSTRAP_VI, new VirtualInterface(BOOTSTRAP_VI, BOOTSTRAP_PROTECTION_DOMAIN));
  }

  registerRegion(request: RegionRequest): MemoryRegion {
    return this.regions.register(request, BOOTSTRAP_PROTECTION_DOMAIN);
  }

  /**
   * Exposes a range over VI 0 under the well-known BOOTSTRAP_RKEY, readable and writable by any
   * authenticated card of the fabric: the predefined place a partner's first RDMA READ targets.
   */
  registerBootstrapRegion(address: number, length: number): MemoryRegion {
    const access = Access.LOCAL_WRITE | Access.REMOTE_READ | Access.REMOTE_WRITE;
    return this.regions.register({ address, length, access }, BOOTSTRAP_PROTECTION_DOMAIN, BOOTSTRAP_RKEY);
  }

  deregisterRegion(region: Pick<MemoryRegion, "rkey">): void {
    this.regions.deregister(region);
  }

  /** Creates a VI with the lowest free number above the bootstrap VI. */
  createVi(protectionDomain = BOOTSTRAP_PROTECTION_DOMAIN): number {
    for (let id = BOOTSTRAP_VI + 1; id < this.maxVis; id++) {
      if (!this.vis.has(id)) {
        this.vis.set(id, new VirtualInterface(id, protectionDomain));
        return id;
      }
    }
    throw new InvalidWorkRequestError(`all ${this.maxVis} VIs are in use`);
  }

  /** Connects a local VI to a remote one: SENDs go there, and only that VI may reach this one. */
  connectVi(id: number, remote: RemoteVi): void {
    if (!isHardwareAddress(remote.hardwareAddress) || !Number.isInteger(remote.vi) || remote.vi < 0) {
      throw new InvalidWorkRequestError(`invalid remote VI ${JSON.stringify(remote)}`);
    }
    if (id === BOOTSTRAP_VI) throw new InvalidWorkRequestError("the bootstrap VI cannot be connected");
    this.vi(id).connectedTo = { hardwareAddress: remote.hardwareAddress, vi: remote.vi };
  }

  /** Tears a VI down: its outstanding requests and posted receives complete with WR_FLUSH_ERR. */
  destroyVi(id: number): void {
    if (id === BOOTSTRAP_VI) throw new InvalidWorkRequestError("the bootstrap VI cannot be destroyed");
    const vi = this.vi(id);
    this.vis.delete(id);
    this.requester.flushVi(vi);
    flushReceives(vi, `VI ${id} was torn down`);
  }

  hasVi(id: number): boolean {
    return this.vis.has(id);
  }

  /** WRITEs with immediate that reached the bootstrap VI with no receive posted there. */
  get notificationsDropped(): number {
    return this.vi(BOOTSTRAP_VI).notificationsDropped;
  }

  /** Posts a work request. Local misuse throws InvalidWorkRequestError; everything else completes. */
  post(viId: number, request: WorkRequest, now: number, onComplete: (completion: Completion) => void): void {
    const vi = this.vi(viId);
    const remote = request.opcode === "send" ? vi.connectedTo : (request.remote ?? vi.connectedTo);
    if (remote === undefined) {
      throw new InvalidWorkRequestError(
        request.opcode === "send"
          ? `VI ${viId} is not connected: SEND needs a connected VI`
          : `VI ${viId} is not connected: name the remote VI`,
      );
    }
    if (!isHardwareAddress(remote.hardwareAddress) || remote.hardwareAddress === this.hardwareAddress) {
      throw new InvalidWorkRequestError(
        `cannot reach hardware address ${remote.hardwareAddress} from this card`,
      );
    }
    validate(request);
    const pending: PendingWorkRequest = {
      request,
      remote,
      deadline: now + this.retryTimeoutMs,
      onComplete,
      psn: 0,
      sentAt: 0,
      transmissions: 0,
      receiverNotReady: false,
      response: undefined,
      completion: undefined,
    };
    this.requester.enqueue(this.peer(remote.hardwareAddress), vi, pending, now);
  }

  /**
   * Posts a receive for the next SEND or WRITE with immediate arriving on a connected VI, or for
   * the next WRITE with immediate from any card on the bootstrap VI (a notification: see
   * Responder.write).
   */
  postReceive(viId: number, maxLength: number, onComplete: (completion: ReceiveCompletion) => void): void {
    if (!Number.isInteger(maxLength) || maxLength < 0 || maxLength > MAX_MESSAGE_BYTES) {
      throw new InvalidWorkRequestError(`receive length must be 0..${MAX_MESSAGE_BYTES}, got ${maxLength}`);
    }
    this.vi(viId).receives.push({ maxLength, onComplete });
  }

  /** A link to `peer` finished its login; `incarnation` is the peer card's. */
  linkUp(peerAddress: HardwareAddress, incarnation: number, now: number): void {
    const peer = this.peer(peerAddress);
    const wasReset = peer.incarnation !== undefined && peer.incarnation !== incarnation;
    peer.incarnation = incarnation;
    peer.up = true;
    if (wasReset) peer.responderFlows.clear();
    this.requester.onLinkUp(peer, wasReset, now);
  }

  linkDown(peerAddress: HardwareAddress): void {
    const peer = this.peers.get(peerAddress);
    if (peer !== undefined) peer.up = false;
  }

  /** A data frame arrived from `peer` over an established link. */
  receive(peerAddress: HardwareAddress, frame: DataFrame, now: number): void {
    const peer = this.peer(peerAddress);
    if (frame.type === "request") this.responder.onRequest(peer, frame, now);
    else this.requester.onResponse(peer, frame, now);
  }

  tick(now: number): void {
    this.requester.tick(now);
  }

  /** When `tick` must run next (Infinity when nothing is outstanding). */
  wakeAt(): number {
    return this.requester.nextDeadline();
  }

  /** Card reset or shutdown: every outstanding request and posted receive is flushed. */
  reset(reason: string): void {
    for (const vi of this.vis.values()) {
      this.requester.flushVi(vi);
      flushReceives(vi, reason);
    }
  }

  private vi(id: number): VirtualInterface {
    const vi = this.vis.get(id);
    if (vi === undefined) throw new InvalidWorkRequestError(`VI ${id} does not exist on this card`);
    return vi;
  }

  private peer(address: HardwareAddress): PeerState {
    let peer = this.peers.get(address);
    if (peer === undefined) {
      // A quarter of the retry time: at least a few retransmissions before RETRY_EXC.
      peer = new PeerState(address, this.retryTimeoutMs / RETRANSMISSIONS_PER_RETRY_TIMEOUT);
      this.peers.set(address, peer);
    }
    return peer;
  }
}

function flushReceives(vi: VirtualInterface, detail: string): void {
  for (const receive of vi.receives.drain()) {
    receive.onComplete({
      status: CompletionStatus.WR_FLUSH_ERR,
      detail,
      data: new Uint8Array(0),
      immediate: undefined,
      source: undefined,
    });
  }
}

function validate(request: WorkRequest): void {
  if (request.opcode !== "send") {
    if (!Number.isSafeInteger(request.remoteAddress) || request.remoteAddress < 0) {
      throw new InvalidWorkRequestError(`invalid remote address ${request.remoteAddress}`);
    }
    if (!isUint32(request.rkey)) throw new InvalidWorkRequestError(`invalid rkey ${request.rkey}`);
  }
  switch (request.opcode) {
    case "read":
      if (!Number.isInteger(request.length) || request.length <= 0 || request.length > MAX_MESSAGE_BYTES) {
        throw new InvalidWorkRequestError(
          `read length must be 1..${MAX_MESSAGE_BYTES}, got ${request.length}`,
        );
      }
      return;
    case "write":
    case "send":
      if (!(request.data instanceof Uint8Array))
        throw new InvalidWorkRequestError(`${request.opcode} data must be bytes`);
      if (request.data.length > MAX_MESSAGE_BYTES) {
        throw new InvalidWorkRequestError(
          `${request.opcode} of ${request.data.length} bytes exceeds ${MAX_MESSAGE_BYTES}`,
        );
      }
      if (request.immediate !== undefined && !isUint32(request.immediate)) {
        throw new InvalidWorkRequestError(`immediate data must be a 32-bit unsigned integer`);
      }
      return;
    case "fetch-add":
      if (typeof request.add !== "bigint")
        throw new InvalidWorkRequestError("fetch-add needs a bigint addend");
      return;
    case "compare-swap":
      if (typeof request.compare !== "bigint" || typeof request.swap !== "bigint") {
        throw new InvalidWorkRequestError("compare-swap needs bigint compare and swap values");
      }
      return;
  }
}

function isUint32(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= 0xffffffff;
}
