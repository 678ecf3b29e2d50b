/**
 * The spec-diff command run in-process (`command.main(args)`), as spec-diff-cli.test.ts runs it
 * spawned: what a user sees (exit code, stdout in each format, stderr, the changeset written) for
 * two files and for openapi/ in a git repository. In-process, so the mutation run can see it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, test, vi } from "vitest";
import { command } from "../src/spec-diff.ts";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures/spec-diff");

afterEach(() => vi.restoreAllMocks());

/** Runs spec-diff with `args`; what it wrote to stdout and stderr, and its exit code. */
async function specDiff(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(console, "error").mockImplementation((...line: unknown[]) => void err.push(line.join(" ")));
  const code = await command.main(args);
  vi.restoreAllMocks();
  return { code, stdout: out.join(""), stderr: err.join("\n") };
}

const BASE = "multi-base/openapi.yaml";
const REVISION = "multi-revision/openapi.yaml";
const NULLABLE = "GET /things/{id} response 200 application/json.size: now allows null";
const AT = "/components/schemas/Thing/properties/size";

/** Two files in a fresh directory (each named path: its text): spec-diff's output for BASE REVISION. */
async function compareFiles(files: Record<string, string>, base: string, revision: string) {
  const dir = mkdtempSync(join(tmpdir(), "spec-diff-files-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return specDiff(base, revision, "--repo", dir, "--format", "json");
}

/** A spec whose one response schema is an object; its properties follow (indented six spaces). */
const TWO_FILES_SPEC = `openapi: 3.1.0
info: { title: t, version: "1" }
paths:
  /things:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Thing" }
components:
  schemas:
    Thing:
      type: object
      properties:
`;

describe("two spec files", () => {
  const outputs: Array<[string, string[], number, string, string]> = [
    [
      "text (the default): title, counts, one line a change",
      [BASE, REVISION],
      1,
      [
        `spec-diff: ${BASE} → ${REVISION}: 1 breaking, 0 warning(s), 0 compatible`,
        `BREAKING  ${NULLABLE}`,
        `          response-property-became-nullable  ${AT}`,
        "",
      ].join("\n"),
      "spec-diff: 1 breaking change(s)",
    ],
    [
      "json",
      [BASE, REVISION, "--format", "json"],
      1,
      `${JSON.stringify({ changes: [{ rule: "response-property-became-nullable", level: "breaking", at: AT, message: NULLABLE }] }, null, 2)}\n`,
      "spec-diff: 1 breaking change(s)",
    ],
    [
      "markdown, the compatible reverse: exit 0, nothing on stderr",
      [REVISION, BASE, "--format", "markdown"],
      0,
      [
        `### spec-diff: ${REVISION} → ${BASE}`,
        "",
        "0 breaking, 0 warning(s), 1 compatible",
        "",
        "| level | change | rule | where |",
        "|---|---|---|---|",
        `| info | GET /things/{id} response 200 application/json.size: no longer allows null | \`response-property-became-not-nullable\` | \`${AT}\` |`,
        "",
      ].join("\n"),
      "",
    ],
    ["a file compared with itself", [BASE, BASE], 0, `spec-diff: ${BASE} → ${BASE}\nno changes to the API\n`, ""],
  ];
  test.each(outputs)("%s", async (_, args, code, stdout, stderr) => {
    const r = await specDiff(...args, "--repo", fixtures);
    expect(r).toEqual({ code, stdout, stderr });
  });

  const bad: Array<[string, string[], string]> = [
    ["one file", [BASE], "spec-diff: expected no spec file or two (BASE REVISION), got one"],
    [
      "--base with two files",
      [BASE, REVISION, "--base", "HEAD"],
      "spec-diff: --base compares with the working tree; with two files, leave it out",
    ],
    [
      "an unknown format",
      [BASE, REVISION, "--format", "xml"],
      "spec-diff: --format xml: expected one of text, json, markdown",
    ],
    ["a missing file", [BASE, "nope.yaml"], "spec-diff: nope.yaml: no such file"],
  ];
  test.each(bad)("%s: exit 2, the error named, nothing on stdout", async (_, args, message) => {
    const r = await specDiff(...args, "--repo", fixtures);
    expect(r.stderr.split("\n")[0]).toBe(message);
    expect(r.stdout).toBe("");
    expect(r.code).toBe(2);
  });

  const USAGE =
    "usage: scripts/spec-diff [--base REF] | scripts/spec-diff BASE REVISION  [--format text|json|markdown] [--changeset]";
  test.each([
    ["one file", [BASE]],
    ["--base with two files", [BASE, REVISION, "--base", "HEAD"]],
  ])("%s: the usage follows the error", async (_, args) => {
    const r = await specDiff(...args, "--repo", fixtures);
    expect(r.stderr.split("\n").slice(1)).toEqual([USAGE]);
  });
});

describe("input that is not an OpenAPI 3.0 or 3.1 document", () => {
  const inputs: Array<[string, string, string]> = [
    [
      "YAML that does not parse",
      "a: [1\n",
      "x.yaml: not JSON or YAML (Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1:)",
    ],
    ["a list", "- 1\n", "x.yaml: not an OpenAPI document (the top level is not an object)"],
    ["Swagger", "swagger: '2.0'\n", "x.yaml: not an OpenAPI 3.0 or 3.1 document (Swagger 2.0)"],
    ["openapi 2.0", "openapi: '2.0'\n", "x.yaml: not an OpenAPI 3.0 or 3.1 document (openapi 2.0)"],
    ["openapi 3.2", "openapi: 3.2.0\n", "x.yaml: not an OpenAPI 3.0 or 3.1 document (openapi 3.2.0)"],
    ["openapi 13.0", "openapi: 13.0.0\n", "x.yaml: not an OpenAPI 3.0 or 3.1 document (openapi 13.0.0)"],
    ["openapi as a number", "openapi: 3.1\n", "x.yaml: not an OpenAPI 3.0 or 3.1 document (no openapi field)"],
    ["openapi as a list", "openapi: [3.1.0]\n", "x.yaml: not an OpenAPI 3.0 or 3.1 document (no openapi field)"],
  ];
  test.each(inputs)("%s: exit 2, the file and the reason named", async (_, text, message) => {
    const dir = mkdtempSync(join(tmpdir(), "spec-diff-input-"));
    writeFileSync(join(dir, "x.yaml"), text);
    const r = await specDiff("x.yaml", "x.yaml", "--repo", dir);
    expect(r.stderr).toBe(`spec-diff: ${message}`);
    expect(r.code).toBe(2);
  });

  test("two $refs to missing files: one line each, with file:line:col", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spec-diff-input-"));
    const properties = "        a: { $ref: ./A.yaml }\n        b: { $ref: ./B.yaml }\n";
    writeFileSync(join(dir, "x.yaml"), `${TWO_FILES_SPEC}${properties}`);
    const r = await specDiff("x.yaml", "x.yaml", "--repo", dir);
    const lines = r.stderr.split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^spec-diff: x\.yaml:17:12 {2}\S.*A\.yaml/);
    expect(lines[1]).toMatch(/^x\.yaml:18:12 {2}\S.*B\.yaml/);
    expect(r.code).toBe(2);
  });

  test("a $ref to a missing file: each problem with file:line:col", async () => {
    const r = await specDiff("dangling-ref.yaml", BASE, "--repo", fixtures);
    expect(r.stderr).toMatch(/^spec-diff: dangling-ref\.yaml:11:\d+ {2}\S.*Missing\.yaml/);
    expect(r.code).toBe(2);
  });
});

describe("two files: what the bundler keeps and tolerates", () => {
  test("a component no operation uses is compared too (the types export every schema)", async () => {
    const unused = (text: string) =>
      `${TWO_FILES_SPEC}        a: { type: string }\n    Unused:\n      type: string\n      description: ${text}\n`;
    const r = await compareFiles(
      { "base.yaml": unused("old"), "revision.yaml": unused("new") },
      "base.yaml",
      "revision.yaml",
    );
    expect(JSON.parse(r.stdout)).toEqual({
      changes: [
        {
          rule: "documentation-changed",
          level: "info",
          at: "/components/schemas/Unused/description",
          message: "/components/schemas/Unused/description: description changed",
        },
      ],
    });
    expect(r.code).toBe(0);
  });

  test("two schema files of the same name in different folders: the bundler's rename warning is no error", async () => {
    const spec = `${TWO_FILES_SPEC}        a: { $ref: ./x/Size.yaml }\n        b: { $ref: ./y/Size.yaml }\n`;
    const files = { "spec.yaml": spec, "x/Size.yaml": "type: string\n", "y/Size.yaml": "type: integer\n" };
    const r = await compareFiles(files, "spec.yaml", "spec.yaml");
    expect(r).toEqual({ code: 0, stdout: `${JSON.stringify({ changes: [] }, null, 2)}\n`, stderr: "" });
  });
});

const sh = (cwd: string, ...args: string[]) => execFileSync(args[0]!, args.slice(1), { cwd, encoding: "utf8" });
const commit = (dir: string, message: string) =>
  sh(dir, "git", "-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qam", message);

const SPEC = `openapi: 3.1.0
info: { title: small, version: 1.0.0 }
paths:
  /things:
    get:
      operationId: listThings
      responses:
        "200":
          description: the things
          content:
            application/json:
              schema:
                type: object
                required: [name, size]
                properties:
                  name: { type: string }
                  size: { type: integer }
`;
const SIZE_OPTIONAL = SPEC.replace("required: [name, size]", "required: [name]");
const SIZE_LINE = SPEC.split("\n").findIndex((l) => l.trimStart().startsWith("size:")) + 1;

/**
 * A git repository with openapi/ (committed) and workspace manifests: the client depends on
 * the spec through types (found on a second pass), docs through a peer dependency of the
 * client; private packages and an unrelated one are not generated from the spec.
 */
function repoWithSpec(changesets: Record<string, string> | undefined = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "spec-diff-inproc-"));
  const files: Record<string, string> = {
    "package.json": JSON.stringify({ name: "r", private: true, workspaces: ["openapi", "packages/*", "tools"] }),
    "redocly.yaml": "extends:\n  - minimal\n",
    "openapi/package.json": JSON.stringify({ name: "@scenario-api/openapi" }),
    "openapi/openapi.yaml": SPEC,
    "packages/client/package.json": JSON.stringify({
      name: "@scenario-api/client",
      dependencies: { "@scenario-api/types": "*" },
    }),
    "packages/docs/package.json": JSON.stringify({
      name: "@scenario-api/docs",
      peerDependencies: { "@scenario-api/client": "*" },
    }),
    "packages/internal/package.json": JSON.stringify({
      name: "@scenario-api/internal",
      private: true,
      dependencies: { "@scenario-api/openapi": "*" },
    }),
    "packages/other/package.json": JSON.stringify({ name: "@scenario-api/other", dependencies: { yaml: "*" } }),
    // A dependency on the spec is enough: schemas' other dependency is not generated from it.
    "packages/schemas/package.json": JSON.stringify({
      name: "@scenario-api/schemas",
      dependencies: { ajv: "*", "@scenario-api/openapi": "*" },
    }),
    "packages/types/package.json": JSON.stringify({
      name: "@scenario-api/types",
      devDependencies: { "@scenario-api/openapi": "*" },
    }),
    "packages/no-manifest/README.md": "not a package\n",
    "tools/package.json": JSON.stringify({
      name: "tools",
      private: true,
      dependencies: { "@scenario-api/openapi": "*" },
    }),
    ...Object.fromEntries(Object.entries(changesets ?? {}).map(([name, text]) => [`.changeset/${name}`, text])),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  sh(dir, "git", "init", "-q", "-b", "main");
  sh(dir, "git", "add", "-A");
  commit(dir, "spec");
  return dir;
}
const setSpec = (dir: string, text: string) => writeFileSync(join(dir, "openapi/openapi.yaml"), text);
const majors = (...names: string[]) => `---\n${names.map((n) => `"${n}": major`).join("\n")}\n---\n\nx\n`;
const SPEC_MAJORS = majors(
  "@scenario-api/openapi",
  "@scenario-api/types",
  "@scenario-api/schemas",
  "@scenario-api/client",
);
const GATE =
  "spec-diff: 1 breaking change(s) and no pending major changeset for @scenario-api/openapi, @scenario-api/types, @scenario-api/schemas, @scenario-api/client.";

describe("openapi/ in a git repository", () => {
  test("an uncommitted breaking edit: compared with HEAD, the source line named, exit 1 without a major changeset", async () => {
    const dir = repoWithSpec();
    setSpec(dir, SIZE_OPTIONAL);
    const r = await specDiff("--repo", dir);
    expect(r.stdout).toBe(
      [
        "spec-diff: openapi/ at HEAD → working tree: 1 breaking, 0 warning(s), 0 compatible",
        "BREAKING  GET /things response 200 application/json.size: became optional",
        `          response-property-became-optional  /paths/~1things/get/responses/200/content/application~1json/schema/properties/size  openapi/openapi.yaml:${SIZE_LINE}`,
        "",
      ].join("\n"),
    );
    expect(r.stderr.split("\n")[0]).toBe(GATE);
    expect(r.code).toBe(1);
  });

  const gates: Array<[string, Record<string, string> | undefined, number]> = [
    ["no .changeset folder", undefined, 1],
    ["a major changeset for every spec package", { "major.md": SPEC_MAJORS }, 0],
    ["majors in .changeset/README.md do not count", { "README.md": SPEC_MAJORS }, 1],
    ["majors in a file that is not markdown do not count", { "major.txt": SPEC_MAJORS }, 1],
    ["majors for some spec packages only", { "major.md": majors("@scenario-api/openapi", "@scenario-api/types") }, 1],
  ];
  test.each(gates)("the pending-changeset gate: %s", async (_, changesets, code) => {
    const dir = repoWithSpec(changesets);
    setSpec(dir, SIZE_OPTIONAL);
    const r = await specDiff("--repo", dir, "--format", "json");
    expect(r.code, r.stderr).toBe(code);
    expect(r.stderr).toEqual(code === 0 ? "" : expect.stringContaining("no pending major changeset"));
  });

  test("the missing packages are named", async () => {
    const dir = repoWithSpec({ "major.md": majors("@scenario-api/openapi", "@scenario-api/types") });
    setSpec(dir, SIZE_OPTIONAL);
    const r = await specDiff("--repo", dir);
    expect(r.stderr.split("\n")[0]).toBe(
      "spec-diff: 1 breaking change(s) and no pending major changeset for @scenario-api/schemas, @scenario-api/client.",
    );
  });

  test("--changeset writes the bumps of the generated packages, then the gate passes", async () => {
    const dir = repoWithSpec();
    setSpec(dir, SIZE_OPTIONAL);
    const r = await specDiff("--repo", dir, "--changeset");
    expect(r.code, r.stderr).toBe(0);
    const [file, ...more] = readdirSync(join(dir, ".changeset"));
    expect(more).toEqual([]);
    expect(r.stderr).toBe(
      `spec-diff: wrote .changeset/${file} (@scenario-api/client major, @scenario-api/docs minor, @scenario-api/openapi major, @scenario-api/schemas major, @scenario-api/types major); edit its summary before committing`,
    );
    expect(readFileSync(join(dir, ".changeset", file!), "utf8")).toBe(
      [
        "---",
        '"@scenario-api/client": major',
        '"@scenario-api/docs": minor',
        '"@scenario-api/openapi": major',
        '"@scenario-api/schemas": major',
        '"@scenario-api/types": major',
        "---",
        "",
        "Breaking change to the API (describe what users must change).",
        "",
        "- **Breaking:** GET /things response 200 application/json.size: became optional",
        "",
      ].join("\n"),
    );
    expect((await specDiff("--repo", dir)).code).toBe(0);
  });

  test("--changeset beside the files .changeset/ already holds", async () => {
    const dir = repoWithSpec({ "config.json": "{}\n", "README.md": "# Changesets\n" });
    setSpec(dir, SIZE_OPTIONAL);
    const r = await specDiff("--repo", dir, "--changeset", "--format", "json");
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(dir, ".changeset")).filter((f) => f.startsWith("spec-diff-"))).toHaveLength(1);
  });

  test("a changeset that cannot be written (.changeset is a file): exit 1, a failure, not bad input", async () => {
    const dir = repoWithSpec();
    writeFileSync(join(dir, ".changeset"), "not a folder\n");
    setSpec(dir, SIZE_OPTIONAL);
    const r = await specDiff("--repo", dir, "--changeset", "--format", "json");
    expect(r.stderr).toBe(`spec-diff: EEXIST: file already exists, mkdir '${join(dir, ".changeset")}'`);
    expect(r.code).toBe(1);
  });

  test("openapi/ at a revision is read in a temporary folder, removed afterwards", async () => {
    const dir = repoWithSpec();
    setSpec(dir, SIZE_OPTIONAL);
    const temporary = mkdtempSync(join(tmpdir(), "spec-diff-tmpdir-"));
    vi.stubEnv("TMPDIR", temporary);
    try {
      expect((await specDiff("--repo", dir, "--format", "json")).code).toBe(1);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(readdirSync(temporary)).toEqual([]);
  });

  test("--changeset with no change writes nothing and says so", async () => {
    const dir = repoWithSpec();
    const r = await specDiff("--repo", dir, "--base", "HEAD", "--changeset");
    expect(r).toEqual({
      code: 0,
      stdout: "spec-diff: openapi/ at HEAD → working tree\nno changes to the API\n",
      stderr: "spec-diff: no changes to the API, no changeset written",
    });
    expect(existsSync(join(dir, ".changeset"))).toBe(false);
  });

  test("two files and --changeset: the changeset goes to the repository, the gate applies", async () => {
    const dir = repoWithSpec();
    writeFileSync(join(dir, "revision.yaml"), SIZE_OPTIONAL);
    const r = await specDiff("openapi/openapi.yaml", "revision.yaml", "--repo", dir, "--changeset");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(
      "spec-diff: openapi/openapi.yaml → revision.yaml: 1 breaking, 0 warning(s), 0 compatible",
    );
    expect(readdirSync(join(dir, ".changeset"))).toHaveLength(1);
  });

  test("a committed edit: the base is the parent of the last commit that changed openapi/", async () => {
    const dir = repoWithSpec();
    setSpec(dir, SIZE_OPTIONAL);
    commit(dir, "size optional");
    writeFileSync(join(dir, "tools/notes.md"), "later\n");
    sh(dir, "git", "add", "-A");
    commit(dir, "not the spec");
    const parent = sh(dir, "git", "rev-parse", "HEAD~2").trim();
    const r = await specDiff("--repo", dir, "--format", "markdown");
    expect(r.stdout.split("\n")[0]).toBe(`### spec-diff: openapi/ at ${parent} → working tree`);
    expect(r.code).toBe(1);
  });

  test("a working tree whose $ref names a missing file: exit 2, file:line:col", async () => {
    const dir = repoWithSpec();
    setSpec(dir, SPEC.replace("size: { type: integer }", "size: { $ref: ./Size.yaml }"));
    const r = await specDiff("--repo", dir);
    expect(r.stderr).toMatch(/^spec-diff: .*\nopenapi\/openapi\.yaml:17:\d+ .*Size\.yaml/);
    expect(r.code).toBe(2);
  });

  test("a local $ref to nothing: exit 2, file:line:col", async () => {
    const dir = repoWithSpec();
    writeFileSync(
      join(dir, "revision.yaml"),
      SPEC.replace("size: { type: integer }", "size: { $ref: '#/components/schemas/Gone' }"),
    );
    const r = await specDiff("openapi/openapi.yaml", "revision.yaml", "--repo", dir);
    expect(r.stderr).toBe("spec-diff: revision.yaml:17:25  Can't resolve $ref");
    expect(r.code).toBe(2);
  });

  test("openapi/ never committed: exit 2, asking for --base", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spec-diff-nohistory-"));
    writeFileSync(join(dir, "README.md"), "x\n");
    sh(dir, "git", "init", "-q", "-b", "main");
    sh(dir, "git", "add", "-A");
    commit(dir, "readme");
    const r = await specDiff("--repo", dir);
    expect(r.stderr).toBe("spec-diff: openapi/ has no history to compare with; pass --base REF");
    expect(r.code).toBe(2);
  });

  test("openapi/ changed only by the first commit: exit 2, asking for --base", async () => {
    const dir = repoWithSpec();
    const first = sh(dir, "git", "rev-parse", "HEAD").trim();
    const r = await specDiff("--repo", dir);
    expect(r.stderr).toBe(
      `spec-diff: the last commit that changed openapi/ (${first.slice(0, 12)}) is the first commit; pass --base REF`,
    );
    expect(r.code).toBe(2);
  });

  test("an unknown --base: exit 2", async () => {
    const r = await specDiff("--repo", repoWithSpec(), "--base", "no-such-ref");
    expect(r.stderr).toBe("spec-diff: no-such-ref: no such git revision");
    expect(r.code).toBe(2);
  });

  test("outside a git repository, without two files: exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spec-diff-nogit-"));
    const r = await specDiff("--repo", dir);
    expect(r.stderr).toBe(
      `spec-diff: ${dir} is not in a git repository: give two spec files, \`spec-diff BASE REVISION\``,
    );
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, ".changeset"))).toBe(false);
  });
});

// What a maintainer reads before running it: each argument and flag, its description and default.
test("--help names the summary, the arguments and every flag with its default", async () => {
  const logged: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...line: unknown[]) => void logged.push(line.join(" ")));
  let code: number;
  try {
    code = await command.main(["--help"]);
  } finally {
    log.mockRestore();
  }
  expect(code).toBe(0);
  const lines = logged.join("\n").split("\n");
  expect(lines[0]).toBe(
    "Classifies the API changes between two revisions of the spec as breaking or not (scripts/spec-diff).",
  );
  expect(lines).toContain("usage: scenario-gen spec-diff [BASE] [REVISION] [flags]");
  expect(lines.filter((line) => line.startsWith("  ")).map((line) => line.trim().split(/ {2,}/))).toEqual([
    ["BASE", "the older spec file (with REVISION; without both, openapi/ at --base is compared with the working tree)"],
    ["REVISION", "the newer spec file"],
    [
      "--base <value>",
      "the git revision of openapi/ to compare the working tree with (default: HEAD if openapi/ has uncommitted edits, else the parent of its last commit)",
    ],
    ["--format <value>", "output: text, json, markdown (default: text)"],
    ["--changeset", "write .changeset/spec-diff-<hash>.md with the bump of every package"],
    ["--repo <value>", "the repository (default: the working directory)"],
    ["--help", "print this help"],
  ]);
});
