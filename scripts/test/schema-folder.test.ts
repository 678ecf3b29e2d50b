import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, vi } from "vitest";
import { jsonFileNames, parseDialect } from "../src/lib/schema-folder.ts";

// A file system may list a folder in any order (ext4: hash order; tmpfs: newest first); this one
// lists names backwards, so that an order taken from the listing shows.
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  return { ...real, readdirSync: (dir: string) => (real.readdirSync(dir) as string[]).sort().reverse() };
});

test("jsonFileNames: only the .json files, in name order whatever order the file system lists them", () => {
  const dir = mkdtempSync(join(tmpdir(), "schema-folder-"));
  const names = ["A.json", "B.json", "Job.json", "a.json"];
  for (const name of names) writeFileSync(join(dir, name), "{}");
  writeFileSync(join(dir, "notes.txt"), "");
  mkdirSync(join(dir, "sub"));
  expect(readdirSync(dir)).toEqual(["sub", "notes.txt", "a.json", "Job.json", "B.json", "A.json"]);
  expect(jsonFileNames(dir)).toEqual(names);
});

test("parseDialect: that dialect's schemas by name, parsed, without the bundle or the other dialect", () => {
  const files = {
    "2020-12/A.json": '{"type":"string"}',
    "2020-12/Bundle.json": "{}",
    "2020-12/B.json": "[1]",
    "draft-07/A.json": '{"type":"number"}',
  };
  expect(parseDialect(files, "2020-12", "Bundle")).toEqual({ A: { type: "string" }, B: [1] });
  expect(parseDialect(files, "draft-07", "Bundle")).toEqual({ A: { type: "number" } });
});
