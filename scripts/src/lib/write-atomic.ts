import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** Files as data: path relative to an output directory → contents. */
export type FileSet = Record<string, string>;

/**
 * Writes every file of the set or none: all contents go to temporary siblings first and
 * are renamed into place only once each one is written, so a failing generator (or a full
 * disk) leaves the previous outputs whole.
 */
export function writeFilesAtomic(outDir: string, files: FileSet): string[] {
  const staged: Array<[tmp: string, final: string]> = [];
  try {
    // The default sort orders by UTF-16 code units, as `<` does on strings; keys are unique.
    for (const rel of Object.keys(files).sort()) {
      const final = resolve(outDir, rel);
      const tmp = join(dirname(final), `.${rel.split("/").pop()}.${process.pid}.tmp`);
      mkdirSync(dirname(final), { recursive: true });
      writeFileSync(tmp, files[rel] as string);
      staged.push([tmp, final]);
    }
  } catch (error) {
    for (const [tmp] of staged) rmSync(tmp, { force: true });
    throw error;
  }
  for (const [tmp, final] of staged) renameSync(tmp, final);
  return staged.map(([, final]) => final);
}
