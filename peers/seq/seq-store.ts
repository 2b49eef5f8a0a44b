/**
 * A node's durable sequence state (001 claim 19: the stored number): the ballot it promised, the
 * layout it installed, and the highest reservation it holds. One small JSON file, replaced
 * atomically (write a temporary file, fsync it, rename it over, fsync the folder), so that a crash
 * at any point leaves either the old state or the new one on disk.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { open, rename } from "node:fs/promises";
import { dirname } from "node:path";
import { syncFolder } from "../../kit/sync-folder.js";
import { SeqStoreError } from "./errors.js";
import { type Layout, MAX_BALLOT, MAX_SEQ_NUMBER } from "./messages.js";
import { type DurableState, EMPTY_DURABLE_STATE } from "./seq-node.js";

/** Where a node keeps its durable sequence state: a SeqStore file, or the sim's disk. */
export interface SeqStorage {
  /** Where it is, for operators. */
  readonly path: string;
  /** What it holds; throws a SeqStoreError when it cannot be read. */
  load(): DurableState;
  /** Replaces the state; `done` once it is durable (undefined) or failed (an Error). */
  save(state: DurableState, done: (error: Error | undefined) => void): void;
}

export class SeqStore implements SeqStorage {
  constructor(readonly path: string) {}

  /** What the store holds; an empty state when there is no file yet (a node's first boot). */
  load(): DurableState {
    let text: string;
    try {
      text = readFileSync(this.path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return EMPTY_DURABLE_STATE;
      throw new SeqStoreError(`cannot read ${this.path}: ${(error as Error).message}`, { cause: error });
    }
    try {
      return parseState(JSON.parse(text));
    } catch (error) {
      throw new SeqStoreError(`${this.path} is corrupt: ${(error as Error).message}`, { cause: error });
    }
  }

  save(state: DurableState, done: (error: Error | undefined) => void): void {
    this.write(state).then(() => done(undefined), done);
  }

  /** Replaces the state on disk; resolves once it is durable. */
  async write(state: DurableState): Promise<void> {
    const temporary = `${this.path}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      const file = await open(temporary, "w");
      try {
        await file.writeFile(JSON.stringify(state));
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, this.path);
      syncFolder(dirname(this.path));
    } catch (error) {
      throw new SeqStoreError(`cannot write ${this.path}: ${(error as Error).message}`, { cause: error });
    }
  }
}

/** The state a store file holds; throws on anything the service could not have written. */
export function parseState(raw: unknown): DurableState {
  if (typeof raw !== "object" || raw === null) throw new TypeError("not an object");
  const state = raw as Record<string, unknown>;
  return {
    promised: ballot(state.promised, "promised"),
    reserved: seqValue(state.reserved, "reserved"),
    layout: state.layout === undefined || state.layout === null ? undefined : parseLayout(state.layout),
  };
}

function parseLayout(raw: unknown): Layout {
  if (typeof raw !== "object") throw new TypeError("layout is not an object");
  const layout = raw as Record<string, unknown>;
  if (typeof layout.primary !== "string" || typeof layout.secondary !== "string") {
    throw new TypeError("layout names no generators");
  }
  return {
    epoch: atLeastOne(ballot(layout.epoch, "layout.epoch"), "layout.epoch"),
    primary: layout.primary,
    secondary: layout.secondary,
    start: atLeastOne(seqValue(layout.start, "layout.start"), "layout.start"),
  };
}

/** A ballot (the promise, a layout's epoch): never above MAX_BALLOT (messages.ts). */
function ballot(value: unknown, field: string): number {
  const n = count(value, field);
  if (n > MAX_BALLOT) throw new TypeError(`${field} ${n} is above the largest ballot ${MAX_BALLOT}`);
  return n;
}

/** A layout's epoch and start are never 0 (0 means "none"; numbers start at 1). */
function atLeastOne(n: number, field: string): number {
  if (n < 1) throw new TypeError(`${field} must be at least 1, got ${n}`);
  return n;
}

/** A sequence value (a reservation's end, a layout's start): never above MAX_SEQ_NUMBER. */
function seqValue(value: unknown, field: string): number {
  const n = count(value, field);
  if (n > MAX_SEQ_NUMBER)
    throw new TypeError(`${field} ${n} is above the largest sequence number ${MAX_SEQ_NUMBER}`);
  return n;
}

function count(value: unknown, field: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`${field} must be a whole number >= 0, got ${JSON.stringify(value)}`);
  }
  return value;
}
