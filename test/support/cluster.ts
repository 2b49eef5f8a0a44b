/**
 * Real node processes for integration tests: a cluster config on fresh loopback ports, node
 * emulators (and heartbeat monitors) started as `ccm` child processes, their JSON log lines kept
 * and waited on. Everything started is stopped by stop().
 */
import { type ChildProcess, fork } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { CcmAdmin, CcmClient, type ClientEvent, type ClientOptions } from "../../ccm/client.js";
import type { NodeStatusBody } from "../../ccm/client-codec.js";
import { nodeProcessEnv, nodeProcessExecArgv } from "../../rdma-emu/index.js";
import { TEST_SECRET } from "./fabric.js";
import { freePorts } from "./ports.js";

const CLI = fileURLToPath(new URL("../../cli/ccm.ts", import.meta.url));
/** Polling step of the waits below (they end on an event; WAIT_LIMIT_MS only names a stall). */
const POLL_MS = 20;
/** A wait that outlasts this has stalled: it fails naming what it waited for. */
const WAIT_LIMIT_MS = 45_000;

export interface TestClusterOptions {
  readonly nodes: number;
  readonly osBootMs?: number;
  readonly viLayerMs?: number;
  /** Per node [lowest, highest] protocol versions. */
  readonly versions?: readonly (readonly [number, number])[];
  readonly heartbeat?: { readonly intervalMs: number; readonly timeoutMs: number };
  readonly retryTimeoutMs?: number;
  /** The config's "seq" section (peers/seq/config.ts). */
  readonly seq?: Record<string, number>;
  /** Gives every node a second card on a duplicate fabric. */
  readonly duplicate?: boolean;
  /** More config sections (membership, group, ...), as they are. */
  readonly sections?: Record<string, unknown>;
}

export type LogRecord = Record<string, unknown> & { readonly msg?: string; readonly event?: string };

export interface NodeProcess {
  readonly id: string;
  readonly child: ChildProcess;
  readonly records: LogRecord[];
  readonly lines: string[];
  exited: boolean;
}

export class TestCluster {
  readonly ids: string[];
  readonly processes = new Map<string, NodeProcess>();
  /** Every process ever started for a node, oldest first (restarts append). */
  readonly history = new Map<string, NodeProcess[]>();
  private readonly heartbeats: ChildProcess[] = [];
  private readonly clients: CcmClient[] = [];

  private constructor(
    readonly dir: string,
    readonly configPath: string,
    readonly raw: { nodes: { id: string; card: string; fabric: string; clients: string }[] } & Record<
      string,
      unknown
    >,
  ) {
    this.ids = raw.nodes.map((n) => n.id);
  }

  static async create(options: TestClusterOptions): Promise<TestCluster> {
    const perNode = options.duplicate === true ? 3 : 2;
    const ports = await freePorts(options.nodes * perNode);
    const ids = ["a", "b", "c", "d", "e", "f", "g", "h"].slice(0, options.nodes);
    const dir = mkdtempSync(join(tmpdir(), "ccm-cluster-"));
    const raw = {
      name: "test",
      dataDir: join(dir, "data"),
      seq: options.seq ?? { leaseMs: 300, callTimeoutMs: 3000 },
      fabricId: 1,
      secret: TEST_SECRET,
      osBootMs: options.osBootMs ?? 200,
      viLayerMs: options.viLayerMs ?? 50,
      retryTimeoutMs: options.retryTimeoutMs ?? 500,
      heartbeat: options.heartbeat ?? { intervalMs: 50, timeoutMs: 600 },
      ...options.sections,
      nodes: ids.map((id, i) => ({
        id,
        card: `0x0a00${(i + 1).toString(16).padStart(2, "0")}`,
        fabric: `ws://127.0.0.1:${ports[perNode * i]}`,
        clients: `ws://127.0.0.1:${ports[perNode * i + 1]}`,
        ...(options.duplicate === true
          ? {
              duplicate: {
                card: `0x0b00${(i + 1).toString(16).padStart(2, "0")}`,
                fabric: `ws://127.0.0.1:${ports[perNode * i + 2]}`,
              },
            }
          : {}),
        ...(options.versions?.[i] === undefined ? {} : { versions: options.versions[i] }),
        memoryBytes: 4 * 1024 * 1024,
      })),
    };
    const configPath = join(dir, "cluster.json");
    writeFileSync(configPath, JSON.stringify(raw));
    return new TestCluster(dir, configPath, raw);
  }

  clientUrl(id: string): string {
    return this.node(id).clients;
  }

  /** Starts a node process (`extra` e.g. ["--crash-at", "W1"]); returns once it runs. */
  startNode(id: string, extra: string[] = []): NodeProcess {
    const child = fork(
      CLI,
      ["node", "--config", this.configPath, "--id", id, "--log-level", "debug", ...extra],
      {
        execArgv: nodeProcessExecArgv(),
        env: nodeProcessEnv(),
        stdio: ["ignore", "pipe", "pipe", "ipc"],
      },
    );
    const proc: NodeProcess = { id, child, records: [], lines: [], exited: false };
    const keep = (line: string) => {
      proc.lines.push(line);
      try {
        proc.records.push(JSON.parse(line));
      } catch {}
    };
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on("line", keep);
    createInterface({ input: child.stderr as NodeJS.ReadableStream }).on("line", keep);
    child.on("exit", () => {
      proc.exited = true;
    });
    this.processes.set(id, proc);
    this.history.set(id, [...(this.history.get(id) ?? []), proc]);
    return proc;
  }

  startAll(): void {
    for (const id of this.ids) this.startNode(id);
  }

  /** Starts the heartbeat monitor of a node (it attaches once the node's OS is up). */
  startHeartbeat(id: string): void {
    const child = fork(CLI, ["heartbeat", "--config", this.configPath, "--node", id], {
      execArgv: nodeProcessExecArgv(),
      env: nodeProcessEnv(),
      stdio: ["ignore", "ignore", "inherit", "ipc"],
    });
    this.heartbeats.push(child);
  }

  /** SIGKILLs a node process and waits until it is gone. */
  async kill(id: string): Promise<void> {
    const proc = this.processes.get(id);
    if (proc === undefined || proc.exited) return;
    proc.child.kill("SIGKILL");
    await this.until(() => proc.exited, `${id} to exit`);
  }

  /** Resolves once a log record of the node's current process matches. */
  async waitForRecord(id: string, match: (record: LogRecord) => boolean, what: string): Promise<LogRecord> {
    let found: LogRecord | undefined;
    await this.until(() => {
      found = this.processes.get(id)?.records.find(match);
      return found !== undefined;
    }, `${id}: ${what}`);
    return found as LogRecord;
  }

  /** Resolves once the node reports its partner ready (session up and clients told). */
  async waitReady(id: string, partner: string): Promise<LogRecord> {
    return this.waitForRecord(
      id,
      (r) => r.event === "partner-ready" && r.partner === partner,
      `partner ${partner} ready`,
    );
  }

  /**
   * Resolves once the node's current boot listens for clients: an endpoint opened before the
   * node's last reset (in the same process) is closing, and a client it took would be lost.
   */
  async listening(id: string): Promise<void> {
    await this.until(() => {
      const records = this.processes.get(id)?.records ?? [];
      for (let i = records.length - 1; i >= 0; i--) {
        const event = records[i]?.event;
        if (event === "client-endpoint") return true;
        if (event === "node-reset") return false;
      }
      return false;
    }, `${id}: client endpoint of its current boot`);
  }

  async status(id: string): Promise<NodeStatusBody> {
    return this.admin(id, (admin) => admin.status());
  }

  async admin<T>(id: string, use: (admin: CcmAdmin) => Promise<T>): Promise<T> {
    await this.listening(id);
    const admin = await CcmAdmin.connect(this.clientUrl(id));
    try {
      return await use(admin);
    } finally {
      admin.close();
    }
  }

  /** Connects a client to a node (closed by stop()); its events are recorded in `events`. */
  async client(id: string, options: Omit<ClientOptions, "url">): Promise<RecordingClient> {
    await this.listening(id);
    const client = await CcmClient.connect({ url: this.clientUrl(id), ...options });
    this.clients.push(client);
    return new RecordingClient(client, (what, check) => this.until(check, what));
  }

  /**
   * Waits for a condition that an event will make true. Not a timing assertion: the limit only
   * names what a stuck test waited for, before the test's own timeout would say nothing.
   */
  async until(check: () => boolean, what: string): Promise<void> {
    await this.eventually(async () => check(), what);
  }

  /** As until(), for a condition that takes a request to a node to check. */
  async eventually(check: () => Promise<boolean>, what: string): Promise<void> {
    const giveUp = Date.now() + WAIT_LIMIT_MS;
    while (!(await check())) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (this.stopped) throw new Error(`cluster stopped while waiting for ${what}`);
      if (Date.now() > giveUp) throw new Error(`still waiting for ${what} after ${WAIT_LIMIT_MS} ms`);
    }
  }

  private stopped = false;

  async stop(): Promise<void> {
    this.stopped = true;
    for (const client of this.clients) if (client.connected) client.close();
    const children = [...this.heartbeats, ...[...this.history.values()].flat().map((p) => p.child)];
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGKILL");
          }),
      ),
    );
    rmSync(this.dir, { recursive: true, force: true });
  }

  private node(id: string) {
    const node = this.raw.nodes.find((n) => n.id === id);
    if (node === undefined) throw new Error(`no node ${id}`);
    return node;
  }
}

/** A client whose events are kept, with waits on them. */
export class RecordingClient {
  readonly events: ClientEvent[] = [];

  constructor(
    readonly client: CcmClient,
    private readonly until: (what: string, check: () => boolean) => Promise<void>,
  ) {
    client.on("event", (event) => this.events.push(event));
  }

  async waitFor<T extends ClientEvent["type"]>(
    type: T,
    match: (event: Extract<ClientEvent, { type: T }>) => boolean = () => true,
    after = 0,
  ): Promise<Extract<ClientEvent, { type: T }>> {
    let found: Extract<ClientEvent, { type: T }> | undefined;
    await this.until(`${this.client.name}: ${type}`, () => {
      found = this.events
        .slice(after)
        .find(
          (e): e is Extract<ClientEvent, { type: T }> =>
            e.type === type && match(e as Extract<ClientEvent, { type: T }>),
        );
      return found !== undefined;
    });
    return found as Extract<ClientEvent, { type: T }>;
  }
}
