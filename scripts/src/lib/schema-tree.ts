/**
 * Keyword-aware traversal of JSON Schema documents (draft-07 and 2020-12).
 *
 * A schema's property *names* are data, not keywords: `Workflow.properties.description` is a
 * schema, and a `default` or `enum` value may contain a key called `$ref`. Walking every object
 * blindly would rewrite those, so the walk only descends through the keywords whose values are
 * schemas.
 */

import { isObject } from "./json-object.ts";
import { escapeToken } from "./json-pointer.ts";

export type JsonSchema = boolean | SchemaObject;
export interface SchemaObject {
  [keyword: string]: unknown;
}

/** Keywords whose value is one schema. */
const schemaValued = new Set([
  "additionalItems",
  "additionalProperties",
  "contains",
  "contentSchema",
  "else",
  "if",
  "items",
  "not",
  "propertyNames",
  "then",
  "unevaluatedItems",
  "unevaluatedProperties",
]);
/** Keywords whose value is an array of schemas (`items` is one too, in draft-07's tuple form). */
const schemaArrays = new Set(["allOf", "anyOf", "oneOf", "prefixItems", "items"]);
/** Keywords whose value maps names to schemas. */
const schemaMaps = new Set(["$defs", "definitions", "dependentSchemas", "patternProperties", "properties"]);

export const isSchemaObject: (value: unknown) => value is SchemaObject = isObject;

export class SchemaShapeError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
  ) {
    super(`${pointer}: ${message}`);
    this.name = "SchemaShapeError";
  }
}

/** The schema name a per-schema file's `$ref` (`Job.json`) points to; `at` locates the `$ref`. */
export function siblingRefName(ref: string, at: string, known: ReadonlySet<string>): string {
  const match = /^([A-Za-z0-9]+)\.json$/.exec(ref);
  if (!match || !known.has(match[1]!))
    throw new SchemaShapeError(
      at,
      `expected a $ref to a sibling schema file (<Name>.json), got ${JSON.stringify(ref)}`,
    );
  return match[1]!;
}

/**
 * Rebuilds a schema bottom-up: every subschema is transformed first, then `visit` gets the
 * object with its transformed subschemas and returns its replacement. Boolean schemas are
 * passed to `visit` too. `pointer` locates the node for error messages.
 */
export function transformSchema(
  schema: unknown,
  pointer: string,
  visit: (node: JsonSchema, pointer: string) => JsonSchema,
): JsonSchema {
  if (typeof schema === "boolean") return visit(schema, pointer);
  if (!isSchemaObject(schema))
    throw new SchemaShapeError(pointer, `expected a schema (object or boolean), got ${describeJson(schema)}`);
  const out: SchemaObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    const at = `${pointer}/${escapeToken(keyword)}`;
    if (schemaArrays.has(keyword) && Array.isArray(value)) {
      out[keyword] = value.map((item, i) => transformSchema(item, `${at}/${i}`, visit));
    } else if (schemaValued.has(keyword)) {
      out[keyword] = transformSchema(value, at, visit);
    } else if (schemaMaps.has(keyword)) {
      if (!isSchemaObject(value))
        throw new SchemaShapeError(at, `expected an object of schemas, got ${describeJson(value)}`);
      out[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, transformSchema(sub, `${at}/${escapeToken(name)}`, visit)]),
      );
    } else if (keyword === "dependencies" && isSchemaObject(value)) {
      // draft-07: each value is either a schema or an array of property names.
      out[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [
          name,
          Array.isArray(sub) ? sub : transformSchema(sub, `${at}/${escapeToken(name)}`, visit),
        ]),
      );
    } else {
      out[keyword] = value;
    }
  }
  return visit(out, pointer);
}

/** Calls `visit` on every schema object of the tree (children before parents), with its JSON pointer. */
export function forEachSchema(
  schema: unknown,
  visit: (node: SchemaObject, pointer: string) => void,
  pointer = "",
): void {
  transformSchema(schema, pointer, (node, at) => {
    if (isSchemaObject(node)) visit(node, at);
    return node;
  });
}

/** "an array", "null", "a string" ... for error messages. */
export function describeJson(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "number") return Number.isInteger(value) ? "an integer" : "a number";
  return typeof value === "boolean" ? "a boolean" : `a ${typeof value}`;
}
