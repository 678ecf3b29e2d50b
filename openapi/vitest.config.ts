import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "openapi",
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
