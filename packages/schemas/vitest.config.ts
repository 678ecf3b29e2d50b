import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "schemas",
    include: ["test/**/*.test.ts"],
    // The interop suites start python and go processes and compile a Go program.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
