/**
 * `--help` of the docs and release commands, in-process: the synopsis, and each argument and flag
 * with its description and default, as a maintainer reads them before running the command.
 */
import { describe, expect, test } from "vitest";
import { command as addCodeSamples } from "../src/add-code-samples.ts";
import { command as checkPackage } from "../src/check-package.ts";
import { command as emitChangeHistory } from "../src/emit-change-history.ts";
import { command as inlineRedoc } from "../src/inline-redoc.ts";
import { command as releasePythonGo } from "../src/release-python-go.ts";
import { runCommand } from "./run-command.ts";

type Main = { main: (args: string[]) => Promise<number> };
const helps: Array<[string, { command: Main; summary: RegExp; usage: string; rows: Array<[string, string]> }]> = [
  [
    "add-code-samples",
    {
      command: addCodeSamples,
      summary: /^Adds the code samples in a manifest to the spec's operation \(x-codeSamples\)/,
      usage: "usage: scenario-gen add-code-samples [spec] [flags]",
      rows: [
        ["spec", "the bundled spec: a file or a package export (default: @scenario-api/openapi/openapi.json)"],
        ["--samples <value>", "the samples manifest (default: samples/code-samples.json)"],
        ["--out <value>", "output folder (default: dist)"],
        ["--help", "print this help"],
      ],
    },
  ],
  [
    "inline-redoc",
    {
      command: inlineRedoc,
      summary: /^Writes the API reference as one offline HTML page/,
      usage: "usage: scenario-gen inline-redoc spec [flags]",
      rows: [
        ["spec", "the spec to render (JSON)"],
        ["--redoc <value>", "Redoc's standalone bundle (default: redoc/bundles/redoc.standalone.js)"],
        ["--options <value>", "Redoc options (JSON)"],
        ["--title <value>", "the page title (default: the spec's info.title)"],
        ["--out <value>", "output folder: writes index.html in it (default: dist)"],
        ["--help", "print this help"],
      ],
    },
  ],
  [
    "emit-change-history",
    {
      command: emitChangeHistory,
      summary: /^Adds the spec's change history \(pending changesets, then CHANGELOG\.md\) to info\.description/,
      usage: "usage: scenario-gen emit-change-history spec [flags]",
      rows: [
        ["spec", "the spec to annotate (JSON)"],
        ["--out <value>", "output folder: writes reference.json in it (default: dist)"],
        ["--changelog <value>", "released history (default: openapi/CHANGELOG.md of the repository)"],
        ["--changesets <value>", "pending changesets (default: .changeset/ of the repository)"],
        ["--package <value>", "the package whose changes are listed (default: @scenario-api/openapi)"],
        ["--help", "print this help"],
      ],
    },
  ],
  [
    "check-package",
    {
      command: checkPackage,
      summary: /^Checks a package before publishing: pack contents and size budget, unreachable code/,
      usage: "usage: scenario-gen check-package [dir] [flags]",
      rows: [
        ["dir", "the package folder (default: .)"],
        ["--help", "print this help"],
      ],
    },
  ],
  [
    "release-python-go",
    {
      command: releasePythonGo,
      summary: /^Builds and checks the Python wheel and sdist, prints the twine upload and Go tag commands/,
      usage: "usage: scenario-gen release-python-go [flags]",
      rows: [
        ["--python <value>", "the Python package folder (default: packages/schemas-python)"],
        ["--go <value>", "the Go module folder (default: packages/schemas-go)"],
        ["--python3 <value>", "the Python interpreter (default: /usr/bin/python3)"],
        ["--tag", "also create the Go module's git tag"],
        ["--help", "print this help"],
      ],
    },
  ],
];

describe("--help", () => {
  test.each(helps)(
    "%s names its arguments and flags with their defaults",
    async (_, { command, summary, usage, rows }) => {
      const run = await runCommand(command, ["--help"]);
      expect(run.code).toBe(0);
      const lines = run.stdout.split("\n");
      expect(lines[0]).toMatch(summary);
      expect(lines).toContain(usage);
      const listed = lines.filter((line) => line.startsWith("  ")).map((line) => line.trim().split(/ {2,}/));
      expect(listed).toEqual(rows);
    },
  );
});
