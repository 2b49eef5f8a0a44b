/**
 * The replies one client connection is owed: the request ids sent on it (how many times each),
 * those that must be answered, and the replies that came. A reply to an id never sent, or one
 * reply too many, is a problem; an id sent once and required is missing until its reply comes.
 */
export class ReplyLedger {
  /** Times each id may get a reply (ids sent more than once are not checked). */
  private readonly sent = new Map<number, number>();
  /** Ids that must get a reply. */
  private readonly required = new Set<number>();
  private readonly got = new Map<number, number>();
  private onChange: (() => void) | undefined;

  /** Requests sent: `possible` may get a reply, `required` must. Id 0 (a refusal's) is never counted. */
  expect(possible: readonly number[], required: readonly number[]): void {
    for (const id of possible) if (id !== 0) this.sent.set(id, (this.sent.get(id) ?? 0) + 1);
    for (const id of required) if (id !== 0) this.required.add(id);
  }

  hasSent(id: number): boolean {
    return this.sent.has(id);
  }

  replies(id: number): number {
    return this.got.get(id) ?? 0;
  }

  /** Records the replies of one message from the node; returns what is wrong with them. */
  received(ids: readonly number[]): string[] {
    const problems: string[] = [];
    for (const id of ids) {
      const got = (this.got.get(id) ?? 0) + 1;
      this.got.set(id, got);
      if (id === 0) continue;
      const sent = this.sent.get(id);
      if (sent === undefined)
        problems.push(`replied to request id ${id}, which was never sent on that connection`);
      else if (got === sent + 1)
        problems.push(`replied ${got} times to request id ${id}, sent ${sent} time(s)`);
    }
    return problems;
  }

  /** Required ids sent once and not answered yet. */
  missing(): number[] {
    return [...this.required].filter((id) => this.sent.get(id) === 1 && !this.got.has(id));
  }

  /** Something changed (replies came, the connection closed): a waiter looks again. */
  changed(): void {
    this.onChange?.();
  }

  /** Resolves at the first change after which `done()` holds (one waiter at a time). */
  waitUntil(done: () => boolean): Promise<void> {
    return new Promise<void>((resolve) => {
      this.onChange = () => {
        if (done()) {
          this.onChange = undefined;
          resolve();
        }
      };
    });
  }
}
