import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "evolution",
    include: ["test/**/*.test.ts"],
    // Each row regenerates every output and runs tsc, mypy, python and go on them.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Two rows at a time: the machine (and CI) has two cores, and most of a row's time is spent
    // in child processes (tsc, mypy, go), which run beside the other row's generators.
    maxConcurrency: 2,
  },
});
