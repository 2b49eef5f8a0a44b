import { describe, expect, it } from "vitest";
import { checkDeliveries } from "../../peers/group/delivery-checker.js";
import { type DeliveryRecord, parseDeliveryLines } from "../../peers/group/delivery-records.js";

const H = "h1";
const G = "g";

/**
 * A group delivering as the service should: every change and message numbered from a counter the
 * history's groups share, recorded by every instance registered and alive at the time.
 */
class GroupRun {
  readonly records: DeliveryRecord[] = [];
  private members: string[] = [];
  private readonly alive = new Set<string>();
  private messages = 0;

  constructor(
    readonly history: string,
    readonly group: string,
    private readonly counter = { gseq: 0 },
  ) {}

  join(member: string): this {
    const gseq = ++this.counter.gseq;
    this.members = [...this.members, member].sort();
    const base = { history: this.history, group: this.group };
    for (const m of this.alive)
      this.records.push({ ...base, member: m, type: "view", gseq, members: this.members, joined: member });
    this.records.push({ ...base, member, type: "joined", gseq, members: this.members });
    this.alive.add(member);
    return this;
  }

  send(from: string, count = 1): this {
    for (let i = 0; i < count; i++) {
      const gseq = ++this.counter.gseq;
      const id = `${from.split("/").slice(0, 2).join("/")}/${++this.messages}`;
      for (const m of this.alive)
        this.records.push({
          history: this.history,
          group: this.group,
          member: m,
          type: "message",
          gseq,
          id,
          from,
        });
    }
    return this;
  }

  /** Instances that leave in one entry (one unregistering, or a node's instances as it leaves the view). */
  leave(leaving: string[], leftState: "unregistered" | "unknown"): this {
    const gseq = ++this.counter.gseq;
    for (const left of leaving) {
      this.alive.delete(left);
      this.members = this.members.filter((m) => m !== left);
      for (const m of this.alive) {
        this.records.push({
          history: this.history,
          group: this.group,
          member: m,
          type: "view",
          gseq,
          members: this.members,
          left,
          leftState,
        });
      }
    }
    return this;
  }

  /** The instance stops recording (its node died); its leave comes with the next view. */
  crash(member: string): this {
    this.alive.delete(member);
    return this;
  }

  end(): this {
    for (const member of this.alive)
      this.records.push({ history: this.history, group: this.group, member, type: "end" });
    return this;
  }
}

function joined(member: string, gseq: number, members: string[]): DeliveryRecord {
  return { history: H, group: G, member, type: "joined", gseq, members };
}

function message(member: string, gseq: number, id: string, from = "n1/1/1"): DeliveryRecord {
  return { history: H, group: G, member, type: "message", gseq, id, from };
}

function end(member: string): DeliveryRecord {
  return { history: H, group: G, member, type: "end" };
}

const A = "n1/1/1";
const B = "n2/1/1";
const C = "n3/1/1";

/** A and B joined at 1 and 2, then messages 3..5, both survive. */
function pair(): DeliveryRecord[] {
  return [
    joined(A, 1, [A]),
    { history: H, group: G, member: A, type: "view", gseq: 2, members: [A, B], joined: B },
    joined(B, 2, [A, B]),
    ...[3, 4, 5].flatMap((gseq) => [message(A, gseq, `n1/1/${gseq}`), message(B, gseq, `n1/1/${gseq}`)]),
    end(A),
    end(B),
  ];
}

describe("the group delivery checker", () => {
  it("accepts clean runs: joins at different gseqs, leaves, crashes, several groups and histories", () => {
    const counter = { gseq: 0 };
    const g = new GroupRun(H, "g", counter);
    const other = new GroupRun(H, "other", counter);
    g.join("n1/1/1").join("n2/1/1").send("n1/1/1", 3);
    other.join("n1/1/2").send("n1/1/2", 2);
    g.join("n3/1/1").join("n3/1/2").send("n2/1/1", 4);
    g.leave(["n2/1/1"], "unregistered").send("n3/1/1", 2);
    other.join("n2/1/2").send("n2/1/2");
    // n3 dies: its two instances stop, then leave together in one view (one gseq).
    g.crash("n3/1/1").crash("n3/1/2").send("n1/1/1").leave(["n3/1/1", "n3/1/2"], "unknown");
    g.join("n4/1/1").send("n4/1/1", 2).end();
    other.end();
    // Every node died: a new history numbers from 1 again, with new instances.
    const next = new GroupRun("h2", "g").join("n1/2/1").join("n2/2/1").send("n2/2/1", 3).end();

    const records = [...g.records, ...other.records, ...next.records];
    expect(checkDeliveries(records)).toEqual([]);
    // Only each member's own order matters, not how members interleave.
    const byMember = [...records].sort((x, y) => x.member.localeCompare(y.member)); // stable
    expect(checkDeliveries(byMember)).toEqual([]);
  });

  it("finds two members that delivered common messages in a different order", () => {
    const records = pair();
    // B delivers 4 before 3.
    const b3 = records.findIndex((r) => r.member === B && r.type === "message" && r.gseq === 3);
    const b4 = records.findIndex((r) => r.member === B && r.type === "message" && r.gseq === 4);
    [records[b3], records[b4]] = [records[b4] as DeliveryRecord, records[b3] as DeliveryRecord];
    const violations = checkDeliveries(records);
    expect(violations).toMatchObject([
      { type: "order", reason: "relative-order", members: [B, A], ids: ["n1/1/4", "n1/1/3"] },
    ]);
    expect(violations[0]?.detail).toContain("the other way round");
  });

  it("finds one id at two gseqs, two ids at one gseq, and a member's gseqs that do not increase", () => {
    expect(checkDeliveries([message(A, 1, "x"), message(B, 2, "x")])).toMatchObject([
      { type: "order", reason: "id-at-two-gseqs", id: "x", gseqs: [1, 2], members: [A, B] },
    ]);
    expect(checkDeliveries([message(A, 1, "x"), message(B, 1, "y")])).toMatchObject([
      { type: "order", reason: "two-ids-at-gseq", gseq: 1, ids: ["x", "y"], members: [A, B] },
    ]);
    expect(checkDeliveries([joined(A, 5, [A]), message(A, 4, "x")])).toMatchObject([
      { type: "order", reason: "not-increasing", member: A, gseq: 4, previous: 5 },
    ]);
    expect(
      checkDeliveries([
        message(A, 2, "x"),
        { history: H, group: G, member: B, type: "view", gseq: 2, members: [B] },
      ]),
    ).toMatchObject([
      { type: "order", reason: "message-and-view-at-gseq", gseq: 2, id: "x", members: [A, B] },
    ]);
    expect(checkDeliveries([message(A, 1, "x"), end(A), message(A, 2, "y")])).toMatchObject([
      { type: "order", reason: "after-end", member: A },
    ]);
  });

  it("keeps conflicts in one history and group apart from another", () => {
    const otherHistory: DeliveryRecord = { ...message(B, 1, "y"), history: "h2" };
    const otherGroup: DeliveryRecord = { ...message(B, 2, "x"), group: "g2" };
    expect(checkDeliveries([message(A, 1, "x"), otherHistory, otherGroup])).toEqual([]);
  });

  it("finds a message delivered twice", () => {
    const records = [...pair()];
    records.splice(records.length - 2, 0, message(A, 5, "n1/1/5"));
    expect(checkDeliveries(records)).toMatchObject([
      { type: "duplicate", member: A, id: "n1/1/5", gseqs: [5, 5] },
    ]);
  });

  it("finds a survivor that lacks a message delivered above its join, and only a survivor", () => {
    const records = pair().filter((r) => !(r.member === B && r.type === "message" && r.gseq === 4));
    expect(checkDeliveries(records)).toMatchObject([
      { type: "missing", member: B, id: "n1/1/4", gseq: 4, deliveredBy: A, joinedGseq: 2 },
    ]);
    // B did not survive: nothing is owed.
    expect(checkDeliveries(records.filter((r) => !(r.member === B && r.type === "end")))).toEqual([]);
    // A message below the survivor's join is not owed; without a joined record, everything above 0 is.
    const late = [message(A, 1, "early"), message(A, 3, "late"), joined(C, 2, [A, C]), end(C)];
    expect(checkDeliveries(late)).toMatchObject([{ type: "missing", member: C, id: "late", gseq: 3 }]);
    expect(checkDeliveries([message(A, 1, "x"), end(B)])).toMatchObject([
      { type: "missing", member: B, id: "x", joinedGseq: 0 },
    ]);
  });

  it("finds views recorded differently, a survivor that lacks a view, and views that do not follow", () => {
    const different = pair().map((r) =>
      r.type === "view" && r.gseq === 2 ? { ...r, members: [A, B, C] } : r,
    );
    expect(checkDeliveries(different)).toMatchObject([
      {
        type: "views",
        reason: "disagree",
        gseq: 2,
        index: 0,
        members: [A, B],
        views: ["[n1/1/1,n2/1/1,n3/1/1] +n2/1/1", "[n1/1/1,n2/1/1] +n2/1/1"],
      },
      { type: "views", reason: "inconsistent", member: A, gseq: 2 },
    ]);

    const lacking = pair().filter((r) => r.type !== "view");
    expect(checkDeliveries(lacking)).toMatchObject([
      { type: "views", reason: "missing", member: A, gseq: 2, index: 0, recordedBy: B, joinedGseq: 1 },
    ]);

    // B and C leave in one view (gseq 5); A and D survive.
    const D = "n4/1/1";
    const run = new GroupRun(H, G).join(A).join(B).join(C).join(D).leave([B, C], "unknown").end();
    expect(checkDeliveries(run.records)).toEqual([]);
    const aSecondLeave = (r: DeliveryRecord) => r.member === A && r.type === "view" && r.left === C;
    expect(checkDeliveries(run.records.filter((r) => !aSecondLeave(r)))).toMatchObject([
      { type: "views", reason: "missing", member: A, gseq: 5, index: 1, recordedBy: D, joinedGseq: 1 },
    ]);
    // A died between the two changes of gseq 5: it owes nothing.
    const aDied = run.records.filter((r) => !aSecondLeave(r) && !(r.member === A && r.type === "end"));
    expect(checkDeliveries(aDied)).toEqual([]);

    // A member's own views must follow from one another, and it delivers nothing after it left.
    const selfInconsistent: DeliveryRecord[] = [
      joined(A, 1, [A]),
      { history: H, group: G, member: A, type: "view", gseq: 2, members: [A], joined: B },
      {
        history: H,
        group: G,
        member: A,
        type: "view",
        gseq: 3,
        members: [],
        left: A,
        leftState: "unregistered",
      },
      message(A, 4, "x"),
    ];
    expect(checkDeliveries(selfInconsistent)).toMatchObject([
      { type: "views", reason: "inconsistent", member: A, gseq: 2 },
      { type: "views", reason: "inconsistent", member: A, gseq: 4 },
    ]);
    expect(checkDeliveries([joined(A, 1, [B])])).toMatchObject([
      { type: "views", reason: "inconsistent", member: A, gseq: 1, problem: "joined a view without itself" },
    ]);
  });

  it("reports at most maxPerType violations of a type", () => {
    const records = [...Array.from({ length: 50 }, (_, i) => message(A, i + 1, `m${i}`)), end(B)];
    expect(checkDeliveries(records)).toHaveLength(50);
    expect(checkDeliveries(records, { maxPerType: 3 })).toHaveLength(3);
  });

  it("checks a large run", () => {
    const counter = { gseq: 0 };
    const runs = [new GroupRun(H, "a", counter), new GroupRun(H, "b", counter)];
    for (const [g, run] of runs.entries()) for (let n = 1; n <= 8; n++) run.join(`n${n}/1/${g + 1}`);
    for (let round = 0; round < 1250; round++) {
      for (const [g, run] of runs.entries()) run.send(`n${(round % 8) + 1}/1/${g + 1}`, 10);
    }
    for (const [g, run] of runs.entries()) run.leave([`n8/1/${g + 1}`], "unregistered").join(`n9/1/${g + 1}`);
    for (const run of runs) run.send("n1/1/1", 100).end();
    const records = runs.flatMap((run) => run.records);
    expect(records.length).toBeGreaterThan(200_000);
    expect(checkDeliveries(records)).toEqual([]);

    // One survivor's lost message is found among them all.
    const lost = records.filter((r) => r.member === "n3/1/2" && r.type === "message")[10_000];
    expect(lost).toBeDefined();
    const broken = records.filter((r) => r !== lost);
    expect(checkDeliveries(broken)).toMatchObject([
      { type: "missing", member: "n3/1/2", gseq: (lost as { gseq: number }).gseq },
    ]);
  });
});

describe("parseDeliveryLines", () => {
  it("round-trips records through JSON lines, skipping blank lines", () => {
    const run = new GroupRun(H, G).join(A).join(B).send(A, 2).leave([B], "unregistered").end();
    const text = `${run.records.map((r) => JSON.stringify(r)).join("\n")}\n\n`;
    expect(parseDeliveryLines(text, "a.jsonl")).toEqual(run.records);
  });

  it("refuses a bad line, naming the source and the line", () => {
    const good = JSON.stringify(message(A, 1, "x"));
    const bad = [
      "not json",
      "[1]",
      JSON.stringify({ ...message(A, 1, "x"), type: "mesage" }),
      JSON.stringify({ ...message(A, 1, "x"), gseq: -1 }),
      JSON.stringify({ ...message(A, 1, "x"), gseq: "1" }),
      JSON.stringify({ ...message(A, 1, "x"), id: undefined }),
      JSON.stringify({ ...message(A, 1, "x"), member: "" }),
      JSON.stringify({ ...joined(A, 1, [A]), members: [A, 2] }),
      JSON.stringify({
        history: H,
        group: G,
        member: A,
        type: "view",
        gseq: 2,
        members: [A],
        leftState: "gone",
      }),
      JSON.stringify({ history: H, group: G, member: A, type: "view", gseq: 2, members: [A], left: 7 }),
    ];
    for (const line of bad) {
      expect(() => parseDeliveryLines(`${good}\n\n${line}\n`, "run/n1.jsonl")).toThrow(
        /^run\/n1\.jsonl line 3: /,
      );
    }
  });
});
