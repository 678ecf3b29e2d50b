import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "release-checks",
    include: ["test/**/*.test.ts"],
    testTimeout: 240_000,
    hookTimeout: 300_000,
  },
});
