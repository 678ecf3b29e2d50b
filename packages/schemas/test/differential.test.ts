import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import * as packaged from "../dist/index.js";
import { readSchemas, runAjv } from "./ajv-runtime.ts";
import { InstanceGenerator, mutate, Random } from "./generate-instances.ts";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { goTool, packageDir, pythonTool, runGo, runPython, type Case, type Verdict } from "./interop.ts";

/**
 * Differential property test: seeded random valid instances of every schema plus single
 * mutations of them, validated by ajv and by the other validators, each in one batch process.
 * Verdicts must agree on every instance. Change SEED to explore; a failure prints the seed.
 */

const SEED = Number(process.env.SCHEMAS_SEED ?? 20261102);
const validPerWeight = 20;
const mutationsPerValid = 6;
/** Deep schemas get more instances: that is where validators can drift. */
const weights: Record<string, number> = { RunWorkflowResponse: 4, Job: 3, Workflow: 3, JobFlowNode: 2, NodeInput: 2, WorkflowInput: 2, UiConfig: 2, JobMetadata: 2 };

const schemas2020 = readSchemas("2020-12");
const names = Object.keys(schemas2020).filter((n) => n !== "scenario-api");
const random = new Random(SEED);
// The per-schema files refer to each other relatively (`Job.json`), by file name.
const generator = new InstanceGenerator(new Map(Object.entries(schemas2020).map(([name, s]) => [`${name}.json`, s])), random);

const cases: Array<Case & { origin: string }> = [];
for (const name of names) {
  for (let i = 0; i < validPerWeight * (weights[name] ?? 1); i++) {
    const instance = generator.valid(schemas2020[name]!);
    cases.push({ id: `${name}#${i}`, schema: name, instance, origin: "generated valid" });
    for (let m = 0; m < mutationsPerValid; m++) {
      const { instance: mutated, mutation } = mutate(instance, random, generator);
      cases.push({ id: `${name}#${i}.${m}`, schema: name, instance: mutated, origin: mutation });
    }
  }
}

const reference = new Map<string, Verdict>();
const packagedValidators = packaged as unknown as Record<string, (x: unknown) => packaged.ValidationResult<unknown>>;
for (const c of cases) {
  const result = packagedValidators[`validate${c.schema}`]!(c.instance);
  reference.set(c.id, { id: c.id, valid: result.valid, errors: result.valid ? [] : result.errors });
}

function disagreements(label: string, verdicts: Map<string, Verdict>): string[] {
  return cases.flatMap((c) => {
    const mine = reference.get(c.id)!;
    const theirs = verdicts.get(c.id);
    if (theirs && theirs.valid === mine.valid) return [];
    return [[
      `${c.id} (${c.origin}), seed ${SEED}: ajv says ${mine.valid ? "valid" : "invalid"}, ${label} says ${theirs ? (theirs.valid ? "valid" : "invalid") : "nothing"}`,
      `  instance: ${JSON.stringify(c.instance)}`,
      `  ajv errors: ${JSON.stringify(mine.errors)}`,
      `  ${label} errors: ${JSON.stringify(theirs?.errors ?? null)}`,
    ].join("\n")];
  });
}

describe(`differential (seed ${SEED})`, () => {
  test("has at least 5,000 instances, a fair share of them invalid, and every generated valid instance is valid", () => {
    const invalid = [...reference.values()].filter((v) => !v.valid).length;
    console.log(`differential: ${cases.length} instances over ${names.length} schemas (${cases.length - invalid} valid, ${invalid} invalid per ajv), seed ${SEED}`);
    expect(cases.length).toBeGreaterThanOrEqual(5000);
    expect(invalid / cases.length).toBeGreaterThan(0.25);
    expect(invalid / cases.length).toBeLessThan(0.9);
    const rejected = cases.filter((c) => c.origin === "generated valid" && !reference.get(c.id)!.valid).map((c) => `${c.id}: ${JSON.stringify(reference.get(c.id)!.errors)}`);
    expect(rejected).toEqual([]);
  });

  test.each([
    ["ajv draft-07", () => runAjv("draft-07", cases)],
    ["ajv 2020-12 bundle", () => runAjv("2020-12", cases, "bundle")],
  ])("%s agrees with the packaged validators", (label, run) => {
    expect(disagreements(label, run())).toEqual([]);
  });

  const pythonSkipped = !requiredTool(pythonTool.name, pythonTool.missing);
  describe.skipIf(pythonSkipped).each([
    ["python jsonschema 2020-12", "jsonschema", "2020-12"],
    ["python jsonschema draft-07", "jsonschema", "draft-07"],
    ["python fastjsonschema draft-07", "fastjsonschema", "draft-07"],
  ] as const)("%s", (label, validator, dialect) => {
    let verdicts: Map<string, Verdict>;
    beforeAll(() => {
      const started = performance.now();
      verdicts = runPython(validator, join(packageDir, dialect), cases);
      console.log(`differential in ${label}: ${cases.length} instances, ${Math.round(performance.now() - started)} ms (one process)`);
    });
    test("agrees with ajv on every instance", () => expect(disagreements(label, verdicts)).toEqual([]));
  });

  const goSkipped = !requiredTool(goTool.name, goTool.missing);
  describe.skipIf(goSkipped)("go gojsonschema draft-07", () => {
    let verdicts: Map<string, Verdict>;
    beforeAll(() => {
      const started = performance.now();
      verdicts = runGo(join(packageDir, "draft-07"), cases);
      console.log(`differential in gojsonschema: ${cases.length} instances, ${Math.round(performance.now() - started)} ms (one process)`);
    });
    test("agrees with ajv on every instance", () => expect(disagreements("gojsonschema", verdicts)).toEqual([]));
  });
});
