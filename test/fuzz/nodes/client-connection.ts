/**
 * One connection to a node's client endpoint: maybe a registration, then inputs pipelined with a
 * status request every few as a probe, then (mostly) a wait for every reply before closing, or an
 * abrupt end. Every request read gets exactly one reply, every probe an answer, and the node
 * closes a connection only with a code it may use on a hostile client.
 */
import { performance } from "node:perf_hooks";
import WebSocket from "ws";
import { FUZZ_CLIENT_NAMES } from "../builders/client-hints.js";
import { clientInput } from "../builders/client-requests.js";
import { type FuzzInput, inputRng } from "../inputs.js";
import { LIVENESS_MS, within } from "../liveness.js";
import { countClose } from "../run-state.js";
import { encodeRequest, readClientMessage, readServerMessage } from "./client-oracle.js";
import { writeTranscript } from "./client-transcript.js";
import type { NodeEndpointOptions } from "./endpoint-options.js";
import { ReplyLedger } from "./reply-ledger.js";

/** Close codes a node may close a hostile client with (README, "Limits of the client endpoint"). */
const CLIENT_CLOSE_CODES = new Set([1000, 1002, 1007, 1008, 1009, 1013]);

export interface ClientEndpointOptions extends NodeEndpointOptions {
  /** "admin": admin requests, no registration. */
  readonly endpoint: "client" | "admin";
  readonly connectionsPerNode: number;
}

interface Closed {
  readonly code: number;
  readonly reason: string;
}

/**
 * Sends inputs from `first` on (taking more with `take`) over one connection to `node`; returns
 * the next input to send: `first` again when the connection was refused.
 */
export async function clientConnection(
  options: ClientEndpointOptions,
  node: string,
  first: number,
  take: () => number | undefined,
): Promise<number | undefined> {
  const { endpoint, cluster, run, stats, watch } = options;
  const partners = cluster.ids.filter((p) => p !== node);
  const rng = inputRng(run.seed, `${endpoint}/session`, first);
  const length = rng.chance(0.1) ? 1 + rng.int(4) : 10 + rng.int(150);
  const abrupt = rng.chance(0.15);
  const probeEvery = 2 + rng.int(30);
  const ws = new WebSocket(cluster.clientUrl(node), {
    perMessageDeflate: false,
    maxPayload: 256 * 1024 * 1024,
  });
  stats.connections++;
  const ledger = new ReplyLedger();
  let closed: Closed | undefined;
  let closedByUs = false;
  const sessionInputs: FuzzInput[] = [];
  const closedNow = new Promise<void>((resolve) => {
    ws.on("close", (code, reason) => {
      closed = { code, reason: reason.toString() };
      resolve();
      ledger.changed();
    });
  });
  ws.on("error", () => {});
  // What the node sent lately on this connection, for the transcript of a finding.
  const received: { at: number; data: Uint8Array }[] = [];
  ws.on("message", (data: Buffer) => {
    received.push({ at: performance.now(), data: new Uint8Array(data) });
    if (received.length > 200) received.shift();
    let reading: ReturnType<typeof readServerMessage>;
    try {
      reading = readServerMessage(new Uint8Array(data.buffer, data.byteOffset, data.length));
    } catch (error) {
      run.find(
        endpoint,
        `node ${node} sent an undecodable message: ${(error as Error).message}`,
        sessionInputs.slice(-4),
        false,
      );
      return;
    }
    for (const problem of ledger.received(reading.replies))
      run.find(endpoint, `node ${node} ${problem}`, sessionInputs.slice(-4), false);
    ledger.changed();
  });
  const opened = await new Promise<boolean>((resolve) => {
    ws.once("open", () => resolve(true));
    ws.once("close", () => resolve(false));
    ws.once("unexpected-response", (_req, res) => {
      countClose(stats, `http ${res.statusCode}`);
      ws.terminate();
      resolve(false);
    });
  });
  if (!opened) {
    if (closed !== undefined) checkClose(options, node, closed, sessionInputs);
    // Refused (too many connections): the input is sent on the next connection.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return first;
  }

  const send = (bytes: Uint8Array, text: boolean) => {
    if (ws.readyState !== WebSocket.OPEN) return;
    ws.send(bytes, { binary: !text });
  };
  const probe = async (): Promise<boolean> => {
    let id = 0;
    while (id === 0 || ledger.hasSent(id)) id = (rng.nextUint32() % 0xffff_fffe) + 1;
    ledger.expect([id], [id]);
    const answered = ledger.waitUntil(() => ledger.replies(id) > 0 || closed !== undefined);
    send(encodeRequest(id, { getStatus: {} }), false);
    if (!(await within(answered))) {
      run.find(
        endpoint,
        `node ${node} did not answer a status request for ${LIVENESS_MS / 1000} s`,
        sessionInputs.slice(-8),
        false,
        true,
      );
      return false;
    }
    return closed === undefined;
  };

  // A registration first, mostly: data requests then get past "register before anything else".
  if (endpoint === "client" && rng.chance(0.85)) {
    const register = encodeRequest(0xffff_ffff, {
      register: {
        name: rng.pick(FUZZ_CLIENT_NAMES),
        ports: 1 + rng.int(4),
        memoryBytes: rng.pick([0, 4096, 65536]),
        monitor: false,
      },
    });
    ledger.expect([0xffff_ffff], [0xffff_ffff]);
    send(register, false);
  }

  let index: number | undefined = first;
  let count = 0;
  while (index !== undefined && !run.aborted && closed === undefined) {
    const input = clientInput(
      endpoint,
      inputRng(run.seed, endpoint, index),
      index,
      { self: node, partners },
      endpoint === "admin",
    );
    const message = input.messages[0] as FuzzInput["messages"][number];
    const reading = message.text ? undefined : readClientMessage(message.data, partners, 1);
    if (reading?.disruptive !== undefined) {
      stats.skipped++;
    } else {
      ledger.expect(reading?.possible ?? [], reading?.required ?? []);
      send(message.data, message.text);
      sessionInputs.push(input);
      run.sent(input);
      stats.inputs++;
      stats.requests += Math.max(1, (reading?.possible.length ?? 1) - 1);
    }
    count++;
    index = count < length ? take() : undefined;
    if (count % probeEvery === 0 || index === undefined) {
      if (!(await probe())) break;
      watch.check();
    }
  }
  const next = index ?? take();

  if (closed === undefined && !abrupt && !run.aborted) {
    // Every request read gets exactly one reply.
    const done = () => ledger.missing().length === 0 || closed !== undefined;
    const allAnswered = done() ? Promise.resolve() : ledger.waitUntil(done);
    if (!(await within(allAnswered))) {
      const ids = ledger.missing();
      const file = writeTranscript(run.seed, endpoint, node, first, sessionInputs, received);
      run.find(
        endpoint,
        `node ${node} never answered ${ids.length} request(s) (ids ${ids.slice(0, 8).join(", ")}; what the connection got is in ${file})`,
        sessionInputs.slice(-8),
        false,
      );
    }
  }
  if (closed === undefined) {
    closedByUs = true;
    if (abrupt && rng.chance(0.5)) ws.terminate();
    else ws.close(1000);
  }
  await within(closedNow);
  if (!closedByUs && closed !== undefined) checkClose(options, node, closed, sessionInputs);
  else countClose(stats, "ours");
  // An input taken but not sent (the connection closed first) goes on the next connection.
  return next;
}

/** Counts a close by the node; one with a code it may not use (while it runs) is a finding. */
function checkClose(
  options: ClientEndpointOptions,
  node: string,
  closed: Closed,
  inputs: readonly FuzzInput[],
): void {
  const { stats, run, endpoint, cluster } = options;
  countClose(stats, closed.code);
  if (!CLIENT_CLOSE_CODES.has(closed.code) && cluster.processes.get(node)?.exited !== true) {
    run.find(
      endpoint,
      `node ${node} closed a connection with code ${closed.code} (${closed.reason})`,
      inputs.slice(-4),
      false,
    );
  }
}
