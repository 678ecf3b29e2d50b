/**
 * release-python-go run in-process (a spawned one runs the sources without Stryker's mutants): it
 * builds a copy of the Python package with the real /usr/bin/python3, checks it, and prints what
 * to run. Never with --tag here: that tags the repository of the working directory.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { command, metadataProblems } from "../src/release-python-go.ts";
import { requiredTool } from "../src/lib/required-tool.ts";
import { captured } from "./run-command.ts";

/** packages/schemas-python copied (its dist/ left out) and a Go module folder at `goVersion`. */
function packages(goVersion: string): { python: string; go: string } {
  const root = mkdtempSync(join(tmpdir(), "release-mutants-"));
  const python = join(root, "schemas-python");
  cpSync(join(import.meta.dirname, "../../packages/schemas-python"), python, {
    recursive: true,
    filter: (src) => !/\/(dist|test|node_modules)$/.test(src),
  });
  const go = join(root, "schemas-go");
  mkdirSync(go);
  writeFileSync(join(go, "package.json"), JSON.stringify({ name: "@scenario-api/schemas-go", version: goVersion }));
  // A leftover of an earlier build is not shipped: dist/ is emptied first.
  mkdirSync(join(python, "dist"));
  writeFileSync(join(python, "dist/scenario_api_schemas-0.0.1.tar.gz"), "stale");
  return { python, go };
}

// The version the package carries today (changesets move it).
const version = (
  JSON.parse(readFileSync(join(import.meta.dirname, "../../packages/schemas-python/package.json"), "utf8")) as {
    version: string;
  }
).version;

const pythonMissing =
  spawnSync("/usr/bin/python3", ["-c", "import build, hatchling, twine"]).status === 0
    ? undefined
    : "/usr/bin/python3 with build, hatchling and twine not found";
describe.skipIf(!requiredTool("python3 build + hatchling + twine", pythonMissing))(
  "release-python-go (in-process)",
  () => {
    test("builds the wheel and the sdist, checks them with twine, and prints the upload and tag commands", async () => {
      const { python, go } = packages(version);
      const flags = { python, go, python3: "/usr/bin/python3", tag: false };
      const run = await captured(() => command.spec.run({ positionals: [], flags }));
      expect(run.stderr).toBe("");
      expect(readdirSync(join(python, "dist"))).toEqual([
        `scenario_api_schemas-${version}-py3-none-any.whl`,
        `scenario_api_schemas-${version}.tar.gz`,
      ]);
      const artifacts = readdirSync(join(python, "dist")).map((f) => relative(process.cwd(), join(python, "dist", f)));
      expect(run.stdout).toBe(
        [
          "twine check --strict: 2 distributions PASSED",
          "",
          `scenario-api-schemas ${version} and the Go module packages/schemas-go/v${version} are ready. To publish them:`,
          `  python3 -m twine upload ${artifacts.join(" ")}`,
          `  git tag packages/schemas-go/v${version}`,
          `  git push origin packages/schemas-go/v${version}`,
        ].join("\n"),
      );
    });

    test("a Go module at another version stops the release, saying how to fix it", async () => {
      const { python, go } = packages("0.0.0-other");
      const flags = { python, go, python3: "/usr/bin/python3", tag: false };
      await expect(captured(() => command.spec.run({ positionals: [], flags }))).rejects.toThrow(
        `schemas-python is ${version} but schemas-go is 0.0.0-other: they are one changesets fixed group (run npm run version)`,
      );
    });
  },
);

describe("metadataProblems: the core metadata an index refuses a distribution without", () => {
  const good =
    "Metadata-Version: 2.1\nName: scenario-api-schemas\nVersion: 1.2.3\nSummary: s\nDescription-Content-Type: text/markdown\n\n# scenario-api-schemas\n";
  test.each([
    ["no Metadata-Version", good.replace("Metadata-Version: 2.1\n", ""), ["no Metadata-Version"]],
    ["an empty Summary", good.replace("Summary: s", "Summary:  "), ["no Summary"]],
    ["no name", good.replace("Name: scenario-api-schemas\n", ""), ['Name is undefined, want "scenario-api-schemas"']],
    [
      "a description in reStructuredText",
      good.replace("text/markdown", "text/x-rst"),
      ["the long description is not declared text/markdown"],
    ],
    [
      "a field named only inside another line",
      good.replace("\nVersion: 1.2.3", "\nX-Version: 1.2.3"),
      ['Version is undefined, want "1.2.3" (package.json)'],
    ],
  ])("%s", (_, metadata, want) => expect(metadataProblems(metadata, "1.2.3")).toEqual(want));
});
