/**
 * Packet sequence numbers and flow generations are 32-bit serial numbers (RFC 1982): they wrap,
 * and are compared by their signed distance.
 */
export function serialDistance(a: number, b: number): number {
  return (a - b) | 0;
}

export function nextSerial(value: number): number {
  return (value + 1) >>> 0;
}
