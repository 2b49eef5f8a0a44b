import { FifoQueue } from "../kit/fifo-queue.js";
import type { ResponseFrame } from "./frames.js";
import type { Completion, ReceiveCompletion, RemoteVi, WorkRequest } from "./work-request.js";

/** A posted work request on its way: queued, on the wire, or done but not yet delivered. */
export interface PendingWorkRequest {
  readonly request: WorkRequest;
  readonly remote: RemoteVi;
  readonly deadline: number;
  readonly onComplete: (completion: Completion) => void;
  /** Assigned when first transmitted. */
  psn: number;
  sentAt: number;
  transmissions: number;
  /** The responder answered "receiver not ready" at least once. */
  receiverNotReady: boolean;
  /** The response, once it arrived (it may arrive before an earlier request's). */
  response: ResponseFrame | undefined;
  completion: Completion | undefined;
}

export interface PostedReceive {
  readonly maxLength: number;
  readonly onComplete: (completion: ReceiveCompletion) => void;
}

/**
 * A VI (queue pair): its send queue in posting order, its posted receives, and the peer it is
 * connected to, if any. Completions leave the send queue strictly in posting order.
 */
export class VirtualInterface {
  readonly sendQueue = new FifoQueue<PendingWorkRequest>();
  readonly receives = new FifoQueue<PostedReceive>();
  connectedTo: RemoteVi | undefined;
  /** WRITEs with immediate that found no receive posted (only the unconnected bootstrap VI takes them). */
  notificationsDropped = 0;

  constructor(
    readonly id: number,
    readonly protectionDomain: number,
  ) {}

  isConnectedTo(hardwareAddress: number, vi: number): boolean {
    return this.connectedTo?.hardwareAddress === hardwareAddress && this.connectedTo.vi === vi;
  }

  /** Marks a request done and delivers every completion that is now at the head of the queue. */
  finish(request: PendingWorkRequest, completion: Completion): void {
    if (request.completion !== undefined) return;
    request.completion = completion;
    for (let head = this.sendQueue.peek(); head?.completion !== undefined; head = this.sendQueue.peek()) {
      this.sendQueue.shift();
      head.onComplete(head.completion);
    }
  }
}
