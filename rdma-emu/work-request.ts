import { fabric } from "../proto/generated/fabric.js";
import type { HardwareAddress } from "./hardware-address.js";

export const CompletionStatus = fabric.CompletionStatus;
export type CompletionStatus = fabric.CompletionStatus;
export const Opcode = fabric.Opcode;
export type Opcode = fabric.Opcode;

/** A VI on some card of the fabric. */
export interface RemoteVi {
  readonly hardwareAddress: HardwareAddress;
  readonly vi: number;
}

/** Where a READ's data or an atomic's original value lands in local memory (the lkey side). */
export interface LocalLanding {
  readonly address: number;
  readonly lkey: number;
}

interface OneSided {
  /** Target VI; defaults to the peer the local VI is connected to. */
  readonly remote?: RemoteVi;
  readonly remoteAddress: number;
  readonly rkey: number;
}

export interface ReadRequest extends OneSided {
  readonly opcode: "read";
  readonly length: number;
  readonly local?: LocalLanding;
}

export interface WriteRequest extends OneSided {
  readonly opcode: "write";
  readonly data: Uint8Array;
  /** With immediate data the write also consumes a receive at the target, as RDMA WRITE_WITH_IMM. */
  readonly immediate?: number;
}

export interface FetchAddRequest extends OneSided {
  readonly opcode: "fetch-add";
  readonly add: bigint;
  readonly local?: LocalLanding;
}

export interface CompareSwapRequest extends OneSided {
  readonly opcode: "compare-swap";
  readonly compare: bigint;
  readonly swap: bigint;
  readonly local?: LocalLanding;
}

/** Two-sided: goes to the peer of a connected VI and consumes one of its posted receives. */
export interface SendRequest {
  readonly opcode: "send";
  readonly data: Uint8Array;
  readonly immediate?: number;
}

export type WorkRequest = ReadRequest | WriteRequest | FetchAddRequest | CompareSwapRequest | SendRequest;

/** The outcome of one work request; every posted request gets exactly one. */
export interface Completion {
  readonly status: CompletionStatus;
  readonly opcode: WorkRequest["opcode"];
  /** Why, when status is not SUCCESS. */
  readonly detail: string;
  /** READ: the data read. */
  readonly data?: Uint8Array;
  /** Atomics: the word's value before the operation. */
  readonly original?: bigint;
}

/** The outcome of one posted receive. */
export interface ReceiveCompletion {
  readonly status: CompletionStatus;
  readonly detail: string;
  readonly data: Uint8Array;
  readonly immediate: number | undefined;
  readonly source: RemoteVi | undefined;
}

export const WIRE_OPCODE: Record<WorkRequest["opcode"], Opcode> = {
  read: Opcode.RDMA_READ,
  write: Opcode.RDMA_WRITE,
  "fetch-add": Opcode.ATOMIC_FETCH_ADD,
  "compare-swap": Opcode.ATOMIC_COMPARE_SWAP,
  send: Opcode.SEND,
};

export function statusName(status: CompletionStatus): string {
  return CompletionStatus[status] ?? `STATUS_${status}`;
}
