import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";

const RESULTS = fileURLToPath(new URL("../results/", import.meta.url));

/** Prints rows as an aligned table. */
export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of cells.slice(1)) console.log(line(row));
}

/** Writes bench/results/<name>.json with the machine it ran on. */
export function writeResults(name: string, body: object): string {
  mkdirSync(RESULTS, { recursive: true });
  const path = `${RESULTS}${name}.json`;
  const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown" };
  writeFileSync(
    path,
    `${JSON.stringify({ bench: name, date: new Date().toISOString(), machine, ...body }, null, 2)}\n`,
  );
  return path;
}
