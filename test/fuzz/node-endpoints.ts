/**
 * The endpoints of real node processes, fuzzed over real WebSockets: the client endpoint (client
 * and admin requests, several connections at once, pipelined), the card's fabric port (a card
 * without the secret), and the heartbeat monitor's channel (a client under the monitor's name
 * sending its counterpart garbage). A watch over the nodes' logs turns what must not happen into
 * findings: a node that exits, a stalled event loop, a session lost, a service or monitor gone.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import protobuf from "protobufjs";
import WebSocket from "ws";
import { CcmClient } from "../../ccm/client.js";
import { HEARTBEAT_CLIENT_NAME } from "../../peers/heartbeat-client.js";
import { heartbeat } from "../../proto/generated/heartbeat.js";
import { decodeFrames } from "../../rdma-emu/frame-codec.js";
import type { Prng } from "../../rdma-emu/sim/prng.js";
import type { LogRecord, TestCluster } from "../support/cluster.js";
import { clientInput, FUZZ_CLIENT_NAMES, fabricInput, heartbeatBytes } from "./generators.js";
import { FAILURE_DIR, type FuzzInput, inputRng } from "./inputs.js";
import { encodeRequest, readClientMessage, readServerMessage } from "./requests.js";
import { messageType } from "./wire.js";

/**
 * How long a reply, a close or a cleanup may take before the fuzzer calls it lost: a liveness
 * bound, not a timing check (the slowest legitimate reply, a sequence call, is bounded by its 3 s
 * call timeout; an RDMA operation by the 500 ms retry timeout).
 */
export const LIVENESS_MS = 10_000;

export interface Finding {
  readonly endpoint: string;
  readonly description: string;
  /** The input that caused it, when known; else the inputs in flight when it was seen. */
  readonly inputs: readonly FuzzInput[];
  readonly exact: boolean;
}

export interface EndpointStats {
  inputs: number;
  requests: number;
  skipped: number;
  connections: number;
  closes: Record<string, number>;
  seconds: number;
}

export function newStats(): EndpointStats {
  return { inputs: 0, requests: 0, skipped: 0, connections: 0, closes: {}, seconds: 0 };
}

/** Shared by every driver of a run: findings, whether to stop, what was sent lately. */
export class RunState {
  readonly findings: Finding[] = [];
  aborted = false;
  private readonly recentInputs: FuzzInput[] = [];

  constructor(readonly seed: number) {}

  sent(input: FuzzInput): void {
    this.recentInputs.push(input);
    if (this.recentInputs.length > 32) this.recentInputs.shift();
  }

  /** The inputs sent lately to any real endpoint, oldest first (a node finding is blamed on them). */
  recent(): FuzzInput[] {
    return [...this.recentInputs];
  }

  find(
    endpoint: string,
    description: string,
    inputs: readonly FuzzInput[],
    exact: boolean,
    fatal = false,
  ): void {
    this.findings.push({ endpoint, description, inputs, exact });
    if (fatal) this.aborted = true;
  }
}

function closeKey(code: number): string {
  return String(code);
}

/** Waits for `done` (an event) or LIVENESS_MS; false when the time ran out. */
function within<T>(done: Promise<T>, ms = LIVENESS_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  return Promise.race([done.then(() => true), timeout]).finally(() => clearTimeout(timer));
}

// ---- the nodes' logs -----------------------------------------------------------------------------

const PROTECTED_CLIENTS = new Set(["seq", HEARTBEAT_CLIENT_NAME]);
const SESSION_LOST = new Set([
  "partner-down",
  "peer-protocol-error",
  "session-connected",
  "version-mismatch",
]);
const ERROR_LEVEL = 50;

/** Reads the nodes' log records as they come and reports what must not happen under hostile input. */
export class ClusterWatch {
  private readonly cursors = new Map<string, number>();
  private readonly reportedExit = new Set<string>();
  /** Stalls longer than the heartbeat interval in which the node hardly ran (an overloaded machine). */
  starved = 0;
  private readonly starvedAt: number[] = [];
  /** Clients whose channel may go down and come back (the monitor handover). */
  allowChannelChurn = new Set<string>();

  constructor(
    private readonly cluster: TestCluster,
    private readonly run: RunState,
    private readonly intervalMs: number,
    private endpoint = "cluster",
  ) {
    this.rebase();
  }

  /** Starts reading after every record so far. */
  rebase(): void {
    for (const id of this.cluster.ids)
      this.cursors.set(id, this.cluster.processes.get(id)?.records.length ?? 0);
  }

  phase(endpoint: string): void {
    this.endpoint = endpoint;
  }

  /** Scans new records; returns whether anything was found. */
  check(): boolean {
    const before = this.run.findings.length;
    for (const id of this.cluster.ids) {
      const proc = this.cluster.processes.get(id);
      if (proc === undefined) continue;
      const records = proc.records;
      const from = this.cursors.get(id) ?? 0;
      for (let i = from; i < records.length; i++) this.look(id, records[i] as LogRecord);
      this.cursors.set(id, records.length);
      if (proc.exited && !this.reportedExit.has(id)) {
        this.reportedExit.add(id);
        const code = proc.child.exitCode ?? proc.child.signalCode;
        this.report(`node ${id} exited (${code}); its last lines: ${proc.lines.slice(-6).join(" | ")}`, true);
      }
    }
    return this.run.findings.length > before;
  }

  private look(node: string, r: LogRecord): void {
    const event = r.event;
    if (event === "event-loop-stall" && Number(r.ms) > this.intervalMs) {
      // The watchdog says how much of a stall was the node's own work; the rest, the machine
      // giving its CPU to other processes, is not the node's doing (it is counted, not found).
      const own = r.cpuMs === undefined ? Number(r.ms) : Number(r.cpuMs);
      if (own > this.intervalMs) {
        this.report(
          `node ${node}: event loop blocked for ${r.ms} ms, ${own} ms of it the node's own work (heartbeat interval ${this.intervalMs} ms)`,
        );
      } else {
        this.starved++;
        this.starvedAt.push(Number(r.time));
      }
    } else if (event !== undefined && SESSION_LOST.has(event)) {
      this.report(
        `node ${node}: ${event} ${JSON.stringify(pick(r, ["partner", "reason", "sessionId"]))}${this.starvedNote(r)}`,
      );
    } else if (event === "partner-state" && r.state === "connecting") {
      this.report(`node ${node}: session with ${r.partner} lost: ${r.detail}`);
    } else if (
      (event === "channel-down" || event === "client-left") &&
      PROTECTED_CLIENTS.has(String(r.client)) &&
      !this.allowChannelChurn.has(String(r.client))
    ) {
      this.report(`node ${node}: ${event} for ${r.client} ${JSON.stringify(pick(r, ["partner", "reason"]))}`);
    } else if (typeof r.level === "number" && r.level >= ERROR_LEVEL) {
      this.report(
        `node ${node} logged an error: ${r.msg} ${JSON.stringify(pick(r, ["event", "code", "err"]))}`,
      );
    }
  }

  /** For a lost session: whether the machine starved the nodes just before (a hint for triage). */
  private starvedNote(r: LogRecord): string {
    const time = Number(r.time);
    const before = this.starvedAt.filter((t) => t <= time && time - t < 2000).length;
    return before > 0
      ? ` (${before} stall(s) of a node's event loop with the node hardly running in the 2 s before: the machine was overloaded)`
      : "";
  }

  private report(description: string, fatal = false): void {
    this.run.find(this.endpoint, description, this.run.recent(), false, fatal);
  }
}

function pick(r: LogRecord, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => r[k] !== undefined).map((k) => [k, r[k]]));
}

// ---- the client endpoint -------------------------------------------------------------------------

/** Close codes a node may close a hostile client with (README, "Limits of the client endpoint"). */
const CLIENT_CLOSE_CODES = new Set([1000, 1002, 1007, 1008, 1009, 1013]);

export interface Budget {
  /** Inputs for the endpoint in all (across nodes), or until a time. */
  readonly inputs?: number;
  readonly until?: number;
  /** Only this input (a replay). */
  readonly only?: number;
}

export interface ClientEndpointOptions {
  readonly endpoint: "client" | "admin";
  readonly cluster: TestCluster;
  readonly run: RunState;
  readonly watch: ClusterWatch;
  readonly budget: Budget;
  readonly connectionsPerNode: number;
  readonly stats: EndpointStats;
}

/** Hands out input indexes: node i of n gets the indexes i, i + n, i + 2n, ... */
class Indexes {
  private readonly next: number[];

  constructor(
    private readonly nodes: number,
    private readonly budget: Budget,
  ) {
    this.next = Array.from({ length: nodes }, (_, i) => i);
  }

  take(node: number): number | undefined {
    const { budget } = this;
    if (budget.only !== undefined) {
      if (budget.only % this.nodes !== node || this.next[node] === -1) return undefined;
      this.next[node] = -1;
      return budget.only;
    }
    const index = this.next[node] as number;
    if (budget.inputs !== undefined && index >= budget.inputs) return undefined;
    if (budget.until !== undefined && performance.now() >= budget.until) return undefined;
    this.next[node] = index + this.nodes;
    return index;
  }
}

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

async function clientWorker(
  options: ClientEndpointOptions,
  node: string,
  take: () => number | undefined,
): Promise<void> {
  const { run } = options;
  let first = take();
  let refusedSince: number | undefined;
  while (first !== undefined && !run.aborted) {
    const next = await clientSession(options, node, first, take);
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

interface Outstanding {
  /** Times each id may get a reply in this session (ids sent more than once are not checked). */
  readonly sent: Map<number, number>;
  /** Ids that must get a reply. */
  readonly required: Set<number>;
  readonly got: Map<number, number>;
  onChange: (() => void) | undefined;
}

function missing(out: Outstanding): number[] {
  return [...out.required].filter((id) => out.sent.get(id) === 1 && !out.got.has(id));
}

/**
 * One connection: maybe a registration, then inputs pipelined with a status request every few as
 * a probe, then (mostly) a wait for every reply before closing. Returns the next input index.
 */
async function clientSession(
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
  const out: Outstanding = { sent: new Map(), required: new Set(), got: new Map(), onChange: undefined };
  let closed: { code: number; reason: string } | undefined;
  let closedByUs = false;
  const sessionInputs: FuzzInput[] = [];
  const closedNow = new Promise<void>((resolve) => {
    ws.on("close", (code, reason) => {
      closed = { code, reason: reason.toString() };
      resolve();
      out.onChange?.();
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
    for (const id of reading.replies) {
      const got = (out.got.get(id) ?? 0) + 1;
      out.got.set(id, got);
      if (id === 0) continue;
      const sent = out.sent.get(id);
      if (sent === undefined) {
        run.find(
          endpoint,
          `node ${node} replied to request id ${id}, which was never sent on that connection`,
          sessionInputs.slice(-4),
          false,
        );
      } else if (got === sent + 1) {
        run.find(
          endpoint,
          `node ${node} replied ${got} times to request id ${id}, sent ${sent} time(s)`,
          sessionInputs.slice(-4),
          false,
        );
      }
    }
    out.onChange?.();
  });
  const opened = await new Promise<boolean>((resolve) => {
    ws.once("open", () => resolve(true));
    ws.once("close", () => resolve(false));
    ws.once("unexpected-response", (_req, res) => {
      stats.closes[`http ${res.statusCode}`] = (stats.closes[`http ${res.statusCode}`] ?? 0) + 1;
      ws.terminate();
      resolve(false);
    });
  });
  if (!opened) {
    if (closed !== undefined) countClose(options, node, closed, sessionInputs);
    // Refused (too many connections): the input is sent on the next connection.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return first;
  }

  const expect = (possible: readonly number[], required: readonly number[]) => {
    for (const id of possible) if (id !== 0) out.sent.set(id, (out.sent.get(id) ?? 0) + 1);
    for (const id of required) if (id !== 0) out.required.add(id);
  };
  const send = (bytes: Uint8Array, text: boolean) => {
    if (ws.readyState !== WebSocket.OPEN) return;
    ws.send(bytes, { binary: !text });
  };
  const probe = async (): Promise<boolean> => {
    let id = 0;
    while (id === 0 || out.sent.has(id)) id = (rng.nextUint32() % 0xffff_fffe) + 1;
    expect([id], [id]);
    const answered = new Promise<void>((resolve) => {
      const check = () => {
        if ((out.got.get(id) ?? 0) > 0 || closed !== undefined) {
          out.onChange = undefined;
          resolve();
        }
      };
      out.onChange = check;
    });
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
    expect([0xffff_ffff], [0xffff_ffff]);
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
      expect(reading?.possible ?? [], reading?.required ?? []);
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
    const allAnswered = new Promise<void>((resolve) => {
      const check = () => {
        if (missing(out).length === 0 || closed !== undefined) {
          out.onChange = undefined;
          resolve();
        }
      };
      out.onChange = check;
      check();
    });
    if (!(await within(allAnswered))) {
      const ids = missing(out);
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
  if (!closedByUs && closed !== undefined) countClose(options, node, closed, sessionInputs);
  else stats.closes.ours = (stats.closes.ours ?? 0) + 1;
  // An input taken but not sent (the connection closed first) goes on the next connection.
  return next;
}

/** What a connection sent and got (the last 200 messages from the node, decoded), for a finding. */
function writeTranscript(
  seed: number,
  endpoint: string,
  node: string,
  first: number,
  inputs: readonly FuzzInput[],
  received: readonly { at: number; data: Uint8Array }[],
): string {
  const ServerMessage = messageType("client.ServerMessage");
  const lines = [
    `${endpoint} connection to node ${node}; inputs sent: ${inputs.map((i) => i.index).join(", ")}`,
  ];
  for (const { at, data } of received) {
    const reader = protobuf.Reader.create(data);
    try {
      while (reader.pos < reader.len) {
        const item = ServerMessage.toObject(ServerMessage.decodeDelimited(reader), {
          longs: String,
          bytes: String,
        });
        lines.push(`${(at / 1000).toFixed(3)} ${JSON.stringify(item).slice(0, 300)}`);
      }
    } catch (error) {
      lines.push(`${(at / 1000).toFixed(3)} undecodable: ${(error as Error).message}`);
    }
  }
  mkdirSync(FAILURE_DIR, { recursive: true });
  const file = join(FAILURE_DIR, `${endpoint}-seed${seed}-connection${first}.txt`);
  writeFileSync(file, `${lines.join("\n")}\n`);
  return file;
}

function countClose(
  options: ClientEndpointOptions,
  node: string,
  closed: { code: number; reason: string },
  inputs: readonly FuzzInput[],
): void {
  const { stats, run, endpoint, cluster } = options;
  stats.closes[closeKey(closed.code)] = (stats.closes[closeKey(closed.code)] ?? 0) + 1;
  if (!CLIENT_CLOSE_CODES.has(closed.code) && cluster.processes.get(node)?.exited !== true) {
    run.find(
      endpoint,
      `node ${node} closed a connection with code ${closed.code} (${closed.reason})`,
      inputs.slice(-4),
      false,
    );
  }
}

// ---- the fabric port -------------------------------------------------------------------------------

/** Close codes of a card refusing a link (rdma-emu/fabric-link.ts; 1013: too many logins at once), and ws's own. */
const FABRIC_CLOSE_CODES = new Set([1002, 1007, 1008, 1009, 1013]);

export interface FabricEndpointOptions {
  readonly cluster: TestCluster;
  readonly run: RunState;
  readonly watch: ClusterWatch;
  readonly budget: Budget;
  readonly concurrency: number;
  readonly stats: EndpointStats;
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
  const ws = new WebSocket(url, { perMessageDeflate: false, maxPayload: 8 * 1024 * 1024 });
  ws.on("error", () => {});
  let frames = 0;
  let closed: { code: number; reason: string } | undefined;
  const challenge = new Promise<void>((resolve) => {
    ws.on("message", (data: Buffer, isBinary) => {
      frames++;
      try {
        if (!isBinary) throw new Error("a text message");
        for (const frame of decodeFrames(new Uint8Array(data.buffer, data.byteOffset, data.length))) {
          if (frame.kind !== "challenge")
            run.find(
              "fabric",
              `card of node ${node} sent a ${frame.kind} frame to a card without the secret`,
              [input],
              true,
            );
        }
      } catch (error) {
        run.find(
          "fabric",
          `card of node ${node} sent an undecodable message: ${(error as Error).message}`,
          [input],
          true,
        );
      }
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
    stats.closes.refused = (stats.closes.refused ?? 0) + 1;
    return;
  }
  if (input.meta.waitForChallenge === true) await Promise.race([challenge, closedNow]);
  for (const message of input.messages) {
    if (ws.readyState !== WebSocket.OPEN) break;
    ws.send(message.data, { binary: !message.text });
  }
  // Whatever it got, the card closes the link: with a reason, or at the login timeout.
  if (!(await within(closedNow))) {
    run.find("fabric", `card of node ${node} kept a link of a card without the secret open`, [input], true);
    ws.terminate();
    return;
  }
  const code = (closed as unknown as { code: number }).code;
  stats.closes[closeKey(code)] = (stats.closes[closeKey(code)] ?? 0) + 1;
  if (!FABRIC_CLOSE_CODES.has(code) && cluster.processes.get(node)?.exited !== true) {
    run.find(
      "fabric",
      `card of node ${node} closed a link with code ${code} (${(closed as unknown as { reason: string }).reason}); ${frames} message(s) before`,
      [input],
      true,
    );
  }
}

// ---- the heartbeat monitor's channel ---------------------------------------------------------------

export interface HeartbeatWireOptions {
  readonly cluster: TestCluster;
  readonly run: RunState;
  readonly watch: ClusterWatch;
  readonly budget: Budget;
  readonly stats: EndpointStats;
  /** The node the impostor registers on (its own monitor is not running), and the partner whose monitor it talks to. */
  readonly node: string;
  readonly partner: string;
  readonly intervalMs: number;
}

/**
 * A client registered under the monitor's name on `node` sends the monitor on `partner` garbage
 * heartbeats over their peer channel, and a valid one after each input so that the partner is not
 * (rightly) declared down for silence.
 */
export async function fuzzHeartbeatWire(options: HeartbeatWireOptions): Promise<void> {
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
  let seq = 1;
  const valid = () => heartbeat.Heartbeat.encode({ seq: seq++, intervalMs: options.intervalMs }).finish();
  const indexes = new Indexes(1, budget);
  for (
    let index = indexes.take(0);
    index !== undefined && channelUp && !run.aborted;
    index = indexes.take(0)
  ) {
    const rng: Prng = inputRng(run.seed, "heartbeat-wire", index);
    const count = 1 + rng.int(8);
    const messages = Array.from({ length: count }, () => ({ data: heartbeatBytes(rng), text: false }));
    const input: FuzzInput = { endpoint: "heartbeat-wire", index, messages, meta: { node, partner } };
    run.sent(input);
    const sends = messages.map((m) =>
      channel.send(m.data).then(
        () => undefined,
        (error: Error) => error,
      ),
    );
    sends.push(
      channel.send(valid()).then(
        () => undefined,
        (error: Error) => error,
      ),
    );
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
