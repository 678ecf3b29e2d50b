import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { writeFilesAtomic } from "../src/lib/write-atomic.ts";

describe("writeFilesAtomic", () => {
  test("writes nested files and returns their paths in sorted order", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const written = writeFilesAtomic(dir, { "b.json": "{}\n", "a/x.txt": "x\n" });
    expect(written).toEqual([join(dir, "a/x.txt"), join(dir, "b.json")]);
    expect(readFileSync(join(dir, "a/x.txt"), "utf8")).toBe("x\n");
  });

  test("an absolute path is written where it says, not below the output directory", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    const elsewhere = join(mkdtempSync(join(tmpdir(), "atomic-abs-")), "gen/x.js");
    expect(writeFilesAtomic(dir, { [elsewhere]: "x\n" })).toEqual([elsewhere]);
    expect(readFileSync(elsewhere, "utf8")).toBe("x\n");
  });

  test("when one file cannot be written, none is replaced and no temp file is left", () => {
    const dir = mkdtempSync(join(tmpdir(), "atomic-"));
    writeFileSync(join(dir, "a.txt"), "old\n");
    // A path below a regular file cannot be created, whoever runs the test (root included).
    writeFileSync(join(dir, "file"), "");
    expect(() => writeFilesAtomic(dir, { "a.txt": "new\n", "file/b.txt": "b\n" })).toThrow();
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toBe("old\n");
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});
