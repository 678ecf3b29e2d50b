import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { writeFilesAtomic } from "../src/lib/write-atomic.ts";

describe("writeFilesAtomic", () => {
  test("files of one folder each get their own contents, and the paths come back sorted", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    // Same folder, same last letters: each file still has its own temporary sibling.
    const files = { "c/b.json": "B\n", "a.json": "A\n", "c/a.json": "CA\n", "b.json": "BB\n" };
    expect(writeFilesAtomic(dir, files)).toEqual(["a.json", "b.json", "c/a.json", "c/b.json"].map((f) => join(dir, f)));
    for (const [rel, contents] of Object.entries(files)) expect(readFileSync(join(dir, rel), "utf8")).toBe(contents);
    expect(readdirSync(dir).sort()).toEqual(["a.json", "b.json", "c"]);
  });

  test("replaces a file that is there, in a folder that is there", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    writeFileSync(join(dir, "index.html"), "old\n");
    expect(writeFilesAtomic(dir, { "index.html": "new\n" })).toEqual([join(dir, "index.html")]);
    expect(readFileSync(join(dir, "index.html"), "utf8")).toBe("new\n");
    expect(readdirSync(dir)).toEqual(["index.html"]);
  });

  test("when a later file fails, the temporary files of the earlier ones are removed too", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    writeFileSync(join(dir, "z"), "");
    expect(() => writeFilesAtomic(dir, { "a.txt": "a\n", "b.txt": "b\n", "z/c.txt": "c\n" })).toThrow();
    expect(readdirSync(dir)).toEqual(["z"]);
  });

  test("two names of one file in a set that fails: the error thrown is the failing file's, not the clean-up's", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    writeFileSync(join(dir, "z"), "");
    // "./a.txt" and "a.txt" stage the same temporary file: removing it twice must not hide why the set failed.
    const failure = (() => {
      try {
        writeFilesAtomic(dir, { "./a.txt": "1\n", "a.txt": "2\n", "z/c.txt": "c\n" });
      } catch (error) {
        return error as NodeJS.ErrnoException;
      }
    })();
    expect(failure?.code).toBe("EEXIST");
    expect(failure?.path).toBe(join(dir, "z"));
    expect(readdirSync(dir)).toEqual(["z"]);
  });
});
