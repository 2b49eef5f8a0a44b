import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Integration tests start real processes; on a slow machine that takes a while.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
