/**
 * The client endpoint of real nodes, fuzzed over real WebSockets: several connections per node at
 * once, each sending a share of the endpoint's inputs (nodes/client-connection.ts). Under the name
 * "admin" the same endpoint gets admin requests (status, OS state, faults) on one connection a node.
 */
import { performance } from "node:perf_hooks";
import { Indexes } from "../budget.js";
import { LIVENESS_MS } from "../liveness.js";
import { type ClientEndpointOptions, clientConnection } from "./client-connection.js";

export async function fuzzClientEndpoint(options: ClientEndpointOptions): Promise<void> {
  const { cluster, budget } = options;
  const started = performance.now();
  const indexes = new Indexes(cluster.ids.length, budget);
  const workers: Promise<void>[] = [];
  cluster.ids.forEach((id, nodeIndex) => {
    for (let c = 0; c < options.connectionsPerNode; c++)
      workers.push(clientWorker(options, id, () => indexes.take(nodeIndex)));
  });
  await Promise.all(workers);
  options.stats.seconds = (performance.now() - started) / 1000;
}

/** Connection after connection to one node until its inputs run out; a node refusing every one for long is a finding. */
async function clientWorker(
  options: ClientEndpointOptions,
  node: string,
  take: () => number | undefined,
): Promise<void> {
  const { run } = options;
  let first = take();
  let refusedSince: number | undefined;
  while (first !== undefined && !run.aborted) {
    const next = await clientConnection(options, node, first, take);
    // The same input back: the connection was refused (too many connections). Not for ever.
    if (next !== first) refusedSince = undefined;
    else if (refusedSince === undefined) refusedSince = performance.now();
    else if (performance.now() - refusedSince > LIVENESS_MS) {
      run.find(
        options.endpoint,
        `node ${node} refused every connection for ${LIVENESS_MS / 1000} s`,
        run.recent(),
        false,
        true,
      );
      return;
    }
    first = next;
  }
}
