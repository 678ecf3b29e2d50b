import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { locateInput } from "./lib/locate-input.ts";
import { parseArgs } from "./lib/parse-args.ts";
import { replaceJsonFiles } from "./to-json-schema.ts";
import type { FileSet } from "./lib/write-atomic.ts";

/**
 * The JSON Schema files of @scenario-api/schemas (both dialects, per-schema files and bundles),
 * byte for byte, for the packages of other languages: they must ship the very files the npm
 * package ships, so the verdicts and `$id`s cannot drift.
 */

export const dialects = ["2020-12", "draft-07"] as const;

/** `<dialect>/<file>.json` → contents, for every dialect directory under `root`. */
export function readSchemaFiles(root: string): FileSet {
  const files: FileSet = {};
  for (const dialect of dialects) {
    const dir = join(root, dialect);
    const names = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
    if (names.length === 0) throw new Error(`no .json files in ${dir} (build @scenario-api/schemas first)`);
    for (const name of names) files[`${dialect}/${name}`] = readFileSync(join(dir, name), "utf8");
  }
  return files;
}

/** Writes each dialect's files under `outDir/<dialect>/`, removing files a previous run left that the set no longer has. */
export function writeSchemaFiles(outDir: string, files: FileSet): string[] {
  return dialects.flatMap((dialect) => {
    const prefix = `${dialect}/`;
    const own = Object.fromEntries(Object.entries(files).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
    return replaceJsonFiles(join(outDir, dialect), own);
  });
}

/** CLI: `scenario-gen copy-schemas @scenario-api/schemas --out <dir>` */
export async function main(args: string[]): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const from = positional[0] ?? "@scenario-api/schemas";
  const out = flags.get("out") ?? ".";
  try {
    const root = dirname(locateInput(`${from}/package.json`));
    const written = writeSchemaFiles(out, readSchemaFiles(root));
    console.log(`copy-schemas: ${from} → ${written.length} files in ${out}/{${dialects.join(",")}}/`);
    return 0;
  } catch (error) {
    console.error(`copy-schemas: ${error instanceof Error ? error.message : String(error)}; ${out}/ left as it was`);
    return 1;
  }
}
