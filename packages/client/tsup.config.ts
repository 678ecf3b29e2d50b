import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8")) as { version: string };

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  clean: true,
  target: "es2022",
  // No Node built-ins: the client runs in Node 20+, Deno, Bun and browsers.
  platform: "neutral",
  define: { __VERSION__: JSON.stringify(version) },
});
