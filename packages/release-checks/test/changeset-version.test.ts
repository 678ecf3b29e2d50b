import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { copyRepo } from "./repo-copy.ts";
import { publishedPackages, repoRoot } from "./workspace.ts";

// `npm run version` (changeset version) on a copy of the tree: every package the pending
// changesets name moves on its own, its CHANGELOG.md is written, and the ranges other
// packages hold on it follow.
let copy = "";
const schemasGroup = ["@scenario-api/schemas", "@scenario-api/schemas-python", "@scenario-api/schemas-go"];
const read = (dir: string, file: string) =>
  JSON.parse(readFileSync(join(copy, dir, file), "utf8")) as Record<string, any>;
const rel = (dir: string) => dir.slice(repoRoot.length + 1);

beforeAll(() => {
  copy = copyRepo();
  execFileSync(join(repoRoot, "node_modules/.bin/changeset"), ["version"], { cwd: copy, stdio: "pipe" });
});
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe("changeset version", () => {
  const before = publishedPackages();

  test("the config versions packages independently, publicly, from main, except the schemas in three languages", () => {
    const config = JSON.parse(readFileSync(join(repoRoot, ".changeset/config.json"), "utf8"));
    expect(config).toMatchObject({
      fixed: [schemasGroup],
      linked: [],
      access: "public",
      baseBranch: "main",
      updateInternalDependencies: "patch",
    });
    // Versioning private packages is what moves the Python and Go packages; they are never published to npm.
    expect(config.privatePackages).toEqual({ version: true, tag: false });
  });

  test("the npm, Python and Go schema packages move to one version, and the wheel reads it", () => {
    const schemas = read("packages/schemas", "package.json").version as string;
    expect(schemas).not.toBe(before.find((p) => p.name === "@scenario-api/schemas")!.version);
    for (const dir of ["packages/schemas-python", "packages/schemas-go"]) {
      const after = read(dir, "package.json");
      expect(`${after.name}@${after.version}`).toBe(`${after.name}@${schemas}`);
      expect(after.private).toBe(true);
      expect(readFileSync(join(copy, dir, "CHANGELOG.md"), "utf8")).toContain(`## ${schemas}`);
    }
    // One source of truth: pyproject.toml takes the version from package.json.
    expect(readFileSync(join(copy, "packages/schemas-python/pyproject.toml"), "utf8")).toMatch(
      /\[tool\.hatch\.version\]\npath = "package\.json"/,
    );
  });

  test("consumes the pending changesets", () => {
    expect(readdirSync(join(copy, ".changeset")).filter((f) => f.endsWith(".md") && f !== "README.md")).toEqual([]);
  });

  test.each(before.map((p) => [p.name, p] as const))("%s gets a new version and a CHANGELOG.md", (name, pkg) => {
    const after = read(rel(pkg.dir), "package.json");
    expect(after.version).not.toBe(pkg.version);
    const changelog = join(copy, rel(pkg.dir), "CHANGELOG.md");
    expect(existsSync(changelog)).toBe(true);
    expect(readFileSync(changelog, "utf8")).toContain(`# ${name}\n\n## ${after.version}`);
  });

  test("internal dependency ranges follow the new versions", () => {
    const versions = new Map(before.map((p) => [p.name, read(rel(p.dir), "package.json").version as string]));
    for (const pkg of before) {
      const after = read(rel(pkg.dir), "package.json");
      for (const field of ["dependencies", "devDependencies"] as const) {
        for (const [dep, range] of Object.entries<string>(after[field] ?? {})) {
          if (versions.has(dep))
            expect(`${pkg.name} ${field} ${dep}@${range}`).toBe(`${pkg.name} ${field} ${dep}@${versions.get(dep)}`);
        }
      }
    }
  });

  test("private packages outside the schemas group are not versioned", () => {
    for (const dir of ["scripts", "packages/release-checks"]) {
      expect(`${dir} ${read(dir, "package.json").version}`).toBe(`${dir} 0.0.0`);
      expect(existsSync(join(copy, dir, "CHANGELOG.md"))).toBe(false);
    }
  });
});
