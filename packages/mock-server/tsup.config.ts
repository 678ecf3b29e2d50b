import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli.ts" },
  format: ["esm", "cjs"],
  // The CLI is reached only through `bin`, which Node runs as ESM (the package is "type": "module"):
  // a CommonJS build of it would be shipped and reachable from nowhere.
  esbuildOptions(options, { format }) {
    if (format === "cjs") options.entryPoints = { index: "src/index.ts" };
  },
  dts: { entry: "src/index.ts" },
  clean: true,
  target: "node20",
  platform: "node",
});
