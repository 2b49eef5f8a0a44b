/**
 * A run's report: a summary line per endpoint (inputs, requests, connections, closes) and one
 * line per finding, with its endpoint, seed and input index(es); findings that differ only in
 * their numbers are one finding seen several times. The inputs of each are saved for replay.
 */
import { FAILURE_DIR, type FuzzInput, saveInput } from "./inputs.js";
import type { EndpointStats, Finding } from "./run-state.js";

/** Findings that differ only in their numbers (ids, times, ballots) are one finding seen several times. */
function groupFindings(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.endpoint} ${finding.description.replace(/\d+/g, "#")}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [finding]);
    else group.push(finding);
  }
  return [...groups.values()];
}

/** One line per group of findings; saves the inputs of the first and of up to 8 more. */
export function failureLines(findings: readonly Finding[], seed: number): string[] {
  return groupFindings(findings).map((group) => {
    const [first, ...more] = group as [Finding, ...Finding[]];
    for (const finding of more.slice(0, 8))
      for (const input of finding.inputs) saveInput(input, seed, finding.description);
    const where = more.filter((f) => f.exact).map((f) => f.inputs.map((i) => i.index).join("+"));
    const again =
      more.length === 0
        ? ""
        : where.length === 0
          ? `; the same ${more.length} more time(s)`
          : `; the same at ${more.length} more: ${where.slice(0, 8).join(", ")}${more.length > 8 ? ", ..." : ""}`;
    return `${describe(first, seed)}${again}`;
  });
}

export function summaryLine(endpoint: string, s: EndpointStats): string {
  const parts = [`${s.inputs} inputs`];
  if (s.requests > 0) parts.push(`${s.requests} requests`);
  if (s.skipped > 0) parts.push(`${s.skipped} disruptive skipped`);
  if (s.connections > 0) parts.push(`${s.connections} connections`);
  const closes = Object.entries(s.closes)
    .map(([code, n]) => `${code}: ${n}`)
    .join(", ");
  return `fuzz ${endpoint}: ${parts.join(", ")} in ${s.seconds.toFixed(1)} s${closes ? `; closes ${closes}` : ""}`;
}

function describe(finding: Finding, seed: number): string {
  const inputs = dedupe(finding.inputs);
  for (const input of inputs) saveInput(input, seed, finding.description);
  const names = inputs.map((i) =>
    i.endpoint === finding.endpoint ? `${i.index}` : `${i.endpoint}#${i.index}`,
  );
  const listed =
    names.length > 8 ? `${names.slice(-8).join(", ")} and ${names.length - 8} before` : names.join(", ");
  const which = finding.exact
    ? `input ${listed}`
    : inputs.length > 0
      ? `inputs sent just before it: ${listed}`
      : "no input in flight";
  return `FUZZ FINDING [${finding.endpoint}] seed ${seed}: ${finding.description} -- ${which}${
    inputs.length > 0 ? ` (saved in ${FAILURE_DIR}/)` : ""
  }`;
}

function dedupe(inputs: readonly FuzzInput[]): FuzzInput[] {
  const seen = new Set<string>();
  return inputs.filter((i) => {
    const key = `${i.endpoint}#${i.index}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
