/**
 * The membership and group messages from a partner: round trips, every truncation and garbage
 * either decode or are refused with the service's protocol error, never anything else.
 */
import { describe, expect, it } from "vitest";
import { Prng } from "../../kit/prng.js";
import type { Entry } from "../../peers/group/entries.js";
import { GroupProtocolError } from "../../peers/group/errors.js";
import { type DeltaMessage, decodeDeltaBatch, encodeDeltaBatch } from "../../peers/group/messages.js";
import { MembershipProtocolError } from "../../peers/membership/errors.js";
import { type CmsMessage, decodeCmsMessage, encodeCmsMessage } from "../../peers/membership/messages.js";

const NODES = ["n0", "n1", "n2"];
const VIEW = {
  id: 7,
  members: [
    { node: "n0", boot: 11, since: 1 },
    { node: "n2", boot: 33, since: 7 },
  ],
};
const CMS: CmsMessage[] = [
  { type: "hello", boot: 5, installed: 7, suspended: true },
  { type: "propose", id: 8, members: VIEW.members, base: VIEW },
  { type: "accept", id: 8 },
  { type: "reject", id: 8, promised: 9, installed: VIEW },
  { type: "install", view: VIEW },
  { type: "installed", id: 7 },
];
const ORIGIN = { node: "n0", boot: 11 };
const PROPOSED: Entry[] = [
  {
    gseq: 4,
    origin: ORIGIN,
    seq: 1,
    body: { type: "join", instance: { id: "n0/11/1", group: "g", critical: true } },
  },
  {
    gseq: 5,
    origin: ORIGIN,
    seq: 2,
    body: { type: "leave", instance: "n0/11/1", state: "unknown", reason: "gone" },
  },
];
const DELTA: DeltaMessage[] = [
  {
    type: "submit",
    epoch: 7,
    seq: 3,
    body: { type: "message", group: "g", instance: "n0/11/1", payload: new Uint8Array([1, 2, 3]) },
  },
  {
    type: "propose",
    epoch: 7,
    entries: [
      {
        gseq: 4,
        origin: ORIGIN,
        seq: 1,
        body: { type: "join", instance: { id: "n0/11/1", group: "g", critical: true } },
      },
      {
        gseq: 5,
        origin: ORIGIN,
        seq: 2,
        body: { type: "leave", instance: "n0/11/1", state: "unknown", reason: "gone" },
      },
      {
        gseq: 6,
        origin: ORIGIN,
        seq: 0,
        body: {
          type: "view",
          view: 7,
          members: [ORIGIN],
          snapshot: { history: "n0/11/1", instances: [], delivered: [{ origin: ORIGIN, seq: 2 }] },
        },
      },
    ],
  },
  { type: "commit", epoch: 7, upTo: 6, stable: 4 },
  { type: "ack", epoch: 7, upTo: 6 },
  { type: "state", epoch: 7, fresh: false, delivered: 3, entries: [], lacking: true },
];

function refusedOrDecoded(decode: () => unknown, errorClass: new (...args: never[]) => Error): void {
  try {
    decode();
  } catch (error) {
    expect(error).toBeInstanceOf(errorClass);
  }
}

describe("membership messages", () => {
  it("round-trip", () => {
    for (const message of CMS) expect(decodeCmsMessage(encodeCmsMessage(message), NODES)).toEqual(message);
  });

  it("are refused with E_MEMBERSHIP_PROTOCOL at every truncation, and for garbage", () => {
    for (const message of CMS) {
      const bytes = encodeCmsMessage(message);
      for (let n = 0; n < bytes.length; n++)
        refusedOrDecoded(() => decodeCmsMessage(bytes.subarray(0, n), NODES), MembershipProtocolError);
    }
    const rng = new Prng(1);
    for (let i = 0; i < 3000; i++) {
      const bytes = Uint8Array.from({ length: rng.int(64) }, () => rng.int(256));
      refusedOrDecoded(() => decodeCmsMessage(bytes, NODES), MembershipProtocolError);
    }
  });

  it("refuse members that are not configured nodes, listed twice, or joining after the view", () => {
    const bad: CmsMessage[] = [
      { type: "install", view: { id: 3, members: [{ node: "zz", boot: 1, since: 1 }] } },
      { type: "install", view: { id: 3, members: [VIEW.members[0] as never, VIEW.members[0] as never] } },
      { type: "install", view: { id: 3, members: [{ node: "n1", boot: 1, since: 4 }] } },
      { type: "hello", boot: 0, installed: 1, suspended: false },
    ];
    for (const message of bad)
      expect(() => decodeCmsMessage(encodeCmsMessage(message), NODES)).toThrow(MembershipProtocolError);
  });
});

describe("group messages", () => {
  it("round-trip", () => {
    // Payloads come back as Buffers (protobufjs on Node): compare their bytes.
    const plain = (value: unknown): unknown =>
      value instanceof Uint8Array
        ? [...value]
        : Array.isArray(value)
          ? value.map(plain)
          : typeof value === "object" && value !== null
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
            : value;
    expect(plain(decodeDeltaBatch(encodeDeltaBatch(DELTA), NODES))).toEqual(plain(DELTA));
  });

  it("are refused with E_GROUP_PROTOCOL at every truncation, and for garbage", () => {
    const bytes = encodeDeltaBatch(DELTA);
    for (let n = 0; n < bytes.length; n++)
      refusedOrDecoded(() => decodeDeltaBatch(bytes.subarray(0, n), NODES), GroupProtocolError);
    const rng = new Prng(2);
    for (let i = 0; i < 3000; i++) {
      const garbage = Uint8Array.from({ length: rng.int(96) }, () => rng.int(256));
      refusedOrDecoded(() => decodeDeltaBatch(garbage, NODES), GroupProtocolError);
    }
  });

  it("refuse proposals with gaps, instances of strangers, malformed names and oversize payloads", () => {
    const bad: DeltaMessage[] = [
      {
        type: "propose",
        epoch: 1,
        entries: [
          { ...(PROPOSED[0] as Entry), gseq: 9 },
          { ...(PROPOSED[1] as Entry), gseq: 11 },
        ],
      },
      {
        type: "submit",
        epoch: 1,
        seq: 1,
        body: { type: "message", group: "g", instance: "zz/1/1", payload: new Uint8Array() },
      },
      {
        type: "submit",
        epoch: 1,
        seq: 1,
        body: { type: "message", group: "bad name", instance: "n0/1/1", payload: new Uint8Array() },
      },
      {
        type: "submit",
        epoch: 1,
        seq: 1,
        body: { type: "message", group: "g", instance: "n0/1/1", payload: new Uint8Array(64 * 1024 + 1) },
      },
      { type: "commit", epoch: 1, upTo: 3, stable: 4 },
      { type: "ack", epoch: 0, upTo: 1 },
    ];
    for (const message of bad)
      expect(() => decodeDeltaBatch(encodeDeltaBatch([message]), NODES)).toThrow(GroupProtocolError);
  });
});
