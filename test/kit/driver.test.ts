import { describe, expect, it } from "vitest";
import { schedulerClock } from "../../kit/clock.js";
import type { Core } from "../../kit/core.js";
import { CoreDriver } from "../../kit/driver.js";
import { Scheduler } from "../../kit/scheduler.js";

type In = { type: "poke"; id: number } | { type: "tick" };
type Out = { type: "saw"; id: number; at: number } | { type: "woke"; at: number };

/** Wakes up at the times it is told; echoes every poke. */
class Echo implements Core<In, Out> {
  wakes: number[] = [];
  handle(input: In, now: number): Out[] {
    if (input.type === "tick") {
      this.wakes = this.wakes.filter((t) => t > now);
      return [{ type: "woke", at: now }];
    }
    return [{ type: "saw", id: input.id, at: now }];
  }
  wakeAt(): number {
    return Math.min(Number.POSITIVE_INFINITY, ...this.wakes);
  }
}

function harness() {
  const scheduler = new Scheduler();
  const core = new Echo();
  const seen: Out[] = [];
  const driver = new CoreDriver<In, Out>(core, {
    clock: schedulerClock(scheduler),
    wakeUp: () => ({ type: "tick" }),
    apply: (outputs) => seen.push(...outputs),
  });
  const run = (until: number) => {
    while (scheduler.peekTime() <= until) scheduler.runNext();
    scheduler.now = until;
  };
  return { scheduler, core, seen, driver, run };
}

describe("CoreDriver", () => {
  it("hands inputs fed while outputs are applied to the core after them, in order", () => {
    const scheduler = new Scheduler();
    const order: string[] = [];
    const core: Core<number, number> = {
      handle: (input) => {
        order.push(`in ${input}`);
        return input < 3 ? [input + 1] : [];
      },
      wakeAt: () => Number.POSITIVE_INFINITY,
    };
    const driver: CoreDriver<number, number> = new CoreDriver(core, {
      clock: schedulerClock(scheduler),
      wakeUp: () => 0,
      apply: (outputs) => {
        for (const output of outputs) {
          driver.feed(output);
          order.push(`out ${output}`);
        }
      },
    });
    driver.feed(1);
    expect(order).toEqual(["in 1", "out 2", "in 2", "out 3", "in 3"]);
  });

  it("wakes the core at the earliest time it asks for, and only once that time has come", () => {
    const { core, seen, driver, run } = harness();
    core.wakes = [50];
    driver.feed({ type: "poke", id: 1 });
    // The core moves its time later before the timer fires: the early wake-up only re-arms.
    core.wakes = [80];
    run(60);
    expect(seen.filter((o) => o.type === "woke")).toEqual([]);
    run(100);
    expect(seen.filter((o) => o.type === "woke")).toEqual([{ type: "woke", at: 80 }]);
  });

  it("feeds nothing and wakes nothing once stopped", () => {
    const { core, seen, driver, run } = harness();
    core.wakes = [10];
    driver.feed({ type: "poke", id: 1 });
    driver.stop();
    driver.feed({ type: "poke", id: 2 });
    run(100);
    expect(seen).toEqual([{ type: "saw", id: 1, at: 0 }]);
  });
});
