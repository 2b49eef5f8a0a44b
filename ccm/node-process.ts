/**
 * What `ccm node` runs: the node process's supervisor. It owns the current boot of the node (a
 * NodeEmulator) and, when a hosted service resets the node (ServiceHost.resetNode: the failure of
 * a critical daemon is the failure of its node), stops that boot as a crash would and boots the
 * node again in the same process, on the same fabric and client ports.
 *
 *   running ──resetNode(reason)──▶ old boot stopping ──ports released──▶ new boot ──▶ running
 *      │                           (OS dead at once; services        (new boot incarnation,
 *      │                            stopped, client connections       fresh host memory and
 *      │                            closed, cards down: partners      services; handshakes
 *      │                            see partner-down)                 again: partner-ready)
 *      └──stop() (SIGTERM, SIGINT)──▶ stopped   (a reset under way finishes stopping, boots nothing)
 *
 * Invariants: one boot runs at a time (the next binds the ports only once the last released
 * them); a reset asked twice in one boot counts once (NodeEmulator); a reset while stopping does
 * nothing; connection ids stay unique across boots (services may keep callers by id).
 */
import { NodeEmulator, type NodeOptions } from "./node.js";

/** Boots tried after a reset before the node is down for good, and the pause between them. */
const BOOT_ATTEMPTS = 20;
const BOOT_RETRY_MS = 250;

export interface NodeProcessOptions extends Omit<NodeOptions, "onReset" | "connectionIds"> {
  /** Told once each boot after the first runs (tests wait on it). */
  readonly onRestarted?: (node: NodeEmulator) => void;
  /**
   * A new boot could not start (its ports were taken meanwhile, say): the node is down for good.
   * The command line exits; by default it is logged.
   */
  readonly onFatal?: (error: Error) => void;
}

export class NodeProcess {
  private node!: NodeEmulator;
  private nextConnectionId = 1;
  private restarting: Promise<void> | undefined;
  private stopping = false;
  /** Resets carried out so far. */
  resets = 0;

  private constructor(private readonly options: NodeProcessOptions) {}

  /** Boots the node (see NodeEmulator.start). */
  static async start(options: NodeProcessOptions): Promise<NodeProcess> {
    const process = new NodeProcess(options);
    process.node = await NodeEmulator.start(process.bootOptions());
    return process;
  }

  /** The node's current boot. */
  get current(): NodeEmulator {
    return this.node;
  }

  /** Stops the node for good (after a reset under way has stopped the old boot). */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.restarting;
    await this.node.stop();
  }

  private bootOptions(): NodeOptions {
    return {
      ...this.options,
      connectionIds: () => this.nextConnectionId++,
      onReset: () => this.reset(),
    };
  }

  private reset(): void {
    if (this.stopping || this.restarting !== undefined) return;
    this.restarting = this.restart()
      .catch((error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        this.options.logger.error(
          { event: "node-reset-failed", err: failure.message },
          "the node cannot boot again after its reset",
        );
        this.options.onFatal?.(failure);
      })
      .finally(() => {
        this.restarting = undefined;
      });
  }

  private async restart(): Promise<void> {
    await this.node.stop();
    for (let attempt = 1; ; attempt++) {
      if (this.stopping) return;
      try {
        this.node = await NodeEmulator.start(this.bootOptions());
        break;
      } catch (error) {
        // A port the last boot released may be briefly taken (a loaded host, a socket closing):
        // a failed boot is tried again a few times before the node is down for good.
        if (attempt >= BOOT_ATTEMPTS) throw error;
        this.options.logger.warn(
          { event: "node-boot-retry", attempt, err: (error as Error).message },
          "the node's new boot failed; trying again",
        );
        await new Promise((resolve) => setTimeout(resolve, BOOT_RETRY_MS));
      }
    }
    this.resets++;
    this.options.onRestarted?.(this.node);
  }
}
