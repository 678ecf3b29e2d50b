import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.ts";

// For Stryker only (stryker.config.mjs). Most tests import "@scenario-api/client", which resolves
// to dist/: a mutant of src/ would never reach them. Here the package's entries are its sources
// (in Stryker's sandbox, where this file is copied). browser.test.ts and bundle.test.ts bundle
// dist/ with esbuild, runtimes.test.ts runs dist/ in Deno, Bun and browsers: none can see a mutant;
// the type tests check no behaviour.
const source = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const { version } = JSON.parse(readFileSync(source("./package.json"), "utf8")) as { version: string };

export default mergeConfig(
  base,
  defineConfig({
    // tsup defines it for dist/ (tsup.config.ts); the sources need it too.
    define: { __VERSION__: JSON.stringify(version) },
    resolve: {
      alias: [
        { find: /^@scenario-api\/client\/validate$/, replacement: source("./src/validate.ts") },
        { find: /^@scenario-api\/client$/, replacement: source("./src/index.ts") },
      ],
    },
    test: {
      exclude: ["test/browser.test.ts", "test/bundle.test.ts", "test/runtimes/runtimes.test.ts", "node_modules/**"],
      typecheck: { enabled: false },
    },
  }),
);
