import { type ChildProcess, fork } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import type { CardEvent } from "./card.js";
import { formatHardwareAddress, type HardwareAddress } from "./hardware-address.js";
import { nodeProcessEnv, nodeProcessExecArgv } from "./process-env.js";

const DAEMON = fileURLToPath(new URL("./card-daemon.ts", import.meta.url));

export interface CardProcessOptions {
  readonly fabricPath: string;
  readonly address: HardwareAddress;
  readonly retryTimeoutMs?: number;
  readonly memoryBytes?: number;
}

/** The parent side of a card daemon: starts it as its own OS process and steers it over IPC. Always stop() it. */
export class CardProcess {
  readonly events: CardEvent[] = [];
  stderr = "";
  incarnation = 0;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private readonly listeners = new Set<() => void>();

  private constructor(readonly child: ChildProcess) {
    child.stderr?.on("data", (chunk: Buffer) => {
      this.stderr += chunk.toString();
      this.notify();
    });
    child.on(
      "message",
      (message: {
        type: string;
        id?: number;
        result?: unknown;
        error?: { code: string; message: string };
        event?: CardEvent;
      }) => {
        if (message.type === "event") {
          this.events.push(message.event as CardEvent);
          this.notify();
        } else if (message.type === "reply") {
          const waiter = this.waiting.get(message.id as number);
          this.waiting.delete(message.id as number);
          if (message.error)
            waiter?.reject(Object.assign(new Error(message.error.message), { code: message.error.code }));
          else waiter?.resolve(message.result);
        }
      },
    );
  }

  static async start(options: CardProcessOptions): Promise<CardProcess> {
    const args = [
      "--fabric",
      options.fabricPath,
      "--address",
      formatHardwareAddress(options.address),
      "--log-level",
      "info",
    ];
    if (options.retryTimeoutMs !== undefined) args.push("--retry-timeout", String(options.retryTimeoutMs));
    if (options.memoryBytes !== undefined) args.push("--memory", String(options.memoryBytes));
    const child = fork(DAEMON, args, {
      execArgv: nodeProcessExecArgv(),
      env: nodeProcessEnv(),
      serialization: "advanced",
      stdio: ["ignore", "ignore", "pipe", "ipc"],
    });
    const card = new CardProcess(child);
    const [ready] = (await Promise.race([
      once(child, "message"),
      once(child, "exit").then(([code]) => {
        throw new Error(`card daemon exited with ${code} before it was ready: ${card.stderr}`);
      }),
    ])) as [{ type: string; incarnation: number }];
    card.incarnation = ready.incarnation;
    return card;
  }

  request<T = unknown>(op: string, fields: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.child.send({ id, op, ...fields });
    });
  }

  /** Resolves once `predicate` holds for the events or stderr seen so far. */
  until(predicate: (card: CardProcess) => boolean): Promise<void> {
    if (predicate(this)) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (predicate(this)) {
          this.listeners.delete(check);
          resolve();
        }
      };
      this.listeners.add(check);
    });
  }

  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = once(this.child, "exit");
    this.child.kill(signal);
    await exited;
  }

  stop(): Promise<void> {
    return this.kill("SIGTERM");
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
