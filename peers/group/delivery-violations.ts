/** What the delivery checker (delivery-checker.ts) finds: violations typed by `type` (and `reason`). */

export interface Where {
  readonly history: string;
  readonly group: string;
  /** One line for a person. */
  readonly detail: string;
}

/** What the checker finds; every violation names its history and group. */
export type DeliveryViolation = Where &
  (
    | {
        readonly type: "order";
        /** `members[0]` delivered `ids[0]` before `ids[1]`, `members[1]` the other way round. */
        readonly reason: "relative-order";
        readonly members: readonly [string, string];
        readonly ids: readonly [string, string];
      }
    | {
        readonly type: "order";
        /** `members[i]` delivered `id` at `gseqs[i]`. */
        readonly reason: "id-at-two-gseqs";
        readonly id: string;
        readonly gseqs: readonly [number, number];
        readonly members: readonly [string, string];
      }
    | {
        readonly type: "order";
        /** `members[i]` delivered `ids[i]` at `gseq`. */
        readonly reason: "two-ids-at-gseq";
        readonly gseq: number;
        readonly ids: readonly [string, string];
        readonly members: readonly [string, string];
      }
    | {
        readonly type: "order";
        /** `members[0]` delivered message `id` at `gseq`, `members[1]` recorded a view there. */
        readonly reason: "message-and-view-at-gseq";
        readonly gseq: number;
        readonly id: string;
        readonly members: readonly [string, string];
      }
    | {
        readonly type: "order";
        /** The member's record at `gseq` came after one at `previous`. */
        readonly reason: "not-increasing";
        readonly member: string;
        readonly gseq: number;
        readonly previous: number;
      }
    | {
        readonly type: "order";
        /** The member has records after its `end` record. */
        readonly reason: "after-end";
        readonly member: string;
      }
    | {
        readonly type: "duplicate";
        readonly member: string;
        readonly id: string;
        /** Where it was delivered first and where again. */
        readonly gseqs: readonly [number, number];
      }
    | {
        readonly type: "missing";
        /** The survivor that lacks the message. */
        readonly member: string;
        readonly id: string;
        readonly gseq: number;
        readonly deliveredBy: string;
        readonly joinedGseq: number;
      }
    | {
        readonly type: "views";
        /** `members[i]` recorded `views[i]` as its `index`-th view change of `gseq`. */
        readonly reason: "disagree";
        readonly gseq: number;
        readonly index: number;
        readonly members: readonly [string, string];
        readonly views: readonly [string, string];
      }
    | {
        readonly type: "views";
        /** The survivor lacks the `index`-th view change of `gseq`, which `recordedBy` recorded. */
        readonly reason: "missing";
        readonly member: string;
        readonly gseq: number;
        readonly index: number;
        readonly recordedBy: string;
        readonly joinedGseq: number;
      }
    | {
        readonly type: "views";
        /** The member's own records contradict one another at `gseq` (see `problem`). */
        readonly reason: "inconsistent";
        readonly member: string;
        readonly gseq: number;
        readonly problem: string;
      }
  );

export type DeliveryViolationType = DeliveryViolation["type"];

/** Violations of one type reported at most (the first found); a badly broken run stays readable. */
export const DEFAULT_MAX_VIOLATIONS_PER_TYPE = 1000;

export interface CheckDeliveriesOptions {
  /** Default DEFAULT_MAX_VIOLATIONS_PER_TYPE; Infinity reports all. */
  readonly maxPerType?: number;
}
