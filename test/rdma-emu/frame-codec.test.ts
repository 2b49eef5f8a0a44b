import { randomBytes } from "node:crypto";
import Long from "long";
import protobuf from "protobufjs/minimal.js";
import { describe, expect, it } from "vitest";
import { Prng } from "../../kit/prng.js";
import { fabric } from "../../proto/generated/fabric.js";
import { longToBigInt, longToSafeInteger } from "../../proto/int64.js";
import { LINK_NONCE_BYTES, MAX_VI_NUMBER } from "../../rdma-emu/constants.js";
import { LinkProtocolError } from "../../rdma-emu/errors.js";
import { decodeFrames, encodeFrameParts, encodeFrames, PROOF_BYTES } from "../../rdma-emu/frame-codec.js";
import type {
  DataFrame,
  FabricFrame,
  FlowPosition,
  RequestFrame,
  ResponseFrame,
} from "../../rdma-emu/frames.js";
import { CompletionStatus, Opcode } from "../../rdma-emu/work-request.js";

const request: RequestFrame = {
  type: "request",
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
  type: "response",
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
  type: "login",
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
      { type: "accept", proof: new Uint8Array(PROOF_BYTES) } as const,
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
    const [head, payload, ...rest] = encodeFrameParts([write]) as [Uint8Array, Uint8Array];
    expect(rest).toEqual([]);
    expect(payload).toBe(data);
    const joined = new Uint8Array(head.length + payload.length);
    joined.set(head);
    joined.set(payload, head.length);
    expect(decodeFrames(joined)).toEqual([{ ...write, payload: new Uint8Array(write.payload) }]);
    const read = { ...response, payload: randomBytes(70_000) };
    const [h2, p2] = encodeFrameParts([read]) as [Uint8Array, Uint8Array];
    expect(decodeFrames(Buffer.concat([h2, p2]))).toEqual([
      { ...read, payload: new Uint8Array(read.payload) },
    ]);
  });

  it("pads a large WRITE so its payload lines up with its target address modulo 8", () => {
    for (let address = 0x1000; address < 0x1008; address++) {
      // Frames of 8 consecutive sizes before it put the WRITE at every offset modulo 8.
      for (let detail = 1; detail <= 8; detail++) {
        const before = { ...response, detail: "x".repeat(detail) };
        const data = randomBytes(4096);
        const write = {
          ...request,
          opcode: Opcode.RDMA_WRITE,
          remoteAddress: address,
          payload: data,
          messageLength: data.length,
        };
        const [head, payload] = encodeFrameParts([before, write]) as [Uint8Array, Uint8Array];
        expect(payload).toBe(data);
        expect((((head.length - address) % 8) + 8) % 8).toBe(0);
        expect(decodeFrames(Buffer.concat([head, payload]))).toEqual([
          before,
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
    expectProtocolError(encodeFrames([{ type: "accept", proof: new Uint8Array(5) }]));
    expectProtocolError(Uint8Array.from([0]));
    expectProtocolError(new Uint8Array(0));
  });

  // The data path's frames are written and read by hand (rdma-emu/data-frame-codec.ts): they must
  // stay plain protobuf, interchangeable with protobufjs's generated code for proto/fabric.proto.
  describe("interchangeable with protobufjs", () => {
    it("protobufjs reads every field of randomly drawn frames as written", () => {
      const prng = new Prng(7);
      for (let i = 0; i < 400; i++) {
        const frame = randomDataFrame(prng);
        const wire = fabric.Frame.decodeDelimited(encodeFrames([frame]));
        expect(fromProtobufjs(wire)).toEqual(frame);
        expect(decodeFrames(encodeFrames([frame]))).toEqual([frame]);
      }
    });

    it("writes a lone small frame in one pass to the same bytes as a batch, after any headroom", () => {
      const prng = new Prng(13);
      for (let i = 0; i < 400; i++) {
        const frame = randomDataFrame(prng);
        // Large payloads travel apart, after alignment filler: not one buffer either way.
        if (frame.payload.length >= 512) continue;
        const alone = Buffer.from(encodeFrames([frame]));
        expect(Buffer.from(encodeFrames([frame, frame]))).toEqual(Buffer.concat([alone, alone]));
        const [spaced] = encodeFrameParts([frame], 5) as [Uint8Array];
        expect(Buffer.from(spaced.subarray(5))).toEqual(alone);
      }
    });

    it("reads what protobufjs writes: zero fields written out, field order, 64-bit values", () => {
      const prng = new Prng(11);
      for (let i = 0; i < 400; i++) {
        const frame = randomDataFrame(prng);
        const bytes = fabric.Frame.encodeDelimited(toProtobufjs(frame)).finish();
        expect(decodeFrames(bytes)).toEqual([frame]);
      }
    });

    it("skips unknown fields in a frame and in its body (a newer peer's additions)", () => {
      const inner = fabric.Request.encode(toProtobufjs(request).request as fabric.IRequest).finish();
      // The request's fields, then an unknown varint, fixed32, fixed64 and bytes field.
      const extended = Buffer.concat([
        inner,
        tag(40, 0),
        Uint8Array.from([0x96, 0x01]),
        tag(41, 5),
        Uint8Array.from([1, 2, 3, 4]),
        tag(42, 1),
        Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]),
        tag(43, 2),
        Uint8Array.from([2, 9, 9]),
      ]);
      const frame = Buffer.concat([
        tag(99, 0),
        Uint8Array.from([0xb9, 0x60]),
        tag(4, 2),
        Uint8Array.from([extended.length]),
        extended,
      ]);
      expect(frame.length).toBeLessThan(128); // one-byte lengths above
      const message = Buffer.concat([Uint8Array.from([frame.length]), frame]);
      expect(decodeFrames(message)).toEqual([request]);
    });

    it("refuses a frame with two bodies, a body of the wrong wire type, and a group", () => {
      const one = encodeFrames([response]);
      const body = one.subarray(1);
      expectProtocolError(Buffer.concat([Uint8Array.from([body.length * 2]), body, body]));
      expectProtocolError(Uint8Array.from([2, (4 << 3) | 0, 1]));
      expectProtocolError(Uint8Array.from([4, (4 << 3) | 2, 2, (1 << 3) | 2, 0]));
      expectProtocolError(Uint8Array.from([2, (7 << 3) | 3, 0]));
    });
  });
});

/** A field's tag as protobuf writes it (a varint). */
function tag(field: number, wireType: number): Uint8Array {
  return protobuf.Writer.create()
    .uint32((field << 3) | wireType)
    .finish();
}

const U32_EDGES = [0, 1, 127, 128, 16383, 16384, 2 ** 31, 2 ** 32 - 1];
const U64_EDGES = [0n, 1n, 2n ** 32n - 1n, 2n ** 32n, 2n ** 63n, 2n ** 64n - 1n];

function u32(prng: Prng): number {
  return prng.next() < 0.5 ? (U32_EDGES[prng.nextUint32() % U32_EDGES.length] as number) : prng.nextUint32();
}

function u64(prng: Prng): bigint {
  if (prng.next() < 0.5) return U64_EDGES[prng.nextUint32() % U64_EDGES.length] as bigint;
  return (BigInt(prng.nextUint32()) << 32n) | BigInt(prng.nextUint32());
}

function vi(prng: Prng): number {
  return u32(prng) % (MAX_VI_NUMBER + 1);
}

function bytes(prng: Prng): Uint8Array {
  const length = prng.next() < 0.3 ? 0 : prng.nextUint32() % (prng.next() < 0.9 ? 100 : 3000);
  return Uint8Array.from({ length }, () => prng.nextUint32() & 0xff);
}

function randomDataFrame(prng: Prng): DataFrame {
  const position = { requesterVi: vi(prng), responderVi: vi(prng), generation: u32(prng), psn: u32(prng) };
  if (prng.next() < 0.5) {
    const payload = bytes(prng);
    const segmented = payload.length > 0 && prng.next() < 0.3;
    return {
      type: "request",
      ...position,
      opcode: 1 + (prng.nextUint32() % 7),
      remoteAddress: Number(u64(prng) % 2n ** 53n),
      rkey: u32(prng),
      length: prng.next() < 0.2 ? 0 : u32(prng) % 4096,
      payload,
      immediate: prng.next() < 0.5 ? undefined : u32(prng),
      compareAdd: u64(prng),
      swap: u64(prng),
      segmentOffset: segmented ? 17 : 0,
      messageLength: segmented ? payload.length + 17 + (prng.nextUint32() % 100) : payload.length,
      attempt: u32(prng),
    };
  }
  return {
    type: "response",
    ...position,
    status: prng.nextUint32() % 9,
    receiverNotReady: prng.next() < 0.5,
    sequenceError: prng.next() < 0.5,
    payload: bytes(prng),
    original: u64(prng),
    detail: prng.next() < 0.5 ? "" : `détail ${prng.nextUint32()} ✓`,
    attempt: u32(prng),
  };
}

/** A frame as protobufjs's generated code takes it: every field written, zeros included. */
function toProtobufjs(frame: DataFrame): fabric.IFrame {
  const long = (value: bigint) => Long.fromBits(Number(value & 0xffffffffn), Number(value >> 32n), true);
  if (frame.type === "request") {
    const { type: _, compareAdd, swap, remoteAddress, immediate, ...rest } = frame;
    return {
      request: {
        ...rest,
        remoteAddress: long(BigInt(remoteAddress)),
        compareAdd: long(compareAdd),
        swap: long(swap),
        ...(immediate === undefined ? {} : { immediate }),
      },
    };
  }
  const { type: _, original, ...rest } = frame;
  return { response: { ...rest, original: long(original) } };
}

function flowPosition({ requesterVi, responderVi, generation, psn }: FlowPosition): FlowPosition {
  return { requesterVi, responderVi, generation, psn };
}

function fromProtobufjs(wire: fabric.Frame): DataFrame {
  const plain = (b: Uint8Array) => new Uint8Array(b);
  if (wire.request) {
    const r = wire.request as fabric.Request;
    return {
      type: "request",
      ...flowPosition(r),
      opcode: r.opcode,
      remoteAddress: longToSafeInteger(r.remoteAddress) as number,
      rkey: r.rkey,
      length: r.length,
      payload: plain(r.payload),
      immediate: r.immediate ?? undefined,
      compareAdd: longToBigInt(r.compareAdd),
      swap: longToBigInt(r.swap),
      segmentOffset: r.segmentOffset,
      messageLength: r.messageLength === 0 ? r.payload.length : r.messageLength,
      attempt: r.attempt,
    };
  }
  const r = wire.response as fabric.Response;
  return {
    type: "response",
    ...flowPosition(r),
    status: r.status,
    receiverNotReady: r.receiverNotReady,
    sequenceError: r.sequenceError,
    payload: plain(r.payload),
    original: longToBigInt(r.original),
    detail: r.detail,
    attempt: r.attempt,
  };
}
