import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "mock-server",
    include: ["test/**/*.test.ts"],
    // A bound for a test that hangs, never a speed expectation: the CLI tests start a Node process,
    // which on a loaded 2-core machine (three Node releases' suites at once) took over 5 s.
    testTimeout: 60_000,
  },
});
