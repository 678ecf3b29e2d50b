import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "schemas-go",
    include: ["test/**/*.test.ts"],
    // Runs go vet and go test, and builds the gojsonschema interop program.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
