/**
 * Proof of the cluster secret for the small control endpoints outside the fabric (the BMC's power
 * control, the disk shelf): the server opens every connection with a fresh nonce, the client
 * answers HMAC-SHA256(secret, purpose | 0 | nonce). The purpose names the endpoint, so a proof
 * made for one cannot be replayed at another; the nonce is new per connection, so a proof seen
 * once is no use again.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const NONCE_BYTES = 32;
export const PROOF_BYTES = 32;

export function freshNonce(): Uint8Array {
  return randomBytes(NONCE_BYTES);
}

export function proveSecret(secret: Uint8Array, purpose: string, nonce: Uint8Array): Uint8Array {
  return createHmac("sha256", secret)
    .update(purpose)
    .update(new Uint8Array([0]))
    .update(nonce)
    .digest();
}

/** Whether `proof` answers `nonce` for `purpose` (in constant time; any length is just false). */
export function checkProof(
  secret: Uint8Array,
  purpose: string,
  nonce: Uint8Array,
  proof: Uint8Array,
): boolean {
  if (proof.length !== PROOF_BYTES) return false;
  return timingSafeEqual(proveSecret(secret, purpose, nonce), proof);
}
