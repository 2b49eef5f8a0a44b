import type { HardwareAddress } from "./hardware-address.js";
import type { RequesterFlow } from "./requester.js";
import type { ResponderFlow } from "./responder.js";
import { RttEstimator } from "./rtt-estimator.js";

/** What a card knows of one other card on its fabric. */
export class PeerState {
  up = false;
  /** The peer card's incarnation as of its last login; a change means it was reset. */
  incarnation: number | undefined;
  readonly rtt: RttEstimator;
  /** Our flows towards this peer, by flowKey(local VI, remote VI). */
  readonly requesterFlows = new Map<number, RequesterFlow>();
  /** This peer's flows towards us, by flowKey(its VI, our VI). */
  readonly responderFlows = new Map<number, ResponderFlow>();
  /**
   * For a flow key whose local VI was torn down: the generation its next flow starts at. The
   * peer's responder still remembers the old flow's PSNs, so a new flow from a VI that reuses the
   * number must start a newer generation, or its first requests would look like duplicates.
   */
  readonly nextGenerations = new Map<number, number>();

  constructor(
    readonly hardwareAddress: HardwareAddress,
    maxRetransmitTimeoutMs: number,
  ) {
    this.rtt = new RttEstimator(maxRetransmitTimeoutMs);
  }
}

/** One number per (requester VI, responder VI) pair; VI numbers are below 2^20. */
export function flowKey(requesterVi: number, responderVi: number): number {
  return requesterVi * 0x100000 + responderVi;
}
