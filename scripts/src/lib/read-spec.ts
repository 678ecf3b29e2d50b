import { readJsonInput } from "./locate-input.ts";
import type { JsonObject } from "./json-object.js";

/** The bundled OpenAPI document, as the generators see it. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  paths: Record<string, JsonObject>;
  components: {
    schemas: Record<string, JsonObject>;
    [section: string]: JsonObject | undefined;
  };
  [key: string]: unknown;
}

/** The bundled spec from a file path or a package export (see locateInput), checked for shape. */
export function readSpec(spec: string, fromDir = process.cwd()): OpenApiDocument {
  const doc = readJsonInput(spec, fromDir) as OpenApiDocument;
  if (typeof doc.openapi !== "string" || !doc.components?.schemas) {
    throw new Error(`${spec}: not a bundled OpenAPI document (no openapi version or components.schemas)`);
  }
  return doc;
}
