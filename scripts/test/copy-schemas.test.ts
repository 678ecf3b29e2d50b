import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { atIdPaths, writeAtIdPaths, writeSchemaFiles } from "../src/copy-schemas.ts";
import { readSchemaFiles } from "../src/lib/schema-folder.ts";

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

const withId = (id: unknown) => JSON.stringify({ $id: id, type: "string" });

test("--layout id: every file goes to the path its $id names on its host, bytes unchanged", () => {
  const files = {
    "2020-12/Job.json": withId("https://h.test/schemas/2020-12/Job.json"),
    "draft-07/Job.json": withId("https://h.test/schemas/draft-07/Job.json"),
    "draft-07/A%20B.json": withId("https://h.test/schemas/draft-07/A%20B.json"),
  };
  expect(atIdPaths(files)).toEqual({
    "schemas/2020-12/Job.json": files["2020-12/Job.json"],
    "schemas/draft-07/Job.json": files["draft-07/Job.json"],
    "schemas/draft-07/A B.json": files["draft-07/A%20B.json"],
  });
  const out = mkdtempSync(join(tmpdir(), "copy-schemas-site-"));
  mkdirSync(join(out, "schemas/draft-07"), { recursive: true });
  writeFileSync(join(out, "schemas/draft-07/Gone.json"), "{}");
  writeFileSync(join(out, "index.html"), "<p>the page</p>");
  writeAtIdPaths(out, atIdPaths(files));
  expect(readdirSync(join(out, "schemas/draft-07")).sort()).toEqual(["A B.json", "Job.json"]);
  expect(readFileSync(join(out, "schemas/2020-12/Job.json"), "utf8")).toBe(files["2020-12/Job.json"]);
  expect(readFileSync(join(out, "index.html"), "utf8")).toBe("<p>the page</p>");
});

test.each([
  ["no $id", { "2020-12/A.json": "{}" }, "2020-12/A.json: $id undefined is not an http(s) URL of a .json file"],
  ["a relative $id", { "2020-12/A.json": withId("A.json") }, '2020-12/A.json: $id "A.json" is not an http(s) URL'],
  ["a file: $id", { "2020-12/A.json": withId("file:///A.json") }, "is not an http(s) URL"],
  ["a $id with a fragment", { "2020-12/A.json": withId("https://h.test/A.json#x") }, "is not an http(s) URL"],
  [
    "two hosts",
    { "2020-12/A.json": withId("https://h.test/A.json"), "2020-12/B.json": withId("https://other.test/B.json") },
    "2020-12/B.json: $id https://other.test/B.json is not on https://h.test, where the other files are",
  ],
  [
    "two files with one $id",
    { "2020-12/A.json": withId("https://h.test/A.json"), "draft-07/A.json": withId("https://h.test/A.json") },
    "draft-07/A.json: $id https://h.test/A.json is also the $id of another file",
  ],
])("--layout id refuses %s, naming the file", (_, files, message) => expect(() => atIdPaths(files)).toThrow(message));
