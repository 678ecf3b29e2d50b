import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  platform: "neutral",
  // ajv standalone code may `require` small runtime helpers (ajv/dist/runtime/*); they are
  // inlined so the package has no runtime dependency on ajv.
  noExternal: [/^ajv(\/|$)/],
});
