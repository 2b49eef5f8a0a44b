import { FifoQueue } from "../kit/fifo-queue.js";
import { ATOMIC_WORD_BYTES, MAX_UNACKED_PER_FLOW, NAK_REPEAT_MS, RNR_RETRY_DELAY_MS } from "./constants.js";
import type { RequestFrame, ResponseFrame } from "./frames.js";
import { formatHardwareAddress } from "./hardware-address.js";
import type { HostMemory } from "./host-memory.js";
import type { RegionTable } from "./memory-region.js";
import { flowKey, type PeerState } from "./peer.js";
import { nextSerial, serialDistance } from "./psn.js";
import type { PendingWorkRequest, VirtualInterface } from "./virtual-interface.js";
import { type Completion, CompletionStatus, type LocalLanding, Opcode, WIRE_OPCODE } from "./work-request.js";

const EMPTY = new Uint8Array(0);

/**
 * The requests of one local VI towards one remote VI, in order. Like an RC queue pair: each
 * transmitted request gets the next PSN of the current generation and the responder executes them
 * in PSN order exactly once. Recovery, as in InfiniBand RC: a sequence-error NAK makes the
 * requester go back to the PSN the responder expects; a retransmission timeout resends the oldest
 * unanswered request only (so a slow but lossless link is not flooded with copies); a
 * receiver-not-ready NAK waits RNR_RETRY_DELAY_MS, then goes back.
 * When a request exhausts its retry time the generation ends: the requests already on the wire
 * have an unknown outcome (WR_FLUSH_ERR), and the flow restarts at PSN 0 of the next generation.
 */
export class RequesterFlow {
  generation = 0;
  nextPsn = 0;
  /** Consecutive retransmission timeouts without progress. */
  backoffs = 0;
  /** Set while a receiver-not-ready NAK makes the flow wait before going back. */
  rnrRetryAt: number | undefined;
  /** The PSN the last sequence-error NAK sent us back to, and when (duplicate NAKs are ignored). */
  wentBackTo: number | undefined;
  wentBackAt = Number.NEGATIVE_INFINITY;
  /** Posted, not yet transmitted (link down or window full). */
  readonly waiting = new FifoQueue<PendingWorkRequest>();
  /** Transmitted, completion not yet decided; in PSN order. */
  readonly unacked = new FifoQueue<PendingWorkRequest>();

  constructor(
    readonly vi: VirtualInterface,
    readonly peer: PeerState,
    readonly remoteVi: number,
  ) {}

  get idle(): boolean {
    return this.waiting.length === 0 && this.unacked.length === 0;
  }

  /** The oldest request's deadline (it fails first). */
  get headDeadline(): number {
    return (this.unacked.peek() ?? this.waiting.peek())?.deadline ?? Number.POSITIVE_INFINITY;
  }

  /** The oldest transmitted request still without an answer. */
  oldestUnanswered(): PendingWorkRequest | undefined {
    // Indexed, not for-of: this runs at every timer check, and the queue's iterator allocates.
    for (let i = 0; i < this.unacked.length; i++) {
      const request = this.unacked.at(i) as PendingWorkRequest;
      if (request.response === undefined) return request;
    }
    return undefined;
  }

  /** When the transport must act next: an RNR retry, or the oldest unanswered request's timeout. */
  retransmitAt(): number {
    if (this.rnrRetryAt !== undefined) return this.rnrRetryAt;
    const oldest = this.oldestUnanswered();
    return oldest === undefined
      ? Number.POSITIVE_INFINITY
      : oldest.sentAt + this.peer.rtt.timeout(this.backoffs);
  }
}

/** The requester half of a card: posting, transmitting, retransmitting and completing requests. */
export class Requester {
  private readonly active = new Set<RequesterFlow>();
  /** Every flow of a local VI, idle or not, so that tearing the VI down ends them all. */
  private readonly flowsOf = new Map<VirtualInterface, RequesterFlow[]>();

  constructor(
    private readonly memory: HostMemory,
    private readonly regions: RegionTable,
    private readonly transmit: (peer: PeerState, frame: RequestFrame) => void,
    private readonly segmentBytes: number,
  ) {}

  enqueue(peer: PeerState, vi: VirtualInterface, request: PendingWorkRequest, now: number): void {
    const key = flowKey(vi.id, request.remote.vi);
    let flow = peer.requesterFlows.get(key);
    if (flow === undefined) {
      flow = new RequesterFlow(vi, peer, request.remote.vi);
      flow.generation = peer.nextGenerations.get(key) ?? 0;
      peer.nextGenerations.delete(key);
      peer.requesterFlows.set(key, flow);
      const flows = this.flowsOf.get(vi);
      if (flows === undefined) this.flowsOf.set(vi, [flow]);
      else flows.push(flow);
    }
    vi.sendQueue.push(request);
    flow.waiting.push(request);
    this.active.add(flow);
    this.pump(flow, now);
  }

  onResponse(peer: PeerState, frame: ResponseFrame, now: number): void {
    const flow = peer.requesterFlows.get(flowKey(frame.requesterVi, frame.responderVi));
    if (flow === undefined || frame.generation !== flow.generation) return;
    const head = flow.unacked.peek();
    if (head === undefined) return;
    const index = serialDistance(frame.psn, head.psn);
    const request = index >= 0 ? flow.unacked.at(index) : undefined;
    if (request === undefined || request.psn !== frame.psn || request.response !== undefined) return;
    if (frame.sequenceError) {
      // While an RNR wait runs the gap is our own doing: the retry will go back anyway.
      const repeat = flow.wentBackTo === frame.psn && now - flow.wentBackAt < NAK_REPEAT_MS;
      if (flow.rnrRetryAt === undefined && !repeat) {
        flow.wentBackTo = frame.psn;
        flow.wentBackAt = now;
        this.goBack(flow, frame.psn, now);
      }
      return;
    }
    if (frame.receiverNotReady) {
      // Not executed; the responder drops what follows until this one is sent again.
      request.receiverNotReady = true;
      flow.rnrRetryAt = now + RNR_RETRY_DELAY_MS;
      return;
    }
    // Only the answer to the latest transmission times a round trip (Karn, made exact by the echo).
    const answersLatest = frame.attempt === request.transmissions;
    if (answersLatest) peer.rtt.sample(now - request.sentAt);
    request.response = frame;
    flow.backoffs = 0;
    for (let first = flow.unacked.peek(); first?.response !== undefined; first = flow.unacked.peek()) {
      flow.unacked.shift();
      flow.vi.finish(first, this.completionOf(first, first.response, flow.vi));
    }
    // A retransmission was answered, not the original: that was lost, and the responder dropped
    // what followed it as beyond a gap. Go back for the rest now rather than one timeout at a time.
    // (An answer to the original means the timeout was spurious: nothing more is resent.)
    if (answersLatest && request.transmissions > 1) this.goBack(flow, nextSerial(request.psn), now);
    this.pump(flow, now);
  }

  /** The link to `peer` is (again) up. A new incarnation means everything on the wire is lost. */
  onLinkUp(peer: PeerState, peerWasReset: boolean, now: number): void {
    for (const flow of peer.requesterFlows.values()) {
      if (peerWasReset) {
        this.endGeneration(
          flow,
          CompletionStatus.RETRY_EXC,
          `card ${formatHardwareAddress(peer.hardwareAddress)} was reset`,
        );
      } else {
        // Frames sent over the previous link session may never have arrived.
        const oldest = flow.oldestUnanswered();
        if (oldest !== undefined) this.goBack(flow, oldest.psn, now);
      }
      this.pump(flow, now);
    }
  }

  /** Fails requests whose retry time is over, and retransmits where a timeout or RNR wait passed. */
  tick(now: number): void {
    for (const flow of this.active) {
      while (flow.headDeadline <= now) this.failHead(flow);
      if (flow.peer.up && flow.retransmitAt() <= now) {
        const oldest = flow.oldestUnanswered();
        if (flow.rnrRetryAt !== undefined) {
          flow.rnrRetryAt = undefined;
          if (oldest !== undefined) this.goBack(flow, oldest.psn, now);
        } else if (oldest !== undefined) {
          flow.backoffs++;
          this.send(flow, oldest, now);
        }
      }
      this.pump(flow, now);
      if (flow.idle) this.active.delete(flow);
    }
  }

  nextDeadline(): number {
    let next = Number.POSITIVE_INFINITY;
    for (const flow of this.active) {
      next = Math.min(next, flow.headDeadline);
      if (flow.peer.up) next = Math.min(next, flow.retransmitAt());
    }
    return next;
  }

  /**
   * Flushes every request of a VI that is being torn down, and ends its flows, idle ones too: a
   * VI created later under the same number starts flows of its own, a generation on.
   */
  flushVi(vi: VirtualInterface): void {
    for (const flow of this.flowsOf.get(vi) ?? []) {
      const key = flowKey(vi.id, flow.remoteVi);
      this.active.delete(flow);
      flow.peer.requesterFlows.delete(key);
      flow.peer.nextGenerations.set(key, nextSerial(flow.generation));
    }
    this.flowsOf.delete(vi);
    // In posting order: requests already decided keep their outcome, the rest are flushed.
    for (const request of vi.sendQueue.drain()) {
      request.onComplete(
        request.completion ?? failure(request, CompletionStatus.WR_FLUSH_ERR, `VI ${vi.id} was torn down`),
      );
    }
  }

  private pump(flow: RequesterFlow, now: number): void {
    if (!flow.peer.up) return;
    while (flow.waiting.length > 0 && flow.unacked.length < MAX_UNACKED_PER_FLOW) {
      const request = flow.waiting.shift() as PendingWorkRequest;
      request.psn = flow.nextPsn;
      flow.nextPsn = nextSerial(flow.nextPsn);
      flow.unacked.push(request);
      this.send(flow, request, now);
    }
  }

  /** Resends every unanswered request from `psn` on, in order (the responder dropped them). */
  private goBack(flow: RequesterFlow, psn: number, now: number): void {
    for (const request of flow.unacked) {
      if (request.response === undefined && serialDistance(request.psn, psn) >= 0)
        this.send(flow, request, now);
    }
  }

  /** Transmits a request: whole, or as segments of one PSN when its payload exceeds a segment. */
  private send(flow: RequesterFlow, pending: PendingWorkRequest, now: number): void {
    pending.sentAt = now;
    pending.transmissions++;
    const frame = toRequestFrame(flow, pending);
    const length = frame.payload.length;
    if (length <= this.segmentBytes) {
      this.transmit(flow.peer, frame);
      return;
    }
    for (let offset = 0; offset < length; offset += this.segmentBytes) {
      const payload = frame.payload.subarray(offset, offset + this.segmentBytes);
      this.transmit(flow.peer, { ...frame, payload, segmentOffset: offset });
    }
  }

  /** The oldest request ran out of retry time. */
  private failHead(flow: RequesterFlow): void {
    const head = flow.unacked.peek();
    if (head === undefined) {
      // Never transmitted: the peer stayed unreachable for the whole retry time.
      const never = flow.waiting.shift() as PendingWorkRequest;
      flow.vi.finish(never, failure(never, CompletionStatus.RETRY_EXC, unreachable(flow)));
      return;
    }
    const status = head.receiverNotReady ? CompletionStatus.RNR_RETRY_EXC : CompletionStatus.RETRY_EXC;
    const detail = head.receiverNotReady
      ? `no receive posted on VI ${flow.remoteVi} of ${formatHardwareAddress(flow.peer.hardwareAddress)}`
      : unreachable(flow);
    this.endGeneration(flow, status, detail);
  }

  /** The first unanswered request gets `status`; the rest on the wire have an unknown outcome. */
  private endGeneration(flow: RequesterFlow, status: CompletionStatus, detail: string): void {
    const onWire = flow.unacked.drain();
    flow.generation = nextSerial(flow.generation);
    flow.nextPsn = 0;
    flow.backoffs = 0;
    flow.rnrRetryAt = undefined;
    onWire.forEach((request, index) => {
      flow.vi.finish(request, failure(request, index === 0 ? status : CompletionStatus.WR_FLUSH_ERR, detail));
    });
  }

  private completionOf(
    pending: PendingWorkRequest,
    response: ResponseFrame,
    vi: VirtualInterface,
  ): Completion {
    const { request } = pending;
    if (response.status !== CompletionStatus.SUCCESS)
      return failure(pending, response.status, response.detail);
    switch (request.opcode) {
      case "read":
        if (response.payload.length !== request.length) {
          return failure(
            pending,
            CompletionStatus.REM_OP_ERR,
            `read of ${request.length} bytes answered with ${response.payload.length}`,
          );
        }
        return (
          this.land(pending, request.local, response.payload, vi) ?? {
            status: CompletionStatus.SUCCESS,
            opcode: request.opcode,
            detail: "",
            data: response.payload,
          }
        );
      case "fetch-add":
      case "compare-swap": {
        const word = new Uint8Array(ATOMIC_WORD_BYTES);
        new DataView(word.buffer).setBigUint64(0, response.original, true);
        return (
          this.land(pending, request.local, word, vi) ?? {
            status: CompletionStatus.SUCCESS,
            opcode: request.opcode,
            detail: "",
            original: response.original,
          }
        );
      }
      default:
        return { status: CompletionStatus.SUCCESS, opcode: request.opcode, detail: "" };
    }
  }

  /** Places a result in local memory; returns a failure if the landing zone is not writable. */
  private land(
    pending: PendingWorkRequest,
    local: LocalLanding | undefined,
    data: Uint8Array,
    vi: VirtualInterface,
  ): Completion | undefined {
    if (local === undefined) return undefined;
    const denial = this.regions.checkLocal(local.lkey, local.address, data.length, vi.protectionDomain);
    if (denial !== undefined) return failure(pending, CompletionStatus.LOC_PROT_ERR, denial);
    this.memory.write(local.address, data);
    return undefined;
  }
}

function unreachable(flow: RequesterFlow): string {
  return `no response from ${formatHardwareAddress(flow.peer.hardwareAddress)} VI ${flow.remoteVi} within the retry timeout`;
}

export function failure(pending: PendingWorkRequest, status: CompletionStatus, detail: string): Completion {
  return { status, opcode: pending.request.opcode, detail };
}

/** Builds the wire form of a request as one fixed-shape object (this runs for every transmission). */
function toRequestFrame(flow: RequesterFlow, pending: PendingWorkRequest): RequestFrame {
  const { request } = pending;
  const oneSided = request.opcode !== "send";
  let opcode: Opcode = WIRE_OPCODE[request.opcode];
  let payload: Uint8Array = EMPTY;
  let immediate: number | undefined;
  if (request.opcode === "write" || request.opcode === "send") {
    payload = request.data;
    immediate = request.immediate;
    if (immediate !== undefined)
      opcode = request.opcode === "write" ? Opcode.RDMA_WRITE_WITH_IMM : Opcode.SEND_WITH_IMM;
  }
  return {
    type: "request",
    requesterVi: flow.vi.id,
    responderVi: flow.remoteVi,
    generation: flow.generation,
    psn: pending.psn,
    opcode,
    remoteAddress: oneSided ? request.remoteAddress : 0,
    rkey: oneSided ? request.rkey : 0,
    length: request.opcode === "read" ? request.length : 0,
    payload,
    immediate,
    compareAdd:
      request.opcode === "fetch-add" ? request.add : request.opcode === "compare-swap" ? request.compare : 0n,
    swap: request.opcode === "compare-swap" ? request.swap : 0n,
    segmentOffset: 0,
    messageLength: payload.length,
    attempt: pending.transmissions,
  };
}
