import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.ts";

// For Stryker only (stryker.config.mjs). scenario-gen.test.ts and spec-diff-cli.test.ts spawn the
// bin: a child process never sees the active mutant (Stryker activates it in the test worker), yet
// every mutant of a module's top level (a command's declaration, a keyword list) runs them, a
// minute or two a mutant on this machine, and a slow run ends as a timeout that Stryker counts as
// detected. gitattributes.test.ts imports no source. The commands' declarations and runs are
// tested in-process instead: generator-commands.mutants.test.ts, docs-commands-help.mutants.test.ts,
// spec-diff-cli.mutants.test.ts and command.test.ts.
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        "test/scenario-gen.test.ts",
        "test/spec-diff-cli.test.ts",
        "test/gitattributes.test.ts",
        "node_modules/**",
      ],
    },
  }),
);
