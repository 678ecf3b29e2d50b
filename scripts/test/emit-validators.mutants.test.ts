/**
 * emit-validators' command and its input reading, in-process (a spawned scenario-gen has no
 * active mutant): what --help says, which files of a 2020-12 folder become schemas, and the
 * errors a maintainer sees when the folder is wrong.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { command, readSchemaDir } from "../src/emit-validators.ts";
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
  expect(wrappers).toContain('import { toResult, type ValidationResult } from "./result.js";');
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
    ["--result <value>", "the hand-written module the wrappers import toResult from (default: src/result.js)"],
    ["--types <value>", "the module whose aliases type the validated values (default: @scenario-api/types)"],
    ["--help", "print this help"],
  ]);
});
