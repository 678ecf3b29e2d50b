import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as packaged from "../dist/index.js";
import { readSchemas } from "./ajv-runtime.ts";
import { InstanceGenerator, mutate, Random } from "./generate-instances.ts";
import { packageDir, type Case, type Verdict } from "./interop.ts";

/**
 * The two sets of instances every validator of the schemas must agree on, in this package and
 * in the Python and Go packages that ship the same files: the conformance corpus
 * (test/vectors/*.json) and the seeded differential.
 */

export interface Vector {
  name: string;
  schema: string;
  valid: boolean;
  /** For invalid vectors: the JSON pointer the packaged validators report. */
  error?: string;
  instance: unknown;
}

const vectorsDir = join(packageDir, "test/vectors");

export function readVectors(): Array<Vector & { id: string }> {
  return readdirSync(vectorsDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .flatMap((file) =>
      (JSON.parse(readFileSync(join(vectorsDir, file), "utf8")) as { cases: Vector[] }).cases.map((v, i) => ({
        ...v,
        id: `${file}#${i} ${v.name}`,
      })),
    );
}

export const defaultSeed = 20261102;
const validPerWeight = 20;
const mutationsPerValid = 6;
/** Deep schemas get more instances: that is where validators can drift. */
const weights: Record<string, number> = {
  RunWorkflowResponse: 4,
  Job: 3,
  Workflow: 3,
  JobFlowNode: 2,
  NodeInput: 2,
  WorkflowInput: 2,
  UiConfig: 2,
  JobMetadata: 2,
};

/** Seeded random valid instances of every schema plus single mutations of them; `origin` says which. */
export function differentialCases(seed: number): Array<Case & { origin: string }> {
  const schemas2020 = readSchemas("2020-12");
  const names = Object.keys(schemas2020).filter((n) => n !== "scenario-api");
  const random = new Random(seed);
  // The per-schema files refer to each other relatively (`Job.json`), by file name.
  const generator = new InstanceGenerator(
    new Map(Object.entries(schemas2020).map(([name, s]) => [`${name}.json`, s])),
    random,
  );
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
  return cases;
}

/** The packaged (ajv standalone) validators' verdicts: the reference every other validator must match. */
export function packagedVerdicts(cases: readonly Case[]): Map<string, Verdict> {
  const validators = packaged as unknown as Record<string, (x: unknown) => packaged.ValidationResult<unknown>>;
  return new Map(
    cases.map((c) => {
      const result = validators[`validate${c.schema}`]!(c.instance);
      return [c.id, { id: c.id, valid: result.valid, errors: result.valid ? [] : result.errors }];
    }),
  );
}
