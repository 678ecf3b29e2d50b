import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { locateInput } from "./lib/locate-input.ts";
import { defineCommand } from "./lib/command.ts";
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
    const names = readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort();
    if (names.length === 0) throw new Error(`no .json files in ${dir} (build @scenario-api/schemas first)`);
    for (const name of names) files[`${dialect}/${name}`] = readFileSync(join(dir, name), "utf8");
  }
  return files;
}

/** Writes each dialect's files under `outDir/<dialect>/`, removing files a previous run left that the set no longer has. */
export function writeSchemaFiles(outDir: string, files: FileSet): string[] {
  return dialects.flatMap((dialect) => {
    const prefix = `${dialect}/`;
    const own = Object.fromEntries(
      Object.entries(files)
        .filter(([k]) => k.startsWith(prefix))
        .map(([k, v]) => [k.slice(prefix.length), v]),
    );
    return replaceJsonFiles(join(outDir, dialect), own);
  });
}

export const command = defineCommand({
  name: "copy-schemas",
  summary: "Copies the JSON Schemas of @scenario-api/schemas into <out>/{2020-12,draft-07}/ (Python, Go packages).",
  positionals: [{ name: "from", description: "the schemas package", default: "@scenario-api/schemas" }],
  flags: { out: { description: "output folder; the dialect folders go inside it", default: "." } },
  onFailure: (flags) => `${flags.out}/ left as it was`,
  run: ({ positionals: [from = ""], flags }) => {
    const root = dirname(locateInput(`${from}/package.json`));
    const written = writeSchemaFiles(flags.out, readSchemaFiles(root));
    console.log(`copy-schemas: ${from} → ${written.length} files in ${flags.out}/{${dialects.join(",")}}/`);
  },
});
