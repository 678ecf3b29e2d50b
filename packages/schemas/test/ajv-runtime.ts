import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import Ajv07 from "ajv";
import type { ValidateFunction } from "ajv";
import { ajvOptions } from "@scenario-api/scripts/src/lib/compile-batch.ts";
import { packageDir, type Case, type Verdict } from "./interop.ts";

/** ajv compiling the committed files at runtime, with the options the packaged validators use. */

export type Dialect = "2020-12" | "draft-07";

export function readSchemas(dialect: Dialect): Record<string, Record<string, unknown>> {
  const dir = join(packageDir, dialect);
  return Object.fromEntries(
    readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => [f.slice(0, -5), JSON.parse(readFileSync(join(dir, f), "utf8")) as Record<string, unknown>]),
  );
}

export function newAjv(dialect: Dialect) {
  return dialect === "2020-12" ? new Ajv2020.default(ajvOptions) : new Ajv07.default(ajvOptions);
}

/**
 * Validates cases against `<Name>.json` (`via: "files"`) or against
 * `scenario-api.json#/$defs/<Name>` (`via: "bundle"`, `definitions` in draft-07).
 */
export function runAjv(dialect: Dialect, cases: Case[], via: "files" | "bundle" = "files"): Map<string, Verdict> {
  const schemas = readSchemas(dialect);
  const ajv = newAjv(dialect);
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  const bundleId = schemas["scenario-api"]!.$id as string;
  const defs = dialect === "2020-12" ? "$defs" : "definitions";
  const compiled = new Map<string, ValidateFunction>();
  const verdicts = new Map<string, Verdict>();
  for (const c of cases) {
    const ref = via === "files" ? (schemas[c.schema]!.$id as string) : `${bundleId}#/${defs}/${c.schema}`;
    let validate = compiled.get(ref);
    if (!validate) {
      validate = ajv.getSchema(ref);
      if (!validate) throw new Error(`ajv ${dialect}: no schema ${ref}`);
      compiled.set(ref, validate);
    }
    const valid = validate(c.instance) as boolean;
    verdicts.set(c.id, {
      id: c.id,
      valid,
      errors: (validate.errors ?? []).map((e) => ({
        path: e.instancePath,
        message: `${e.keyword}: ${e.message ?? ""}`,
      })),
    });
  }
  return verdicts;
}
