import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { LINK_NONCE_BYTES, MAX_VI_NUMBER } from "../../rdma-emu/constants.js";
import { LinkProtocolError } from "../../rdma-emu/errors.js";
import { decodeFrames, encodeFrameInParts, encodeFrames, PROOF_BYTES } from "../../rdma-emu/frame-codec.js";
import type { FabricFrame, RequestFrame, ResponseFrame } from "../../rdma-emu/frames.js";
import { CompletionStatus, Opcode } from "../../rdma-emu/work-request.js";

const request: RequestFrame = {
  kind: "request",
  requesterVi: 7,
  responderVi: 0,
  generation: 3,
  psn: 0xfffffffe,
  opcode: Opcode.ATOMIC_COMPARE_SWAP,
  remoteAddress: 2 ** 52 + 8,
  rkey: 0xdeadbeef,
  length: 0,
  payload: new Uint8Array(0),
  immediate: 0,
  compareAdd: 2n ** 64n - 1n,
  swap: 0x0123456789abcdefn,
  segmentOffset: 0,
  messageLength: 0,
  attempt: 3,
};

const response: ResponseFrame = {
  kind: "response",
  requesterVi: 7,
  responderVi: 0,
  generation: 3,
  psn: 9,
  status: CompletionStatus.REM_ACCESS_ERR,
  receiverNotReady: false,
  sequenceError: true,
  payload: Uint8Array.from([1, 2, 3]),
  original: 2n ** 63n,
  detail: "no region with rkey 5",
  attempt: 2,
};

const login: FabricFrame = {
  kind: "login",
  hardwareAddress: 0x0a0001,
  fabricId: 1,
  cardIncarnation: 2 ** 48 - 1,
  nonce: new Uint8Array(LINK_NONCE_BYTES).fill(1),
  proof: new Uint8Array(PROOF_BYTES).fill(2),
  protocolVersion: 1,
};

function expectProtocolError(bytes: Uint8Array) {
  expect(() => decodeFrames(bytes)).toThrow(LinkProtocolError);
}

describe("frame codec", () => {
  it("round-trips every kind of frame, several in one message, 64-bit values intact", () => {
    const frames = [
      request,
      response,
      login,
      { kind: "accept", proof: new Uint8Array(PROOF_BYTES) } as const,
    ];
    expect(decodeFrames(encodeFrames(frames))).toEqual(frames);
  });

  it("encodes a large frame in two parts that decode to the same frame", () => {
    const data = randomBytes(200_000);
    const write = {
      ...request,
      opcode: Opcode.RDMA_WRITE,
      payload: data,
      immediate: undefined,
      messageLength: data.length,
    };
    const [head, payload] = encodeFrameInParts(write);
    expect(payload).toBe(data);
    const joined = new Uint8Array(head.length + payload.length);
    joined.set(head);
    joined.set(payload, head.length);
    expect(decodeFrames(joined)).toEqual([{ ...write, payload: new Uint8Array(write.payload) }]);
    const read = { ...response, payload: randomBytes(70_000) };
    const [h2, p2] = encodeFrameInParts(read);
    expect(decodeFrames(Buffer.concat([h2, p2]))).toEqual([
      { ...read, payload: new Uint8Array(read.payload) },
    ]);
  });

  it("pads a large WRITE so its payload lines up with its target address modulo 8", () => {
    for (let address = 0x1000; address < 0x1008; address++) {
      for (let offset = 0; offset < 8; offset++) {
        const data = randomBytes(4096);
        const write = {
          ...request,
          opcode: Opcode.RDMA_WRITE,
          remoteAddress: address,
          payload: data,
          messageLength: data.length,
        };
        const [head, payload] = encodeFrameInParts(write, offset);
        expect((((offset + head.length - address) % 8) + 8) % 8).toBe(0);
        expect(decodeFrames(Buffer.concat([head, payload]))).toEqual([
          { ...write, payload: new Uint8Array(data) },
        ]);
      }
    }
  });

  it("refuses every truncation of a valid message, byte by byte, with a protocol error", () => {
    const message = encodeFrames([request, response, login]);
    for (let cut = 0; cut < message.length; cut++) {
      // A cut may fall exactly between frames: then the frames before it decode whole.
      let decoded: FabricFrame[] | undefined;
      try {
        decoded = decodeFrames(message.subarray(0, cut));
      } catch (error) {
        expect(error).toBeInstanceOf(LinkProtocolError);
        continue;
      }
      expect([[request], [request, response]]).toContainEqual(decoded);
    }
  });

  it("refuses garbage with a protocol error, never another exception", () => {
    for (let i = 0; i < 500; i++) {
      const bytes = randomBytes(1 + (i % 97));
      try {
        decodeFrames(bytes);
      } catch (error) {
        expect(error).toBeInstanceOf(LinkProtocolError);
      }
    }
  });

  it.each([
    ["an unknown opcode", { ...request, opcode: 99 }],
    ["the unspecified opcode", { ...request, opcode: Opcode.OPCODE_UNSPECIFIED }],
    ["a VI number out of range", { ...request, requesterVi: MAX_VI_NUMBER + 1 }],
    ["an address beyond 2^53", { ...request, remoteAddress: 2 ** 60 }],
    [
      "a segment beyond its message",
      { ...request, payload: new Uint8Array(10), segmentOffset: 95, messageLength: 100 },
    ],
    ["a message beyond the size limit", { ...request, payload: new Uint8Array(10), messageLength: 2 ** 30 }],
  ])("refuses a request with %s", (_name, frame) => {
    expectProtocolError(encodeFrames([frame as RequestFrame]));
  });

  it("refuses short nonces and proofs, and a frame without a body", () => {
    expectProtocolError(encodeFrames([{ ...login, nonce: new Uint8Array(3) } as FabricFrame]));
    expectProtocolError(encodeFrames([{ kind: "accept", proof: new Uint8Array(5) }]));
    expectProtocolError(Uint8Array.from([0]));
    expectProtocolError(new Uint8Array(0));
  });
});
