import { defineConfig } from "vitest/config";

// Tests of the bench's own logic (figures, results file, payloads); the timings are never tested.
export default defineConfig({
  test: {
    name: "bench",
    include: ["test/**/*.test.ts"],
  },
});
