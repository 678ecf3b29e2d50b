/**
 * bundle-spec in-process on a small split spec and a small Redocly config: what a user relies on
 * (problems named at file:line:col, each once; the bundle sorted and serialized as published;
 * outputs written whole or left as they were; the command's flags and messages). The tests of
 * bundle-spec.test.ts run the real spec (seconds each); these keep each mutant's run short
 * (bench/mutation). The example rules run in a worker thread, where Stryker's active mutant is not:
 * `lintExamples` is also called here directly.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Config } from "@redocly/openapi-core";
import { describe, expect, test, vi } from "vitest";
import { bundleSpec, command } from "../src/bundle-spec.ts";
import {
  exampleRuleRenewal,
  exampleRules,
  lintExamples,
  withBoundedExampleCaches,
  withRulesOn,
} from "../src/lib/lint-examples.ts";
import { bundleUnlinted, normalizeBundle, serializeBundle } from "../src/lib/redocly-bundle.ts";
import { formatProblem, SpecError, type SpecProblem, uniqueProblems } from "../src/lib/spec-problems.ts";
import { exitCodes } from "../src/lib/command.ts";
import { runCommand } from "./run-command.ts";

/** A small split spec: a root, a path file, a schema file, an example file; each test breaks one. */
const SPEC: Record<string, string> = {
  "openapi.yaml": [
    "openapi: 3.1.0",
    "info:",
    "  title: Small",
    "  version: 1.0.0",
    "  license:",
    "    name: MIT",
    "    url: https://opensource.org/licenses/MIT",
    "servers:",
    "  - url: https://api.example.com",
    "paths:",
    "  /jobs:",
    "    $ref: paths/jobs.yaml",
    "components:",
    "  schemas:",
    "    Zebra:",
    "      type: string",
    "      description: Last in order, first in the source.",
    "    Job:",
    "      $ref: components/schemas/Job.yaml",
    "",
  ].join("\n"),
  "paths/jobs.yaml": [
    "get:",
    "  operationId: listJobs",
    "  summary: Lists the jobs.",
    "  responses:",
    "    '200':",
    "      description: The jobs.",
    "      content:",
    "        application/json:",
    "          schema:",
    "            $ref: ../components/schemas/Job.yaml",
    "          example:",
    "            $ref: ../components/examples/Job.yaml",
    "",
  ].join("\n"),
  "components/schemas/Job.yaml": [
    "type: object",
    "required: [id]",
    "properties:",
    "  id:",
    "    type: integer",
    "    description: The job's number.",
    "",
  ].join("\n"),
  "components/examples/Job.yaml": "id: 7\n",
};

/** Rules that each test can trip: one per thread (the example rule runs in the worker). */
const CONFIG = [
  "rules:",
  "  no-unresolved-refs: error",
  "  operation-summary: error",
  "  info-contact: warn",
  "  no-invalid-media-type-examples: error",
  "",
].join("\n");

/** The small spec (with `changes`: path → new text) in a fresh folder; its root, config and folder. */
function smallSpec(changes: Record<string, string> = {}): { dir: string; root: string; config: string } {
  const dir = mkdtempSync(join(tmpdir(), "bundle-spec-mutants-"));
  for (const [path, text] of Object.entries({ ...SPEC, ...changes, "redocly.yaml": CONFIG })) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, root: join(dir, "openapi.yaml"), config: join(dir, "redocly.yaml") };
}

const withContact = (text: string) =>
  text.replace("  version: 1.0.0\n", "  version: 1.0.0\n  contact:\n    name: Us\n");

async function failure(work: Promise<unknown>): Promise<unknown> {
  return work.then(
    () => expect.unreachable("no error"),
    (error: unknown) => error,
  );
}

/** The SpecError `work` fails with: any other outcome fails the test. */
async function specError(work: Promise<unknown>): Promise<SpecError> {
  const error = await failure(work);
  expect(error).toBeInstanceOf(SpecError);
  return error as SpecError;
}

const problem = (file: string, line: number, more: Partial<SpecProblem> = {}): SpecProblem => ({
  file,
  line,
  col: 3,
  message: "is wrong",
  rule: "some-rule",
  severity: "error",
  ...more,
});

describe("SpecError and formatProblem", () => {
  test("a summary line, then one line a problem: file:line:col, severity, message and rule", () => {
    const problems = [problem("a.yaml", 4), problem("b/c.yaml", 12, { col: 9, severity: "warn", rule: "r2" })];
    const error = new SpecError(problems);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("SpecError");
    expect(error.problems).toBe(problems);
    expect(error.message).toBe(
      "2 problem(s) in the spec\na.yaml:4:3  error  is wrong  (some-rule)\nb/c.yaml:12:9  warn  is wrong  (r2)",
    );
    expect(formatProblem(problems[1]!)).toBe("b/c.yaml:12:9  warn  is wrong  (r2)");
  });

  test("no problems: the summary line alone", () => {
    expect(new SpecError([]).message).toBe("0 problem(s) in the spec");
  });
});

describe("uniqueProblems", () => {
  const a = problem("a.yaml", 1);
  const cases: Array<[string, SpecProblem[], SpecProblem[]]> = [
    [
      "the same problem twice is kept once, at its first place",
      [a, problem("b.yaml", 2), { ...a }],
      [a, problem("b.yaml", 2)],
    ],
    [
      "problems that differ in any field are all kept, in their order",
      [
        a,
        { ...a, file: "b.yaml" },
        { ...a, line: 2 },
        { ...a, col: 4 },
        { ...a, message: "other" },
        { ...a, rule: "other" },
        { ...a, severity: "warn" },
      ],
      [
        a,
        { ...a, file: "b.yaml" },
        { ...a, line: 2 },
        { ...a, col: 4 },
        { ...a, message: "other" },
        { ...a, rule: "other" },
        { ...a, severity: "warn" },
      ],
    ],
    ["none", [], []],
  ];
  test.each(cases)("%s", (_, given, want) => expect(uniqueProblems(given)).toEqual(want));
});

describe("normalizeBundle", () => {
  test("sorts the names of every components map and keeps everything else in source order", () => {
    const doc = {
      openapi: "3.1.0",
      paths: { "/b": {}, "/a": {} },
      components: {
        schemas: { Zebra: { type: "string" }, Apple: { type: "object", properties: { z: {}, a: {} } } },
        responses: { NotFound: {}, BadRequest: {} },
      },
      info: { version: "1", title: "t" },
    };
    const out = normalizeBundle(doc);
    expect(JSON.stringify(out)).toBe(
      JSON.stringify({
        openapi: "3.1.0",
        paths: { "/b": {}, "/a": {} },
        components: {
          schemas: { Apple: { type: "object", properties: { z: {}, a: {} } }, Zebra: { type: "string" } },
          responses: { BadRequest: {}, NotFound: {} },
        },
        info: { version: "1", title: "t" },
      }),
    );
    // The input is not changed.
    expect(Object.keys(doc.components.schemas)).toEqual(["Zebra", "Apple"]);
  });

  const kept: Array<[string, Record<string, unknown>]> = [
    ["no components", { openapi: "3.1.0", paths: {} }],
    ["components null", { openapi: "3.1.0", components: null }],
    ["components not an object", { openapi: "3.1.0", components: "x" }],
  ];
  test.each(kept)("%s: the document as it is", (_, doc) => expect(normalizeBundle(doc)).toBe(doc));

  test("a components entry that is not a map (null, an array, a string) is kept as it is", () => {
    const out = normalizeBundle({ components: { a: null, b: ["y", "x"], c: "text", d: { y: 1, x: 2 } } });
    expect(JSON.stringify(out)).toBe(
      JSON.stringify({ components: { a: null, b: ["y", "x"], c: "text", d: { x: 2, y: 1 } } }),
    );
  });
});

describe("serializeBundle", () => {
  test("openapi.json as stable JSON, openapi.yaml without folded lines or anchors", () => {
    const shared = { type: "string", description: "shared" };
    const long = `A description longer than eighty characters, ${"which YAML would fold ".repeat(5)}at its default width.`;
    const doc = { openapi: "3.1.0", info: { title: long }, components: { schemas: { A: shared, B: shared } } };
    const files = serializeBundle(doc);
    expect(Object.keys(files)).toEqual(["openapi.json", "openapi.yaml"]);
    expect(files["openapi.json"]).toBe(`${JSON.stringify(doc, null, 2)}\n`);
    expect(files["openapi.yaml"]).toBe(
      [
        "openapi: 3.1.0",
        "info:",
        `  title: ${long}`,
        "components:",
        "  schemas:",
        "    A:",
        "      type: string",
        "      description: shared",
        "    B:",
        "      type: string",
        "      description: shared",
        "",
      ].join("\n"),
    );
  });
});

describe("the example rules' settings", () => {
  test("the example rules are Redocly's three example checks, renewed every 2000 visitor calls by default", () => {
    expect([...exampleRules].sort()).toEqual([
      "no-invalid-media-type-examples",
      "no-invalid-parameter-examples",
      "no-invalid-schema-examples",
    ]);
    expect(exampleRuleRenewal).toBe(2000);
  });

  /** A config of two plugins (one without rules) whose rules count how often their visitor is built. */
  function countingConfig() {
    const built: Record<string, number> = {};
    const rule = (id: string) => () => {
      built[id] = (built[id] ?? 0) + 1;
      return { MediaType: { enter: () => id } };
    };
    const rules = {
      oas3: Object.fromEntries(
        ["no-invalid-media-type-examples", "no-invalid-schema-examples", "operation-summary"].map((id) => [
          id,
          rule(id),
        ]),
      ),
      oas3_1: { "no-invalid-parameter-examples": rule("no-invalid-parameter-examples") },
      oas2: undefined,
    };
    const bare = { id: "bare" };
    const config = { plugins: [{ id: "p", rules }, bare] } as unknown as Config;
    return { config, built, rules, bare };
  }

  type Visitor = { MediaType: { enter: () => string } };
  const visit = (ruleSet: Record<string, unknown> | undefined, id: string, times: number) => {
    const visitor = (ruleSet![id] as (options: never) => Visitor)({} as never);
    let last = "";
    for (let i = 0; i < times; i++) last = visitor.MediaType.enter();
    return last;
  };

  test("withBoundedExampleCaches renews the example rules' visitors every `every` calls, and only theirs", () => {
    const { config, built, rules, bare } = countingConfig();
    const out = withBoundedExampleCaches(config, 3);
    expect(out).toBe(config);
    const [plugin, other] = out.plugins as unknown as Array<{
      id: string;
      rules?: Record<string, Record<string, unknown> | undefined>;
    }>;
    expect(other).toBe(bare);
    expect(plugin!.id).toBe("p");
    expect(plugin!.rules!.oas2).toBeUndefined();
    expect(plugin!.rules!.oas3!["operation-summary"]).toBe(rules.oas3["operation-summary"]);
    // Seven calls with renewal every 3: built at the start, then at calls 4 and 7.
    expect(visit(plugin!.rules!.oas3, "no-invalid-media-type-examples", 7)).toBe("no-invalid-media-type-examples");
    expect(visit(plugin!.rules!.oas3, "no-invalid-schema-examples", 7)).toBe("no-invalid-schema-examples");
    expect(visit(plugin!.rules!.oas3_1, "no-invalid-parameter-examples", 7)).toBe("no-invalid-parameter-examples");
    expect(visit(plugin!.rules!.oas3, "operation-summary", 7)).toBe("operation-summary");
    expect(built).toEqual({
      "no-invalid-media-type-examples": 3,
      "no-invalid-schema-examples": 3,
      "no-invalid-parameter-examples": 3,
      "operation-summary": 1,
    });
  });

  test("withBoundedExampleCaches renews every 2000 calls by default", () => {
    const { config, built } = countingConfig();
    const [plugin] = withBoundedExampleCaches(config).plugins as unknown as Array<{
      rules: Record<string, Record<string, unknown>>;
    }>;
    visit(plugin!.rules.oas3, "no-invalid-media-type-examples", 2000);
    expect(built["no-invalid-media-type-examples"]).toBe(1);
    visit(plugin!.rules.oas3, "no-invalid-schema-examples", 2001);
    expect(built["no-invalid-schema-examples"]).toBe(2);
  });

  test("withRulesOn turns off, in every spec version, the rules it does not keep, and keeps the others' settings", () => {
    const rules = {
      oas3_0: { a: "error", b: { severity: "warn", x: 1 } },
      oas3_1: { a: "warn", c: "error" },
    };
    const config = { rules } as unknown as Config;
    expect(withRulesOn(config, (id) => id !== "a")).toBe(config);
    expect(config.rules).toEqual({
      oas3_0: { a: "off", b: { severity: "warn", x: 1 } },
      oas3_1: { a: "off", c: "error" },
    });
  });
});

describe("bundleSpec on a small spec", () => {
  test("a clean spec: the bundled document, components sorted, refs inlined", async () => {
    const { dir, root, config } = smallSpec({ "openapi.yaml": withContact(SPEC["openapi.yaml"]!) });
    const doc = await bundleSpec(root, config, dir);
    const components = doc.components as { schemas: Record<string, unknown> };
    expect(Object.keys(components.schemas)).toEqual(["Job", "Zebra"]);
    expect(components.schemas.Job).toMatchObject({ type: "object", required: ["id"] });
    expect(JSON.stringify(doc.paths)).toContain('"$ref":"#/components/schemas/Job"');
    expect(JSON.stringify(doc.paths)).toContain('"example":{"id":7}');
  });

  test("a warning fails too, named at its file:line:col relative to the working folder", async () => {
    const { dir, root, config } = smallSpec();
    const error = await specError(bundleSpec(root, config, dir));
    expect(error.problems).toEqual([
      {
        file: "openapi.yaml",
        line: 2,
        col: 1,
        message: "Info object should contain `contact` field.",
        rule: "info-contact",
        severity: "warn",
      },
    ]);
  });

  test("the main thread's problems first, then the example rules' (from the worker), each once", async () => {
    const { dir, root, config } = smallSpec({
      "paths/jobs.yaml": SPEC["paths/jobs.yaml"]!.replace("  summary: Lists the jobs.\n", ""),
      "components/examples/Job.yaml": "id: seven\n",
    });
    const error = await specError(bundleSpec(root, config, dir));
    const lines = error.message.split("\n");
    expect(lines[0]).toBe("3 problem(s) in the spec");
    expect(lines[1]).toBe("openapi.yaml:2:1  warn  Info object should contain `contact` field.  (info-contact)");
    expect(lines[2]).toMatch(
      /^paths\/jobs\.yaml:1:1 {2}error {2}Operation object should contain `summary` field\. {2}\(operation-summary\)$/,
    );
    expect(lines[3]).toMatch(
      /^components\/examples\/Job\.yaml:1:\d+ {2}error {2}.*integer.* {2}\(no-invalid-media-type-examples\)$/,
    );
  });

  test("a YAML syntax error: its file, line and column, the parser's first line, rule yaml", async () => {
    const { dir, root, config } = smallSpec({
      "openapi.yaml": withContact(SPEC["openapi.yaml"]!).replace("servers:", "servers: ["),
    });
    const error = await specError(bundleSpec(root, config, dir));
    expect(error.problems).toEqual([
      {
        file: "openapi.yaml",
        line: 11,
        col: 3,
        message: `YAML syntax error: missed comma between flow collection entries in "${root}" (11:3)`,
        rule: "yaml",
        severity: "error",
      },
    ]);
  });

  test("a root file that is not there: Redocly's own error, not a SpecError", async () => {
    const { dir, config } = smallSpec();
    const error = await failure(bundleSpec(join(dir, "missing.yaml"), config, dir));
    expect(error).not.toBeInstanceOf(SpecError);
    expect((error as Error).message).toBe(`ENOENT: no such file or directory '${join(dir, "missing.yaml")}'`);
  });

  test("problems that only the bundle finds (a $ref no lint rule checks) are errors at their file:line", async () => {
    const { dir, config } = smallSpec({ "openapi.yaml": withContact(SPEC["openapi.yaml"]!) });
    writeFileSync(
      config,
      CONFIG.replace("no-unresolved-refs: error", "no-unresolved-refs: off").replace(
        "media-type-examples: error",
        "media-type-examples: off",
      ),
    );
    writeFileSync(
      join(dir, "paths/jobs.yaml"),
      SPEC["paths/jobs.yaml"]!.replace("../components/schemas/Job.yaml", "../components/schemas/Gone.yaml"),
    );
    const error = await specError(bundleSpec(join(dir, "openapi.yaml"), config, dir));
    expect(error.problems).toEqual([
      expect.objectContaining({ file: "paths/jobs.yaml", line: 10, rule: "bundler", severity: "error" }),
    ]);
  });
});

describe("bundleUnlinted", () => {
  test("bundles a spec that fails the lint rules (an older revision), components sorted", async () => {
    const { dir, root, config } = smallSpec({
      "paths/jobs.yaml": SPEC["paths/jobs.yaml"]!.replace("  summary: Lists the jobs.\n", ""),
    });
    const doc = await bundleUnlinted(root, config, dir);
    expect(Object.keys((doc.components as { schemas: object }).schemas)).toEqual(["Job", "Zebra"]);
  });

  test("bundles with the given config's decorators (here remove-x-internal), not the working folder's", async () => {
    const { dir, root, config } = smallSpec({
      "openapi.yaml": `${SPEC["openapi.yaml"]!}    Internal:\n      type: string\n      x-internal: true\n`,
    });
    writeFileSync(config, `${CONFIG}decorators:\n  remove-x-internal: on\n`);
    const doc = await bundleUnlinted(root, config, dir);
    expect(Object.keys((doc.components as { schemas: object }).schemas)).toEqual(["Job", "Zebra"]);
  });
});

describe("lintExamples (the worker's part, here in-process)", () => {
  test("the example rules' problems only, at the example's file:line, with the renewal given", async () => {
    const { dir, root, config } = smallSpec({
      "paths/jobs.yaml": SPEC["paths/jobs.yaml"]!.replace("  summary: Lists the jobs.\n", ""),
      "components/examples/Job.yaml": "id: seven\n",
    });
    for (const renewal of [1, exampleRuleRenewal]) {
      const problems = await lintExamples(root, config, dir, renewal);
      expect(problems).toEqual([
        expect.objectContaining({
          file: "components/examples/Job.yaml",
          line: 1,
          rule: "no-invalid-media-type-examples",
        }),
      ]);
    }
  });
});

describe("the bundle-spec command", () => {
  test("--help: the summary, the root and both flags with their defaults", async () => {
    const run = await runCommand(command, ["--help"]);
    expect(run.code).toBe(exitCodes.ok);
    const help = run.stdout.replace(/ {2,}/g, "  ");
    expect(help).toContain(
      "Lints the multi-file spec (Redocly) and bundles it into <out>/openapi.{json,yaml}; any problem fails with file:line:col.",
    );
    expect(help).toContain("root  the spec's root file (default: openapi.yaml)");
    expect(help).toContain("--out <value>  output folder (default: dist)");
    expect(help).toContain("--config <value>  the Redocly configuration (lint rules) (default: ../redocly.yaml)");
  });

  test("writes <out>/openapi.json and openapi.yaml and names them, paths relative to the working folder", async () => {
    const { dir, config } = smallSpec({ "openapi.yaml": withContact(SPEC["openapi.yaml"]!) });
    // The root and the config are absolute: the root is read, and the example worker resolves the
    // config, from the real working folder (runCommand stubs process.cwd() in this thread only).
    const run = await runCommand(command, [join(dir, "openapi.yaml"), "--out", "build/out", "--config", config], dir);
    expect(run).toEqual({
      code: exitCodes.ok,
      stdout: `bundle-spec: ${join(dir, "openapi.yaml")} → build/out/openapi.json, build/out/openapi.yaml`,
      stderr: "",
    });
    const json = readFileSync(join(dir, "build/out/openapi.json"), "utf8");
    expect(Object.keys(JSON.parse(json).components.schemas)).toEqual(["Job", "Zebra"]);
    expect(readFileSync(join(dir, "build/out/openapi.yaml"), "utf8")).toMatch(/^openapi: 3\.1\.0\n/);
    expect(readdirSync(join(dir, "build/out"))).toEqual(["openapi.json", "openapi.yaml"]);
  });

  // The config is given: the example worker would resolve the default (../redocly.yaml) from the real
  // working folder, not the stubbed one. --help shows that default.
  test("the default output folder: dist/ beside the working folder", async () => {
    const { dir, config } = smallSpec({ "openapi.yaml": withContact(SPEC["openapi.yaml"]!) });
    const pkg = join(dir, "pkg");
    mkdirSync(pkg);
    const run = await runCommand(command, [join(dir, "openapi.yaml"), "--config", config], pkg);
    expect(run.stdout).toBe(`bundle-spec: ${join(dir, "openapi.yaml")} → dist/openapi.json, dist/openapi.yaml`);
    expect(run.code).toBe(exitCodes.ok);
    expect(readdirSync(join(pkg, "dist"))).toEqual(["openapi.json", "openapi.yaml"]);
  });

  test("the default root is openapi.yaml, named when it is not there", async () => {
    const { dir } = smallSpec();
    const run = await runCommand(command, [], join(dir, "components"));
    expect(run.code).toBe(exitCodes.failed);
    expect(run.stderr).toBe(
      "bundle-spec: ENOENT: no such file or directory, open 'openapi.yaml'; dist/ left as it was",
    );
  });

  test("a spec with problems: each at file:line:col, the outputs left as they were, exit code 1", async () => {
    const { dir, config } = smallSpec();
    mkdirSync(join(dir, "dist"));
    writeFileSync(join(dir, "dist/openapi.json"), "previous\n");
    const run = await runCommand(command, [join(dir, "openapi.yaml"), "--config", config], dir);
    expect(run.code).toBe(exitCodes.failed);
    expect(run.stderr).toBe(
      "bundle-spec: 1 problem(s) in the spec; dist/ left as it was\n" +
        "openapi.yaml:2:1  warn  Info object should contain `contact` field.  (info-contact)",
    );
    expect(readdirSync(join(dir, "dist"))).toEqual(["openapi.json"]);
    expect(readFileSync(join(dir, "dist/openapi.json"), "utf8")).toBe("previous\n");
  });

  test("a root file that is not there is named, and nothing is written", async () => {
    const { dir } = smallSpec();
    const run = await runCommand(command, [join(dir, "nope.yaml"), "--config", "redocly.yaml", "--out", "o"], dir);
    expect(run.code).toBe(exitCodes.failed);
    expect(run.stderr).toBe(
      `bundle-spec: ENOENT: no such file or directory, open '${join(dir, "nope.yaml")}'; o/ left as it was`,
    );
    expect(existsSync(join(dir, "dist"))).toBe(false);
  });
});

describe("bundleSpec: what a user meets besides the rules' verdicts", () => {
  test("a problem with suggestions names the first three", async () => {
    const { dir, root, config } = smallSpec({
      "openapi.yaml": withContact(SPEC["openapi.yaml"]!),
      "paths/jobs.yaml": SPEC["paths/jobs.yaml"]!.replace(
        "  summary: Lists the jobs.\n",
        "  summary: Lists the jobs.\n  parameters:\n    - name: q\n      in: ~\n      schema:\n        type: string\n",
      ),
    });
    writeFileSync(config, `${CONFIG}  struct: error\n`);
    const error = await specError(bundleSpec(root, config, dir));
    expect(error.problems).toEqual([
      {
        file: "paths/jobs.yaml",
        line: 6,
        col: 11,
        message:
          '`in` can be one of the following only: "query", "header", "path", "cookie". Did you mean: query, header, path?',
        rule: "struct",
        severity: "error",
      },
    ]);
  });

  test("problems listed in .redocly.lint-ignore.yaml (beside the config) fail nothing, in either thread", async () => {
    const { dir, root, config } = smallSpec({ "components/examples/Job.yaml": "id: seven\n" });
    writeFileSync(
      join(dir, ".redocly.lint-ignore.yaml"),
      [
        "openapi.yaml:",
        "  info-contact:",
        "    - '#/info/contact'",
        "components/examples/Job.yaml:",
        "  no-invalid-media-type-examples:",
        // Redocly's pointer to a key of an example in a file of its own.
        "    - '#//id'",
        "",
      ].join("\n"),
    );
    expect(await lintExamples(root, config, dir)).toEqual([]);
    const doc = await bundleSpec(root, config, dir);
    expect(Object.keys((doc.components as { schemas: object }).schemas)).toEqual(["Job", "Zebra"]);
  });

  test("a broken example alone (the worker's only problem) fails the bundle", async () => {
    const { dir, root, config } = smallSpec({
      "openapi.yaml": withContact(SPEC["openapi.yaml"]!),
      "components/examples/Job.yaml": "id: seven\n",
    });
    const error = await specError(bundleSpec(root, config, dir));
    expect(error.problems).toEqual([
      expect.objectContaining({
        file: "components/examples/Job.yaml",
        line: 1,
        rule: "no-invalid-media-type-examples",
      }),
    ]);
  });

  // Both threads resolve the config from the working folder; stubbing process.cwd() in this thread
  // only is the one way a test can make the worker's lint fail while this thread's succeeds.
  test("a failure of the example lint's thread fails bundleSpec with its message", async () => {
    const { dir, root } = smallSpec({ "openapi.yaml": withContact(SPEC["openapi.yaml"]!) });
    writeFileSync(join(dir, "lint-rules.yaml"), CONFIG);
    const cwd = vi.spyOn(process, "cwd").mockReturnValue(dir);
    try {
      const error = await failure(bundleSpec(root, "lint-rules.yaml", dir));
      expect(error).not.toBeInstanceOf(SpecError);
      expect((error as Error).message).toMatch(/^ENOENT: no such file or directory '.*\/lint-rules\.yaml'$/);
      expect((error as Error).message).not.toContain(dir);
    } finally {
      cwd.mockRestore();
    }
  });

  test("two schema files of one name are both bundled (the bundler's rename is a warning, not a failure)", async () => {
    const { dir, root, config } = smallSpec({
      "openapi.yaml": `${withContact(SPEC["openapi.yaml"]!)}    Other:\n      $ref: other/Job.yaml\n`,
      "other/Job.yaml": "type: string\ndescription: Another job.\n",
    });
    for (const doc of [await bundleSpec(root, config, dir), await bundleUnlinted(root, config, dir)]) {
      const schemas = (doc.components as { schemas: Record<string, unknown> }).schemas;
      expect(Object.keys(schemas)).toEqual(["Job", "Job-2", "Other", "Zebra"]);
    }
  });
});
