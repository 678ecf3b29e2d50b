/** check-package run in-process on small packages: what it packs, and every problem it names. */
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { assessPack, attwProblems, command, type PackReport } from "../src/check-package.ts";
import { captured, runCommand } from "./run-command.ts";

function packageDir(manifest: Record<string, unknown>, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "check-package-mutants-"));
  const all = {
    "package.json": JSON.stringify({ version: "0.1.0", license: "MIT", type: "module", ...manifest }),
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
const basics = { "README.md": "# x\n", LICENSE: "MIT\n" };

describe("check-package (in-process)", () => {
  test("a data package that is in order passes (0), with its figures and its budget, attw skipped", async () => {
    const dir = packageDir(
      {
        name: "@scenario-api/openapi",
        files: ["dist"],
        exports: { "./openapi.json": "./dist/openapi.json", "./package.json": "./package.json" },
        repository: { type: "git", url: "git+https://github.com/example/scenario-api.git" },
      },
      { ...basics, "dist/openapi.json": "{}\n" },
    );
    const run = await captured(() => command.spec.run({ positionals: [dir], flags: {} }));
    expect(run.stderr).toBe("");
    expect(run.value).toBe(0);
    expect(run.stdout).toMatch(
      /^check-package: @scenario-api\/openapi: 4 files, \d+ B packed, \d+ B unpacked \(budget 250000 B\); attw skipped: no JavaScript entry points$/,
    );
  });

  test("a code package names each problem of its pack, publint's and attw's, and fails (1)", async () => {
    const dir = packageDir(
      {
        name: "@scenario-api/example",
        files: ["dist"],
        bin: "./dist/missing.js",
        exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } },
      },
      {
        ...basics,
        "dist/index.js": 'export { b } from "./chunk.js";\n',
        "dist/index.d.ts": "export declare const b: number;\n",
        "dist/chunk.js": "export const b = 1;\n",
        "dist/extra.js": "export const c = 1;\n",
        "dist/test/a.js": "import '../index.js';\n",
      },
    );
    const run = await captured(() => command.spec.run({ positionals: [dir], flags: {} }));
    expect(run.value).toBe(1);
    expect(run.stdout).toMatch(
      /^check-package: @scenario-api\/example: 8 files, \d+ B packed, \d+ B unpacked \(budget 500000 B\)$/,
    );
    const problems = run.stderr.split("\n");
    expect(problems.slice(0, 5)).toEqual([
      "  @scenario-api/example: dist/test/a.js: a test directory must not be published",
      '  @scenario-api/example: dist/extra.js: shipped but reachable from neither "main", "module", "bin", "exports" nor another shipped file',
      '  @scenario-api/example: dist/test/a.js: shipped but reachable from neither "main", "module", "bin", "exports" nor another shipped file',
      "  @scenario-api/example: publint error: pkg.bin is ./dist/missing.js but the file does not exist.",
      "  @scenario-api/example: attw NoResolution at . (node10)",
    ]);
    expect(problems.every((line) => line.startsWith("  @scenario-api/example: "))).toBe(true);
  });

  test("publint's suggestions are named, and its warnings count as errors (strict)", async () => {
    const dir = packageDir(
      {
        name: "@scenario-api/openapi",
        files: ["dist"],
        type: undefined,
        repository: "https://github.com/example/scenario-api",
        exports: { "./openapi.json": "./dist/openapi.json" },
      },
      { ...basics, "dist/openapi.json": "{}\n" },
    );
    const run = await captured(() => command.spec.run({ positionals: [dir], flags: {} }));
    expect(run.value).toBe(1);
    expect(run.stderr.split("\n")).toEqual([
      '  @scenario-api/openapi: publint suggestion: The package does not specify the "type" field. Node.js may attempt to detect the package type causing a small performance hit. Consider adding "type": "commonjs".',
      "  @scenario-api/openapi: publint error: pkg.repository is https://github.com/example/scenario-api which isn't a valid shorthand value supported by npm. Consider using an object that references a repository.",
    ]);
  });

  test("a code package in order passes (0) with attw run, and leaves no temporary folder", async () => {
    const dir = packageDir(
      {
        name: "@scenario-api/types",
        files: ["dist"],
        engines: { node: ">=20" },
        main: "./dist/index.cjs",
        types: "./dist/index.d.cts",
        exports: {
          ".": {
            import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
            require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
          },
        },
      },
      {
        ...basics,
        "dist/index.js": "export const a = 1;\n",
        "dist/index.d.ts": "export declare const a: number;\n",
        "dist/index.cjs": "exports.a = 1;\n",
        "dist/index.d.cts": "export declare const a: number;\n",
      },
    );
    // os.tmpdir() reads TMPDIR: the pack's folder goes here, where nothing else writes.
    const temporary = mkdtempSync(join(tmpdir(), "check-package-tmpdir-"));
    vi.stubEnv("TMPDIR", temporary);
    const run = await captured(() => command.spec.run({ positionals: [dir], flags: {} }));
    expect(run.stderr).toBe("");
    expect(run.value).toBe(0);
    expect(run.stdout).toMatch(
      /^check-package: @scenario-api\/types: 7 files, \d+ B packed, \d+ B unpacked \(budget 150000 B\)$/,
    );
    expect(readdirSync(temporary)).toEqual([]);
  });

  test("an attw problem without an entry point or resolution is named by its kind alone", async () => {
    const dir = packageDir(
      {
        name: "@scenario-api/example",
        files: ["dist"],
        engines: { node: ">=20" },
        exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.cjs" } },
      },
      {
        ...basics,
        "dist/index.cjs": "exports.a = 1;\n",
        "dist/index.d.ts": "export declare const a: number;\n",
      },
    );
    const run = await captured(() => command.spec.run({ positionals: [dir], flags: {} }));
    expect(run.value).toBe(1);
    expect(run.stderr.split("\n")).toEqual([
      "  @scenario-api/example: attw NoResolution at . (node10)",
      "  @scenario-api/example: attw FalseESM",
    ]);
  });

  test("a folder that is not a package fails with its error, exit 1", async () => {
    const run = await runCommand(command, [mkdtempSync(join(tmpdir(), "check-package-empty-"))]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^check-package: ENOENT: .*package\.json/);
  });
});

afterEach(() => vi.unstubAllEnvs());

test("attw's failure is cut at 2000 characters", () => {
  const problems = attwProblems(join(tmpdir(), `${"x".repeat(2500)}.tgz`));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/^attw failed: /);
  expect(problems[0]).toHaveLength(2000);
});

test("attw that cannot run is a problem that says why, not a pass", () => {
  const problems = attwProblems(join(tmpdir(), "no-such-package.tgz"));
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatch(/^attw failed: .*ENOENT: no such file or directory, open '.*no-such-package\.tgz'/s);
});

describe("assessPack", () => {
  const pack = (name: string, paths: string[], unpackedSize = 1000): PackReport => ({
    name,
    filename: "x.tgz",
    size: 100,
    unpackedSize,
    files: paths.map((path) => ({ path, size: 10 })),
  });
  const base = ["package.json", "README.md", "LICENSE"];
  const cases: Array<[string, PackReport, string[], string[]]> = [
    [
      "what must never ship, wherever it is",
      pack("@scenario-api/x", [
        ...base,
        "dist/__tests__/a.js",
        "tests/b.js",
        "dist/a.test-d.ts",
        "dist/a.test.mjs",
        "node_modules/x/index.js",
        "dist/tsconfig.tsbuildinfo",
        "tsup.config.ts",
        "dist/vitest.config.js.json",
        ".env.local",
        "dist/.npmrc",
        ".turbo/turbo-build.log",
      ]),
      ["dist", "tests", "node_modules", "tsup.config.ts", ".env.local"],
      [
        "dist/__tests__/a.js: a test directory must not be published",
        "tests/b.js: a test directory must not be published",
        "dist/a.test-d.ts: a test file must not be published",
        "dist/a.test.mjs: a test file must not be published",
        "node_modules/x/index.js: node_modules must not be published",
        "dist/tsconfig.tsbuildinfo: a TypeScript build cache must not be published",
        "tsup.config.ts: a build or test config must not be published",
        "dist/vitest.config.js.json: a build or test config must not be published",
        ".env.local: a local settings file must not be published",
        "dist/.npmrc: a local settings file must not be published",
        ".turbo/turbo-build.log: turbo's cache must not be published",
      ],
    ],
    [
      "names that only look like them ship",
      pack("@scenario-api/x", [
        ...base,
        "dist/contest/a.js",
        "dist/latest.js",
        "dist/my-node_modules.js",
        "dist/env.js",
        "dist/a.test.json",
        "dist/cache.tsbuildinfo.json",
        "dist/turbo.tsx",
      ]),
      ["dist"],
      [],
    ],
    [
      "README, LICENSE and CHANGELOG ship whatever the whitelist, in any case",
      pack("@scenario-api/x", [...base, "CHANGELOG.md", "license.md", "Readme"]),
      [],
      [],
    ],
    [
      "a whitelisted file, a ./ entry, and a folder's prefix that is not the folder",
      pack("@scenario-api/x", [...base, "index.js", "lib/a.js", "library/b.js"]),
      ["index.js", "./lib/"],
      ['library/b.js: not in the package\'s "files" whitelist'],
    ],
    [
      "README, LICENSE and CHANGELOG only by their own names, at the top",
      pack("@scenario-api/x", [...base, "docs/README.md", "package.json.orig"]),
      [],
      [
        'docs/README.md: not in the package\'s "files" whitelist',
        'package.json.orig: not in the package\'s "files" whitelist',
      ],
    ],
    [
      "a folder entry below another folder",
      pack("@scenario-api/x", [...base, "dist/esm/a.js", "dist/cjs/a.cjs"]),
      ["dist/esm/"],
      ['dist/cjs/a.cjs: not in the package\'s "files" whitelist'],
    ],
    [
      "every basic that is missing",
      pack("@scenario-api/x", ["dist/index.js"]),
      ["dist"],
      [
        "package.json is missing from the pack",
        "README.md is missing from the pack",
        "LICENSE is missing from the pack",
      ],
    ],
    ["exactly at a package's own budget", pack("@scenario-api/client", base, 140_000), [], []],
    [
      "one byte over a package's own budget",
      pack("@scenario-api/client", base, 140_001),
      [],
      ["unpacked size 140001 B is over the budget of 140000 B"],
    ],
  ];
  test.each(cases)("%s", (_, report, whitelist, want) => expect(assessPack(report, whitelist)).toEqual(want));
});
