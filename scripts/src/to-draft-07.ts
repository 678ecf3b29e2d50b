import { readJsonInput } from "./lib/locate-input.ts";
import { jsonFileNames } from "./lib/schema-folder.ts";
import { join } from "node:path";
import { stableJson } from "./lib/stable-json.ts";
import { isSchemaObject, SchemaShapeError, transformSchema, type SchemaObject } from "./lib/schema-tree.ts";
import { defineCommand } from "./lib/command.ts";
import { dialect202012, replaceJsonFiles, defaultBaseUri } from "./to-json-schema.ts";
import type { FileSet } from "./lib/write-atomic.ts";
import { generatedNotice } from "./lib/generated-header.ts";
import type { JsonObject } from "./lib/json-object.js";

/**
 * Rewrites JSON Schema 2020-12 documents as draft-07 documents with the same verdicts, for
 * validators that stop at draft-07 (Python fastjsonschema, Go gojsonschema, many Java
 * libraries). Keywords without a faithful draft-07 equivalent are refused, not approximated.
 */

export const dialectDraft07 = "http://json-schema.org/draft-07/schema#";

/** 2020-12 keywords that draft-07 cannot express with the same verdicts. */
const untranslatable = new Map([
  ["unevaluatedProperties", "needs annotation collection across subschemas"],
  ["unevaluatedItems", "needs annotation collection across subschemas"],
  ["$dynamicRef", "has no draft-07 counterpart"],
  ["$dynamicAnchor", "has no draft-07 counterpart"],
  ["$recursiveRef", "has no draft-07 counterpart"],
  ["$recursiveAnchor", "has no draft-07 counterpart"],
  ["$anchor", "has no draft-07 counterpart here (refer by JSON pointer instead)"],
  ["$vocabulary", "only belongs in meta-schemas"],
  ["minContains", "has no draft-07 counterpart"],
  ["maxContains", "has no draft-07 counterpart"],
]);
/** 2020-12 annotations draft-07 does not define; they never change a verdict. */
const droppedAnnotations = new Set(["deprecated", "contentSchema"]);

export interface UriMapping {
  /** URI prefix of the 2020-12 documents, e.g. `https://…/schemas/2020-12/`. */
  from: string;
  /** The same for draft-07, e.g. `https://…/schemas/draft-07/`. */
  to: string;
}

/** A `$ref`/`$id` pointing into the 2020-12 set, pointed at the draft-07 one; `$defs` fragments become `definitions`. */
export function mapUri(uri: string, mapping: UriMapping): string {
  // An absolute URI outside the 2020-12 set would keep pointing at 2020-12 documents (a --base
  // that differs from to-json-schema's): refuse it rather than mix dialects.
  if (/^[a-z][a-z0-9+.-]*:/i.test(uri) && !uri.startsWith(mapping.from)) {
    throw new Error(`'${uri}' is not under ${mapping.from} (was to-json-schema run with the same --base?)`);
  }
  const moved = uri.startsWith(mapping.from) ? mapping.to + uri.slice(mapping.from.length) : uri;
  const hash = moved.indexOf("#");
  if (hash < 0) return moved;
  return moved.slice(0, hash) + moved.slice(hash).replace(/^#\/\$defs\//, "#/definitions/");
}

/** One 2020-12 document (root or bundle) as draft-07. */
export function toDraft07(schema: unknown, mapping: UriMapping, pointer = ""): SchemaObject | boolean {
  const converted = transformSchema(schema, pointer, (node, at) => {
    if (!isSchemaObject(node)) return node;
    const out: SchemaObject = {};
    for (const [keyword, value] of Object.entries(node)) {
      const why = untranslatable.get(keyword);
      if (why) throw new SchemaShapeError(`${at}/${keyword}`, `'${keyword}' cannot be written in draft-07: it ${why}`);
      if (droppedAnnotations.has(keyword)) continue;
      switch (keyword) {
        case "$schema":
          if (value !== dialect202012)
            throw new SchemaShapeError(`${at}/$schema`, `expected a 2020-12 document, got ${JSON.stringify(value)}`);
          out.$schema = dialectDraft07;
          break;
        case "$id":
        case "$ref":
          out[keyword] = mapUri(String(value), mapping);
          break;
        case "$defs":
          out.definitions = value;
          break;
        case "$comment":
          out.$comment = value === generatedNotice("to-json-schema.ts") ? generatedNotice("to-draft-07.ts") : value;
          break;
        case "prefixItems":
          // 2020-12 `prefixItems` + `items` is draft-07's tuple `items` + `additionalItems`.
          out.items = value;
          if ("items" in node) out.additionalItems = node.items;
          break;
        case "items":
          if (!("prefixItems" in node)) out.items = value;
          break;
        case "dependentRequired":
        case "dependentSchemas":
          out.dependencies = mergeDependencies(out.dependencies, value, `${at}/${keyword}`);
          break;
        default:
          out[keyword] = value;
      }
    }
    return wrapRefWithSiblings(out);
  });
  return converted;
}

function mergeDependencies(existing: unknown, add: unknown, at: string): SchemaObject {
  const merged: SchemaObject = isSchemaObject(existing) ? { ...existing } : {};
  if (!isSchemaObject(add)) throw new SchemaShapeError(at, "expected an object");
  for (const [name, dep] of Object.entries(add)) {
    if (name in merged)
      throw new SchemaShapeError(
        at,
        `'${name}' is both in dependentRequired and dependentSchemas; draft-07's dependencies holds one`,
      );
    merged[name] = dep;
  }
  return merged;
}

/**
 * In draft-07 a `$ref` makes every sibling keyword ignored, including `description`, `$id` and
 * any assertion. `allOf: [{ $ref }]` beside the siblings keeps all of them in force, as in 2020-12.
 */
function wrapRefWithSiblings(node: SchemaObject): SchemaObject {
  if (!("$ref" in node) || Object.keys(node).length === 1) return node;
  const { $ref, ...siblings } = node;
  const allOf = Array.isArray(siblings.allOf) ? [{ $ref }, ...siblings.allOf] : [{ $ref }];
  const out: SchemaObject = {};
  let placed = false;
  // Keep the keyword order of the source; the wrapped ref takes the place the `$ref` had.
  for (const keyword of Object.keys(node)) {
    if (keyword === "$ref" || keyword === "allOf") {
      if (!placed) out.allOf = allOf;
      placed = true;
    } else {
      out[keyword] = siblings[keyword];
    }
  }
  return out;
}

/** Every `.json` document of a 2020-12 directory, converted, as files for the draft-07 one. */
export function convertFiles(files: JsonObject, mapping: UriMapping): FileSet {
  const out: FileSet = {};
  for (const name of Object.keys(files).sort()) out[name] = stableJson(toDraft07(files[name], mapping, `${name}#`));
  return out;
}

export const command = defineCommand({
  name: "to-draft-07",
  summary: "Converts the JSON Schemas (2020-12) in a folder to draft-07, for validators that only speak draft-07.",
  positionals: [{ name: "input", description: "the folder of 2020-12 schemas", default: "2020-12" }],
  flags: {
    out: { description: "output folder", default: "draft-07" },
    base: {
      description: "the schemas' base URI; $ids move from <base>2020-12/ to <base>draft-07/",
      default: defaultBaseUri,
    },
  },
  onFailure: (flags) => `${flags.out}/ left as it was`,
  run: ({ positionals: [input = ""], flags: { out, base } }) => {
    const docs: JsonObject = {};
    for (const file of jsonFileNames(input)) docs[file] = readJsonInput(join(input, file));
    if (Object.keys(docs).length === 0) throw new Error(`no .json files in ${input}/ (run to-json-schema first)`);
    const written = replaceJsonFiles(out, convertFiles(docs, { from: `${base}2020-12/`, to: `${base}draft-07/` }));
    console.log(`to-draft-07: ${input}/ → ${written.length} files in ${out}/`);
  },
});
