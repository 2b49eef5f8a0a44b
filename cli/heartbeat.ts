/**
 * `ccm heartbeat`: runs the heartbeat monitor of one node for as long as the process lives. It
 * attaches as soon as the node's OS is up and attaches again whenever its node comes back.
 */
import type { Logger } from "pino";
import type { ClusterConfig, NodeConfig } from "../ccm/cluster-config.js";
import { HeartbeatClient } from "../peers/heartbeat-client.js";

const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 2000;

export async function runHeartbeat(
  config: ClusterConfig,
  node: NodeConfig,
  logger: Logger,
  stop: Promise<void>,
): Promise<number> {
  let stopping = false;
  let current: HeartbeatClient | undefined;
  void stop.then(() => {
    stopping = true;
    current?.stop();
  });
  let backoff = RETRY_MIN_MS;
  while (!stopping) {
    try {
      current = await HeartbeatClient.start({ url: node.clientEndpoint, timing: config.heartbeat, logger });
      if (stopping) current.stop();
      logger.info({ event: "heartbeat-attached" }, "heartbeat monitor attached to node %s", node.id);
      backoff = RETRY_MIN_MS;
      while (!stopping && current.connected) await sleep(RETRY_MIN_MS);
    } catch (error) {
      logger.debug({ err: (error as Error).message }, "node %s not reachable yet", node.id);
    }
    if (!stopping) await sleep(backoff);
    backoff = Math.min(backoff * 2, RETRY_MAX_MS);
  }
  return 0;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
