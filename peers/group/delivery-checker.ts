/**
 * What every member of a group delivered, recorded by a test harness as JSON lines, and the checker
 * the sim, the tests and `ccm group check` run over it. Within one history of one group:
 *
 * - order: one id has one gseq and one gseq names one message; a member's gseqs strictly increase
 *   (several views at one gseq excepted: a membership view can drop several instances at once);
 *   two members deliver their common messages in one relative order;
 * - duplicate: no member delivers an id twice;
 * - missing: a member registered to the end (an `end` record) delivered every message some member
 *   delivered above the survivor's `joined` gseq;
 * - views: members that record the n-th view change of a gseq record the same change (a member's
 *   `joined` counts as the view of its join), a survivor records every view change above its
 *   `joined` gseq, and each member's views follow from one another (a join adds one instance, a
 *   leave removes one, the member is in its own views and delivers nothing after it left).
 *
 * A member without a `joined` record counts from gseq 0. Everything is keyed by maps, so the cost
 * is the number of records times a small factor (plus survivors times the group's messages).
 */

import type { DeliveryRecord } from "./delivery-records.js";
import {
  type CheckDeliveriesOptions,
  DEFAULT_MAX_VIOLATIONS_PER_TYPE,
  type DeliveryViolation,
  type DeliveryViolationType,
} from "./delivery-violations.js";

type GseqRecord = Exclude<DeliveryRecord, { type: "end" }>;
type ViewLike = Extract<DeliveryRecord, { type: "joined" | "view" }>;

interface MemberLog {
  readonly member: string;
  readonly records: DeliveryRecord[];
  /** 0 without a joined record. */
  joinedGseq: number;
  survivor: boolean;
  /** id -> index in `records` of its first delivery. */
  readonly positions: Map<string, number>;
  /** gseq -> view changes recorded there (the joined record counts as one). */
  readonly viewCounts: Map<number, number>;
}

interface ViewSlot {
  readonly key: string;
  readonly member: string;
}

interface Stream {
  readonly history: string;
  readonly group: string;
  readonly members: Map<string, MemberLog>;
  /** id -> its gseq and who delivered it first. */
  readonly messages: Map<string, { readonly gseq: number; readonly member: string }>;
  readonly messageAt: Map<number, { readonly id: string; readonly member: string }>;
  /** gseq -> the view changes there, in order, each as the first member to record it saw it. */
  readonly views: Map<number, ViewSlot[]>;
  /** Conflicts reported already ("id@gseq", "gseq#id"), so a conflict is reported once. */
  readonly reported: Set<string>;
}

class Report {
  readonly violations: DeliveryViolation[] = [];
  private readonly counts = new Map<DeliveryViolationType, number>();

  constructor(private readonly maxPerType: number) {}

  add(violation: DeliveryViolation): void {
    const count = this.counts.get(violation.type) ?? 0;
    this.counts.set(violation.type, count + 1);
    if (count < this.maxPerType) this.violations.push(violation);
  }
}

/**
 * Checks what the members of every group delivered (records of all histories and groups, each
 * member's in its order of receipt); returns the violations found, at most `maxPerType` of each
 * type, in the order found. An empty list means the run delivered alike everywhere.
 */
export function checkDeliveries(
  records: readonly DeliveryRecord[],
  options: CheckDeliveriesOptions = {},
): DeliveryViolation[] {
  const report = new Report(options.maxPerType ?? DEFAULT_MAX_VIOLATIONS_PER_TYPE);
  for (const stream of streams(records).values()) {
    for (const log of stream.members.values()) catalogue(stream, log, report);
    for (const [gseq, slots] of stream.views) {
      const message = stream.messageAt.get(gseq);
      if (message === undefined) continue;
      const viewer = (slots[0] as ViewSlot).member;
      report.add({
        type: "order",
        reason: "message-and-view-at-gseq",
        history: stream.history,
        group: stream.group,
        gseq,
        id: message.id,
        members: [message.member, viewer],
        detail: `${where(stream)}: gseq ${gseq} is message ${message.id} at ${message.member} and a view at ${viewer}`,
      });
    }
    for (const log of stream.members.values()) checkSequence(stream, log, report);
    for (const log of stream.members.values()) if (log.survivor) checkSurvivor(stream, log, report);
  }
  return report.violations;
}

/** Records by history and group, then by member, each member's in its order. */
function streams(records: readonly DeliveryRecord[]): Map<string, Stream> {
  const byKey = new Map<string, Stream>();
  for (const record of records) {
    const key = `${record.history}\u0000${record.group}`;
    let stream = byKey.get(key);
    if (stream === undefined) {
      stream = {
        history: record.history,
        group: record.group,
        members: new Map(),
        messages: new Map(),
        messageAt: new Map(),
        views: new Map(),
        reported: new Set(),
      };
      byKey.set(key, stream);
    }
    let log = stream.members.get(record.member);
    if (log === undefined) {
      log = {
        member: record.member,
        records: [],
        joinedGseq: 0,
        survivor: false,
        positions: new Map(),
        viewCounts: new Map(),
      };
      stream.members.set(record.member, log);
    }
    log.records.push(record);
  }
  return byKey;
}

/** First pass over a member: its positions, the stream's catalogues, duplicates and conflicts. */
function catalogue(stream: Stream, log: MemberLog, report: Report): void {
  let joined = false;
  log.records.forEach((record, index) => {
    switch (record.type) {
      case "end":
        log.survivor = true;
        return;
      case "joined":
        if (joined) {
          inconsistent(stream, log, record.gseq, `joined again (first at ${log.joinedGseq})`, report);
          return;
        }
        joined = true;
        log.joinedGseq = record.gseq;
        catalogueView(stream, log, record, report);
        return;
      case "view":
        catalogueView(stream, log, record, report);
        return;
      case "message":
        catalogueMessage(stream, log, record, index, report);
        return;
    }
  });
}

function catalogueMessage(
  stream: Stream,
  log: MemberLog,
  record: Extract<DeliveryRecord, { type: "message" }>,
  index: number,
  report: Report,
): void {
  const { id, gseq } = record;
  const first = log.positions.get(id);
  if (first === undefined) log.positions.set(id, index);
  else {
    const firstGseq = (log.records[first] as GseqRecord).gseq;
    report.add({
      type: "duplicate",
      history: stream.history,
      group: stream.group,
      member: log.member,
      id,
      gseqs: [firstGseq, gseq],
      detail: `${where(stream)}: ${log.member} delivered ${id} twice (gseq ${firstGseq}, then ${gseq})`,
    });
  }

  const known = stream.messages.get(id);
  if (known === undefined) stream.messages.set(id, { gseq, member: log.member });
  else if (known.gseq !== gseq && once(stream, `${id}@${gseq}`)) {
    report.add({
      type: "order",
      reason: "id-at-two-gseqs",
      history: stream.history,
      group: stream.group,
      id,
      gseqs: [known.gseq, gseq],
      members: [known.member, log.member],
      detail: `${where(stream)}: ${id} is gseq ${known.gseq} at ${known.member} but ${gseq} at ${log.member}`,
    });
  }

  const at = stream.messageAt.get(gseq);
  if (at === undefined) stream.messageAt.set(gseq, { id, member: log.member });
  else if (at.id !== id && once(stream, `${gseq}#${id}`)) {
    report.add({
      type: "order",
      reason: "two-ids-at-gseq",
      history: stream.history,
      group: stream.group,
      gseq,
      ids: [at.id, id],
      members: [at.member, log.member],
      detail: `${where(stream)}: gseq ${gseq} is ${at.id} at ${at.member} but ${id} at ${log.member}`,
    });
  }
}

function catalogueView(stream: Stream, log: MemberLog, record: ViewLike, report: Report): void {
  const { gseq } = record;
  const index = log.viewCounts.get(gseq) ?? 0;
  log.viewCounts.set(gseq, index + 1);
  const key = viewKey(record);
  let slots = stream.views.get(gseq);
  if (slots === undefined) {
    slots = [];
    stream.views.set(gseq, slots);
  }
  const slot = slots[index];
  if (slot === undefined) {
    // A member records the changes of one gseq in order, so slots fill from 0 without holes.
    slots.push({ key, member: log.member });
  } else if (slot.key !== key) {
    report.add({
      type: "views",
      reason: "disagree",
      history: stream.history,
      group: stream.group,
      gseq,
      index,
      members: [slot.member, log.member],
      views: [slot.key, key],
      detail: `${where(stream)}: view change ${index} of gseq ${gseq} is ${slot.key} at ${slot.member} but ${key} at ${log.member}`,
    });
  }
}

/** A view change as text, alike for alike changes: "[a,b] +b" or "[a] -b unknown". */
function viewKey(record: ViewLike): string {
  const members = sortedCopy(record.members).join(",");
  if (record.type === "joined") return `[${members}] +${record.member}`;
  let key = `[${members}]`;
  if (record.joined !== undefined) key += ` +${record.joined}`;
  if (record.left !== undefined) key += ` -${record.left}`;
  if (record.leftState !== undefined) key += ` ${record.leftState}`;
  return key;
}

function sortedCopy(ids: readonly string[]): readonly string[] {
  for (let i = 1; i < ids.length; i++)
    if ((ids[i - 1] as string) > (ids[i] as string)) return [...ids].sort();
  return ids;
}

/**
 * Second pass over a member: its gseqs increase, its messages keep the order other members gave
 * them, and its views follow from one another.
 */
function checkSequence(stream: Stream, log: MemberLog, report: Report): void {
  let previous: GseqRecord | undefined;
  /** The highest-numbered message so far. */
  let highest: { readonly gseq: number; readonly id: string } | undefined;
  let ended = false;
  let current: Set<string> | undefined;
  let leftAt: number | undefined;
  let reportedAfterLeft = false;

  log.records.forEach((record, index) => {
    if (ended) {
      if (once(stream, `${log.member} after end`)) {
        report.add({
          type: "order",
          reason: "after-end",
          history: stream.history,
          group: stream.group,
          member: log.member,
          detail: `${where(stream)}: ${log.member} has records after its end record`,
        });
      }
      return;
    }
    if (record.type === "end") {
      ended = true;
      if (leftAt !== undefined)
        inconsistent(stream, log, leftAt, "ended registered after a view in which it left", report);
      return;
    }
    // A duplicate is reported as such; its gseq says nothing more.
    if (record.type === "message" && log.positions.get(record.id) !== index) return;

    if (leftAt !== undefined && !reportedAfterLeft) {
      reportedAfterLeft = true;
      inconsistent(stream, log, record.gseq, `delivered a ${record.type} after it left at ${leftAt}`, report);
    }

    if (previous !== undefined && !increases(previous, record)) {
      // Name the pair of members that disagree when there is one (the ids' gseqs being consistent).
      const late = record.type === "message" ? record.id : undefined;
      const swapped =
        late !== undefined && highest !== undefined && highest.gseq > record.gseq
          ? deliveredBefore(stream, log, late, highest.id)
          : undefined;
      if (late !== undefined && swapped !== undefined && highest !== undefined) {
        report.add({
          type: "order",
          reason: "relative-order",
          history: stream.history,
          group: stream.group,
          members: [log.member, swapped],
          ids: [highest.id, late],
          detail: `${where(stream)}: ${log.member} delivered ${highest.id} before ${late}, ${swapped} the other way round`,
        });
      } else {
        report.add({
          type: "order",
          reason: "not-increasing",
          history: stream.history,
          group: stream.group,
          member: log.member,
          gseq: record.gseq,
          previous: previous.gseq,
          detail: `${where(stream)}: ${log.member} delivered gseq ${record.gseq} after ${previous.gseq}`,
        });
      }
    }
    previous = record;
    if (record.type === "message") {
      if (highest === undefined || record.gseq > highest.gseq) highest = { gseq: record.gseq, id: record.id };
      return;
    }

    if (record.type === "joined") {
      if (!record.members.includes(log.member))
        inconsistent(stream, log, record.gseq, "joined a view without itself", report);
      current = new Set(record.members);
      return;
    }
    current = followView(stream, log, record, current, report);
    if (record.left === log.member) leftAt = record.gseq;
    else if (!record.members.includes(log.member))
      inconsistent(stream, log, record.gseq, "recorded a view without itself", report);
  });
}

/** Strictly increasing gseqs, except consecutive view changes of one gseq. */
function increases(previous: GseqRecord, record: GseqRecord): boolean {
  if (record.gseq > previous.gseq) return true;
  return record.gseq === previous.gseq && record.type === "view" && previous.type === "view";
}

/** Another member that delivered `first` before `second`, if any (the group's members are few). */
function deliveredBefore(stream: Stream, log: MemberLog, first: string, second: string): string | undefined {
  for (const other of stream.members.values()) {
    if (other === log) continue;
    const a = other.positions.get(first);
    const b = other.positions.get(second);
    if (a !== undefined && b !== undefined && a < b) return other.member;
  }
  return undefined;
}

/** Checks a view against the members before it; returns the members after it. */
function followView(
  stream: Stream,
  log: MemberLog,
  record: Extract<DeliveryRecord, { type: "view" }>,
  before: Set<string> | undefined,
  report: Report,
): Set<string> {
  const after = new Set(record.members);
  if (before === undefined) return after;
  const expected = new Set(before);
  if (record.joined !== undefined) {
    if (before.has(record.joined))
      inconsistent(stream, log, record.gseq, `${record.joined} joined but was a member already`, report);
    expected.add(record.joined);
  }
  if (record.left !== undefined) {
    if (!before.has(record.left))
      inconsistent(stream, log, record.gseq, `${record.left} left but was not a member`, report);
    expected.delete(record.left);
  }
  if (record.joined === undefined && record.left === undefined) return after;
  if (expected.size !== after.size || [...after].some((id) => !expected.has(id))) {
    inconsistent(
      stream,
      log,
      record.gseq,
      `view [${sortedCopy(record.members).join(",")}] does not follow from [${[...before].sort().join(",")}]`,
      report,
    );
  }
  return after;
}

/** Third pass, over a survivor: every message and view change above its join. */
function checkSurvivor(stream: Stream, log: MemberLog, report: Report): void {
  for (const [id, { gseq, member }] of stream.messages) {
    if (gseq <= log.joinedGseq || log.positions.has(id)) continue;
    report.add({
      type: "missing",
      history: stream.history,
      group: stream.group,
      member: log.member,
      id,
      gseq,
      deliveredBy: member,
      joinedGseq: log.joinedGseq,
      detail: `${where(stream)}: ${log.member} (joined at ${log.joinedGseq}) lacks ${id} (gseq ${gseq}, delivered by ${member})`,
    });
  }
  for (const [gseq, slots] of stream.views) {
    if (gseq <= log.joinedGseq) continue;
    for (let index = log.viewCounts.get(gseq) ?? 0; index < slots.length; index++) {
      const slot = slots[index] as ViewSlot;
      report.add({
        type: "views",
        reason: "missing",
        history: stream.history,
        group: stream.group,
        member: log.member,
        gseq,
        index,
        recordedBy: slot.member,
        joinedGseq: log.joinedGseq,
        detail: `${where(stream)}: ${log.member} (joined at ${log.joinedGseq}) lacks view change ${index} of gseq ${gseq}, ${slot.key} (recorded by ${slot.member})`,
      });
    }
  }
}

function inconsistent(stream: Stream, log: MemberLog, gseq: number, problem: string, report: Report): void {
  report.add({
    type: "views",
    reason: "inconsistent",
    history: stream.history,
    group: stream.group,
    member: log.member,
    gseq,
    problem,
    detail: `${where(stream)}: ${log.member} at gseq ${gseq}: ${problem}`,
  });
}

function once(stream: Stream, key: string): boolean {
  if (stream.reported.has(key)) return false;
  stream.reported.add(key);
  return true;
}

function where(stream: Stream): string {
  return `history ${stream.history} group ${stream.group}`;
}

// --- parsing --------------------------------------------------------------------------------------
