import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.ts";

// For Stryker only (stryker.config.mjs). A mutant in a module's top level (a command's
// declaration, a constant) runs every related test; scenario-gen.test.ts spawns the bin about 30
// times (about a minute), in child processes where no mutant is active, so each such mutant took
// a minute or more and a run of three generators hours. Left out with gitattributes.test.ts, which
// imports no source. What scenario-gen.test.ts checks in-process (each command's summary, read by
// importing the module) is checked for the docs and release commands by
// docs-commands-help.mutants.test.ts.
export default mergeConfig(
  base,
  defineConfig({
    test: { exclude: ["test/scenario-gen.test.ts", "test/gitattributes.test.ts", "node_modules/**"] },
  }),
);
