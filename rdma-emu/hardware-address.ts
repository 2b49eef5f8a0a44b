import { MAX_HARDWARE_ADDRESS } from "./constants.js";
import { ConfigError } from "./errors.js";

/** A card's 24-bit Fibre-Channel-style ID on one fabric, e.g. 0x0a0001. */
export type HardwareAddress = number;

export function isHardwareAddress(value: unknown): value is HardwareAddress {
  return typeof value === "number" && Number.isInteger(value) && value > 0 && value <= MAX_HARDWARE_ADDRESS;
}

/** Parses `0x0a0001` (or a plain number) into a hardware address. */
export function parseHardwareAddress(text: string | number): HardwareAddress {
  const value = typeof text === "number" ? text : /^0x[0-9a-f]{1,6}$/i.test(text) ? Number(text) : Number.NaN;
  if (!isHardwareAddress(value)) {
    throw new ConfigError(`invalid hardware address ${JSON.stringify(text)}: expected 0x000001..0xffffff`);
  }
  return value;
}

export function formatHardwareAddress(address: HardwareAddress): string {
  return `0x${address.toString(16).padStart(6, "0")}`;
}
