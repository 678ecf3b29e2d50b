import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import { validateJob, validateRunWorkflowResponse } from "@scenario-api/schemas";
import { ajvOptions } from "@scenario-api/scripts/src/lib/compile-batch.ts";
import { opsPerSecond, perRoundRatio, roundSamples, summarize } from "./measure.ts";
import { target, type Row, type Section, type Target } from "./report.ts";
import { scaledResponse } from "./scaled-payload.ts";

const require = createRequire(import.meta.url);
// ajv ships CommonJS with `exports.default`; imported from ESM, the default import is `module.exports`.
const Ajv2020 = Ajv2020Module.default;

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

/** Payload sizes: the reference example as it is (about 5 kB), and grown to 100 kB and 1 MB. */
const sizes: Array<[label: string, bytes: number]> = [
  ["5 kB", 0],
  ["100 kB", 100_000],
  ["1 MB", 1_000_000],
];

export async function validationBench(): Promise<Section> {
  const runtime = runtimeValidator();
  const rows: Row[] = [];
  const targets: Target[] = [];
  const perKb: string[] = [];
  for (const [label, size] of sizes) {
    const payload = scaledResponse(referenceExample(), size);
    const bytes = JSON.stringify(payload);
    const kb = bytes.length / 1000;
    if (!validateRunWorkflowResponse(payload).valid || !runtime(payload))
      throw new Error(`the ${label} payload must be valid for this benchmark`);
    // Calls per clock reading: many for the small payload, one for the megabyte.
    const batch = Math.max(1, Math.round(500_000 / bytes.length));
    const samples = await roundSamples(
      {
        parse: () => opsPerSecond(() => JSON.parse(bytes), 300, batch),
        precompiled: () => opsPerSecond(() => validateRunWorkflowResponse(payload), 300, batch),
        runtime: () => opsPerSecond(() => runtime(payload), 300, batch),
      },
      { warmup: 2, count: 7 },
    );
    const names = {
      parse: "JSON.parse of the same bytes",
      precompiled: "precompiled validateRunWorkflowResponse",
      runtime: "ajv compiled at run time",
    } as const;
    const parse = summarize(samples.parse);
    for (const key of ["parse", "precompiled", "runtime"] as const) {
      const stat = summarize(samples[key]);
      rows.push({
        name: `${label} (${bytes.length.toLocaleString("en-US")} B): ${names[key]}`,
        unit: "ops/s",
        stat,
        ratio: stat.median / parse.median,
      });
    }
    const usPerKb = (key: keyof typeof names) => 1e6 / summarize(samples[key]).median / kb;
    perKb.push(
      `${label}: validation ${usPerKb("precompiled").toFixed(2)} µs/kB precompiled, ${usPerKb("runtime").toFixed(2)} µs/kB run-time ajv, parse ${usPerKb("parse").toFixed(2)} µs/kB`,
    );
    // Cost is time per call, the inverse of ops/s: cost(validate) / cost(parse) = parse ops / validate ops. Each ratio pairs figures of the same round.
    targets.push(
      target(
        `${label}: validating costs at most 0.3× parsing (time ratio)`,
        "≤ 0.30",
        perRoundRatio(samples.parse, samples.precompiled),
        (r) => r <= 0.3,
      ),
    );
    targets.push(
      target(
        `${label}: precompiled vs run-time-compiled ajv (speed ratio)`,
        "≥ 1.00",
        perRoundRatio(samples.precompiled, samples.runtime),
        (r) => r >= 1,
      ),
    );
  }
  const growth = await invalidItemsGrowth();
  rows.push(...growth.rows);
  targets.push(growth.target);
  return {
    title: "3. Validation of RunWorkflowResponse payloads (the reference example, grown), ops/s",
    baseline: "JSON.parse of the same size",
    rows,
    targets,
    notes: [
      "Payloads grow by job flow nodes, workflow flow nodes and workflow inputs (copies of the example's first, renamed); every one is valid, checked before timing.",
      `Time per kB (the median round; flat across sizes means linear): ${perKb.join("; ")}.`,
      "Invalid items: a Job whose statusHistory holds N or 2N entries that each break two rules through a $ref (date an integer, status not a JobStatus): the result lists 100 problems and counts the rest. Linear work takes about 2× as long for 2N; work that copies the errors so far for each item (ajv's own code) takes 4× (8 s at 40,000 before the change).",
    ],
  };
}

/** Entries of the invalid history; the rows time N and 2N of them. */
const invalidEntries = 10_000;

/** A Job (the reference example's) whose statusHistory is `n` entries, each breaking two rules. */
function jobWithInvalidHistory(n: number): unknown {
  const { job } = referenceExample() as { job: Record<string, unknown> };
  return { ...job, statusHistory: Array.from({ length: n }, () => ({ date: 1, status: "done" })) };
}

/** How validation time grows with the number of invalid items: the ratio of 2N to N, per round. */
async function invalidItemsGrowth(): Promise<{ rows: Row[]; target: Target }> {
  const [small, large] = [jobWithInvalidHistory(invalidEntries), jobWithInvalidHistory(2 * invalidEntries)];
  for (const [payload, n] of [
    [small, invalidEntries],
    [large, 2 * invalidEntries],
  ] as const) {
    const result = validateJob(payload);
    if (result.valid || result.errors.at(-1)?.omitted !== 2 * n - 100)
      throw new Error(`the Job with ${n} invalid entries must list 100 problems and count ${2 * n - 100} more`);
  }
  const bytes = JSON.stringify(large);
  const samples = await roundSamples(
    {
      n: () => opsPerSecond(() => validateJob(small), 300, 1),
      twice: () => opsPerSecond(() => validateJob(large), 300, 1),
      parse: () => opsPerSecond(() => JSON.parse(bytes), 300, 1),
    },
    { warmup: 1, count: 5 },
  );
  const parse = summarize(samples.parse);
  const row = (name: string, key: "n" | "twice" | "parse"): Row => {
    const stat = summarize(samples[key]);
    return { name, unit: "ops/s", stat, ratio: stat.median / parse.median };
  };
  return {
    rows: [
      row(`invalid Job, ${invalidEntries.toLocaleString("en-US")} broken $ref'd items: validateJob`, "n"),
      row(`invalid Job, ${(2 * invalidEntries).toLocaleString("en-US")} broken $ref'd items: validateJob`, "twice"),
      row(
        `JSON.parse of the ${(2 * invalidEntries).toLocaleString("en-US")}-item Job (${bytes.length.toLocaleString("en-US")} B)`,
        "parse",
      ),
    ],
    // time(2N) / time(N) = ops(N) / ops(2N).
    // Linear work is 2×, plus the collector's share of a heap twice as large (2.4× and 2.8× in two
    // runs on a loaded machine); the square is 4×, which is what the target tells apart.
    target: target(
      "invalid items: time for 2N over time for N (linear 2, square 4)",
      "≤ 3.20",
      perRoundRatio(samples.n, samples.twice),
      (r) => r <= 3.2,
    ),
  };
}
