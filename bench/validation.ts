import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { validateRunWorkflowResponse } from "@scenario-api/schemas";
import { ajvOptions } from "@scenario-api/scripts/src/emit-validators.ts";
import { opsPerSecond, rounds } from "./measure.ts";
import type { Section } from "./report.ts";

const require = createRequire(import.meta.url);

/** The reference page's full response example, as the spec carries it. */
export function referenceExample(): unknown {
  const spec = JSON.parse(readFileSync(require.resolve("@scenario-api/openapi/openapi.json"), "utf8"));
  return spec.components.examples.RunWorkflowReferenceResponse.value;
}

/** ajv compiling the same published 2020-12 files at run time, with the options the precompiled code used. */
function runtimeValidator(): (data: unknown) => boolean {
  const dir = join(dirname(require.resolve("@scenario-api/schemas/package.json")), "2020-12");
  const ajv = new Ajv2020({ ...ajvOptions });
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "scenario-api.json")) {
    ajv.addSchema(JSON.parse(readFileSync(join(dir, file), "utf8")));
  }
  const validate = ajv.getSchema("https://scenario-api.github.io/schemas/2020-12/RunWorkflowResponse.json");
  if (!validate) throw new Error("RunWorkflowResponse.json not found among the published schemas");
  return (data) => validate(data) as boolean;
}

export async function validationBench(): Promise<Section> {
  const example = referenceExample();
  const bytes = JSON.stringify(example);
  const runtime = runtimeValidator();
  if (!validateRunWorkflowResponse(example).valid || !runtime(example)) throw new Error("the reference example must be valid for this benchmark");
  const stats = await rounds({
    "JSON.parse of the same bytes": () => opsPerSecond(() => JSON.parse(bytes)),
    "precompiled validateRunWorkflowResponse": () => opsPerSecond(() => validateRunWorkflowResponse(example)),
    "ajv compiled at run time": () => opsPerSecond(() => runtime(example)),
  }, { warmup: 2, count: 7 });
  const parse = stats["JSON.parse of the same bytes"];
  const pre = stats["precompiled validateRunWorkflowResponse"];
  const rt = stats["ajv compiled at run time"];
  // Cost is time per operation, the inverse of ops/s: cost(validate) / cost(parse) = parse ops / validate ops.
  const costToParse = parse.median / pre.median;
  const preVsRuntime = pre.median / rt.median;
  return {
    title: `3. Validation of the reference response example (${bytes.length} bytes), ops/s`,
    baseline: "JSON.parse",
    rows: Object.entries(stats).map(([name, stat]) => ({ name, unit: "ops/s", stat, ratio: stat.median / parse.median })),
    targets: [
      { name: "validating costs at most 0.3× parsing (time ratio)", want: "≤ 0.30", actual: costToParse, met: costToParse <= 0.3 },
      { name: "precompiled vs run-time-compiled ajv (speed ratio)", want: "≥ 1.00", actual: preVsRuntime, met: preVsRuntime >= 1 },
    ],
    notes: [],
  };
}
