import { basename, dirname, join } from "node:path";
import { locateInput } from "./lib/locate-input.ts";
import { dialects, readSchemaFiles } from "./lib/schema-folder.ts";
import { defineCommand } from "./lib/command.ts";
import { replaceJsonFiles } from "./to-json-schema.ts";
import type { FileSet } from "./lib/write-atomic.ts";

/**
 * The JSON Schema files of @scenario-api/schemas (both dialects, per-schema files and bundles),
 * byte for byte, for the packages of other languages: they must ship the very files the npm
 * package ships, so the verdicts and `$id`s cannot drift.
 */

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

/**
 * The same files keyed by the path their `$id` names on its host (`https://h/schemas/2020-12/Job.json`
 * → `schemas/2020-12/Job.json`): a site whose root is that host serves each file at its `$id`.
 * The `$id`s are the one source of the base URL; every file must name the same origin.
 */
export function atIdPaths(files: FileSet): FileSet {
  const out: FileSet = {};
  let origin: string | undefined;
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const id = (JSON.parse(text) as { $id?: unknown }).$id;
    const url = typeof id === "string" && URL.canParse(id) ? new URL(id) : undefined;
    if (
      !url ||
      !/^https?:$/.test(url.protocol) ||
      url.search !== "" ||
      url.hash !== "" ||
      !url.pathname.endsWith(".json")
    )
      throw new Error(`${path}: $id ${JSON.stringify(id)} is not an http(s) URL of a .json file`);
    origin ??= url.origin;
    if (url.origin !== origin) throw new Error(`${path}: $id ${id} is not on ${origin}, where the other files are`);
    const at = decodeURIComponent(url.pathname.slice(1));
    if (at in out) throw new Error(`${path}: $id ${id} is also the $id of another file`);
    out[at] = text;
  }
  return out;
}

/** Writes files at their paths under `outDir`, removing the `.json` files a previous run left in those folders. */
export function writeAtIdPaths(outDir: string, files: FileSet): string[] {
  const byFolder = new Map<string, FileSet>();
  for (const [path, text] of Object.entries(files)) {
    const folder = dirname(path);
    byFolder.set(folder, { ...byFolder.get(folder), [basename(path)]: text });
  }
  return [...byFolder].flatMap(([folder, own]) => replaceJsonFiles(join(outDir, folder), own));
}

const layouts = ["dialect", "id"] as const;

export const command = defineCommand({
  name: "copy-schemas",
  summary: "Copies the JSON Schemas of @scenario-api/schemas into <out>/{2020-12,draft-07}/ (Python, Go packages).",
  positionals: [{ name: "from", description: "the schemas package", default: "@scenario-api/schemas" }],
  flags: {
    out: { description: "output folder; the dialect folders go inside it", default: "." },
    layout: {
      description:
        "'dialect': <out>/<dialect>/<Name>.json; 'id': <out>/<path of the file's $id> (a site that serves the $ids)",
      default: "dialect",
    },
  },
  onFailure: (flags) => `${flags.out}/ left as it was`,
  run: ({ positionals: [from = ""], flags }) => {
    if (!(layouts as readonly string[]).includes(flags.layout))
      throw new Error(`--layout must be one of ${layouts.join(", ")}, got '${flags.layout}'`);
    const files = readSchemaFiles(dirname(locateInput(`${from}/package.json`)));
    if (flags.layout === "id") {
      const placed = atIdPaths(files);
      const written = writeAtIdPaths(flags.out, placed);
      const folders = [...new Set(Object.keys(placed).map(dirname))].sort();
      console.log(
        `copy-schemas: ${from} → ${written.length} files at their $id paths in ${flags.out}/{${folders.join(",")}}/`,
      );
      return;
    }
    const written = writeSchemaFiles(flags.out, files);
    console.log(`copy-schemas: ${from} → ${written.length} files in ${flags.out}/{${dialects.join(",")}}/`);
  },
});
