import Ajv2020Module from "ajv/dist/2020.js";
import { isSchemaObject, transformSchema, type SchemaObject } from "./schema-tree.ts";
import { appendErrorsInPlace } from "./linear-errors.ts";
import { standaloneExports } from "./standalone-exports.ts";

// ajv ships CommonJS with `exports.default`; imported from ESM, the default import is `module.exports`.
const Ajv2020 = Ajv2020Module.default;

/** The ajv options the package's verdicts are defined by; tests compile with the same ones. */
export const ajvOptions = {
  allErrors: true,
  strict: true,
  // `format` is an annotation in every validator this package supports (see its README).
  validateFormats: false,
} as const;

/** Keywords that never change a verdict; the compiled code carries none of their text. */
const annotations = new Set(["description", "title", "$comment", "examples", "deprecated", "readOnly", "writeOnly"]);

export function stripAnnotations(schema: unknown): unknown {
  return transformSchema(schema, "", (node) =>
    isSchemaObject(node) ? Object.fromEntries(Object.entries(node).filter(([k]) => !annotations.has(k))) : node,
  );
}

/**
 * The standalone code of one batch (schemas that reference only each other), from an ajv
 * instance of its own that is dropped once its code is out (see refBatches); errors of `$ref`'d
 * validators are appended in place, in linear time (see linear-errors.ts).
 */
export function compileBatch(batch: Record<string, SchemaObject>): string {
  const ajv = new Ajv2020({ ...ajvOptions, code: { source: true, esm: true } });
  for (const schema of Object.values(batch)) ajv.addSchema(stripAnnotations(schema) as SchemaObject);
  return appendErrorsInPlace(
    standaloneExports(
      ajv,
      Object.fromEntries(Object.entries(batch).map(([name, schema]) => [name, schema.$id as string])),
    ).replace(/^"use strict";\n?/, ""),
  );
}
