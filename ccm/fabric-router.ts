/**
 * A node's clients' operations toward their partners, over whichever fabric can carry them. With a
 * duplicate fabric a request takes the first fabric whose channel for the client is up; a fabric
 * that lets a request down gives its session with that partner up, so the requests after it take
 * the other (000 claim 7, 001 claim 17). Completions come back through the OS gate: a hung storage
 * OS holds them like the rest of its work.
 */
import {
  type Completion,
  CompletionStatus,
  MAX_MESSAGE_BYTES,
  statusName,
  type WorkRequest,
} from "../rdma-emu/index.js";
import type { ClientCall, ReplyResult } from "./client-codec.js";
import type { PortTarget } from "./connection-manager.js";
import { BadRequestError, RemoteOperationError } from "./errors.js";
import type { FabricPlane } from "./fabric-plane.js";
import type { OsGate } from "./os-gate.js";

const ATOMIC_BYTES = 8;
/** Statuses that mean a fabric let a request down (no answer, or its flow was torn down). */
const TRANSPORT_FAILURES: ReadonlySet<CompletionStatus> = new Set([
  CompletionStatus.RETRY_EXC,
  CompletionStatus.WR_FLUSH_ERR,
]);

export class FabricRouter {
  constructor(
    /** The node's fabric planes, first fabric first (filled in as the node boots). */
    private readonly planes: readonly FabricPlane[],
    private readonly gate: OsGate,
  ) {}

  /** A SEND to the counterpart of `client` on `partner`, over `port`. */
  async send(client: string, partner: string, port: number, data: Uint8Array): Promise<void> {
    await this.overAnyFabric(client, partner, port, (plane, target) =>
      this.post(plane, target.vi, { opcode: "send", data }),
    );
  }

  /** A one-sided operation on the memory of the counterpart of `client`. */
  async remote(name: string, call: ClientCall & { kind: "remote" }): Promise<ReplyResult> {
    const length = call.op === "read" ? call.length : call.op === "write" ? call.data.length : ATOMIC_BYTES;
    if (length <= 0 || length > MAX_MESSAGE_BYTES)
      throw new BadRequestError(`length must be 1..${MAX_MESSAGE_BYTES}`);
    if (call.op !== "read" && call.op !== "write" && call.offset % ATOMIC_BYTES !== 0) {
      throw new BadRequestError(`atomic offset ${call.offset} is not 8-byte aligned`);
    }
    return this.overAnyFabric(name, call.partner, call.port, async (plane, target) => {
      const { remote } = target;
      if (call.offset + length > remote.memoryLength) {
        throw new BadRequestError(
          `[${call.offset}, +${length}) is outside the counterpart's ${remote.memoryLength} bytes of memory`,
        );
      }
      const where = { rkey: remote.rkey, remoteAddress: remote.memoryAddress + call.offset };
      switch (call.op) {
        case "read":
          return {
            kind: "data",
            data: (await this.post(plane, target.vi, { opcode: "read", ...where, length }))
              .data as Uint8Array,
          };
        case "write":
          await this.post(plane, target.vi, { opcode: "write", ...where, data: call.data });
          return { kind: "ok" };
        case "fetch-add":
          return {
            kind: "value",
            value: (
              await this.post(plane, target.vi, { opcode: "fetch-add", ...where, add: call.compareAdd })
            ).original as bigint,
          };
        case "compare-swap":
          return {
            kind: "value",
            value: (
              await this.post(plane, target.vi, {
                opcode: "compare-swap",
                ...where,
                compare: call.compareAdd,
                swap: call.swap,
              })
            ).original as bigint,
          };
      }
    });
  }

  /**
   * Runs `work` over the first fabric whose channel for the client toward `partner` is up. When a
   * fabric lets a request down, its session with that partner is given up (giveUpFabric), so the
   * requests after it go over the other fabric (000 claim 7, 001 claim 17). The failed request
   * itself is not sent again: its outcome is unknown, and a WRITE, a SEND or an atomic sent twice
   * is not the same as once.
   */
  private async overAnyFabric<T>(
    client: string,
    partner: string,
    port: number,
    work: (plane: FabricPlane, target: PortTarget) => Promise<T>,
  ): Promise<T> {
    let unusable: unknown;
    for (const plane of this.planes) {
      let target: PortTarget;
      try {
        target = plane.manager.resolvePort(client, partner, port);
      } catch (error) {
        unusable ??= error;
        continue;
      }
      try {
        return await work(plane, target);
      } catch (error) {
        this.giveUpFabric(plane, partner, error);
        throw error;
      }
    }
    throw unusable;
  }

  /**
   * Ends a fabric's session with `partner` when a request over it got no answer, while another
   * fabric may still reach the partner. With a single fabric the session's own health checks
   * and the heartbeat monitor decide: one lost request is not a verdict on the partner.
   */
  private giveUpFabric(plane: FabricPlane, partner: string, error: unknown): void {
    if (
      this.planes.length > 1 &&
      error instanceof RemoteOperationError &&
      TRANSPORT_FAILURES.has(error.status) &&
      plane.manager.partner(partner)?.ready === true
    ) {
      plane.manager.partnerDown(partner, `fabric ${plane.index} failed a request: ${error.message}`);
    }
  }

  /** Posts on a card; the completion comes back through the OS gate. Errors become E_REMOTE. */
  private async post(plane: FabricPlane, vi: number, request: WorkRequest): Promise<Completion> {
    const completion = await plane.card.post(vi, request);
    await new Promise<void>((resolve) => this.gate.run(resolve));
    if (completion.status !== CompletionStatus.SUCCESS) {
      throw new RemoteOperationError(completion.status, completion.detail || statusName(completion.status));
    }
    return completion;
  }

  /**
   * The partner's status word, read over the fabrics whose session with it is up first. A read
   * can be repeated safely, so one that a fabric lets down is tried over the next.
   */
  async partnerStatus(partner: string): Promise<bigint> {
    const ready = (plane: FabricPlane) => plane.manager.partner(partner)?.ready === true;
    let failure: unknown;
    for (const plane of [...this.planes.filter(ready), ...this.planes.filter((p) => !ready(p))]) {
      try {
        return await new Promise<bigint>((resolve, reject) =>
          plane.manager.readPartnerStatus(partner, (word, status, detail) =>
            word === undefined ? reject(new RemoteOperationError(status, detail)) : resolve(word),
          ),
        );
      } catch (error) {
        this.giveUpFabric(plane, partner, error);
        failure = error;
      }
    }
    throw failure;
  }
}
