/**
 * The heartbeat monitor's channel of a real node: a client registered under the monitor's name on
 * `node` sends the monitor on `partner` garbage heartbeats over their peer channel, and a valid
 * one after each input so that the partner is not (rightly) declared down for silence. The node's
 * own monitor is not running meanwhile.
 */
import { performance } from "node:perf_hooks";
import { CcmClient } from "../../../ccm/client.js";
import { HEARTBEAT_CLIENT_NAME } from "../../../peers/heartbeat-client.js";
import { heartbeat } from "../../../proto/generated/heartbeat.js";
import { Indexes } from "../budget.js";
import { heartbeatBytes } from "../builders/heartbeat.js";
import { type FuzzInput, inputRng } from "../inputs.js";
import { within } from "../liveness.js";
import type { NodeEndpointOptions } from "./endpoint-options.js";

export interface HeartbeatImpostorOptions extends NodeEndpointOptions {
  /** The node the impostor registers on, and the partner whose monitor it talks to. */
  readonly node: string;
  readonly partner: string;
  readonly intervalMs: number;
}

export async function fuzzHeartbeatWire(options: HeartbeatImpostorOptions): Promise<void> {
  const { cluster, run, budget, stats, node, partner } = options;
  const started = performance.now();
  const impostor = await CcmClient.connect({
    url: cluster.clientUrl(node),
    name: HEARTBEAT_CLIENT_NAME,
    ports: 1,
    memoryBytes: 0,
  });
  let channelUp = false;
  const up = new Promise<void>((resolve) =>
    impostor.on("event", (event) => {
      if (event.type === "channel-up" && event.partner === partner) {
        channelUp = true;
        resolve();
      }
    }),
  );
  if (!(await within(up)))
    run.find("heartbeat-wire", `no channel from ${node}'s impostor to ${partner}'s monitor`, [], false, true);
  const channel = impostor.channel(partner);
  /** A SEND to the monitor: undefined when it went, else its error. */
  const send = (data: Uint8Array) =>
    channel.send(data).then(
      () => undefined,
      (error: Error) => error,
    );
  let seq = 1;
  const valid = () => heartbeat.Heartbeat.encode({ seq: seq++, intervalMs: options.intervalMs }).finish();
  const indexes = new Indexes(1, budget);
  for (
    let index = indexes.take(0);
    index !== undefined && channelUp && !run.aborted;
    index = indexes.take(0)
  ) {
    const rng = inputRng(run.seed, "heartbeat-wire", index);
    const count = 1 + rng.int(8);
    const messages = Array.from({ length: count }, () => ({ data: heartbeatBytes(rng), text: false }));
    const input: FuzzInput = { endpoint: "heartbeat-wire", index, messages, meta: { node, partner } };
    run.sent(input);
    const sends = messages.map((m) => send(m.data));
    sends.push(send(valid()));
    const results = await Promise.all(sends);
    const failed = results.find((r) => r !== undefined);
    if (failed !== undefined) {
      run.find(
        "heartbeat-wire",
        `a SEND to ${partner}'s monitor failed: ${failed.message}`,
        [input],
        true,
        true,
      );
      break;
    }
    stats.inputs++;
    stats.requests += count + 1;
    if (stats.inputs % 8 === 0) options.watch.check();
  }
  // Its leaving takes its channel down on both nodes: from here on that is expected.
  options.watch.check();
  options.watch.allowChannelChurn.add(HEARTBEAT_CLIENT_NAME);
  impostor.close();
  stats.connections = 1;
  stats.seconds = (performance.now() - started) / 1000;
}
