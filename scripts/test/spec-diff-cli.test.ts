/** The spec-diff CLI, spawned as a user runs it: two files, a git repository, bad input. */
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { SPEC_PACKAGES } from "../src/spec-diff/changeset.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures/spec-diff");
const repoRoot = join(fixtures, "../../../..");
const bin = join(repoRoot, "scripts/spec-diff");
const run = (cwd: string, ...args: string[]) => spawnSync(bin, args, { cwd, encoding: "utf8" });

describe("two spec files", () => {
  test("multi-file specs, 3.1 against 3.0, as JSON: only the real change, exit 1", () => {
    const r = run(fixtures, "multi-base/openapi.yaml", "multi-revision/openapi.yaml", "--format", "json");
    // size: 3.0's `maximum: 11, exclusiveMaximum: true` on an integer is the base's `maximum: 10`;
    // note: 3.0's `nullable: true` is the base's `type: [string, "null"]`.
    expect(JSON.parse(r.stdout)).toEqual({
      changes: [
        {
          rule: "response-property-became-nullable",
          level: "breaking",
          at: "/components/schemas/Thing/properties/size",
          message: "GET /things/{id} response 200 application/json.size: now allows null",
        },
      ],
    });
    expect(r.status).toBe(1);
  });

  test("the reverse is compatible: exit 0, markdown for a pull request", () => {
    const r = run(fixtures, "multi-revision/openapi.yaml", "multi-base/openapi.yaml", "--format", "markdown");
    expect(r.stdout).toContain(
      "| info | GET /things/{id} response 200 application/json.size: no longer allows null | `response-property-became-not-nullable` |",
    );
    expect(r.status, r.stderr).toBe(0);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ["a missing file", ["multi-base/openapi.yaml", "nope.yaml"], /nope\.yaml: no such file/],
    [
      "not OpenAPI",
      ["multi-base/openapi.yaml", "../../../package.json"],
      /package\.json: not an OpenAPI 3\.0 or 3\.1 document \(no openapi field\)/,
    ],
    [
      "Swagger 2.0",
      ["swagger.yaml", "multi-base/openapi.yaml"],
      /swagger\.yaml: not an OpenAPI 3\.0 or 3\.1 document \(Swagger 2\.0\)/,
    ],
    ["broken YAML", ["not-yaml.yaml", "multi-base/openapi.yaml"], /not-yaml\.yaml: not JSON or YAML/],
    [
      "a $ref to a missing file",
      ["multi-base/openapi.yaml", "dangling-ref.yaml"],
      /dangling-ref\.yaml:11:\d+ .*Missing\.yaml/,
    ],
    ["one file", ["multi-base/openapi.yaml"], /expected no spec file or two/],
    [
      "an unknown format",
      ["multi-base/openapi.yaml", "multi-base/openapi.yaml", "--format", "xml"],
      /--format xml: expected one of text, json, markdown/,
    ],
  ];
  test.each(bad)("%s exits 2 with a clear error", (_, args, message) => {
    const r = run(fixtures, ...args);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/unexpected error/);
    expect(r.status).toBe(2);
  });
});

describe("openapi/ in a git repository", () => {
  const sh = (cwd: string, ...args: string[]) => execFileSync(args[0]!, args.slice(1), { cwd, encoding: "utf8" });
  const commit = (dir: string, message: string) =>
    sh(dir, "git", "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qam", message);

  /** The spec, redocly.yaml and the workspace manifests (for the changeset's package list), committed. */
  function repoWithSpec(): string {
    const dir = mkdtempSync(join(tmpdir(), "spec-diff-repo-"));
    cpSync(join(repoRoot, "openapi"), join(dir, "openapi"), {
      recursive: true,
      filter: (s) => !/node_modules|dist/.test(s),
    });
    for (const file of [
      "redocly.yaml",
      "package.json",
      "scripts/package.json",
      ...readdirSync(join(repoRoot, "packages")).map((p) => `packages/${p}/package.json`),
    ]) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      cpSync(join(repoRoot, file), join(dir, file));
    }
    mkdirSync(join(dir, ".changeset"));
    sh(dir, "git", "init", "-q", "-b", "main");
    sh(dir, "git", "add", "-A");
    commit(dir, "spec");
    return dir;
  }
  const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
    const path = join(dir, "openapi", file);
    const text = readFileSync(path, "utf8");
    const next = text.replace(from, to);
    expect(next, `${file} has ${String(from)}`).not.toBe(text);
    writeFileSync(path, next);
  };
  const cuDiscountOptional = (dir: string) =>
    edit(dir, "components/schemas/JobBilling.yaml", /required:\n- cuCost\n- cuDiscount\n/, "required:\n- cuCost\n");

  test("a breaking edit without a major changeset exits 1, naming the rule and the source line", () => {
    const dir = repoWithSpec();
    cuDiscountOptional(dir);
    const r = run(dir);
    const line =
      readFileSync(join(dir, "openapi/components/schemas/JobBilling.yaml"), "utf8")
        .split("\n")
        .findIndex((l) => l.startsWith("  cuDiscount:")) + 1;
    expect(r.stdout).toMatch(
      /BREAKING {2}PUT \/workflows\/\{workflowId\}\/run response 200 application\/json\.job\.billing\.cuDiscount: became optional/,
    );
    expect(r.stdout).toContain(
      `response-property-became-optional  /components/schemas/JobBilling/properties/cuDiscount  openapi/components/schemas/JobBilling.yaml:${line}`,
    );
    expect(r.stderr).toMatch(/no pending major changeset for @scenario-api\/openapi/);
    expect(r.status).toBe(1);
  });

  test("--changeset writes the bumps and the changes, and then the check passes", () => {
    const dir = repoWithSpec();
    cuDiscountOptional(dir);
    const r = run(dir, "--changeset");
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(join(dir, ".changeset"));
    expect(files).toHaveLength(1);
    const text = readFileSync(join(dir, ".changeset", files[0]!), "utf8");
    expect(text).toBe(
      [
        "---",
        '"@scenario-api/client": major',
        '"@scenario-api/docs": minor',
        '"@scenario-api/mock-server": minor',
        '"@scenario-api/openapi": major',
        '"@scenario-api/schemas": major',
        '"@scenario-api/types": major',
        "---",
        "",
        "Breaking change to the API (describe what users must change).",
        "",
        "- **Breaking:** PUT /workflows/{workflowId}/run response 200 application/json.job.billing.cuDiscount: became optional",
        "",
      ].join("\n"),
    );
    expect(run(dir).status).toBe(0);
  });

  test("an added enum value in a response is breaking; a description edit is a patch", () => {
    const dir = repoWithSpec();
    edit(dir, "components/schemas/JobStatus.yaml", /^- queued\n/m, "- queued\n- paused\n");
    const r = run(dir, "--format", "json");
    const changes = (JSON.parse(r.stdout) as { changes: Array<{ rule: string; source?: string }> }).changes;
    expect(changes.map((c) => [c.rule, c.source])).toContainEqual([
      "response-property-enum-value-added",
      "openapi/components/schemas/JobStatus.yaml:1",
    ]);
    expect(r.status).toBe(1);

    const docs = repoWithSpec();
    edit(docs, "components/schemas/JobBilling.yaml", /description: (.)/, "description: Edited. $1");
    expect(run(docs, "--changeset").status).toBe(0);
    const [file] = readdirSync(join(docs, ".changeset"));
    expect(readFileSync(join(docs, ".changeset", file!), "utf8")).toMatch(
      new RegExp(
        `^---\\n${["client", "docs", "mock-server", "openapi", "schemas", "types"].map((p) => `"@scenario-api/${p}": patch`).join("\\n")}\\n---\\n\\nDocumentation of the API updated\\.`,
      ),
    );
  });

  test("with nothing pending, the default base is the parent of the last spec commit", () => {
    const dir = repoWithSpec();
    cuDiscountOptional(dir);
    commit(dir, "cuDiscount optional");
    const r = run(dir);
    expect(r.stdout).toMatch(/\.job\.billing\.cuDiscount: became optional/);
    expect(r.status).toBe(1);
    writeFileSync(
      join(dir, ".changeset/major.md"),
      `---\n${SPEC_PACKAGES.map((p) => `"${p}": major`).join("\n")}\n---\n\nx\n`,
    );
    expect(run(dir).status).toBe(0);
    const same = run(dir, "--base", "HEAD");
    expect(same.stdout).toMatch(/no changes to the API/);
    expect(same.status).toBe(0);
  });

  test("an unknown --base is bad input", () => {
    const r = run(repoWithSpec(), "--base", "no-such-ref");
    expect(r.stderr).toMatch(/no-such-ref: no such git revision/);
    expect(r.status).toBe(2);
  });
});
