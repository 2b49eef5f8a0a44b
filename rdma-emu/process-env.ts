/**
 * How the emulator starts its node processes. A card receives each large link message in fresh
 * buffers (ws assembles every message in one, the socket reads in 64 KiB ones), so a node moving
 * a gigabyte a second allocates two gigabytes a second outside the JavaScript heap. Two defaults
 * turn that into waste:
 *
 * - glibc hands freed megabytes back to the kernel, and the next ones are page-faulted and zeroed
 *   anew. Raising malloc's mmap and trim thresholds keeps that memory in the process for reuse.
 *   Measured with 1 MiB WRITEs at depth 8: 0.54-0.70 GB/s by default, 1.08-1.11 GB/s with this.
 * - V8 counts those buffers toward the heap's growth and, with its small initial old-generation
 *   limit, answers with a full mark-compact every 30-40 ms although almost nothing survives (a
 *   third of the receiving card's time went to GC). A larger initial limit leaves them to the
 *   cheap young-generation collections. Measured: 1.0-1.5 GB/s default, 2.6-3.0 GB/s with it.
 */
const MALLOC_TUNING = {
  MALLOC_MMAP_THRESHOLD_: String(16 * 1024 * 1024),
  MALLOC_TRIM_THRESHOLD_: String(256 * 1024 * 1024),
};

/** Initial old-generation limit of a node process, in MiB (live data stays far below it). */
const INITIAL_OLD_SPACE_MIB = 512;

/** Environment of a node process; values already in the environment win. */
export function nodeProcessEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...MALLOC_TUNING, ...base };
}

/** Node and V8 flags of a node process written in TypeScript (run through tsx). */
export function nodeProcessExecArgv(): string[] {
  return ["--import", "tsx", `--initial-old-space-size=${INITIAL_OLD_SPACE_MIB}`];
}
