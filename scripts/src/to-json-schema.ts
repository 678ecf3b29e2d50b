import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { readJsonInput } from "./lib/locate-input.ts";
import { bundledSpecInput, defineCommand } from "./lib/command.ts";
import { stableJson } from "./lib/stable-json.ts";
import { isSchemaObject, SchemaShapeError, transformSchema, type SchemaObject } from "./lib/schema-tree.ts";
import { writeFilesAtomic, type FileSet } from "./lib/write-atomic.ts";
import { generatedNotice } from "./lib/generated-header.ts";
import { escapeToken, unescapeToken } from "./lib/json-pointer.ts";

/**
 * Turns the component schemas of an OpenAPI 3.1 document into standalone JSON Schema 2020-12
 * documents: one file per component (`$id` = `<base>2020-12/<Name>.json`, cross-file `$ref`s
 * relative to it: `<Name>.json`) and one bundle holding every component under `$defs`.
 */

/**
 * `$id`s are names, not locations: validators load the files from disk and find each other by
 * `$id`. The prefix sits on the project's GitHub Pages host so it can be served later without
 * changing a byte.
 */
export const defaultBaseUri = "https://scenario-api.github.io/schemas/";
export const dialect202012 = "https://json-schema.org/draft/2020-12/schema";
export const bundleName = "scenario-api";

export function schemaId(baseUri: string, dir: string, name: string): string {
  return `${baseUri}${dir}/${name}.json`;
}

/**
 * A per-schema file's `$ref` to a sibling: relative (`Job.json`), so it resolves against the
 * absolute `$id` when the files are registered by `$id`, and against the file's own path when a
 * tool reads them straight from disk (no network either way).
 */
export function siblingRef(name: string): string {
  return `${encodeURIComponent(name)}.json`;
}

/** OpenAPI's own vocabulary: meaningless (or unknown) to a plain JSON Schema validator. */
const openApiOnly = new Set(["discriminator", "xml", "externalDocs"]);
/** OpenAPI 3.0 keywords that 3.1 replaced; finding one means the spec is not really 3.1. */
const openApi30 = new Map([
  ["nullable", 'use type: [T, "null"]'],
  ["x-nullable", 'use type: [T, "null"]'],
]);

/**
 * One component schema in JSON Schema 2020-12 terms: OpenAPI-only keywords dropped,
 * `example` moved into `examples`, extensions (`x-*`) dropped, and every `$ref` to
 * `#/components/schemas/<Name>[/...]` rewritten by `refTo(Name)` (plus the rest as a fragment).
 */
export function translateSchema(
  schema: unknown,
  pointer: string,
  known: ReadonlySet<string>,
  refTo: (name: string) => string,
): SchemaObject | boolean {
  return transformSchema(schema, pointer, (node, at) => {
    if (!isSchemaObject(node)) return node;
    const out: SchemaObject = {};
    for (const [keyword, value] of Object.entries(node)) {
      if (openApiOnly.has(keyword) || (keyword.startsWith("x-") && !openApi30.has(keyword))) continue;
      const replacement = openApi30.get(keyword);
      if (replacement)
        throw new SchemaShapeError(`${at}/${keyword}`, `'${keyword}' is OpenAPI 3.0, not 3.1: ${replacement}`);
      if (keyword === "$schema") {
        if (value !== dialect202012)
          throw new SchemaShapeError(
            `${at}/$schema`,
            `only JSON Schema 2020-12 is supported, got ${JSON.stringify(value)}`,
          );
        continue;
      }
      if (keyword === "example" || keyword === "examples") {
        // 3.1 allows both; JSON Schema only knows `examples`, so they merge where the first one stood.
        if (!("examples" in out))
          out.examples = [
            ...(Array.isArray(node.examples) ? node.examples : []),
            ...("example" in node ? [node.example] : []),
          ];
        continue;
      }
      out[keyword] = keyword === "$ref" ? rewriteRef(value, `${at}/$ref`, known, refTo) : value;
    }
    return out;
  });
}

function rewriteRef(ref: unknown, at: string, known: ReadonlySet<string>, refTo: (name: string) => string): string {
  const prefix = "#/components/schemas/";
  if (typeof ref !== "string" || !ref.startsWith(prefix)) {
    throw new SchemaShapeError(
      at,
      `only refs to ${prefix}<Name> can become JSON Schema refs, got ${JSON.stringify(ref)}`,
    );
  }
  const [name = "", ...rest] = ref.slice(prefix.length).split("/");
  const decoded = unescapeToken(name);
  if (!known.has(decoded)) {
    const near = [...known].find((k) => k.toLowerCase() === decoded.toLowerCase());
    throw new SchemaShapeError(at, `unknown $ref '${ref}'${near ? `; did you mean '${prefix}${near}'?` : ""}`);
  }
  if (rest.length > 0) {
    // A pointer into a component would have to follow that component's shape through every
    // dialect (draft-07 rewrites $ref-with-siblings as allOf), so it is not offered.
    throw new SchemaShapeError(at, `refer to a named component (${prefix}${decoded}), not into one: got '${ref}'`);
  }
  return refTo(decoded);
}

export interface JsonSchemaSet {
  /** Component name → standalone 2020-12 document. */
  schemas: Record<string, SchemaObject>;
  /** Every component under `$defs`, refs local (`#/$defs/<Name>`). */
  bundle: SchemaObject;
}

/** A boolean schema as the equivalent object, so it can carry `$id` and `title`. */
function asObject(body: SchemaObject | boolean): SchemaObject {
  return typeof body === "boolean" ? (body ? {} : { not: {} }) : body;
}

/** The OpenAPI document's component schemas as JSON Schema 2020-12 documents and bundle. */
export function toJsonSchemas(openapi: unknown, baseUri = defaultBaseUri): JsonSchemaSet {
  if (!isSchemaObject(openapi) || typeof openapi.openapi !== "string" || !openapi.openapi.startsWith("3.1.")) {
    throw new SchemaShapeError("#/openapi", "expected an OpenAPI 3.1 document");
  }
  const dialect = openapi.jsonSchemaDialect;
  if (
    dialect !== undefined &&
    dialect !== "https://spec.openapis.org/oas/3.1/dialect/base" &&
    dialect !== dialect202012
  ) {
    throw new SchemaShapeError("#/jsonSchemaDialect", `unsupported dialect ${JSON.stringify(dialect)}`);
  }
  const components = isSchemaObject(openapi.components) ? openapi.components.schemas : undefined;
  if (!isSchemaObject(components) || Object.keys(components).length === 0) {
    throw new SchemaShapeError("#/components/schemas", "the document has no component schemas");
  }
  const names = Object.keys(components).sort();
  const known = new Set(names);
  const script = "to-json-schema.ts";
  const schemas: Record<string, SchemaObject> = {};
  const defs: Record<string, SchemaObject> = {};
  for (const name of names) {
    const pointer = `#/components/schemas/${escapeToken(name)}`;
    const standalone = translateSchema(components[name], pointer, known, siblingRef);
    schemas[name] = {
      $schema: dialect202012,
      $id: schemaId(baseUri, "2020-12", name),
      $comment: generatedNotice(script),
      title: name,
      ...asObject(standalone),
    };
    const local = translateSchema(components[name], pointer, known, (n) => `#/$defs/${escapeToken(n)}`);
    defs[name] = { title: name, ...asObject(local) };
  }
  const info = isSchemaObject(openapi.info) ? openapi.info : {};
  const bundle: SchemaObject = {
    $schema: dialect202012,
    $id: schemaId(baseUri, "2020-12", bundleName),
    $comment: generatedNotice(script),
    title: typeof info.title === "string" ? info.title : "Scenario API",
    description: "Every component schema of the API, by name, in one document.",
    $defs: defs,
  };
  return { schemas, bundle };
}

/** `<Name>.json` for every schema plus `scenario-api.json`, as stable JSON text. */
export function serializeSchemaSet(set: JsonSchemaSet): FileSet {
  const files: FileSet = {};
  for (const [name, schema] of Object.entries(set.schemas)) files[`${name}.json`] = stableJson(schema);
  files[`${bundleName}.json`] = stableJson(set.bundle);
  return files;
}

/** Writes `files` into `outDir` atomically and removes the `.json` files a previous run left there that the set no longer has. */
export function replaceJsonFiles(outDir: string, files: FileSet): string[] {
  const written = writeFilesAtomic(outDir, files);
  let existing: string[] = [];
  try {
    existing = readdirSync(outDir).filter((f) => f.endsWith(".json"));
  } catch {
    return written;
  }
  for (const stale of existing.filter((f) => !(f in files))) rmSync(join(outDir, stale));
  return written;
}

export const command = defineCommand({
  name: "to-json-schema",
  summary: "Writes one JSON Schema (2020-12) per component schema of the spec, plus a bundle of them all.",
  positionals: [bundledSpecInput],
  flags: {
    out: { description: "output folder", default: "2020-12" },
    base: { description: "the schemas' base URI (absolute http(s), ending in '/')", default: defaultBaseUri },
  },
  onFailure: (flags) => `${flags.out}/ left as it was`,
  run: ({ positionals: [input = ""], flags: { out, base } }) => {
    if (!/^https?:\/\/.+\/$/.test(base))
      throw new Error(`--base must be an absolute http(s) URI ending in '/', got '${base}'`);
    const written = replaceJsonFiles(out, serializeSchemaSet(toJsonSchemas(readJsonInput(input), base)));
    console.log(`to-json-schema: ${input} → ${written.length} files in ${out}/`);
  },
});
