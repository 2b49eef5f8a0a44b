import { describe, expect, it } from "vitest";
import { HeartbeatMonitor, type HeartbeatOutput, type StatusOpinion } from "../../peers/heartbeat.js";

const TIMING = { intervalMs: 100, timeoutMs: 1000 };

/**
 * Drives a monitor on a virtual clock: heartbeats from the partner arrive every `intervalMs` until
 * `silentFrom`, the status word (if asked) answers `opinion` after `readMs`.
 */
function run(options: { silentFrom: number; opinion: StatusOpinion; readMs: number; until: number }) {
  const monitor = new HeartbeatMonitor(TIMING);
  const actions: { at: number; action: HeartbeatOutput }[] = [];
  const pending: { at: number; deliver: () => void }[] = [];
  const apply = (at: number, list: readonly HeartbeatOutput[]) => {
    for (const action of list) {
      actions.push({ at, action });
      if (action.type === "read-status") {
        pending.push({
          at: at + options.readMs,
          deliver: () =>
            apply(
              at + options.readMs,
              monitor.handle({ type: "status", partner: "b", opinion: options.opinion }, at + options.readMs),
            ),
        });
      }
    }
  };
  apply(0, monitor.handle({ type: "channel-up", partner: "b" }, 0));
  for (let now = 1; now <= options.until; now++) {
    for (const p of pending.filter((p) => p.at === now)) p.deliver();
    if (now % TIMING.intervalMs === 0 && now < options.silentFrom) {
      apply(now, monitor.handle({ type: "heartbeat", partner: "b", seq: now / TIMING.intervalMs }, now));
    }
    if (monitor.wakeAt() <= now) apply(now, monitor.handle({ type: "tick" }, now));
  }
  return actions;
}

describe("the heartbeat monitor", () => {
  it("sends a heartbeat every interval and declares nothing while the partner answers", () => {
    const actions = run({
      silentFrom: Number.POSITIVE_INFINITY,
      opinion: { readable: true, osUp: true, meaning: "" },
      readMs: 5,
      until: 5000,
    });
    expect(actions.filter((a) => a.action.type === "send")).toHaveLength(51);
    expect(actions.some((a) => a.action.type === "declare-down" || a.action.type === "read-status")).toBe(
      false,
    );
  });

  it("declares a silent partner whose OS is up down at the timeout, never later", () => {
    const actions = run({
      silentFrom: 2000,
      opinion: { readable: true, osUp: true, meaning: "storage OS up" },
      readMs: 5,
      until: 6000,
    });
    const read = actions.find((a) => a.action.type === "read-status");
    const down = actions.filter((a) => a.action.type === "declare-down");
    expect(read?.at).toBe(1900 + TIMING.timeoutMs / 2);
    expect(down).toHaveLength(1);
    expect(down[0]?.at).toBe(1900 + TIMING.timeoutMs);
  });

  it("declares down at once when the status word says the OS is hung", () => {
    const actions = run({
      silentFrom: 2000,
      opinion: { readable: true, osUp: false, meaning: "storage OS hung" },
      readMs: 5,
      until: 6000,
    });
    const down = actions.find((a) => a.action.type === "declare-down");
    expect(down?.at).toBe(1900 + TIMING.timeoutMs / 2 + 5);
    expect(down?.action.type === "declare-down" && down.action.reason).toContain("storage OS hung");
  });

  it("declares down at once when the partner's card does not answer, and at the timeout at the latest", () => {
    const quick = run({
      silentFrom: 2000,
      opinion: { readable: false, detail: "RETRY_EXC" },
      readMs: 200,
      until: 6000,
    });
    expect(quick.find((a) => a.action.type === "declare-down")?.at).toBe(1900 + TIMING.timeoutMs / 2 + 200);
    // The read takes longer than the rest of the timeout: the timeout decides.
    const slow = run({
      silentFrom: 2000,
      opinion: { readable: false, detail: "RETRY_EXC" },
      readMs: 2000,
      until: 6000,
    });
    const downs = slow.filter((a) => a.action.type === "declare-down");
    expect(downs).toHaveLength(1);
    expect(downs[0]?.at).toBe(1900 + TIMING.timeoutMs);
  });

  it("stops watching a partner whose channel went down", () => {
    const monitor = new HeartbeatMonitor(TIMING);
    monitor.handle({ type: "channel-up", partner: "b" }, 0);
    monitor.handle({ type: "channel-down", partner: "b" }, 10);
    expect(monitor.partners).toEqual([]);
    expect(monitor.wakeAt()).toBe(Number.POSITIVE_INFINITY);
  });
});
