import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

/** The bundled OpenAPI document, as the generators see it. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; [key: string]: unknown };
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, Record<string, unknown>>;
    [section: string]: Record<string, unknown> | undefined;
  };
  [key: string]: unknown;
}

/**
 * Finds the bundled spec: a file path, or a package specifier such as
 * `@scenario-api/openapi/openapi.json` resolved from `fromDir` the way Node would, so a
 * generator reads what the openapi package publishes rather than its sources.
 */
export function resolveSpecPath(spec: string, fromDir = process.cwd()): string {
  if (spec.startsWith("@")) return createRequire(join(resolve(fromDir), "package.json")).resolve(spec);
  return resolve(fromDir, spec);
}

export function readSpec(spec: string, fromDir = process.cwd()): OpenApiDocument {
  const path = resolveSpecPath(spec, fromDir);
  const doc = JSON.parse(readFileSync(path, "utf8")) as OpenApiDocument;
  if (typeof doc.openapi !== "string" || !doc.components?.schemas) {
    throw new Error(`${path}: not a bundled OpenAPI document (no openapi version or components.schemas)`);
  }
  return doc;
}
