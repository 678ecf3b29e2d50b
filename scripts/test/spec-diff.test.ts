import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { bundleUnlinted } from "../src/bundle-spec.ts";
import { diffSpecs, missingMajors, pendingMajors, SPEC_PACKAGES } from "../src/spec-diff.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures/spec-diff");
const load = (name: string) => parse(readFileSync(join(fixtures, `${name}.yaml`), "utf8")) as Record<string, unknown>;
const base = load("base");

// [fixture, breaking?, a change that must be reported]
const cases: Array<[string, boolean, RegExp]> = [
  ["removed-path", true, /PUT \/things\/\{id\}\/run: operation removed/],
  ["removed-operation", true, /PUT \/things\/\{id\}\/run: operation removed/],
  ["removed-parameter", true, /parameter query dryRun: parameter removed/],
  ["new-required-parameter", true, /parameter query projectId: new required parameter/],
  ["removed-response-property", true, /response 200 \.job\.progress: property removed/],
  ["removed-request-property", true, /request body \.prompt: property removed/],
  ["new-required-request-field", true, /request body \.tag: new required request field/],
  ["request-field-became-required", true, /request body \.prompt: request field became required/],
  ["removed-enum-value", true, /request body \.mode: enum value\(s\) removed: "slow"/],
  ["narrowed-type", true, /\.job\.progress: type narrowed: number\|null → number/],
  ["narrowed-number-to-integer", true, /\.count: type narrowed: number → integer/],
  ["tightened-minimum", true, /\.count: minimum tightened: 1 → 2/],
  ["added-response-enum-value", true, /response 200 \.job\.status: enum value\(s\) added to a response.*"canceled"/],
  ["response-field-became-optional", true, /\.job\.status: response field became optional/],
  ["nested-array-item-property-removed", true, /\.job\.steps\[\]\.name: property removed/],
  ["loosened-response-maximum", true, /response 200 \.job\.progress: maximum loosened: 1 → none/],
  ["removed-request-oneof-branch", true, /request body \.seed: oneOf lost 1 branch/],
  ["added-response-oneof-branch", true, /response 200 \.job\.output: oneOf gained 1 branch/],
  ["closed-request-object", true, /request body: no longer accepts properties it does not list/],
  ["loosened-request-minimum", false, /request body \.count: minimum loosened: 1 → 0/],
  ["added-request-enum-value", false, /request body \.mode: enum value\(s\) added: "turbo"/],
  ["added-optional-fields", false, /request body \.tag: new optional field/],
  ["new-operation", false, /GET \/things: new operation/],
];

describe("diffSpecs classifies each rule", () => {
  test.each(cases)("%s → breaking: %s", (fixture, breaking, want) => {
    const changes = diffSpecs(base, load(fixture));
    const lines = changes.map((c) => `${c.at}: ${c.message}`);
    const hit = changes.find((c) => want.test(`${c.at}: ${c.message}`));
    expect(hit, lines.join("\n")).toBeDefined();
    expect(hit!.breaking).toBe(breaking);
    expect(changes.some((c) => c.breaking)).toBe(breaking);
  });

  test("an unchanged spec has no changes", () => {
    expect(diffSpecs(base, load("base"))).toEqual([]);
  });

  test("the real spec compared with itself has no changes", async () => {
    const root = join(fixtures, "../../../..");
    const real = await bundleUnlinted(join(root, "openapi/openapi.yaml"), join(root, "redocly.yaml"), root);
    expect(diffSpecs(real, structuredClone(real))).toEqual([]);
  });
});

describe("pending major changesets", () => {
  const cases: Array<[string, string[], string[]]> = [
    ["all spec packages major", [`---\n${SPEC_PACKAGES.map((p) => `"${p}": major`).join("\n")}\n---\n\nBreaking.`], []],
    ["only a minor", [`---\n"@scenario-api/types": minor\n---\n\nx`], SPEC_PACKAGES],
    ["majors spread over two files", [`---\n"@scenario-api/openapi": major\n"@scenario-api/types": major\n---\n`, `---\n'@scenario-api/schemas': major\n"@scenario-api/client": major\n---\n`], []],
    ["one missing", [`---\n"@scenario-api/openapi": major\n"@scenario-api/types": major\n"@scenario-api/schemas": major\n---\n`], ["@scenario-api/client"]],
  ];
  test.each(cases)("%s", (_, files, missing) => {
    expect(missingMajors([{ breaking: true, at: "x", message: "y" }], pendingMajors(files))).toEqual(missing);
  });
  test("no breaking change needs no changeset", () => {
    expect(missingMajors([{ breaking: false, at: "x", message: "y" }], new Set())).toEqual([]);
  });
});

describe("the CLI on a git repository", () => {
  const repoRoot = join(fixtures, "../../../..");
  const bin = join(repoRoot, "node_modules/.bin/scenario-gen");
  const sh = (cwd: string, ...args: string[]) => execFileSync(args[0]!, args.slice(1), { cwd, encoding: "utf8" });

  function repoWithSpec(): string {
    const dir = mkdtempSync(join(tmpdir(), "spec-diff-repo-"));
    cpSync(join(repoRoot, "openapi"), join(dir, "openapi"), { recursive: true, filter: (s) => !/node_modules|dist/.test(s) });
    cpSync(join(repoRoot, "redocly.yaml"), join(dir, "redocly.yaml"));
    mkdirSync(join(dir, ".changeset"));
    sh(dir, "git", "init", "-q", "-b", "main");
    sh(dir, "git", "-c", "user.email=t@t", "-c", "user.name=t", "add", "-A");
    sh(dir, "git", "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "spec");
    return dir;
  }
  const removeEnumValue = (dir: string) => {
    const file = join(dir, "openapi/components/schemas/JobStatus.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^- warming-up\n/m, ""));
  };

  test("a removed enum value without a major changeset exits 1 and names it", () => {
    const dir = repoWithSpec();
    removeEnumValue(dir);
    const run = spawnSync(bin, ["spec-diff"], { cwd: dir, encoding: "utf8" });
    expect(run.stdout).toMatch(/BREAKING .*\.job\.status: enum value\(s\) removed: "warming-up"/);
    expect(run.stderr).toMatch(/no pending major changeset for @scenario-api\/openapi/);
    expect(run.status).toBe(1);
  });

  test("the same change with a pending major changeset passes", () => {
    const dir = repoWithSpec();
    removeEnumValue(dir);
    writeFileSync(join(dir, ".changeset/drop-warming-up.md"), `---\n${SPEC_PACKAGES.map((p) => `"${p}": major`).join("\n")}\n---\n\nJobStatus loses warming-up.\n`);
    const run = spawnSync(bin, ["spec-diff"], { cwd: dir, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
  });

  test("with nothing pending, the default base is the parent of the last spec commit", () => {
    const dir = repoWithSpec();
    const file = join(dir, "openapi/components/schemas/JobBilling.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("required:\n- cuCost\n- cuDiscount\n", "required:\n- cuCost\n"));
    sh(dir, "git", "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qam", "cuDiscount optional");
    const run = spawnSync(bin, ["spec-diff"], { cwd: dir, encoding: "utf8" });
    expect(run.stdout).toMatch(/\.job\.billing\.cuDiscount: response field became optional/);
    expect(run.status).toBe(1);
    const same = spawnSync(bin, ["spec-diff", "--base", "HEAD"], { cwd: dir, encoding: "utf8" });
    expect(same.stdout).toMatch(/no changes to the API/);
    expect(same.status).toBe(0);
  });
});
