import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import * as packaged from "../dist/index.js";
import { runAjv } from "./ajv-runtime.ts";
import { readVectors } from "./corpus.ts";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { packageDir, pythonTool, runPython, type Case, type Verdict } from "./interop.ts";

/**
 * The conformance corpus (test/vectors/*.json) in all six validator configurations: each
 * vector names its schema and expected verdict, and every configuration must give it.
 */

const vectors = readVectors();
const cases: Case[] = vectors.map(({ id, schema, instance }) => ({ id, schema, instance }));
const spec = JSON.parse(readFileSync(join(packageDir, "../../openapi/dist/openapi.json"), "utf8")) as Record<
  string,
  any
>;

/** Vectors whose verdict differs from the expected one, as readable lines. */
function mismatches(verdicts: Map<string, Verdict>): string[] {
  return vectors.flatMap((v) => {
    const got = verdicts.get(v.id);
    if (!got) return [`${v.id}: no verdict`];
    return got.valid === v.valid
      ? []
      : [
          `${v.id}: expected ${v.valid ? "valid" : "invalid"}, got ${got.valid ? "valid" : "invalid"} ${JSON.stringify(got.errors)}`,
        ];
  });
}

describe("the corpus", () => {
  test("has at least 80 vectors, valid and invalid, over many schemas", () => {
    expect(vectors.length).toBeGreaterThanOrEqual(80);
    expect(vectors.filter((v) => v.valid).length).toBeGreaterThanOrEqual(30);
    expect(vectors.filter((v) => !v.valid).length).toBeGreaterThanOrEqual(30);
    expect(new Set(vectors.map((v) => v.schema)).size).toBeGreaterThanOrEqual(15);
    console.log(
      `corpus: ${vectors.length} vectors (${vectors.filter((v) => v.valid).length} valid, ${vectors.filter((v) => !v.valid).length} invalid) over ${new Set(vectors.map((v) => v.schema)).size} schemas`,
    );
  });

  test("holds the reference page's full response example exactly as the spec has it", () => {
    const reference = vectors.find((v) => v.name === "the reference page's full response example");
    expect(reference?.instance).toEqual(spec.components.examples.RunWorkflowReferenceResponse.value);
  });

  test("has a realistic job in every job status", () => {
    const statuses = new Set(
      vectors.filter((v) => v.valid && v.schema === "Job").map((v) => (v.instance as { status: string }).status),
    );
    expect([...statuses].sort()).toEqual([...spec.components.schemas.JobStatus.enum].sort());
  });
});

describe("the packaged validators (ajv standalone, 2020-12)", () => {
  test.each(vectors)("$id", (vector) => {
    const validate = (packaged as unknown as Record<string, (x: unknown) => packaged.ValidationResult<unknown>>)[
      `validate${vector.schema}`
    ]!;
    const result = validate(vector.instance);
    if (vector.valid) {
      expect(result).toEqual({ valid: true, value: vector.instance });
    } else {
      // Exactly one rule broken: one error, where the vector says.
      expect(result.valid ? [] : result.errors.map((e) => e.path)).toEqual([vector.error]);
    }
  });
});

describe.each([
  ["ajv 2020-12 (runtime, per-file schemas)", () => runAjv("2020-12", cases)],
  ["ajv 2020-12 (runtime, bundle $defs)", () => runAjv("2020-12", cases, "bundle")],
  ["ajv draft-07 (runtime, per-file schemas)", () => runAjv("draft-07", cases)],
  ["ajv draft-07 (runtime, bundle definitions)", () => runAjv("draft-07", cases, "bundle")],
])("%s", (_, run) => {
  test("gives every vector its expected verdict", () => expect(mismatches(run())).toEqual([]));
});

const pythonSkipped = !requiredTool(pythonTool.name, pythonTool.missing);
describe.skipIf(pythonSkipped).each([
  ["python jsonschema Draft202012Validator", "jsonschema", "2020-12"],
  ["python jsonschema Draft7Validator", "jsonschema", "draft-07"],
  ["python fastjsonschema (draft-07)", "fastjsonschema", "draft-07"],
] as const)("%s", (_, validator, dialect) => {
  let verdicts: Map<string, Verdict>;
  beforeAll(() => {
    const started = performance.now();
    verdicts = runPython(validator, join(packageDir, dialect), cases);
    console.log(`corpus in ${_}: ${cases.length} vectors, ${Math.round(performance.now() - started)} ms (one process)`);
  });
  test("gives every vector its expected verdict", () => expect(mismatches(verdicts)).toEqual([]));
});
