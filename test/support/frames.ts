import type { RequestFrame } from "../../rdma-emu/frames.js";
import { Opcode } from "../../rdma-emu/work-request.js";

/** An RDMA READ request as the card's logic sees it; fields not given take their wire defaults. */
export function readRequestFrame(fields: Partial<Omit<RequestFrame, "type" | "opcode">>): RequestFrame {
  return {
    type: "request",
    requesterVi: 0,
    responderVi: 0,
    generation: 0,
    psn: 0,
    opcode: Opcode.RDMA_READ,
    remoteAddress: 0,
    rkey: 0,
    length: 0,
    payload: new Uint8Array(0),
    immediate: undefined,
    compareAdd: 0n,
    swap: 0n,
    segmentOffset: 0,
    messageLength: 0,
    attempt: 1,
    ...fields,
  };
}
