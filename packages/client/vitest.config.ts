import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "client",
    include: ["test/**/*.test.ts"],
    // A bound for a test that hangs, never a speed expectation: on a loaded 2-core machine the
    // 1,000 concurrent runs alone took 20 s. No test relies on it to catch a wait that is too long:
    // those waits are an hour or on fake timers.
    testTimeout: 120_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.test.json" },
  },
});
