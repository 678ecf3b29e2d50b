import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "schemas-python",
    include: ["test/**/*.test.ts"],
    // Builds a wheel, makes a venv and runs the corpus and the differential in it.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
