import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { readSchemas, runAjv } from "./ajv-runtime.ts";
import { defaultSeed, differentialCases, packagedVerdicts } from "./corpus.ts";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { packageDir, pythonTool, runPython, type Verdict } from "./interop.ts";

/**
 * Differential property test: seeded random valid instances of every schema plus single
 * mutations of them, validated by ajv and by the other validators, each in one batch process.
 * Verdicts must agree on every instance. Change SEED to explore; a failure prints the seed.
 */

const SEED = Number(process.env.SCHEMAS_SEED ?? defaultSeed);
const names = Object.keys(readSchemas("2020-12")).filter((n) => n !== "scenario-api");
const cases = differentialCases(SEED);
const reference = packagedVerdicts(cases);

function disagreements(label: string, verdicts: Map<string, Verdict>): string[] {
  return cases.flatMap((c) => {
    const mine = reference.get(c.id)!;
    const theirs = verdicts.get(c.id);
    if (theirs && theirs.valid === mine.valid) return [];
    return [
      [
        `${c.id} (${c.origin}), seed ${SEED}: ajv says ${mine.valid ? "valid" : "invalid"}, ${label} says ${theirs ? (theirs.valid ? "valid" : "invalid") : "nothing"}`,
        `  instance: ${JSON.stringify(c.instance)}`,
        `  ajv errors: ${JSON.stringify(mine.errors)}`,
        `  ${label} errors: ${JSON.stringify(theirs?.errors ?? null)}`,
      ].join("\n"),
    ];
  });
}

describe(`differential (seed ${SEED})`, () => {
  test("has at least 5,000 instances, a fair share of them invalid, and every generated valid instance is valid", () => {
    const invalid = [...reference.values()].filter((v) => !v.valid).length;
    console.log(
      `differential: ${cases.length} instances over ${names.length} schemas (${cases.length - invalid} valid, ${invalid} invalid per ajv), seed ${SEED}`,
    );
    expect(cases.length).toBeGreaterThanOrEqual(5000);
    expect(invalid / cases.length).toBeGreaterThan(0.25);
    expect(invalid / cases.length).toBeLessThan(0.9);
    const rejected = cases
      .filter((c) => c.origin === "generated valid" && !reference.get(c.id)!.valid)
      .map((c) => `${c.id}: ${JSON.stringify(reference.get(c.id)!.errors)}`);
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
      console.log(
        `differential in ${label}: ${cases.length} instances, ${Math.round(performance.now() - started)} ms (one process)`,
      );
    });
    test("agrees with ajv on every instance", () => expect(disagreements(label, verdicts)).toEqual([]));
  });
});
