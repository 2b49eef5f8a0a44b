/**
 * The card's fabric port of real nodes, fuzzed by a card without the fabric's secret, over real
 * WebSockets and over a card's raw TCP link (fabric-tcp.ts): one connection per input. The card
 * may send it nothing but a challenge, and must close every such link (with a refusal's code, or
 * at the login timeout).
 */
import { performance } from "node:perf_hooks";
import WebSocket from "ws";
import { Indexes } from "../budget.js";
import { fabricInput } from "../builders/fabric-connection.js";
import { type FuzzInput, inputRng } from "../inputs.js";
import { within } from "../liveness.js";
import { countClose } from "../run-state.js";
import type { NodeEndpointOptions } from "./endpoint-options.js";
import { checkCardMessage, tcpFabricConnection } from "./fabric-tcp.js";

/** Close codes of a card refusing a link (rdma-emu/fabric-link.ts; 1013: too many logins at once), and ws's own. */
const FABRIC_CLOSE_CODES = new Set([1002, 1007, 1008, 1009, 1013]);

export interface FabricEndpointOptions extends NodeEndpointOptions {
  /** Connections at once, over all nodes. */
  readonly concurrency: number;
}

export async function fuzzFabricEndpoint(options: FabricEndpointOptions): Promise<void> {
  const { cluster, run, budget, stats } = options;
  const started = performance.now();
  const cards = cluster.raw.nodes.map((n) => Number(n.card));
  const indexes = new Indexes(cluster.ids.length, budget);
  const workers = cluster.ids.flatMap((id, nodeIndex) =>
    Array.from({ length: Math.max(1, Math.floor(options.concurrency / cluster.ids.length)) }, async () => {
      const node = cluster.raw.nodes[nodeIndex] as { fabric: string; card: string };
      const ctx = {
        cards: [Number(node.card), ...cards.filter((c) => c !== Number(node.card))],
        fabricId: 1,
      };
      for (
        let index = indexes.take(nodeIndex);
        index !== undefined && !run.aborted;
        index = indexes.take(nodeIndex)
      ) {
        const input = fabricInput("fabric", inputRng(run.seed, "fabric", index), index, ctx);
        run.sent(input);
        await fabricConnection(options, id, node.fabric, input);
        stats.inputs++;
        stats.connections++;
        if (stats.inputs % 16 === 0) options.watch.check();
      }
    }),
  );
  await Promise.all(workers);
  stats.seconds = (performance.now() - started) / 1000;
}

async function fabricConnection(
  options: FabricEndpointOptions,
  node: string,
  url: string,
  input: FuzzInput,
): Promise<void> {
  const { run, stats, cluster } = options;
  if (input.meta.transport === "tcp") {
    const outcome = await tcpFabricConnection(run, stats, node, url, input);
    if (outcome === undefined) return;
    countClose(stats, outcome.code === undefined ? "tcp, no close record" : `tcp ${outcome.code}`);
    if (
      (outcome.code === undefined || !FABRIC_CLOSE_CODES.has(outcome.code)) &&
      cluster.processes.get(node)?.exited !== true
    ) {
      run.find(
        "fabric",
        `card of node ${node} closed a TCP link with ${outcome.code === undefined ? "no close record" : `code ${outcome.code} (${outcome.reason})`}; ${outcome.records} record(s) before`,
        [input],
        true,
      );
    }
    return;
  }
  const ws = new WebSocket(url, { perMessageDeflate: false, maxPayload: 8 * 1024 * 1024 });
  ws.on("error", () => {});
  let frames = 0;
  let closed: { code: number; reason: string } | undefined;
  const challenge = new Promise<void>((resolve) => {
    ws.on("message", (data: Buffer, isBinary) => {
      frames++;
      if (isBinary)
        checkCardMessage(run, node, input, new Uint8Array(data.buffer, data.byteOffset, data.length));
      else run.find("fabric", `card of node ${node} sent a text message`, [input], true);
      resolve();
    });
  });
  const closedNow = new Promise<void>((resolve) =>
    ws.on("close", (code, reason) => {
      closed = { code, reason: reason.toString() };
      resolve();
    }),
  );
  const opened = await Promise.race([
    new Promise<boolean>((r) => ws.once("open", () => r(true))),
    closedNow.then(() => false),
  ]);
  if (!opened) {
    countClose(stats, "refused");
    return;
  }
  if (input.meta.waitForChallenge === true) await Promise.race([challenge, closedNow]);
  for (const message of input.messages) {
    if (ws.readyState !== WebSocket.OPEN) break;
    ws.send(message.data, { binary: !message.text });
  }
  // Whatever it got, the card closes the link: with a reason, or at the login timeout.
  if (!(await within(closedNow)) || closed === undefined) {
    run.find("fabric", `card of node ${node} kept a link of a card without the secret open`, [input], true);
    ws.terminate();
    return;
  }
  const { code, reason } = closed;
  countClose(stats, code);
  if (!FABRIC_CLOSE_CODES.has(code) && cluster.processes.get(node)?.exited !== true) {
    run.find(
      "fabric",
      `card of node ${node} closed a link with code ${code} (${reason}); ${frames} message(s) before`,
      [input],
      true,
    );
  }
}
