/**
 * The heartbeat monitor as a client process of its node: it registers as a monitor, exchanges
 * heartbeats with its counterpart on every partner over their peer channel, reads a silent
 * partner's status word over RDMA, and reports the partner down to its node, which drops the
 * session, tells every local client and handshakes anew.
 */
import { type Logger, pino } from "pino";
import { CcmClient, type ClientEvent } from "../ccm/client.js";
import { readStatusWord } from "../ccm/node-status.js";
import { realClock } from "../kit/clock.js";
import { CoreDriver } from "../kit/driver.js";
import { heartbeat } from "../proto/generated/heartbeat.js";
import {
  type HeartbeatInput,
  HeartbeatMonitor,
  type HeartbeatOutput,
  type HeartbeatTiming,
} from "./heartbeat.js";

export const HEARTBEAT_CLIENT_NAME = "heartbeat";

export interface HeartbeatClientOptions {
  readonly url: string | URL;
  readonly timing: HeartbeatTiming;
  readonly logger?: Logger;
}

/** What the monitor concluded, for whoever runs it (the CLI's live view, tests). */
export type HeartbeatVerdict = {
  readonly partner: string;
  readonly reason: string;
  readonly silentMs: number;
};

export class HeartbeatClient {
  private readonly driver: CoreDriver<HeartbeatInput, HeartbeatOutput>;
  private readonly logger: Logger;
  private stopped = false;
  readonly verdicts: HeartbeatVerdict[] = [];

  private constructor(
    private readonly client: CcmClient,
    private readonly options: HeartbeatClientOptions,
  ) {
    this.driver = new CoreDriver(new HeartbeatMonitor(options.timing), {
      clock: realClock,
      wakeUp: () => ({ type: "tick" }),
      apply: (outputs) => this.apply(outputs),
    });
    this.logger = options.logger ?? pino({ level: "silent" });
    client.on("event", (event) => this.onClientEvent(event));
  }

  static async start(options: HeartbeatClientOptions): Promise<HeartbeatClient> {
    const client = await CcmClient.connect({
      url: options.url,
      name: HEARTBEAT_CLIENT_NAME,
      ports: 1,
      memoryBytes: 0,
      monitor: true,
    });
    return new HeartbeatClient(client, options);
  }

  get connected(): boolean {
    return this.client.connected;
  }

  stop(): void {
    this.stopped = true;
    this.driver.stop();
    this.client.close();
  }

  private onClientEvent(event: ClientEvent): void {
    switch (event.type) {
      case "channel-up":
        this.feed({ type: "channel-up", partner: event.partner });
        break;
      case "channel-down":
      case "partner-down":
        this.feed({ type: "channel-down", partner: event.partner });
        break;
      case "message": {
        let seq: number;
        try {
          seq = heartbeat.Heartbeat.decode(event.data).seq;
        } catch {
          this.logger.warn({ partner: event.partner }, "undecodable heartbeat ignored");
          return;
        }
        this.feed({ type: "heartbeat", partner: event.partner, seq });
        break;
      }
      case "closed":
        if (!this.stopped) this.logger.warn({ reason: event.reason }, "heartbeat monitor lost its node");
        this.driver.stop();
        break;
      default:
        break;
    }
  }

  private feed(input: HeartbeatInput): void {
    if (!this.stopped) this.driver.feed(input);
  }

  private apply(actions: readonly HeartbeatOutput[]): void {
    for (const action of actions) {
      switch (action.type) {
        case "send": {
          const data = heartbeat.Heartbeat.encode({
            seq: action.seq,
            intervalMs: this.options.timing.intervalMs,
          }).finish();
          // A failed send means the channel is going down; its events will follow.
          this.client
            .channel(action.partner)
            .send(data)
            .catch(() => {});
          break;
        }
        case "read-status":
          this.client.partnerStatus(action.partner).then(
            (word) => {
              const reading = readStatusWord(word);
              this.feed({
                type: "status",
                partner: action.partner,
                opinion: { readable: true, osUp: reading.osUp, meaning: reading.meaning },
              });
            },
            (error: Error) =>
              this.feed({
                type: "status",
                partner: action.partner,
                opinion: { readable: false, detail: error.message },
              }),
          );
          break;
        case "declare-down":
          this.verdicts.push({ partner: action.partner, reason: action.reason, silentMs: action.silentMs });
          this.logger.warn(
            { event: "heartbeat-verdict", partner: action.partner, silentMs: Math.round(action.silentMs) },
            "partner %s down: %s",
            action.partner,
            action.reason,
          );
          this.client
            .reportPartnerDown(action.partner, action.reason)
            .catch((error: Error) =>
              this.logger.warn(
                { partner: action.partner, err: error.message },
                "could not report partner down",
              ),
            );
          break;
      }
    }
  }
}
