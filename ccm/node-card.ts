/**
 * What the connection manager needs of its node's card. The real runtime implements it with
 * rdma-emu's Card, the sim with a SimFabric card; the manager never touches a socket, a timer or
 * the wall clock (its time comes from a kit Clock).
 */
import type {
  Completion,
  HostMemory,
  MemoryRegion,
  ReceiveCompletion,
  RegionRequest,
  RemoteVi,
  WorkRequest,
} from "../rdma-emu/index.js";

export interface NodeCard {
  readonly hardwareAddress: number;
  readonly memory: HostMemory;
  createVi(protectionDomain?: number): number;
  connectVi(vi: number, remote: RemoteVi): void;
  destroyVi(vi: number): void;
  registerRegion(request: RegionRequest): MemoryRegion;
  deregisterRegion(region: Pick<MemoryRegion, "rkey">): void;
  /**
   * Posts a work request; `onComplete` runs once, later, with its completion whatever the status.
   * Never throws: a request the card refuses completes as flushed (WR_FLUSH_ERR).
   */
  post(vi: number, request: WorkRequest, onComplete: (completion: Completion) => void): void;
  postReceive(vi: number, maxLength: number, onComplete: (completion: ReceiveCompletion) => void): void;
}
