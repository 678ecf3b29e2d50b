import { relative, resolve } from "node:path";
import { checkFilesBeforeRedocly } from "./lib/redocly-bundle.ts";
import { RefusedSpecError } from "./lib/spec-problems.ts";
import { defineCommand } from "./lib/command.ts";

// For a script that hands the spec to the Redocly CLI itself (`redocly lint`): the check that
// bundle-spec and spec-diff run before Redocly reads anything, as a step of its own.
export const command = defineCommand({
  name: "check-spec-files",
  summary:
    "Refuses a spec whose $refs name a URL or a file outside its folder, loop, or reach an alias bomb or too deep nesting (run before Redocly reads it).",
  positionals: [{ name: "root", description: "the spec's root file", default: "openapi.yaml" }],
  flags: {},
  isBadInput: (error) => error instanceof RefusedSpecError,
  run: ({ positionals: [root = ""] }) => {
    checkFilesBeforeRedocly(resolve(root), process.cwd());
    console.log(`check-spec-files: ${relative(process.cwd(), resolve(root))} and the files it refers to are in order`);
  },
});
