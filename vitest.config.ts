import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: "forks",
    // Two test files at a time even on a 2-core machine (vitest's default there is one): most files wait on child
    // processes, sockets, PostgreSQL, Redis and timers rather than on the CPU, and every file uses its own temp
    // directory, ports (listen on 0), schema and key prefix. `npx vitest run --maxWorkers=1` runs them one by one.
    maxWorkers: 2,
    setupFiles: ["test/support/fast-check-seed.ts"],
    reporters: ["default"],
  },
});
