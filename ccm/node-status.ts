/**
 * A node's boot phases and OS states, and how the status word at the start of its boot mailbox
 * shows them to partners (004 claims 2 and 19: the first read returns booting status). The card
 * serves that word whatever the OS is doing, so a partner can tell a hung or panicked OS from a
 * dead node.
 *
 *   status word = "BOOT" << 32 | code
 *   1 card firmware only · 2 connection manager running · 3 VI layer up (OS booting)
 *   4 storage OS up · 5 OS hung · 6 OS panicked
 */
import { FIRMWARE_ONLY_STATUS, STATUS_MAGIC } from "../rdma-emu/index.js";

/** Boot phases, in the order a node passes them. */
export type BootPhase = "card-firmware" | "connection-manager" | "vi-layer" | "storage-os";
export type OsState = "booting" | "up" | "hung" | "panicked";

/** What each boot phase means, as the node logs it. */
export const BOOT_PHASE_LINES: Record<BootPhase, string> = {
  "card-firmware": "card firmware up: VI 0 and the boot mailbox are served",
  "connection-manager": "connection manager running: handshaking with partners",
  "vi-layer": "VI layer up",
  "storage-os": "storage OS up: clients may attach",
};

export const StatusCode = {
  FIRMWARE_ONLY: Number(FIRMWARE_ONLY_STATUS & 0xffffffffn),
  CCM_RUNNING: 2,
  VI_LAYER_UP: 3,
  OS_UP: 4,
  OS_HUNG: 5,
  OS_PANICKED: 6,
} as const;
export type StatusCode = (typeof StatusCode)[keyof typeof StatusCode];

export function statusWord(code: StatusCode): bigint {
  return (STATUS_MAGIC << 32n) | BigInt(code);
}

export function statusCodeOf(phase: BootPhase, os: OsState): StatusCode {
  if (os === "hung") return StatusCode.OS_HUNG;
  if (os === "panicked") return StatusCode.OS_PANICKED;
  if (os === "up") return StatusCode.OS_UP;
  switch (phase) {
    case "card-firmware":
      return StatusCode.FIRMWARE_ONLY;
    case "connection-manager":
      return StatusCode.CCM_RUNNING;
    default:
      return StatusCode.VI_LAYER_UP;
  }
}

/** What a partner's status word says, for operators and monitors. */
export interface PartnerStatusReading {
  readonly code: number;
  readonly meaning: string;
  /** True when the partner's storage OS runs (it should be answering heartbeats). */
  readonly osUp: boolean;
}

const MEANINGS: Record<number, string> = {
  [StatusCode.FIRMWARE_ONLY]: "card firmware only",
  [StatusCode.CCM_RUNNING]: "connection manager running, OS booting",
  [StatusCode.VI_LAYER_UP]: "VI layer up, OS booting",
  [StatusCode.OS_UP]: "storage OS up",
  [StatusCode.OS_HUNG]: "storage OS hung",
  [StatusCode.OS_PANICKED]: "storage OS panicked",
};

export function readStatusWord(word: bigint): PartnerStatusReading {
  if (word >> 32n !== STATUS_MAGIC) return { code: 0, meaning: "no status word (not booted)", osUp: false };
  const code = Number(word & 0xffffffffn);
  return { code, meaning: MEANINGS[code] ?? `unknown status ${code}`, osUp: code === StatusCode.OS_UP };
}
