/**
 * Documentation-only changes: text and examples that change no request and no response.
 * They make a patch release (the reference and the types' comments change).
 */
import { escapeToken } from "../lib/json-pointer.ts";
import { type Finding, sameJson } from "./model.ts";
import { finding } from "./rules.ts";
import { isObject, type JsonObject } from "../lib/json-object.ts";

const TEXT = new Set([
  "description",
  "summary",
  "title",
  "example",
  "examples",
  "externalDocs",
  "tags",
  "info",
  "servers",
  "contact",
  "license",
  "$comment",
  "deprecated",
  "x-codeSamples",
]);
/** Under these keys the names are data (a property called `description` is a schema). */
const NAMED = new Set([
  "properties",
  "patternProperties",
  "$defs",
  "schemas",
  "paths",
  "webhooks",
  "responses",
  "parameters",
  "headers",
  "content",
  "securitySchemes",
  "requestBodies",
  "callbacks",
  "links",
  "dependentSchemas",
]);

function walk(b: unknown, a: unknown, at: string, out: Finding[], underNamed: boolean): void {
  if (sameJson(b, a)) return;
  if (!isObject(b) || !isObject(a)) return;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    const here = `${at}/${escapeToken(key)}`;
    if (!underNamed && (TEXT.has(key) || key.startsWith("x-"))) {
      if (!sameJson(b[key], a[key]))
        out.push(
          finding(
            "documentation-changed",
            here,
            `${here}: ${key} ${b[key] === undefined ? "added" : a[key] === undefined ? "removed" : "changed"}`,
          ),
        );
    } else walk(b[key], a[key], here, out, !underNamed && NAMED.has(key));
  }
}

export function compareDocumentation(base: JsonObject, revision: JsonObject): Finding[] {
  const out: Finding[] = [];
  walk(base, revision, "", out, false);
  return out;
}
