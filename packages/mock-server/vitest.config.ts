import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "mock-server",
    include: ["test/**/*.test.ts"],
    // The CLI tests spawn a process and wait for its output: a slow start on busy cores is not a failure
    // (vitest's 5 s default failed them under load while every other package allows 60 s or more).
    testTimeout: 60_000,
  },
});
