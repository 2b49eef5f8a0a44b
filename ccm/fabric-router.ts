/**
 * A node's clients' operations toward their partners, over the fabric the policy picks
 * (fabric-policy.ts: the first whose channel for the client is up). A request the fabric lets
 * down is reported to the policy, which may give that fabric's session up so the requests after
 * it take the other (000 claim 7, 001 claim 17). The failed request itself is not sent again: its
 * outcome is unknown, and a WRITE, a SEND or an atomic sent twice is not the same as once.
 *
 * Callback-based, so the sim runs it on its virtual clock; completions come back through the OS
 * gate (the paths' cards are the cards as the storage OS sees them).
 */
import {
  type Completion,
  CompletionStatus,
  MAX_MESSAGE_BYTES,
  statusName,
  type WorkRequest,
} from "../rdma-emu/index.js";
import type { ClientCall, ReplyResult } from "./client-codec.js";
import type { ConnectionManager, PortTarget } from "./connection-manager.js";
import { BadRequestError, RemoteOperationError } from "./errors.js";
import type { FabricPolicy } from "./fabric-policy.js";
import type { NodeCard } from "./node-card.js";

/** One of a node's fabrics: its manager and its card, as the storage OS sees them. */
export interface FabricPath {
  readonly index: number;
  readonly manager: ConnectionManager;
  /** Completions come back through the OS gate. */
  readonly osCard: NodeCard;
}

/** How an operation ends: its result, or the error to give the caller. */
export type Outcome<T> = (result: T | Error) => void;

const ATOMIC_BYTES = 8;

export class FabricRouter {
  constructor(
    /** The node's fabrics, first fabric first (filled in as the node boots). */
    private readonly paths: readonly FabricPath[],
    private readonly policy: FabricPolicy,
    /** Told of every request a fabric failed toward `partner`, before the caller hears of it. */
    private readonly onFailure: (
      fabric: number,
      partner: string,
      status: CompletionStatus,
      detail: string,
    ) => void,
  ) {}

  /** A SEND to the counterpart of `client` on `partner`, over `port`. Throws if no fabric can. */
  send(client: string, partner: string, port: number, data: Uint8Array, done: Outcome<Completion>): void {
    const [path, target] = this.pathFor(client, partner, port);
    this.post(path, partner, target.vi, { opcode: "send", data }, done);
  }

  /** A one-sided operation on the memory of the counterpart of `client`. Throws if refused. */
  remote(name: string, call: ClientCall & { kind: "remote" }, done: Outcome<ReplyResult>): void {
    const length = call.op === "read" ? call.length : call.op === "write" ? call.data.length : ATOMIC_BYTES;
    if (length <= 0 || length > MAX_MESSAGE_BYTES)
      throw new BadRequestError(`length must be 1..${MAX_MESSAGE_BYTES}`);
    if (call.op !== "read" && call.op !== "write" && call.offset % ATOMIC_BYTES !== 0) {
      throw new BadRequestError(`atomic offset ${call.offset} is not 8-byte aligned`);
    }
    const [path, target] = this.pathFor(name, call.partner, call.port);
    const { remote } = target;
    if (call.offset + length > remote.memoryLength) {
      throw new BadRequestError(
        `[${call.offset}, +${length}) is outside the counterpart's ${remote.memoryLength} bytes of memory`,
      );
    }
    const where = { rkey: remote.rkey, remoteAddress: remote.memoryAddress + call.offset };
    const [request, result] = oneSided(call, where, length);
    this.post(path, call.partner, target.vi, request, (c) => done(c instanceof Error ? c : result(c)));
  }

  /**
   * The partner's status word, read over the fabrics whose session with it is up first. A read
   * can be repeated safely, so one that a fabric lets down is tried over the next.
   */
  partnerStatus(partner: string, done: Outcome<bigint>): void {
    const fabrics = this.policy.statusFabrics(partner);
    const next = (at: number, failure: Error | undefined): void => {
      const path = this.paths[fabrics[at] as number];
      if (path === undefined) {
        done(failure ?? new BadRequestError(`no fabric reaches ${partner}`));
        return;
      }
      let answered = false;
      try {
        path.manager.readPartnerStatus(partner, (word, status, detail) => {
          answered = true;
          if (word !== undefined) return done(word);
          this.onFailure(path.index, partner, status, detail);
          next(at + 1, new RemoteOperationError(status, detail || statusName(status)));
        });
      } catch (error) {
        // Only a read that could not start goes on to the next fabric (`done` runs once).
        if (answered) throw error;
        next(at + 1, error as Error);
      }
    };
    next(0, undefined);
  }

  /** The first fabric (in the policy's order) whose manager can carry the client's port. */
  private pathFor(client: string, partner: string, port: number): [FabricPath, PortTarget] {
    let unusable: unknown;
    for (const fabric of this.policy.fabricsFor(client, partner)) {
      const path = this.paths[fabric];
      if (path === undefined) continue;
      try {
        return [path, path.manager.resolvePort(client, partner, port)];
      } catch (error) {
        unusable ??= error;
      }
    }
    throw unusable;
  }

  /** Posts on a fabric's card; a failed completion is reported, then given as E_REMOTE. */
  private post(
    path: FabricPath,
    partner: string,
    vi: number,
    request: WorkRequest,
    done: Outcome<Completion>,
  ): void {
    path.osCard.post(vi, request, (completion) => {
      if (completion.status === CompletionStatus.SUCCESS) return done(completion);
      const detail = completion.detail || statusName(completion.status);
      this.onFailure(path.index, partner, completion.status, detail);
      done(new RemoteOperationError(completion.status, detail));
    });
  }
}

/** The work request of a client's one-sided operation, and how its completion becomes the reply. */
function oneSided(
  call: ClientCall & { kind: "remote" },
  where: { readonly rkey: number; readonly remoteAddress: number },
  length: number,
): [WorkRequest, (completion: Completion) => ReplyResult] {
  switch (call.op) {
    case "read":
      return [{ opcode: "read", ...where, length }, (c) => ({ kind: "data", data: c.data as Uint8Array })];
    case "write":
      return [{ opcode: "write", ...where, data: call.data }, () => ({ kind: "ok" })];
    case "fetch-add":
      return [
        { opcode: "fetch-add", ...where, add: call.compareAdd },
        (c) => ({ kind: "value", value: c.original as bigint }),
      ];
    case "compare-swap":
      return [
        { opcode: "compare-swap", ...where, compare: call.compareAdd, swap: call.swap },
        (c) => ({ kind: "value", value: c.original as bigint }),
      ];
  }
}
