import { execFileSync } from "node:child_process";
import { appendFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { copyRepo } from "./repo-copy.ts";
import { publishedPackages, repoRoot } from "./workspace.ts";

// turbo's inputs/outputs must be exact: nothing rebuilds when nothing changed, and an edit
// rebuilds the packages it can affect and no other. Checked with dry runs (`--dry=json`)
// against the cache that `npm run build` filled, in a copy of the tree that can be edited.
const turbo = join(repoRoot, "node_modules/.bin/turbo");
// turbo keeps its local cache beside the main working tree's .git, which a `git worktree` shares.
const gitCommonDir = execFileSync("git", ["rev-parse", "--path-format=absolute", "--git-common-dir"], {
  cwd: repoRoot,
  encoding: "utf8",
}).trim();
const cacheDir = join(dirname(gitCommonDir), ".turbo/cache");
let copy = "";

interface DryTask {
  taskId: string;
  command: string;
  cache: { status: "HIT" | "MISS" };
}

function dryBuild(cwd: string): Map<string, string> {
  const out = execFileSync(turbo, ["run", "build", "--dry=json", `--cache-dir=${cacheDir}`], {
    cwd,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const tasks = (JSON.parse(out) as { tasks: DryTask[] }).tasks;
  // A package without a build script (this one) is listed but never runs.
  return new Map(tasks.filter((t) => t.command !== "<NONEXISTENT>").map((t) => [t.taskId, t.cache.status]));
}

const misses = (tasks: Map<string, string>) =>
  [...tasks]
    .filter(([, s]) => s !== "HIT")
    .map(([id]) => id)
    .sort();

beforeAll(() => {
  copy = copyRepo();
});
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe("turbo's cache", () => {
  test("a second build with nothing changed is fully cached", () => {
    const tasks = dryBuild(repoRoot);
    // Every published package has a build, and so do the schemas' Python and Go packages (private
    // on npm, released as a wheel and a Go module); nothing else does.
    const others = ["@scenario-api/schemas-go#build", "@scenario-api/schemas-python#build"];
    expect([...tasks.keys()].sort()).toEqual([...publishedPackages().map((p) => `${p.name}#build`), ...others].sort());
    expect(misses(tasks)).toEqual([]);
  });

  test("a fresh copy of the same files hits the same cache entries (hashes depend on content only)", () => {
    expect(misses(dryBuild(copy))).toEqual([]);
  });

  const edits: Array<[string, string, string[]]> = [
    ["a docs code sample", "packages/docs/samples/curl.sh", ["@scenario-api/docs#build"]],
    ["a client source file", "packages/client/src/errors.ts", ["@scenario-api/client#build"]],
    [
      "a generator",
      "scripts/src/inline-redoc.ts",
      [
        "@scenario-api/client#build",
        "@scenario-api/docs#build",
        "@scenario-api/mock-server#build",
        "@scenario-api/openapi#build",
        "@scenario-api/schemas#build",
        "@scenario-api/schemas-go#build",
        "@scenario-api/schemas-python#build",
        "@scenario-api/types#build",
      ],
    ],
    ["a test of the schemas package", "packages/schemas/test/vectors.test.ts", []],
  ];
  test.each(edits)("touching %s rebuilds exactly what depends on it", (_, file, rebuilt) => {
    appendFileSync(join(copy, file), "\n");
    try {
      expect(misses(dryBuild(copy))).toEqual(rebuilt.sort());
    } finally {
      execFileSync("git", ["checkout", "--", file], { cwd: copy });
    }
  });
});
