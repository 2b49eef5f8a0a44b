/**
 * What every member of a group delivered, as a test harness records it (one JSON object per line,
 * in each member's order of receipt), and the parser of such files. delivery-checker.ts checks
 * them.
 */

export type LeftState = "unregistered" | "unknown";

/** One event a member received, in the member's order of receipt. */
export type DeliveryRecord =
  | {
      readonly member: string;
      readonly history: string;
      readonly group: string;
      readonly type: "joined";
      readonly gseq: number;
      /** The group's instances once the member joined (itself included). */
      readonly members: readonly string[];
    }
  | {
      readonly member: string;
      readonly history: string;
      readonly group: string;
      readonly type: "message";
      readonly gseq: number;
      /** "<node>/<incarnation>/<seq>": names the message uniquely. */
      readonly id: string;
      /** The sending instance. */
      readonly from: string;
    }
  | {
      readonly member: string;
      readonly history: string;
      readonly group: string;
      readonly type: "view";
      readonly gseq: number;
      readonly members: readonly string[];
      readonly joined?: string;
      readonly left?: string;
      readonly leftState?: LeftState;
    }
  | {
      readonly member: string;
      readonly history: string;
      readonly group: string;
      /** Still registered and alive when the run ended, after the cluster went quiet. */
      readonly type: "end";
    };

const LEFT_STATES: readonly string[] = ["unregistered", "unknown"] satisfies LeftState[];

/**
 * Parses JSON lines of delivery records (blank lines skipped; fields other than the record's own
 * are ignored). A line that is not a record throws a SyntaxError naming `source` and the line.
 */
export function parseDeliveryLines(text: string, source: string): DeliveryRecord[] {
  const records: DeliveryRecord[] = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new SyntaxError(`${source} line ${i + 1}: ${(error as Error).message}`, { cause: error });
    }
    const record = toRecord(value);
    if (typeof record === "string") throw new SyntaxError(`${source} line ${i + 1}: ${record}`);
    records.push(record);
  }
  return records;
}

/** The record, or what is wrong with it. */
function toRecord(value: unknown): DeliveryRecord | string {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a JSON object";
  const v = value as Record<string, unknown>;
  for (const field of ["member", "history", "group"] as const) {
    if (typeof v[field] !== "string" || v[field] === "") return `${field}: not a non-empty string`;
  }
  const base = { member: v.member as string, history: v.history as string, group: v.group as string };
  if (v.type === "end") return { ...base, type: "end" };
  if (v.type !== "joined" && v.type !== "message" && v.type !== "view")
    return `type: not joined, message, view or end`;
  const gseq = v.gseq;
  if (typeof gseq !== "number" || !Number.isSafeInteger(gseq) || gseq < 0)
    return "gseq: not a non-negative integer";
  if (v.type === "message") {
    if (typeof v.id !== "string" || v.id === "") return "id: not a non-empty string";
    if (typeof v.from !== "string" || v.from === "") return "from: not a non-empty string";
    return { ...base, type: "message", gseq, id: v.id, from: v.from };
  }
  const members = v.members;
  if (!Array.isArray(members) || !members.every((m) => typeof m === "string" && m !== ""))
    return "members: not an array of non-empty strings";
  if (v.type === "joined") return { ...base, type: "joined", gseq, members: members as string[] };
  let view: Extract<DeliveryRecord, { type: "view" }> = {
    ...base,
    type: "view",
    gseq,
    members: members as string[],
  };
  if (v.joined !== undefined) {
    if (typeof v.joined !== "string" || v.joined === "") return "joined: not a non-empty string";
    view = { ...view, joined: v.joined };
  }
  if (v.left !== undefined) {
    if (typeof v.left !== "string" || v.left === "") return "left: not a non-empty string";
    view = { ...view, left: v.left };
  }
  if (v.leftState !== undefined) {
    if (typeof v.leftState !== "string" || !LEFT_STATES.includes(v.leftState))
      return "leftState: not unregistered or unknown";
    view = { ...view, leftState: v.leftState as LeftState };
  }
  return view;
}
