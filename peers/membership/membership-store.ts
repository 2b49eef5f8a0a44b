/**
 * Where a node keeps what its membership daemons must not forget across restarts (the highest id
 * promised, the latest installed view known: see MembershipDurable). One small JSON file,
 * replaced atomically and synchronously: it changes only when a view is proposed or installed
 * (a few times per failure), and a promise must be on disk before the accept leaves, so the
 * write (well under a millisecond for a few hundred bytes) is done in line.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { syncFolder } from "../../kit/sync-folder.js";
import { MembershipStoreError } from "./errors.js";
import type { MembershipDurable } from "./membership-types.js";
import { MAX_VIEW_ID } from "./messages.js";
import type { Member, View } from "./view.js";

export interface MembershipStorage {
  readonly path: string;
  /** What it holds (undefined before the first save); throws MembershipStoreError if unreadable. */
  load(): MembershipDurable | undefined;
  /** Replaces it, durably, before returning; throws MembershipStoreError if it cannot. */
  save(durable: MembershipDurable): void;
}

export class MembershipStore implements MembershipStorage {
  constructor(
    readonly path: string,
    private readonly nodes: readonly string[],
  ) {}

  load(): MembershipDurable | undefined {
    let text: string;
    try {
      text = readFileSync(this.path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw new MembershipStoreError(`cannot read ${this.path}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    try {
      return parseDurable(JSON.parse(text), this.nodes);
    } catch (error) {
      throw new MembershipStoreError(`${this.path} is corrupt: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }

  save(durable: MembershipDurable): void {
    const temporary = `${this.path}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      const file = openSync(temporary, "w");
      try {
        writeSync(file, JSON.stringify(durable));
        fsyncSync(file);
      } finally {
        closeSync(file);
      }
      renameSync(temporary, this.path);
      syncFolder(dirname(this.path));
    } catch (error) {
      throw new MembershipStoreError(`cannot write ${this.path}: ${(error as Error).message}`, {
        cause: error,
      });
    }
  }
}

/** A node's storage in memory (the sim's disk, tests): it outlives the daemons that use it. */
export class MemoryMembershipStorage implements MembershipStorage {
  readonly path = "memory";
  private durable: MembershipDurable | undefined;

  load(): MembershipDurable | undefined {
    return this.durable;
  }

  save(durable: MembershipDurable): void {
    this.durable = durable;
  }
}

function parseDurable(raw: unknown, nodes: readonly string[]): MembershipDurable {
  const record = object(raw);
  const view = object(record.view);
  const members = view.members;
  if (!Array.isArray(members)) throw new TypeError("view.members is not a list");
  return {
    promised: count(record.promised),
    view: { id: count(view.id), members: members.map((m) => member(m, nodes)) } satisfies View,
  };
}

function member(raw: unknown, nodes: readonly string[]): Member {
  const m = object(raw);
  if (typeof m.node !== "string" || !nodes.includes(m.node))
    throw new TypeError(`member ${String(m.node)} is not a configured node`);
  return { node: m.node, boot: count(m.boot), since: count(m.since) };
}

function object(raw: unknown): Record<string, unknown> {
  if (typeof raw !== "object" || raw === null) throw new TypeError("not an object");
  return raw as Record<string, unknown>;
}

function count(raw: unknown): number {
  if (typeof raw !== "number" || !Number.isInteger(raw) || raw < 0 || raw > MAX_VIEW_ID)
    throw new TypeError(`${String(raw)} is not a count`);
  return raw;
}
