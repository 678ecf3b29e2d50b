import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { metadataProblems, planRelease, releaseCommands } from "../src/release-python-go.ts";
import { requiredTool } from "../src/lib/required-tool.ts";

const artifacts = ["dist/scenario_api_schemas-1.2.3-py3-none-any.whl", "dist/scenario_api_schemas-1.2.3.tar.gz"];

describe("planRelease", () => {
  test("tags the Go module in its subdirectory with the shared version", () => {
    expect(planRelease({ python: "1.2.3", go: "1.2.3" }, artifacts)).toEqual({
      version: "1.2.3",
      artifacts,
      tag: "packages/schemas-go/v1.2.3",
    });
  });
  test("refuses versions that drifted apart, saying how to fix it", () => {
    expect(() => planRelease({ python: "1.2.3", go: "1.2.2" }, artifacts)).toThrow(
      /schemas-python is 1\.2\.3 but schemas-go is 1\.2\.2.*npm run version/,
    );
  });
});

test.each([
  [
    "prints the tag command while the tag is not made",
    false,
    [
      `python3 -m twine upload ${artifacts.join(" ")}`,
      "git tag packages/schemas-go/v1.2.3",
      "git push origin packages/schemas-go/v1.2.3",
    ],
  ],
  [
    "only pushes a tag --tag made",
    true,
    [`python3 -m twine upload ${artifacts.join(" ")}`, "git push origin packages/schemas-go/v1.2.3"],
  ],
] as const)("releaseCommands %s", (_, tagCreated, want) => {
  expect(releaseCommands(planRelease({ python: "1.2.3", go: "1.2.3" }, artifacts), tagCreated)).toEqual(want);
});

const good =
  "Metadata-Version: 2.1\nName: scenario-api-schemas\nVersion: 1.2.3\nSummary: s\nDescription-Content-Type: text/markdown\n\n# scenario-api-schemas\n";
test.each([
  ["complete metadata", good, []],
  [
    "another version than package.json",
    good.replace("1.2.3", "1.2.4"),
    ['Version is "1.2.4", want "1.2.3" (package.json)'],
  ],
  [
    "no summary and no README",
    good.replace("Summary: s\n", "").replace(/\n\n# .*\n$/, "\n"),
    ["no Summary", "no long description (README.md)"],
  ],
  ["another name", good.replace("Name: scenario-api-schemas", "Name: x"), ['Name is "x", want "scenario-api-schemas"']],
])("metadataProblems: %s", (_, metadata, want) => expect(metadataProblems(metadata, "1.2.3")).toEqual(want));

const pythonMissing =
  spawnSync("/usr/bin/python3", ["-c", "import build, hatchling, twine"]).status === 0
    ? undefined
    : "/usr/bin/python3 with build, hatchling and twine not found";
describe.skipIf(!requiredTool("python3 build + hatchling + twine", pythonMissing))("the CLI", () => {
  test("builds and checks a copy of the Python package, prints the commands, publishes nothing and tags only with --tag", () => {
    const root = mkdtempSync(join(tmpdir(), "release-python-go-"));
    const python = join(root, "packages/schemas-python");
    cpSync(join(import.meta.dirname, "../../packages/schemas-python"), python, {
      recursive: true,
      filter: (src) => !/\/(dist|test|node_modules)$/.test(src),
    });
    mkdirSync(join(root, "packages/schemas-go"), { recursive: true });
    writeFileSync(
      join(root, "packages/schemas-go/package.json"),
      JSON.stringify({ name: "@scenario-api/schemas-go", version: "0.1.0" }),
    );
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.email=ci@example.invalid", "-c", "user.name=ci", ...args], {
        cwd: root,
        encoding: "utf8",
      });
    git("init", "-q", "-b", "main");
    git("add", "-A");
    git("commit", "-qm", "copy");
    const bin = join(import.meta.dirname, "../bin/scenario-gen.js");
    const run = (...args: string[]) =>
      execFileSync(process.execPath, [bin, "release-python-go", ...args], {
        cwd: root,
        encoding: "utf8",
        stdio: "pipe",
      });
    const printed = run();
    expect(printed).toContain("twine check --strict: 2 distributions PASSED");
    expect(printed).toContain(
      "python3 -m twine upload packages/schemas-python/dist/scenario_api_schemas-0.1.0-py3-none-any.whl packages/schemas-python/dist/scenario_api_schemas-0.1.0.tar.gz",
    );
    expect(printed).toContain("  git tag packages/schemas-go/v0.1.0\n");
    expect(readdirSync(join(python, "dist")).sort()).toEqual([
      "scenario_api_schemas-0.1.0-py3-none-any.whl",
      "scenario_api_schemas-0.1.0.tar.gz",
    ]);
    expect(git("tag", "--list")).toBe("");
    expect(run("--tag")).not.toContain("  git tag ");
    expect(git("tag", "--list")).toBe("packages/schemas-go/v0.1.0\n");
  });
});
