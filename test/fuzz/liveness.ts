/**
 * How long a reply, a close or a cleanup may take before the fuzzer calls it lost: a liveness
 * bound, not a timing check (the slowest legitimate reply, a sequence call, is bounded by its 3 s
 * call timeout; an RDMA operation by the 500 ms retry timeout).
 */
export const LIVENESS_MS = 10_000;

/** Waits for `done` or `ms`; false when the time ran out (or `done` failed). */
export function within(done: Promise<unknown>, ms = LIVENESS_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    done.then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
