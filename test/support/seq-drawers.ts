/**
 * Callers that keep drawing sequence numbers from every node of a test cluster, recording one
 * shared history; they reconnect when their node comes back and retry retryable errors.
 */

import { expect } from "vitest";
import { SeqClient } from "../../peers/seq/client.js";
import { checkHistory, History } from "../../peers/seq/history.js";
import type { TestCluster } from "./cluster.js";

const RETRY_PAUSE_MS = 20;

interface Drawer {
  /** The node's client, shared by its lanes (a new one once the old connection is gone). */
  client: Promise<SeqClient> | undefined;
  ok: number;
  errors: string[];
}

export class SeqDrawers {
  readonly history = new History();
  private readonly drawers = new Map<string, Drawer>();
  private running = true;
  private readonly loops: Promise<void>[] = [];

  constructor(
    private readonly cluster: TestCluster,
    /** Calls each node's drawer keeps in flight. */
    private readonly depth = 2,
  ) {}

  start(): void {
    for (const id of this.cluster.ids) {
      const drawer: Drawer = { client: undefined, ok: 0, errors: [] };
      this.drawers.set(id, drawer);
      for (let lane = 0; lane < this.depth; lane++) this.loops.push(this.draw(id, drawer, lane));
    }
  }

  /** Numbers drawn on `id` so far (successful calls). */
  ok(id: string): number {
    return this.drawer(id).ok;
  }

  /** Error codes `id`'s drawer got so far. */
  errors(id: string): string[] {
    return this.drawer(id).errors;
  }

  /** Waits until `id`'s drawer has completed `more` calls beyond what it had now. */
  async drawMore(id: string, more: number): Promise<void> {
    const target = this.ok(id) + more;
    await this.cluster.until(() => this.ok(id) >= target, `${id} to draw ${more} more numbers`);
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    for (const drawer of this.drawers.values()) (await drawer.client?.catch(() => undefined))?.close();
  }

  private drawer(id: string): Drawer {
    const drawer = this.drawers.get(id);
    if (drawer === undefined) throw new Error(`no drawer on ${id}`);
    return drawer;
  }

  private async draw(id: string, drawer: Drawer, lane: number): Promise<void> {
    while (this.running) {
      try {
        drawer.client ??= SeqClient.connect(this.cluster.clientUrl(id), { history: this.history, label: id });
        const client = await drawer.client;
        if (!client.connected) {
          drawer.client = undefined;
          continue;
        }
        // Lane 0 draws single numbers; the others batches of a few.
        if (lane === 0) await client.next();
        else await client.nextBatch(1 + ((drawer.ok * 7) % 16));
        drawer.ok++;
      } catch (error) {
        if (
          drawer.client !== undefined &&
          !(await drawer.client.then(
            (c) => c.connected,
            () => false,
          ))
        ) {
          drawer.client = undefined;
        }
        drawer.errors.push((error as { code?: string }).code ?? (error as Error).message);
        await new Promise((resolve) => setTimeout(resolve, RETRY_PAUSE_MS));
      }
    }
  }
}

/** The drawers' history has numbers in it, none twice, none out of real-time order. */
export function expectCleanHistory(drawers: SeqDrawers): void {
  const result = checkHistory(drawers.history.entries);
  expect(result.duplicates).toEqual([]);
  expect(result.orderViolations).toEqual([]);
  expect(result.completed).toBeGreaterThan(0);
}
