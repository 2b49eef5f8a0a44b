/**
 * Heartbeats (proto/heartbeat.proto) and channel events fed to a HeartbeatMonitor
 * (peers/heartbeat.ts) as the heartbeat client does: an undecodable heartbeat is dropped. The
 * monitor must not spin on its ticks, wake at NaN, watch a partner whose channel is down or send a
 * seq that is not a uint32.
 */

import type { Prng } from "../../../kit/prng.js";
import { HeartbeatMonitor, type HeartbeatOutput } from "../../../peers/heartbeat.js";
import { heartbeat } from "../../../proto/generated/heartbeat.js";
import { heartbeatBytes } from "../builders/heartbeat.js";
import type { FuzzInput } from "../inputs.js";
import { data, num, singleMessage, str, timeStep } from "./input-meta.js";
import { type Episode, FuzzFinding, type InProcessTarget, tickWhileDue } from "./target.js";

const HEARTBEAT_PARTNERS = ["b", "c"];

class HeartbeatEpisode implements Episode {
  private readonly monitor: HeartbeatMonitor;
  private readonly up = new Set<string>();
  private now = 1000;

  constructor(rng: Prng) {
    this.monitor = new HeartbeatMonitor(
      rng.chance(0.5) ? { intervalMs: 100, timeoutMs: 1000 } : { intervalMs: 50, timeoutMs: 600 },
    );
  }

  step(input: FuzzInput): void {
    this.now += num(input, "dt");
    const partner = str(input, "partner");
    switch (str(input, "event")) {
      case "channel-up":
        this.up.add(partner);
        this.apply(this.monitor.handle({ type: "channel-up", partner }, this.now));
        break;
      case "channel-down":
        this.up.delete(partner);
        this.apply(this.monitor.handle({ type: "channel-down", partner }, this.now));
        break;
      case "status":
        this.apply(
          this.monitor.handle(
            {
              type: "status",
              partner,
              opinion: input.meta.readable
                ? { readable: true, osUp: Boolean(input.meta.osUp), meaning: "fuzz" }
                : { readable: false, detail: "fuzz" },
            },
            this.now,
          ),
        );
        break;
      default: {
        // As peers/heartbeat-client.ts: an undecodable heartbeat is dropped, whatever the error.
        let hb: heartbeat.Heartbeat;
        try {
          hb = heartbeat.Heartbeat.decode(data(input));
        } catch {
          break;
        }
        this.apply(this.monitor.handle({ type: "heartbeat", partner, seq: hb.seq }, this.now));
        break;
      }
    }
    tickWhileDue(
      () => this.monitor.wakeAt() <= this.now,
      () => this.apply(this.monitor.handle({ type: "tick" }, this.now)),
      "the monitor",
    );
    const wake = this.monitor.wakeAt();
    if (Number.isNaN(wake)) throw new FuzzFinding("the monitor's next wake-up is NaN");
    for (const p of this.monitor.partners)
      if (!this.up.has(p)) throw new FuzzFinding(`the monitor watches ${p}, whose channel is not up`);
  }

  private apply(actions: readonly HeartbeatOutput[]): void {
    for (const action of actions) {
      if (action.type === "declare-down") this.up.delete(action.partner);
      if (action.type === "send") {
        if (!Number.isInteger(action.seq) || action.seq < 0 || action.seq > 0xffff_ffff)
          throw new FuzzFinding(`heartbeat seq ${action.seq} is not a uint32`);
        heartbeat.Heartbeat.encode({ seq: action.seq, intervalMs: 100 }).finish();
      }
    }
  }
}

export const heartbeatTarget: InProcessTarget<HeartbeatEpisode> = {
  name: "heartbeat",
  episodeLength: 300,
  episode: (rng) => new HeartbeatEpisode(rng),
  generate: (rng, index) => {
    const r = rng.next();
    const event = r < 0.08 ? "channel-up" : r < 0.11 ? "channel-down" : r < 0.15 ? "status" : "heartbeat";
    return singleMessage("heartbeat", index, heartbeatBytes(rng), {
      event,
      partner: rng.pick(HEARTBEAT_PARTNERS),
      dt: timeStep(rng),
      readable: rng.chance(0.7),
      osUp: rng.chance(0.7),
    });
  },
};
