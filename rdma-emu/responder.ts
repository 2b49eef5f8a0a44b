import { Access } from "./access-flags.js";
import { BufferPool } from "./buffer-pool.js";
import { ATOMIC_WORD_BYTES, BOOTSTRAP_VI, MAX_UNACKED_PER_FLOW, NAK_REPEAT_MS } from "./constants.js";
import type { RequestFrame, ResponseFrame } from "./frames.js";
import { formatHardwareAddress, type HardwareAddress } from "./hardware-address.js";
import type { HostMemory } from "./host-memory.js";
import type { RegionTable } from "./memory-region.js";
import { flowKey, type PeerState } from "./peer.js";
import { nextSerial, serialDistance } from "./psn.js";
import type { PostedReceive, VirtualInterface } from "./virtual-interface.js";
import { CompletionStatus, Opcode } from "./work-request.js";

const EMPTY = new Uint8Array(0);

/** What a responder remembers of an executed request, to answer its duplicates without executing again. */
interface Executed {
  psn: number;
  /** The response to resend; undefined for a READ, which is executed again (as verbs RC does). */
  response: ResponseFrame | undefined;
}

/** A segmented request being put back together (only ever the one at the expected PSN). */
interface Assembly {
  readonly psn: number;
  readonly buffer: Buffer;
  readonly length: number;
  received: number;
}

/** The responder's view of one requester flow: which PSN it executes next, and recent answers. */
export class ResponderFlow {
  expectedPsn = 0;
  assembly: Assembly | undefined;
  /** The expected PSN a sequence-error NAK was last sent for, and when. */
  nakedFor: number | undefined;
  nakedAt = Number.NEGATIVE_INFINITY;
  readonly executed: (Executed | undefined)[] = new Array(MAX_UNACKED_PER_FLOW);
  constructor(readonly generation: number) {}
}

/**
 * The responder half of a card: executes requests from peers against host memory, in PSN order and
 * exactly once, whatever the card's host is doing. Duplicates get the remembered answer; a request
 * beyond a gap is dropped, and the requester's go-back retransmission fills the gap.
 */
export class Responder {
  /** Staging buffers for segmented requests, reused: a fresh megabyte costs more than its copy. */
  private readonly pool = new BufferPool();

  constructor(
    private readonly self: HardwareAddress,
    private readonly memory: HostMemory,
    private readonly regions: RegionTable,
    private readonly vis: ReadonlyMap<number, VirtualInterface>,
    private readonly transmit: (peer: PeerState, frame: ResponseFrame) => void,
  ) {}

  onRequest(peer: PeerState, request: RequestFrame, now: number): void {
    const vi = this.vis.get(request.responderVi);
    if (vi === undefined) {
      // Nothing is executed, so there is nothing to deduplicate: answer without flow state.
      this.transmit(
        peer,
        error(
          request,
          CompletionStatus.REM_INV_REQ,
          `VI ${request.responderVi} does not exist on ${formatHardwareAddress(this.self)}`,
        ),
      );
      return;
    }
    const key = flowKey(request.requesterVi, request.responderVi);
    let flow = peer.responderFlows.get(key);
    if (flow === undefined || serialDistance(request.generation, flow.generation) > 0) {
      flow = new ResponderFlow(request.generation);
      peer.responderFlows.set(key, flow);
    } else if (request.generation !== flow.generation) {
      return; // from a generation the requester has already given up
    }
    const distance = serialDistance(request.psn, flow.expectedPsn);
    if (distance > 0) {
      if (flow.nakedFor !== flow.expectedPsn || now - flow.nakedAt >= NAK_REPEAT_MS) {
        flow.nakedFor = flow.expectedPsn;
        flow.nakedAt = now;
        this.transmit(peer, sequenceNak(request, flow.expectedPsn));
      }
      return;
    }
    const lastSegment = request.segmentOffset + request.payload.length === request.messageLength;
    if (distance < 0) {
      // A duplicate is answered once, on its last segment.
      if (lastSegment) this.answerDuplicate(peer, vi, flow, request, -distance);
      return;
    }
    if (request.payload.length !== request.messageLength) {
      const whole = this.assemble(flow, request);
      if (whole === undefined) return;
      this.executeInOrder(peer, vi, flow, whole);
      this.pool.give((flow.assembly as Assembly).buffer);
      flow.assembly = undefined;
      return;
    }
    this.executeInOrder(peer, vi, flow, request);
  }

  private executeInOrder(
    peer: PeerState,
    vi: VirtualInterface,
    flow: ResponderFlow,
    request: RequestFrame,
  ): void {
    const response = this.execute(peer, vi, request);
    if (!response.receiverNotReady) {
      flow.executed[request.psn % MAX_UNACKED_PER_FLOW] = {
        psn: request.psn,
        response: request.opcode === Opcode.RDMA_READ ? undefined : response,
      };
      flow.expectedPsn = nextSerial(flow.expectedPsn);
    }
    this.transmit(peer, response);
  }

  /**
   * Adds a segment of the expected request; returns the whole request once every segment is in.
   * Segments must come in order: anything else is dropped, and the requester's retransmission of
   * the whole request starts the assembly again.
   */
  private assemble(flow: ResponderFlow, segment: RequestFrame): RequestFrame | undefined {
    if (segment.segmentOffset === 0) {
      if (flow.assembly !== undefined) this.pool.give(flow.assembly.buffer);
      flow.assembly = {
        psn: segment.psn,
        buffer: this.pool.take(segment.messageLength),
        length: segment.messageLength,
        received: 0,
      };
    }
    const assembly = flow.assembly;
    if (
      assembly === undefined ||
      assembly.psn !== segment.psn ||
      assembly.length !== segment.messageLength ||
      assembly.received !== segment.segmentOffset
    ) {
      return undefined;
    }
    assembly.buffer.set(segment.payload, assembly.received);
    assembly.received += segment.payload.length;
    if (assembly.received < assembly.length) return undefined;
    return { ...segment, payload: assembly.buffer.subarray(0, assembly.length), segmentOffset: 0 };
  }

  private answerDuplicate(
    peer: PeerState,
    vi: VirtualInterface,
    flow: ResponderFlow,
    request: RequestFrame,
    age: number,
  ): void {
    if (age > MAX_UNACKED_PER_FLOW) return;
    const executed = flow.executed[request.psn % MAX_UNACKED_PER_FLOW];
    if (executed?.psn !== request.psn) return;
    const answer =
      executed.response === undefined
        ? this.read(vi, request)
        : { ...executed.response, attempt: request.attempt };
    this.transmit(peer, answer);
  }

  private execute(peer: PeerState, vi: VirtualInterface, request: RequestFrame): ResponseFrame {
    if (vi.connectedTo !== undefined && !vi.isConnectedTo(peer.hardwareAddress, request.requesterVi)) {
      return error(
        request,
        CompletionStatus.REM_INV_REQ,
        `VI ${vi.id} is connected to ${formatHardwareAddress(vi.connectedTo.hardwareAddress)} VI ${vi.connectedTo.vi}`,
      );
    }
    switch (request.opcode) {
      case Opcode.RDMA_READ:
        return this.read(vi, request);
      case Opcode.RDMA_WRITE:
      case Opcode.RDMA_WRITE_WITH_IMM:
        return this.write(peer, vi, request);
      case Opcode.SEND:
      case Opcode.SEND_WITH_IMM:
        return this.send(peer, vi, request);
      case Opcode.ATOMIC_FETCH_ADD:
      case Opcode.ATOMIC_COMPARE_SWAP:
        return this.atomic(vi, request);
      default:
        return error(request, CompletionStatus.REM_INV_REQ, `opcode ${request.opcode} is not served`);
    }
  }

  private read(vi: VirtualInterface, request: RequestFrame): ResponseFrame {
    const denial = this.regions.checkRemote(
      request.rkey,
      request.remoteAddress,
      request.length,
      Access.REMOTE_READ,
      vi.protectionDomain,
    );
    if (denial !== undefined) return error(request, CompletionStatus.REM_ACCESS_ERR, denial);
    return success(request, this.memory.read(request.remoteAddress, request.length), 0n);
  }

  /**
   * RDMA WRITE, and WRITE with immediate: the data lands, then the immediate consumes a posted
   * receive. The bootstrap VI is unconnected, like a datagram endpoint: it takes a WRITE with
   * immediate from any card of the fabric, and with no receive posted the data still lands and
   * only the notification is dropped (counted), for the bootstrap region must stay writable
   * whatever the host does (004 claim 14) and a partner's write must never wait on our receives.
   */
  private write(peer: PeerState, vi: VirtualInterface, request: RequestFrame): ResponseFrame {
    const withImmediate = request.opcode === Opcode.RDMA_WRITE_WITH_IMM;
    if (withImmediate && vi.id !== BOOTSTRAP_VI) {
      const refusal = this.checkTwoSided(peer, vi, request);
      if (refusal !== undefined) return refusal;
    }
    const denial = this.regions.checkRemote(
      request.rkey,
      request.remoteAddress,
      request.payload.length,
      Access.REMOTE_WRITE,
      vi.protectionDomain,
    );
    if (denial !== undefined) return error(request, CompletionStatus.REM_ACCESS_ERR, denial);
    this.memory.write(request.remoteAddress, request.payload);
    if (withImmediate) {
      const receive = vi.receives.shift();
      if (receive === undefined) vi.notificationsDropped++;
      receive?.onComplete({
        status: CompletionStatus.SUCCESS,
        detail: "",
        data: EMPTY,
        immediate: request.immediate,
        source: { hardwareAddress: peer.hardwareAddress, vi: request.requesterVi },
      });
    }
    return success(request, EMPTY, 0n);
  }

  private send(peer: PeerState, vi: VirtualInterface, request: RequestFrame): ResponseFrame {
    const refusal = this.checkTwoSided(peer, vi, request);
    if (refusal !== undefined) return refusal;
    const receive = vi.receives.shift() as PostedReceive; // checkTwoSided saw one posted
    const source = { hardwareAddress: peer.hardwareAddress, vi: request.requesterVi };
    if (request.payload.length > receive.maxLength) {
      const detail = `message of ${request.payload.length} bytes exceeds the posted receive of ${receive.maxLength}`;
      receive.onComplete({
        status: CompletionStatus.LOC_LEN_ERR,
        detail,
        data: EMPTY,
        immediate: undefined,
        source,
      });
      return error(request, CompletionStatus.REM_OP_ERR, detail);
    }
    receive.onComplete({
      status: CompletionStatus.SUCCESS,
      detail: "",
      // The payload is a view of the link's buffer (a Buffer, whose slice() does not copy): copy it.
      data: new Uint8Array(request.payload),
      immediate: request.immediate,
      source,
    });
    return success(request, EMPTY, 0n);
  }

  /** Two-sided operations need a VI connected to the requester and a posted receive. */
  private checkTwoSided(
    peer: PeerState,
    vi: VirtualInterface,
    request: RequestFrame,
  ): ResponseFrame | undefined {
    if (!vi.isConnectedTo(peer.hardwareAddress, request.requesterVi)) {
      return error(request, CompletionStatus.REM_INV_REQ, `VI ${vi.id} is not connected to the sender`);
    }
    if (vi.receives.length === 0) return notReady(request);
    return undefined;
  }

  private atomic(vi: VirtualInterface, request: RequestFrame): ResponseFrame {
    const address = request.remoteAddress;
    if (address % ATOMIC_WORD_BYTES !== 0) {
      return error(request, CompletionStatus.REM_INV_REQ, `atomic address ${address} is not 8-byte aligned`);
    }
    const denial = this.regions.checkRemote(
      request.rkey,
      address,
      ATOMIC_WORD_BYTES,
      Access.REMOTE_ATOMIC,
      vi.protectionDomain,
    );
    if (denial !== undefined) return error(request, CompletionStatus.REM_ACCESS_ERR, denial);
    const original =
      request.opcode === Opcode.ATOMIC_FETCH_ADD
        ? this.memory.fetchAdd(address, request.compareAdd)
        : this.memory.compareSwap(address, request.compareAdd, request.swap);
    return success(request, EMPTY, original);
  }
}

function success(request: RequestFrame, payload: Uint8Array, original: bigint): ResponseFrame {
  return response(request, request.psn, CompletionStatus.SUCCESS, "", payload, original, "ack");
}

function error(request: RequestFrame, status: CompletionStatus, detail: string): ResponseFrame {
  return response(request, request.psn, status, detail, EMPTY, 0n, "ack");
}

function notReady(request: RequestFrame): ResponseFrame {
  return response(request, request.psn, CompletionStatus.SUCCESS, "", EMPTY, 0n, "receiver-not-ready");
}

function sequenceNak(request: RequestFrame, expectedPsn: number): ResponseFrame {
  return response(request, expectedPsn, CompletionStatus.SUCCESS, "", EMPTY, 0n, "sequence-error");
}

function response(
  request: RequestFrame,
  psn: number,
  status: CompletionStatus,
  detail: string,
  payload: Uint8Array,
  original: bigint,
  kind: "ack" | "receiver-not-ready" | "sequence-error",
): ResponseFrame {
  return {
    type: "response",
    requesterVi: request.requesterVi,
    responderVi: request.responderVi,
    generation: request.generation,
    psn,
    status,
    receiverNotReady: kind === "receiver-not-ready",
    sequenceError: kind === "sequence-error",
    payload,
    original,
    detail,
    attempt: request.attempt,
  };
}
