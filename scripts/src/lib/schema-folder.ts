/** Reading folders of JSON Schema files: how every generator lists and reads them. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { FileSet } from "./write-atomic.ts";

/** The dialect folders of @scenario-api/schemas. */
export const dialects = ["2020-12", "draft-07"] as const;

/** The `.json` files of a folder, by name, in name order. */
export function jsonFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
}

/** `<dialect>/<file>.json` → contents, for every dialect directory under `root`. */
export function readSchemaFiles(root: string): FileSet {
  const files: FileSet = {};
  for (const dialect of dialects) {
    const dir = join(root, dialect);
    const names = jsonFileNames(dir);
    if (names.length === 0) throw new Error(`no .json files in ${dir} (build @scenario-api/schemas first)`);
    for (const name of names) files[`${dialect}/${name}`] = readFileSync(join(dir, name), "utf8");
  }
  return files;
}

/** The schemas of one dialect in such a set, parsed and keyed by name, without the bundle (`<bundle>.json`). */
export function parseDialect(
  files: FileSet,
  dialect: (typeof dialects)[number],
  bundle: string,
): Record<string, unknown> {
  const prefix = `${dialect}/`;
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => path.startsWith(prefix) && path !== `${prefix}${bundle}.json`)
      .map(([path, text]) => [path.slice(prefix.length, -".json".length), JSON.parse(text) as unknown]),
  );
}
