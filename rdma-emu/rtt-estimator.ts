import {
  INITIAL_RETRANSMIT_TIMEOUT_MS,
  MAX_RETRANSMIT_TIMEOUT_MS,
  MIN_RETRANSMIT_TIMEOUT_MS,
} from "./constants.js";

/**
 * Smoothed round-trip time and retransmission timeout (RFC 6298), per peer. Only requests sent
 * once are sampled (Karn), so a retransmission never skews the estimate.
 */
export class RttEstimator {
  private srtt: number | undefined;
  private rttvar = 0;

  /** `cap` keeps several retransmissions inside a request's retry time, whatever the estimate. */
  constructor(private readonly cap: number = MAX_RETRANSMIT_TIMEOUT_MS) {}

  sample(rttMs: number): void {
    if (this.srtt === undefined) {
      this.srtt = rttMs;
      this.rttvar = rttMs / 2;
    } else {
      this.rttvar = 0.75 * this.rttvar + 0.25 * Math.abs(this.srtt - rttMs);
      this.srtt = 0.875 * this.srtt + 0.125 * rttMs;
    }
  }

  /** Retransmission timeout after `backoffs` consecutive timeouts. */
  timeout(backoffs: number): number {
    const base = this.srtt === undefined ? INITIAL_RETRANSMIT_TIMEOUT_MS : this.srtt + 4 * this.rttvar;
    const ceiling = Math.min(MAX_RETRANSMIT_TIMEOUT_MS, this.cap);
    return Math.min(ceiling, Math.max(Math.min(MIN_RETRANSMIT_TIMEOUT_MS, ceiling), base) * 2 ** backoffs);
  }
}
