/**
 * The application monitor (003: a daemon on every node that runs application-specific scripts):
 * for each configured application active on this node, an instance of group "app:<name>" that
 * lives while the application's check passes. The check is a command run every intervalMs; exit
 * 0 within timeoutMs is healthy. A check that fails feeds the group daemon as an instance that
 * stopped answering would (InstanceMonitor "failed-check"): it leaves its group in an unknown
 * state, or, if critical, resets the node. After a failure the instance joins again at the next
 * check that passes (the application came back).
 *
 * The monitor is in-process, so its instance answers the daemon's pings itself; the check is what
 * says whether the application lives.
 */
import type { Logger } from "pino";
import type { ServiceCaller } from "../../ccm/service.js";
import type { Clock } from "../../kit/clock.js";
import { group as wire } from "../../proto/generated/group.js";

export interface AppCheck {
  /** The application's name; its group is "app:<name>". */
  readonly name: string;
  /** The node it is active on (the failover manager moves it). */
  readonly node: string;
  readonly command: string;
  readonly intervalMs: number;
  readonly timeoutMs: number;
  /** Its failure resets the node. */
  readonly critical: boolean;
}

/** Runs a check command; `done(healthy, detail)` once it exited or timed out. */
export type CheckRunner = (
  command: string,
  timeoutMs: number,
  done: (healthy: boolean, detail: string) => void,
) => void;

/** What the monitor needs of the group daemon. */
export interface MonitoredDaemon {
  call(payload: Uint8Array, done: (result: Uint8Array | Error) => void, caller: ServiceCaller): void;
  checkFailed(instance: string, reason: string): void;
}

/** Monitors run as one in-process connection of the daemon (pushes come back as calls). */
const MONITOR_CALLER_ID = -1;

interface Watched {
  readonly check: AppCheck;
  instance: string | undefined;
  registering: boolean;
  running: boolean;
}

export class AppMonitor {
  private readonly watched: Watched[];
  private readonly caller: ServiceCaller;
  private stopped = false;

  constructor(
    private readonly daemon: MonitoredDaemon,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly run: CheckRunner,
    checks: readonly AppCheck[],
  ) {
    this.watched = checks.map((check) => ({
      check,
      instance: undefined,
      registering: false,
      running: false,
    }));
    this.caller = {
      id: MONITOR_CALLER_ID,
      push: (payload) => {
        this.pushed(payload);
        return !this.stopped;
      },
      onClose: () => {},
    };
  }

  /** Starts checking (the daemon is up); each application's first check comes at once. */
  start(): void {
    for (const w of this.watched) this.schedule(w, this.clock.now());
  }

  stop(): void {
    this.stopped = true;
  }

  private schedule(w: Watched, at: number): void {
    this.clock.at(at, () => this.checkNow(w));
  }

  private checkNow(w: Watched): void {
    if (this.stopped || w.running) return;
    w.running = true;
    const started = this.clock.now();
    this.run(w.check.command, w.check.timeoutMs, (healthy, detail) => {
      w.running = false;
      if (this.stopped) return;
      if (healthy) this.healthy(w);
      else this.failed(w, detail);
      this.schedule(w, Math.max(this.clock.now(), started + w.check.intervalMs));
    });
  }

  private healthy(w: Watched): void {
    if (w.instance !== undefined || w.registering) return;
    w.registering = true;
    const register = wire.GroupCall.encode({
      register: { group: `app:${w.check.name}`, critical: w.check.critical },
    });
    this.daemon.call(
      register.finish(),
      (result) => {
        w.registering = false;
        if (result instanceof Error) return; // no view yet: the next healthy check tries again
        w.instance = wire.GroupReply.decode(result).registered?.instance ?? undefined;
        this.logger.info(
          { event: "app-up", app: w.check.name, instance: w.instance },
          "application %s is up",
          w.check.name,
        );
      },
      this.caller,
    );
  }

  private failed(w: Watched, detail: string): void {
    const instance = w.instance;
    if (instance === undefined) return;
    w.instance = undefined;
    this.daemon.checkFailed(instance, `check of ${w.check.name} failed: ${detail}`);
  }

  /** The daemon's pushes to the monitor's instances: pings are answered, the rest is not needed. */
  private pushed(payload: Uint8Array): void {
    const event = wire.GroupEvent.decode(payload);
    const id = event.instance ?? "";
    const w = this.watched.find((x) => x.instance === id);
    if (w === undefined) return;
    if (event.ping) {
      const pong = wire.GroupCall.encode({ pong: { instance: id, nonce: event.ping.nonce ?? 0 } }).finish();
      // Answered in a later turn, as a client's answer would come (never inside the daemon's push).
      this.clock.at(this.clock.now(), () => this.daemon.call(pong, () => {}, this.caller));
    } else if (event.view?.left === id) {
      w.instance = undefined;
    }
  }
}
