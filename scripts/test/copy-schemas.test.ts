import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { readSchemaFiles, writeSchemaFiles } from "../src/copy-schemas.ts";

function schemasPackage(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "copy-schemas-src-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

test("copies both dialects byte for byte and removes files the source no longer has", () => {
  const root = schemasPackage({
    "2020-12/A.json": '{ "a": 1 }\n',
    "draft-07/A.json": "{}\n",
    "2020-12/notes.txt": "not a schema",
  });
  const out = mkdtempSync(join(tmpdir(), "copy-schemas-out-"));
  mkdirSync(join(out, "draft-07"), { recursive: true });
  writeFileSync(join(out, "draft-07/Gone.json"), "{}");
  const files = readSchemaFiles(root);
  expect(files).toEqual({ "2020-12/A.json": '{ "a": 1 }\n', "draft-07/A.json": "{}\n" });
  writeSchemaFiles(out, files);
  expect(readdirSync(join(out, "draft-07"))).toEqual(["A.json"]);
  expect(readFileSync(join(out, "2020-12/A.json"), "utf8")).toBe('{ "a": 1 }\n');
});

test("a dialect without files is an error that says what to build, and nothing is written", () => {
  const root = schemasPackage({ "2020-12/A.json": "{}", "draft-07/.keep": "" });
  expect(() => readSchemaFiles(root)).toThrow(/no \.json files in .*draft-07 \(build @scenario-api\/schemas first\)/);
});
