import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { expect, test } from "vitest";

const entry = fileURLToPath(new URL("../dist/index.js", import.meta.url));

test("the ESM entry bundles for the browser (no Node built-ins), openapi-fetch included, within budget", async () => {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent" });
  const code = result.outputFiles[0]!.text;
  expect(code).not.toMatch(/from\s*"node:|require\(/);
  const gzip = gzipSync(code, { level: 9 }).length;
  console.log(`client ESM entry + openapi-fetch, minified: ${code.length} B, gzip: ${gzip} B`);
  // Regression guard, not the goal: see the README's size note.
  expect(gzip).toBeLessThanOrEqual(5_300);
});
