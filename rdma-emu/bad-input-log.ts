/**
 * Warnings about bad input that a sender cannot turn into a flood: the first few of each second
 * are logged as they come, the rest are counted and summed up in one line when the second ends
 * ("N more bad requests from M connections in the last second"). Used wherever a stranger's
 * input is logged: a node's client endpoint, a card's link listener.
 */
import type { Logger } from "pino";

const WINDOW_MS = 1000;

export class BadInputLog {
  private logged = 0;
  private suppressed = 0;
  private readonly sources = new Set<string>();
  private summary: NodeJS.Timeout | undefined;

  constructor(
    private readonly logger: Logger,
    /** What the input is, for the summary line ("bad requests"). */
    private readonly what: string,
    private readonly linesPerSecond: number,
  ) {}

  warn(source: string, fields: Record<string, unknown>, message: string): void {
    this.startWindow();
    if (this.logged < this.linesPerSecond) {
      this.logged++;
      this.logger.warn({ from: source, ...fields }, message);
      return;
    }
    this.suppressed++;
    this.sources.add(source);
  }

  /** Logs what the current second kept back, now (the endpoint is closing). */
  flush(): void {
    if (this.summary !== undefined) clearTimeout(this.summary);
    this.endWindow();
  }

  private startWindow(): void {
    if (this.summary !== undefined) return;
    this.summary = setTimeout(() => this.endWindow(), WINDOW_MS);
    this.summary.unref();
  }

  private endWindow(): void {
    this.summary = undefined;
    if (this.suppressed > 0) {
      this.logger.warn(
        { event: "bad-input-summary", count: this.suppressed, sources: this.sources.size },
        "%d more %s from %d connection(s) in the last second",
        this.suppressed,
        this.what,
        this.sources.size,
      );
    }
    this.logged = 0;
    this.suppressed = 0;
    this.sources.clear();
  }
}
