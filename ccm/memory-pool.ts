/**
 * The part of a node's host memory lent to clients: first-fit allocation of aligned ranges, with
 * freed neighbours merged again. A client's memory is one range, registered for its partners.
 */
export class MemoryPool {
  /** Free ranges, sorted by address, never adjacent (merged on free). */
  private free: { address: number; length: number }[];

  constructor(
    readonly base: number,
    readonly size: number,
    private readonly alignment: number,
  ) {
    const start = alignUp(base, alignment);
    this.free = size > start - base ? [{ address: start, length: size - (start - base) }] : [];
  }

  /** Bytes that can still be allocated (in total; one request may find less in one piece). */
  get available(): number {
    return this.free.reduce((sum, range) => sum + range.length, 0);
  }

  /** An aligned range of at least `length` bytes, or undefined when no free range is large enough. */
  allocate(length: number): { address: number; length: number } | undefined {
    const rounded = alignUp(Math.max(length, 1), this.alignment);
    const index = this.free.findIndex((range) => range.length >= rounded);
    if (index < 0) return undefined;
    const range = this.free[index] as { address: number; length: number };
    const allocated = { address: range.address, length: rounded };
    if (range.length === rounded) this.free.splice(index, 1);
    else this.free[index] = { address: range.address + rounded, length: range.length - rounded };
    return allocated;
  }

  /** Returns a range obtained from allocate(). */
  release(range: { address: number; length: number }): void {
    const index = this.free.findIndex((free) => free.address > range.address);
    const at = index < 0 ? this.free.length : index;
    this.free.splice(at, 0, { address: range.address, length: range.length });
    // Merge with the following and the preceding range where they touch.
    const next = this.free[at + 1];
    const current = this.free[at] as { address: number; length: number };
    if (next !== undefined && current.address + current.length === next.address) {
      current.length += next.length;
      this.free.splice(at + 1, 1);
    }
    const previous = this.free[at - 1];
    if (previous !== undefined && previous.address + previous.length === current.address) {
      previous.length += current.length;
      this.free.splice(at, 1);
    }
  }
}

function alignUp(value: number, alignment: number): number {
  return Math.ceil(value / alignment) * alignment;
}
