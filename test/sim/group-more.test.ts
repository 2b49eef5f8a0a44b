import { describe } from "vitest";
import { itPassesSeeds } from "../support/seeds.js";
import { runGroupSeed } from "./group-seeds.js";

/** The other half of the thousand group seeds (group.test.ts runs 1..500). */
const FIRST = 501;
const SEEDS = 500;

describe("whole-node sim: membership and groups, seeds 501..1000", () => {
  itPassesSeeds("more fault schedules of membership and groups", SEEDS, (seed) =>
    runGroupSeed(FIRST - 1 + seed),
  );
});
