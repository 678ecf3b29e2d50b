/**
 * The generators' commands run in-process (`command.main(argv)`), as `scenario-gen <name>` runs
 * them: what --help tells a user (flags, defaults), what a run writes and prints, and the message
 * and exit code of a failure. scenario-gen.test.ts spawns the bin, where no mutant is active; these
 * are the tests that see the commands' declarations and run functions (bench/mutation).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, expect, test, vi } from "vitest";
import { exitCodes } from "../src/lib/command.ts";
import { command as copySchemas } from "../src/copy-schemas.ts";
import { command as emitExamples } from "../src/emit-examples.ts";
import { command as emitParameters } from "../src/emit-parameters.ts";
import { command as toDraft07 } from "../src/to-draft-07.ts";
import { command as toGoTypes } from "../src/to-go-types.ts";
import { command as toJsonSchema } from "../src/to-json-schema.ts";
import { command as toPythonTypes } from "../src/to-python-types.ts";
import { command as toTypeScript } from "../src/to-typescript.ts";

afterEach(() => vi.restoreAllMocks());

interface Command {
  main: (args: string[]) => Promise<number>;
}

/** Runs a command with console.log/error captured: its exit code and what it printed. */
async function run(command: Command, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...line: unknown[]) => void out.push(line.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...line: unknown[]) => void err.push(line.join(" ")));
  const code = await command.main(args);
  vi.restoreAllMocks();
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A fresh directory with these files (path → text or JSON value). */
function folder(files: Record<string, unknown> = {}): string {
  const root = mkdtempSync(join(tmpdir(), "generator-commands-"));
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), typeof contents === "string" ? contents : JSON.stringify(contents));
  }
  return root;
}

const read = (path: string) => readFileSync(path, "utf8");
const readJson = (path: string) => JSON.parse(read(path)) as Record<string, unknown>;

// --help as a user reads it: the one-line summary, each argument and flag with its description and
// default (the rows' padding collapsed to two spaces).
const helps: Array<[string, Command, string, string[]]> = [
  [
    "to-draft-07",
    toDraft07,
    "Converts the JSON Schemas (2020-12) in a folder to draft-07, for validators that only speak draft-07.",
    [
      "input  the folder of 2020-12 schemas (default: 2020-12)",
      "--out <value>  output folder (default: draft-07)",
      "--base <value>  the schemas' base URI; $ids move from <base>2020-12/ to <base>draft-07/ (default: https://scenario-api.github.io/schemas/)",
    ],
  ],
  [
    "to-json-schema",
    toJsonSchema,
    "Writes one JSON Schema (2020-12) per component schema of the spec, plus a bundle of them all.",
    [
      "spec  the bundled spec: a file or a package export (default: @scenario-api/openapi/openapi.json)",
      "--out <value>  output folder (default: 2020-12)",
      "--base <value>  the schemas' base URI (absolute http(s), ending in '/') (default: https://scenario-api.github.io/schemas/)",
    ],
  ],
  [
    "to-typescript",
    toTypeScript,
    "Writes the spec's TypeScript types (openapi-typescript) and one alias per schema: <out>/{openapi,index}.ts.",
    [
      "spec  the bundled spec: a file or a package export (default: @scenario-api/openapi/openapi.json)",
      "--out <value>  output folder (default: src/generated)",
    ],
  ],
  [
    "emit-examples",
    emitExamples,
    "Writes the run operation's response examples as TypeScript (<out>/spec-examples.ts) for the mock server.",
    [
      "spec  the bundled spec: a file or a package export (default: @scenario-api/openapi/openapi.json)",
      "--out <value>  output folder (default: src/generated)",
    ],
  ],
  [
    "emit-parameters",
    emitParameters,
    "Writes the run operation's parameters (name, location, required, schema) as TypeScript (<out>/parameters.ts).",
    [
      "spec  the bundled spec: a file or a package export (default: @scenario-api/openapi/openapi.json)",
      "--out <value>  output folder (default: src/generated)",
    ],
  ],
  [
    "copy-schemas",
    copySchemas,
    "Copies the JSON Schemas of @scenario-api/schemas into <out>/{2020-12,draft-07}/ (Python, Go packages).",
    [
      "from  the schemas package (default: @scenario-api/schemas)",
      "--out <value>  output folder; the dialect folders go inside it (default: .)",
      "--layout <value>  'dialect': <out>/<dialect>/<Name>.json; 'id': <out>/<path of the file's $id> (a site that serves the $ids) (default: dialect)",
    ],
  ],
  [
    "to-go-types",
    toGoTypes,
    "Writes Go types (encoding/json structs, enums with constants) for the JSON Schemas of @scenario-api/schemas (<out>/types.go).",
    [
      "from  the schemas package (default: @scenario-api/schemas)",
      "--out <value>  output folder: writes types.go in it (default: .)",
      "--package <value>  the Go package name (default: schemas)",
    ],
  ],
  [
    "to-python-types",
    toPythonTypes,
    "Writes Python TypedDicts and Literal aliases for the JSON Schemas of @scenario-api/schemas (<out>/types.py).",
    [
      "from  the schemas package (default: @scenario-api/schemas)",
      "--out <value>  output folder: writes types.py in it (default: .)",
    ],
  ],
];

test.each(helps)(
  "%s --help: its summary, and each argument and flag with its default",
  async (name, command, summary, rows) => {
    const { code, out } = await run(command, ["--help"]);
    expect(code).toBe(exitCodes.ok);
    const lines = out.split("\n").map((line) => line.trim().replace(/ {2,}/g, "  "));
    expect(lines[0]).toBe(summary);
    expect(lines).toContain(`usage: scenario-gen ${name} [${rows[0]!.split(" ")[0]}] [flags]`);
    expect(lines.filter((line) => line.startsWith("--") && !line.startsWith("--help"))).toEqual(rows.slice(1));
    expect(lines).toContain(rows[0]);
  },
);

const base = "https://example.test/s/";
/** A 2020-12 per-schema file as to-json-schema writes it, under `base`. */
const schema2020 = (name: string, body: Record<string, unknown>) => ({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: `${base}2020-12/${name}.json`,
  ...body,
});

test("to-draft-07 converts every .json file of the input folder, drops stale outputs and says how many it wrote", async () => {
  const input = folder({
    "B.json": schema2020("B", { type: "string" }),
    "A.json": schema2020("A", { type: "object", properties: { b: { $ref: "B.json" } }, $defs: { C: {} } }),
    "notes.txt": "not JSON: a file that is not a schema is left alone",
  });
  const out = folder({ "Gone.json": "{}", "keep.txt": "mine" });
  const { code, out: stdout, err } = await run(toDraft07, [input, "--out", out, "--base", base]);
  expect(err).toBe("");
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toBe(`to-draft-07: ${input}/ → 2 files in ${out}/`);
  expect(readdirSync(out).sort()).toEqual(["A.json", "B.json", "keep.txt"]);
  expect(readJson(join(out, "A.json"))).toStrictEqual({
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: `${base}draft-07/A.json`,
    type: "object",
    properties: { b: { $ref: "B.json" } },
    definitions: { C: {} },
  });
  expect(readJson(join(out, "B.json")).$id).toBe(`${base}draft-07/B.json`);
});

test("to-draft-07 refuses $ids under another --base than the one given, keeping the output folder", async () => {
  const input = folder({ "A.json": schema2020("A", { type: "string" }) });
  const out = folder({ "Old.json": "{}" });
  const { code, err } = await run(toDraft07, [input, "--out", out]);
  expect(code).toBe(exitCodes.failed);
  expect(err).toBe(
    `to-draft-07: '${base}2020-12/A.json' is not under https://scenario-api.github.io/schemas/2020-12/ (was to-json-schema run with the same --base?); ${out}/ left as it was`,
  );
  expect(readdirSync(out)).toEqual(["Old.json"]);
});

test("to-draft-07 on a folder without .json files says to run to-json-schema first", async () => {
  const input = folder({ "notes.txt": "x" });
  const out = join(folder(), "draft-07");
  const { code, err } = await run(toDraft07, [input, "--out", out]);
  expect(code).toBe(exitCodes.failed);
  expect(err).toBe(`to-draft-07: no .json files in ${input}/ (run to-json-schema first); ${out}/ left as it was`);
  expect(existsSync(out)).toBe(false);
});

const spec = {
  openapi: "3.1.0",
  info: { title: "Pets", version: "1" },
  paths: {
    "/workflows/{workflowId}/run": {
      put: {
        operationId: "runWorkflow",
        parameters: [{ name: "workflowId", in: "path", required: true, schema: { type: "string" } }],
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/Pet" },
                examples: { rex: { value: { name: "Rex" } } },
              },
            },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Pet: { type: "object", properties: { name: { type: "string" } } },
      Kind: { type: "string", enum: ["cat", "dog"] },
    },
  },
};

test("to-json-schema writes a document per component and the bundle under --base, and says how many", async () => {
  const input = join(folder({ "openapi.json": spec }), "openapi.json");
  const out = folder({ "Gone.json": "{}" });
  const { code, out: stdout, err } = await run(toJsonSchema, [input, "--out", out, "--base", base]);
  expect(err).toBe("");
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toBe(`to-json-schema: ${input} → 3 files in ${out}/`);
  expect(readdirSync(out).sort()).toEqual(["Kind.json", "Pet.json", "scenario-api.json"]);
  expect(readJson(join(out, "Pet.json")).$id).toBe(`${base}2020-12/Pet.json`);
});

test.each([["http://example.test/"], ["https://example.test/a/b/"]])(
  "to-json-schema accepts the --base %s",
  async (given) => {
    const input = join(folder({ "openapi.json": spec }), "openapi.json");
    const out = folder();
    const { code, err } = await run(toJsonSchema, [input, "--out", out, "--base", given]);
    expect(err).toBe("");
    expect(code).toBe(exitCodes.ok);
    expect(readJson(join(out, "Kind.json")).$id).toBe(`${given}2020-12/Kind.json`);
  },
);

test.each([
  ["not absolute", "schemas/"],
  ["not http(s)", "ftp://example.test/"],
  ["without its trailing '/'", "https://example.test/s"],
  ["with something after the last '/'", "https://example.test/s/x"],
  ["with text before the scheme", "see https://example.test/"],
  ["without a host", "https:///"],
])("to-json-schema refuses a --base %s, naming it and writing nothing", async (_, given) => {
  const input = join(folder({ "openapi.json": spec }), "openapi.json");
  const out = join(folder(), "2020-12");
  const { code, err } = await run(toJsonSchema, [input, "--out", out, "--base", given]);
  expect(code).toBe(exitCodes.failed);
  expect(err).toBe(
    `to-json-schema: --base must be an absolute http(s) URI ending in '/', got '${given}'; ${out}/ left as it was`,
  );
  expect(existsSync(out)).toBe(false);
});

test("to-typescript writes openapi.ts and index.ts and says so", async () => {
  const input = join(folder({ "openapi.json": spec }), "openapi.json");
  const out = folder();
  const { code, out: stdout, err } = await run(toTypeScript, [input, "--out", out]);
  expect(err).toBe("");
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toBe(`to-typescript: wrote 2 files to ${out}/`);
  expect(read(join(out, "index.ts"))).toContain(
    'export const kinds = ["cat","dog"] as const satisfies readonly Kind[];',
  );
  expect(read(join(out, "openapi.ts"))).toMatch(
    /^\/\/ Generated from @scenario-api\/openapi by scripts\/src\/to-typescript\.ts\. Do not edit\.\n/,
  );
});

test("emit-examples writes spec-examples.ts and says so", async () => {
  const input = join(folder({ "openapi.json": spec }), "openapi.json");
  const out = folder();
  const { code, out: stdout, err } = await run(emitExamples, [input, "--out", out]);
  expect(err).toBe("");
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toBe(`emit-examples: wrote 1 file to ${out}/`);
  expect(read(join(out, "spec-examples.ts"))).toContain('"rex": {\n      "name": "Rex"\n    }');
});

test("emit-parameters writes parameters.ts and says so; a parameter it cannot honour leaves the folder as it was", async () => {
  const put = (parameters: unknown[]) => ({
    ...(spec as Record<string, unknown>),
    paths: { "/p/{id}": { put: { operationId: "runWorkflow", parameters, responses: {} } } },
  });
  const out = folder();
  const good = join(
    folder({ "openapi.json": put([{ name: "q", in: "query", schema: { type: "string" } }]) }),
    "openapi.json",
  );
  const ok = await run(emitParameters, [good, "--out", out]);
  expect([ok.code, ok.err, ok.out]).toEqual([exitCodes.ok, "", `emit-parameters: wrote 1 file to ${out}/`]);
  const before = read(join(out, "parameters.ts"));
  expect(before).toContain('"name": "q"');
  const bad = join(folder({ "openapi.json": put([{ name: "c", in: "cookie", schema: {} }]) }), "openapi.json");
  const failed = await run(emitParameters, [bad, "--out", out]);
  expect(failed.code).toBe(exitCodes.failed);
  expect(failed.err).toContain("in 'cookie' is not supported");
  expect(failed.err).toContain(`${out}/ left as it was`);
  expect(read(join(out, "parameters.ts"))).toBe(before);
});

test.each<[string, Command]>([
  ["to-typescript", toTypeScript],
  ["emit-examples", emitExamples],
  ["emit-parameters", emitParameters],
])("%s on a file that is not a bundled spec names it and keeps the output folder", async (name, command) => {
  const input = join(folder({ "openapi.json": { openapi: "3.1.0" } }), "openapi.json");
  const out = join(folder(), "generated");
  const { code, err } = await run(command, [input, "--out", out]);
  expect(code).toBe(exitCodes.failed);
  expect(err).toBe(
    `${name}: ${input}: not a bundled OpenAPI document (no openapi version or components.schemas); ${out}/ left as it was`,
  );
  expect(existsSync(out)).toBe(false);
});

/** A folder shaped like @scenario-api/schemas: package.json and both dialect folders. */
const schemasPackage = () =>
  folder({
    "package.json": { name: "schemas" },
    "2020-12/Kind.json": schema2020("Kind", { type: "string", enum: ["cat"] }),
    "2020-12/Pet.json": schema2020("Pet", { type: "object", properties: { kind: { $ref: "Kind.json" } } }),
    "2020-12/scenario-api.json": schema2020("scenario-api", { $defs: {} }),
    "draft-07/Kind.json": "{}",
  });

test("copy-schemas copies both dialect folders of the package and says how many files", async () => {
  const from = schemasPackage();
  const out = folder();
  const { code, out: stdout, err } = await run(copySchemas, [from, "--out", out]);
  expect(err).toBe("");
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toBe(`copy-schemas: ${from} → 4 files in ${out}/{2020-12,draft-07}/`);
  expect(readdirSync(join(out, "2020-12")).sort()).toEqual(["Kind.json", "Pet.json", "scenario-api.json"]);
  expect(read(join(out, "draft-07/Kind.json"))).toBe("{}");
});

test("copy-schemas from a package whose schemas are not built says to build them, and writes nothing", async () => {
  const from = folder({ "package.json": { name: "schemas" }, "2020-12/Kind.json": "{}", "draft-07/.keep": "" });
  const out = join(folder(), "copy");
  const { code, err } = await run(copySchemas, [from, "--out", out]);
  expect(code).toBe(exitCodes.failed);
  expect(err).toBe(
    `copy-schemas: no .json files in ${join(from, "draft-07")} (build @scenario-api/schemas first); ${out}/ left as it was`,
  );
  expect(existsSync(out)).toBe(false);
});

test("to-python-types writes one type per 2020-12 schema file, not the bundle, into --out", async () => {
  const from = schemasPackage();
  const out = join(folder(), "pkg", "types.py");
  const { code, out: stdout, err } = await run(toPythonTypes, [from, "--out", dirname(out)]);
  expect(err).toBe("");
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toBe(`to-python-types: ${from} → 2 types in ${out}`);
  const module = read(out);
  expect(module).toContain('__all__ = ["Kind", "Pet"]');
  expect(module).toContain('Kind: TypeAlias = Literal["cat"]');
  expect(module).toContain('    kind: NotRequired["Kind"]');
});

test("to-python-types keeps the previous file when a schema has no Python type", async () => {
  const from = schemasPackage();
  writeFileSync(join(from, "2020-12/Bad.json"), JSON.stringify({ enum: [{ x: 1 }] }));
  const out = join(folder({ "types.py": "previous" }), "types.py");
  const { code, err } = await run(toPythonTypes, [from, "--out", dirname(out)]);
  expect(code).toBe(exitCodes.failed);
  expect(err).toBe(
    `to-python-types: Bad.json#/enum/0: only strings, finite numbers, booleans and null can be Literal values, got {"x":1}; ${out} left as it was`,
  );
  expect(read(out)).toBe("previous");
});

test("to-go-types writes one type per 2020-12 schema file, not the bundle, into --out, in --package", async () => {
  const from = schemasPackage();
  const out = join(folder(), "mod", "types.go");
  const { code, out: stdout, err } = await run(toGoTypes, [from, "--out", dirname(out), "--package", "pets"]);
  expect(err).toBe("");
  expect(code).toBe(exitCodes.ok);
  expect(stdout).toBe(`to-go-types: ${from} → 2 types in ${out}`);
  const file = read(out);
  expect(file).toContain("\npackage pets\n");
  expect(file).toContain('\tKindCat Kind = "cat"');
  expect(file).toContain('\tKind *Kind `json:"kind,omitempty"`');
  expect(file).not.toContain("ScenarioApi");
});

test("to-go-types keeps the previous file when a schema has no Go type, or the package name is not one", async () => {
  const from = schemasPackage();
  writeFileSync(join(from, "2020-12/Bad.json"), JSON.stringify({ type: "object", properties: { x: false } }));
  const out = join(folder({ "types.go": "previous" }), "types.go");
  const bad = await run(toGoTypes, [from, "--out", dirname(out)]);
  expect(bad.code).toBe(exitCodes.failed);
  expect(bad.err).toBe(`to-go-types: Bad.json#/properties/x: a false schema has no Go type; ${out} left as it was`);
  const pkg = await run(toGoTypes, [schemasPackage(), "--out", dirname(out), "--package", "My-Pkg"]);
  expect(pkg.code).toBe(exitCodes.failed);
  expect(pkg.err).toBe(`to-go-types: --package must be a Go package name, got 'My-Pkg'; ${out} left as it was`);
  // A valid start is not enough: the whole name must be one.
  const tail = await run(toGoTypes, [schemasPackage(), "--out", dirname(out), "--package", "pets-v2"]);
  expect(tail.code).toBe(exitCodes.failed);
  expect(tail.err).toBe(`to-go-types: --package must be a Go package name, got 'pets-v2'; ${out} left as it was`);
  expect(read(out)).toBe("previous");
});

test("copy-schemas --layout id puts each file at its $id's path and says where; another layout is refused", async () => {
  const from = folder({
    "package.json": { name: "schemas" },
    "2020-12/Kind.json": schema2020("Kind", { type: "string" }),
    "draft-07/Kind.json": { ...schema2020("Kind", { type: "string" }), $id: `${base}draft-07/Kind.json` },
  });
  const out = folder();
  const { code, out: stdout, err } = await run(copySchemas, [from, "--out", out, "--layout", "id"]);
  expect(err).toBe("");
  expect(code).toBe(exitCodes.ok);
  const path = new URL(base).pathname.slice(1);
  expect(stdout).toBe(`copy-schemas: ${from} → 2 files at their $id paths in ${out}/{${path}2020-12,${path}draft-07}/`);
  expect(readJson(join(out, path, "draft-07/Kind.json")).$id).toBe(`${base}draft-07/Kind.json`);
  const bad = await run(copySchemas, [from, "--out", out, "--layout", "flat"]);
  expect(bad.code).toBe(exitCodes.failed);
  expect(bad.err).toBe(`copy-schemas: --layout must be one of dialect, id, got 'flat'; ${out}/ left as it was`);
});
