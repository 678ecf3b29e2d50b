import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig({
  // `validate` is its own entry: the validators never come with the main one.
  entry: ["src/index.ts", "src/validate.ts"],
  // Shared code (ScenarioError) in one chunk for both entries, in CommonJS too: one class for instanceof.
  splitting: true,
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  // No Node built-ins: the client runs in Node 20+, Deno, Bun and browsers.
  platform: "neutral",
  define: { __VERSION__: JSON.stringify(version) },
});
