import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { resolveLocalRef } from "@scenario-api/scripts/src/lib/json-pointer.ts";

export const pkgDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const distDir = join(pkgDir, "dist");
export const samplesDir = join(pkgDir, "samples");

/** The document the page renders (dist/openapi.json, with the code samples). */
export function readDistSpec(): Record<string, any> {
  return JSON.parse(readFileSync(join(distDir, "openapi.json"), "utf8")) as Record<string, any>;
}

/** Follows a local "#/..." $ref, as many times as needed. */
export function deref(spec: unknown, node: any): any {
  while (node && typeof node.$ref === "string") {
    node = resolveLocalRef(spec, node.$ref);
  }
  return node;
}

export const runOperation = (spec: Record<string, any>) => spec.paths["/workflows/{workflowId}/run"].put;

/** The request body example and the 200 response example the samples are tested with. */
export function examples(spec: Record<string, any>): { request: unknown; response: any } {
  const op = runOperation(spec);
  const request = deref(spec, op.requestBody.content["application/json"].examples.RunWorkflowRequestBody).value;
  const response = deref(
    spec,
    deref(spec, op.responses["200"]).content["application/json"].examples.RunWorkflowReferenceResponse,
  ).value;
  return { request, response };
}

/** Where Node would find `name` from the docs package: the package directory, or undefined. */
export function findPackage(name: string, from = pkgDir): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}
