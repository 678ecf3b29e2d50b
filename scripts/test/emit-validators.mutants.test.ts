/**
 * emit-validators' command and its input reading, in-process (a spawned scenario-gen has no
 * active mutant): what --help says, which files of a 2020-12 folder become schemas, and the
 * errors a maintainer sees when the folder is wrong.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import {
  command,
  compileStandalone,
  emitWrappers,
  inFunctionScope,
  inFunctionScopes,
  readSchemaDir,
} from "../src/emit-validators.ts";
import { runCommand } from "./run-command.ts";

const schema = (name: string) => ({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: `https://example.test/2020-12/${name}.json`,
  description: `The ${name}. More words.`,
  type: "string",
});

/** A folder holding `files` (name → contents). */
function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "emit-validators-"));
  for (const [name, contents] of Object.entries(files))
    writeFileSync(join(dir, name), typeof contents === "string" ? contents : JSON.stringify(contents));
  return dir;
}

test("readSchemaDir: every .json but the bundle, by name without .json, in name order", () => {
  const dir = folder({
    "B.json": schema("B"),
    "A.json": schema("A"),
    "scenario-api.json": { $defs: {} },
    "notes.txt": "not a schema",
    "C.json.bak": schema("C"),
  });
  const read = readSchemaDir(dir);
  expect(Object.keys(read)).toEqual(["A", "B"]);
  expect(read.A).toEqual(schema("A"));
});

test.each([
  ["a folder without schemas", { "scenario-api.json": {} }, /^no schemas in .*\/ \(run to-json-schema first\)$/],
  ["a file that is not a schema object", { "A.json": [1, 2] }, /A\.json: not a schema object$/],
])("readSchemaDir refuses %s", (_, files, message) => {
  expect(() => readSchemaDir(folder(files))).toThrow(message);
});

test("a run writes the wrappers with import paths from the wrappers' folder, and the compiled code", async () => {
  const dir = folder({});
  mkdirSync(join(dir, "2020-12"));
  writeFileSync(join(dir, "2020-12", "A.json"), JSON.stringify(schema("A")));
  const at = (path: string) => join(dir, path);
  const run = await runCommand(command, [
    at("2020-12"),
    "--compiled",
    at("out/gen"),
    "--wrappers",
    at("src/v.ts"),
    "--result",
    at("src/result.js"),
  ]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^emit-validators: 1 schemas from .*\/2020-12\/ → /);
  const wrappers = readFileSync(join(dir, "src/v.ts"), "utf8");
  expect(wrappers).toContain('import * as compiled from "../out/gen/standalone.js";');
  expect(wrappers).toContain('import { type Validator, validator } from "./result.js";');
  expect(wrappers).toContain(" * The A.\n");
  expect(readFileSync(join(dir, "out/gen/standalone.js"), "utf8")).toMatch(/^export const A = compiled\.A;$/m);
});

test("--help names the input and every flag with its default", async () => {
  const run = await runCommand(command, ["--help"]);
  expect(run.code).toBe(0);
  const lines = run.stdout.split("\n");
  expect(lines[0]).toBe(
    "Precompiles the 2020-12 schemas into ajv standalone code (<compiled>/) and writes a typed validate<Name> per schema (<wrappers>).",
  );
  expect(lines.filter((line) => line.startsWith("  ")).map((line) => line.trim().split(/ {2,}/))).toEqual([
    ["input", "the folder of 2020-12 schemas (default: 2020-12)"],
    ["--compiled <value>", "output folder of the compiled code (built, not committed) (default: generated)"],
    ["--wrappers <value>", "output file of the typed wrappers (committed) (default: src/generated/validators.ts)"],
    ["--result <value>", "the hand-written module the wrappers import validator from (default: src/result.js)"],
    ["--types <value>", "the module whose aliases type the validated values (default: @scenario-api/types)"],
    ["--help", "print this help"],
  ]);
});

test("a failed run names the command and says the outputs were left as they were", async () => {
  const dir = folder({ "v.ts": "previous wrappers" });
  const run = await runCommand(command, [dir, "--wrappers", join(dir, "v.ts"), "--compiled", join(dir, "gen")]);
  expect(run.code).toBe(1);
  expect(run.stderr).toBe(
    `emit-validators: no schemas in ${dir}/ (run to-json-schema first); outputs left as they were`,
  );
  expect(readFileSync(join(dir, "v.ts"), "utf8")).toBe("previous wrappers");
});

test("a run's line lists every file written, comma-separated", async () => {
  const dir = folder({});
  mkdirSync(join(dir, "2020-12"));
  writeFileSync(join(dir, "2020-12", "A.json"), JSON.stringify(schema("A")));
  const at = (path: string) => join(dir, path);
  const run = await runCommand(command, [at("2020-12"), "--compiled", at("gen"), "--wrappers", at("v.ts")]);
  expect(run.stdout).toBe(
    `emit-validators: 1 schemas from ${at("2020-12")}/ → ${at("gen/standalone.d.ts")}, ${at("gen/standalone.js")}, ${at("v.ts")}`,
  );
});

const about = (description: string) => ({ S: { $id: "https://example.test/2020-12/S.json", description } });
test.each([
  ["a first paragraph without a period, whole", "Intro without a period\n\nSecond. More.", "Intro without a period"],
  [
    "a blank line holding spaces ends the paragraph too",
    "Intro without a period\n  \nSecond.",
    "Intro without a period",
  ],
  ["white space runs as one space, none around", "  A  long\n   status.  More.", "A long status."],
  ["a description without any period, whole", "A status", "A status"],
  ["a comment end escaped, so that the doc comment stays open", "Matches a/*/b. More.", "Matches a/*\\/b."],
])("wrappers: %s", (_, description, sentence) => {
  expect(emitWrappers(about(description))).toContain(
    `/**\n * ${sentence}\n *\n * Checks \`value\` against https://example.test/2020-12/S.json. Also a Standard Schema v1.\n */\n`,
  );
});

test("wrappers and declarations are in name order, whatever the order of the schemas given", () => {
  const given = { B: schema("B"), A: schema("A") };
  const wrappers = emitWrappers(given);
  expect(wrappers).toContain("import type {\n  A,\n  B,\n} from");
  expect(wrappers.match(/^export const validate\w+/gm)).toEqual(["export const validateA", "export const validateB"]);
  expect(compileStandalone(given)["standalone.d.ts"]!.match(/^export declare const \w+/gm)).toEqual([
    "export declare const A",
    "export declare const B",
  ]);
});

test("exports are in name order across batches (A and C in one batch, B in the next)", () => {
  const given = {
    A: { ...schema("A"), type: "object", properties: { c: { $ref: "C.json" } } },
    B: schema("B"),
    C: schema("C"),
  };
  expect(compileStandalone(given, 1)["standalone.js"]!.match(/^export const .*$/gm)).toEqual([
    "export const A = compiled0.A;",
    "export const B = compiled1.B;",
    "export const C = compiled0.C;",
  ]);
});

// Before the fix, `data.export` in ajv's code was taken for an export statement and the schema refused.
test("a schema with a property called `export`, and strings that say it, compiles, and its validator works", async () => {
  const given = {
    S: { ...schema("S"), type: "object", properties: { export: { const: "export default x;" } }, required: ["export"] },
  };
  const js = compileStandalone(given)["standalone.js"]!;
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`)) as Record<
    string,
    (x: unknown) => boolean
  >;
  expect([mod.S!({ export: "export default x;" }), mod.S!({ export: "y" })]).toEqual([true, false]);
});

test("inFunctionScope: the module's surrounding blank lines stay out of the scope", () => {
  expect(inFunctionScope("\nfunction validate1(d){return true;}\nexport const A = validate1;\n").split("\n")).toEqual([
    "const compiled = (() => {",
    "function validate1(d){return true;}",
    "return { A: validate1 };",
    "})();",
    "export const A = compiled.A;",
    "",
  ]);
});

const scope = (statement: string, name: string) =>
  `${statement}function validate1(d){return true;}export const ${name} = validate1;`;
test.each([
  [
    "a named import, the same in two scopes, is imported once",
    'import { a } from "m";',
    'import { a } from "m";',
    null,
  ],
  [
    "a default import spaced widely is one binding (a clash)",
    'import  func2 from "m/a";',
    'import func2 from "m/b";',
    /imports 'func2' twice, differently/,
  ],
  [
    "a default import spaced widely before `from` too",
    'import func2  from "m/a";',
    'import func2 from "m/b";',
    /imports 'func2' twice, differently/,
  ],
])("inFunctionScopes: %s", (_, first, second, clash) => {
  const scopes = [scope(first, "A"), scope(second, "B")];
  if (clash) expect(() => inFunctionScopes(scopes)).toThrow(clash);
  else expect(inFunctionScopes(scopes).match(/^import .*$/gm)).toEqual([first]);
});

test("inFunctionScope: an export statement after other code stops the generator too", () => {
  expect(() => inFunctionScope("function validate1(d){return true;}export default validate1;")).toThrow(
    "ajv's standalone code has an export this generator does not understand",
  );
});
