/**
 * release-python-go run in-process (a spawned one runs the sources without Stryker's mutants): it
 * builds a copy of the Python package with the real /usr/bin/python3, checks it, and prints what
 * to run. `git` runs in the working directory's repository: GIT_DIR points it at a temporary one
 * in every run here, so that neither --tag nor a mutant that tags anyway touches this checkout.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { command, metadataProblems } from "../src/release-python-go.ts";
import { requiredTool } from "../src/lib/required-tool.ts";
import { captured } from "./run-command.ts";

/** packages/schemas-python copied (its dist/ left out, or a stale one) and a Go module folder at `goVersion`. */
function packages(goVersion: string, staleDist = true): { python: string; go: string } {
  const root = mkdtempSync(join(tmpdir(), "release-mutants-"));
  const python = join(root, "schemas-python");
  cpSync(join(import.meta.dirname, "../../packages/schemas-python"), python, {
    recursive: true,
    filter: (src) => !/\/(dist|test|node_modules)$/.test(src),
  });
  const go = join(root, "schemas-go");
  mkdirSync(go);
  writeFileSync(join(go, "package.json"), JSON.stringify({ name: "@scenario-api/schemas-go", version: goVersion }));
  if (staleDist) {
    // A leftover of an earlier build is not shipped: dist/ is emptied first.
    mkdirSync(join(python, "dist"));
    writeFileSync(join(python, "dist/scenario_api_schemas-0.0.1.tar.gz"), "stale");
  }
  return { python, go };
}

/** A repository with one commit for `git tag`, made the working directory's with GIT_DIR; returns its tags. */
function repository(): () => string {
  const dir = mkdtempSync(join(tmpdir(), "release-mutants-git-"));
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.email=ci@example.invalid", "-c", "user.name=ci", ...args], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, GIT_DIR: join(dir, ".git") },
    });
  git("init", "-q", "-b", "main");
  git("commit", "-q", "--allow-empty", "-m", "empty");
  vi.stubEnv("GIT_DIR", join(dir, ".git"));
  return () => git("tag", "--list");
}

/** An interpreter without twine: the real one for everything else (the build), as on a machine that lacks it. */
function pythonWithoutTwine(): string {
  const bin = join(mkdtempSync(join(tmpdir(), "release-mutants-python-")), "python3");
  writeFileSync(
    bin,
    '#!/bin/sh\nif [ "$1" = -m ] && [ "$2" = twine ]; then echo "/usr/bin/python3: No module named twine" >&2; exit 1; fi\nexec /usr/bin/python3 "$@"\n',
  );
  chmodSync(bin, 0o755);
  return bin;
}

// The version the package carries today (changesets move it).
const version = (
  JSON.parse(readFileSync(join(import.meta.dirname, "../../packages/schemas-python/package.json"), "utf8")) as {
    version: string;
  }
).version;
const distributions = [`scenario_api_schemas-${version}-py3-none-any.whl`, `scenario_api_schemas-${version}.tar.gz`];

afterEach(() => vi.unstubAllEnvs());

const pythonMissing =
  spawnSync("/usr/bin/python3", ["-c", "import build, hatchling, twine"]).status === 0
    ? undefined
    : "/usr/bin/python3 with build, hatchling and twine not found";
describe.skipIf(!requiredTool("python3 build + hatchling + twine", pythonMissing))(
  "release-python-go (in-process)",
  () => {
    test.each([
      ["with twine, over a stale dist/", { staleDist: true, twine: true, tag: false }],
      ["with twine, no dist/ yet", { staleDist: false, twine: true, tag: false }],
      ["with --tag: the tag is made, only its push is left to do", { staleDist: true, twine: true, tag: true }],
      ["without twine: the core metadata is checked instead", { staleDist: true, twine: false, tag: false }],
    ])("%s: builds the wheel and the sdist, checks them, and prints the upload and tag commands", async (_, c) => {
      const { python, go } = packages(version, c.staleDist);
      const tags = repository();
      const flags = { python, go, python3: c.twine ? "/usr/bin/python3" : pythonWithoutTwine(), tag: c.tag };
      const run = await captured(() => command.spec.run({ positionals: [], flags }));
      expect(run.stderr).toBe("");
      expect(readdirSync(join(python, "dist"))).toEqual(distributions);
      const artifacts = distributions.map((f) => relative(process.cwd(), join(python, "dist", f)));
      expect(run.stdout).toBe(
        [
          c.twine
            ? "twine check --strict: 2 distributions PASSED"
            : "twine is not installed: checked the core metadata instead",
          ...(c.tag ? [`created the git tag packages/schemas-go/v${version}`] : []),
          "",
          `scenario-api-schemas ${version} and the Go module packages/schemas-go/v${version} are ready. To publish them:`,
          `  python3 -m twine upload ${artifacts.join(" ")}`,
          ...(c.tag ? [] : [`  git tag packages/schemas-go/v${version}`]),
          `  git push origin packages/schemas-go/v${version}`,
        ].join("\n"),
      );
      expect(tags()).toBe(c.tag ? `packages/schemas-go/v${version}\n` : "");
    });

    test("a Go module at another version stops the release, saying how to fix it", async () => {
      const { python, go } = packages("0.0.0-other");
      const flags = { python, go, python3: "/usr/bin/python3", tag: false };
      await expect(captured(() => command.spec.run({ positionals: [], flags }))).rejects.toThrow(
        `schemas-python is ${version} but schemas-go is 0.0.0-other: they are one changesets fixed group (run npm run version)`,
      );
    });

    test.each([
      ["twine", "/usr/bin/python3"],
      ["the core metadata, without twine", "twine-less"],
    ])("a distribution without a long description stops the release (%s)", async (_, interpreter) => {
      const { python, go } = packages(version);
      writeFileSync(join(python, "README.md"), "");
      repository();
      const python3 = interpreter === "twine-less" ? pythonWithoutTwine() : interpreter;
      const sdist = relative(process.cwd(), join(python, "dist", distributions[1] ?? ""));
      await expect(
        captured(() => command.spec.run({ positionals: [], flags: { python, go, python3, tag: false } })),
      ).rejects.toThrow(
        interpreter === "twine-less"
          ? `${sdist}: the long description is not declared text/markdown; no long description (README.md)`
          : /^twine check failed:\n[\s\S]*long_description/,
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
