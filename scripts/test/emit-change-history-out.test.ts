/**
 * Where `emit-change-history --out` (a folder) writes. A file at the filesystem root cannot be written by a
 * test, so the atomic writer is replaced by one that records its arguments.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, expect, test, vi } from "vitest";
import { command } from "../src/emit-change-history.ts";
import { runCommand } from "./run-command.ts";

const writes = vi.hoisted(() => [] as { dir: string; names: string[] }[]);
vi.mock("../src/lib/write-atomic.ts", () => ({
  writeFilesAtomic: (dir: string, files: Record<string, string>) => {
    writes.push({ dir, names: Object.keys(files) });
    return Object.keys(files).map((name) => join(dir, name));
  },
}));

beforeEach(() => {
  writes.length = 0;
});

test.each([
  ["/", "/", "reference.json"],
  ["/srv/docs", "/srv/docs", "reference.json"],
  ["dist", "dist", "reference.json"],
  [".", ".", "reference.json"],
])("--out %s is written as %s + %s", async (out, dir, name) => {
  const cwd = mkdtempSync(join(tmpdir(), "change-history-out-"));
  writeFileSync(join(cwd, "openapi.json"), JSON.stringify({ openapi: "3.1.0", info: { title: "t", version: "1" } }));
  const run = await runCommand(command, ["openapi.json", "--out", out, "--changesets", join(cwd, "none")], cwd);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(writes).toEqual([{ dir, names: [name] }]);
});

test("--out naming a file (what it meant before) is refused with exit 2, writing nothing", async () => {
  const cwd = mkdtempSync(join(tmpdir(), "change-history-out-"));
  const run = await runCommand(command, ["openapi.json", "--out", "dist/reference.json"], cwd);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    "--out is the folder to write reference.json in, not a file: got 'dist/reference.json' (--out dist writes dist/reference.json)",
  );
  expect(writes).toEqual([]);
});
