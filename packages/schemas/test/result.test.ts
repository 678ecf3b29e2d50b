import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import type { CompiledError } from "../generated/standalone.js";
import { withBigIntsAsNumbers } from "../src/big-integers.ts";
import { describeError, formatErrors, type ValidationResult } from "../src/result.ts";
import {
  validateApiError,
  validateDryRunEstimate,
  validateJob,
  validateJobBilling,
  validateJobStatus,
  validateRunWorkflowRequest,
  validateWorkflowFlowNode,
} from "../dist/index.js";

const e = (
  keyword: string,
  instancePath: string,
  params: Record<string, unknown>,
  message?: string,
): CompiledError => ({ keyword, instancePath, schemaPath: "#", params, message });

const root = {
  job: {
    status: "done",
    progress: "0.5",
    metadata: [],
    flow: [{ step: 0 }],
    keep: true,
    n: 3,
    cost: JSON.parse("1e400") as number,
    low: -Infinity,
  },
};
const cases: Array<[string, { error: CompiledError; want: { path: string; message: string } }]> = [
  [
    "enum lists the allowed values and what it got",
    {
      error: e("enum", "/job/status", { allowedValues: ["failure", "pending", "success"] }),
      want: { path: "/job/status", message: 'must be one of failure, pending, success (got "done")' },
    },
  ],
  [
    "a long enum is cut after 12 values",
    {
      error: e("enum", "/job/status", { allowedValues: Array.from({ length: 15 }, (_, i) => `v${i}`) }),
      want: {
        path: "/job/status",
        message: 'must be one of v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, ... (3 more) (got "done")',
      },
    },
  ],
  [
    "required points at the missing property",
    {
      error: e("required", "/job", { missingProperty: "jobId" }),
      want: { path: "/job/jobId", message: "is required" },
    },
  ],
  [
    "required escapes the property name as a pointer token",
    {
      error: e("required", "", { missingProperty: "a/b~c" }),
      want: { path: "/a~1b~0c", message: "is required" },
    },
  ],
  [
    "type says what it got",
    {
      error: e("type", "/job/metadata", { type: "object" }),
      want: { path: "/job/metadata", message: "must be an object (got array)" },
    },
  ],
  [
    "type with several types",
    {
      error: e("type", "/job/progress", { type: "number,null" }),
      want: { path: "/job/progress", message: "must be a number or null (got string)" },
    },
  ],
  [
    "a number beyond the double range (1e400) is not called a number",
    {
      error: e("type", "/job/cost", { type: "number" }),
      want: { path: "/job/cost", message: "must be a number (got Infinity: not a finite double)" },
    },
  ],
  [
    "nor an integer, either sign",
    {
      error: e("type", "/job/low", { type: "integer" }),
      want: { path: "/job/low", message: "must be an integer (got -Infinity: not a finite double)" },
    },
  ],
  [
    "const shows the constant",
    {
      error: e("const", "/job/keep", { allowedValue: false }),
      want: { path: "/job/keep", message: "must be false (got true)" },
    },
  ],
  [
    "other keywords keep ajv's message",
    {
      error: e("minimum", "/job/flow/0/step", { comparison: ">=", limit: 1 }, "must be >= 1"),
      want: { path: "/job/flow/0/step", message: "must be >= 1 (got 0)" },
    },
  ],
  [
    "additionalProperties points at the extra property",
    {
      error: e("additionalProperties", "/job", { additionalProperty: "x" }),
      want: { path: "/job/x", message: "is not allowed" },
    },
  ],
];

test.each(cases)("%s", (_, { error, want }) => expect(describeError(error, root)).toEqual(want));

test("a valid value comes back as the typed value itself", () => {
  const node = { id: "n", type: "model" };
  const result = validateWorkflowFlowNode(node);
  expect(result).toEqual({ valid: true, value: node });
  if (result.valid) expect(result.value.type).toBe("model");
});

test("errors read as path: message lines, the root as (root)", () => {
  const result = validateRunWorkflowRequest([]);
  expect(result.valid).toBe(false);
  if (!result.valid) expect(formatErrors(result.errors)).toBe("(root): must be an object (got array)");
  const job = validateJob({ jobId: 1 });
  expect(job.valid ? "" : formatErrors(job.errors)).toContain("/jobId: must be a string (got integer)");
  const billing = validateJobBilling(JSON.parse('{"cuCost": 1e400, "cuDiscount": 0}'));
  expect(billing.valid ? "" : formatErrors(billing.errors)).toBe(
    "/cuCost: must be a number (got Infinity: not a finite double)",
  );
});

describe("a BigInt is a JSON integer, judged by its value, and validation never throws", () => {
  const apiError = (statusCode: unknown) => ({ statusCode, error: "Bad Request", message: "m" });
  const cyclic: Record<string, unknown> = apiError(500n);
  cyclic.self = cyclic;
  const cases: Array<[string, { run: () => ValidationResult<unknown>; want: string | "valid" }]> = [
    ["an integer field holding a small BigInt", { run: () => validateApiError(apiError(400n)), want: "valid" }],
    [
      "an integer field holding a BigInt past 2^53",
      { run: () => validateApiError(apiError(10n ** 30n)), want: "valid" },
    ],
    [
      "an integer field holding a BigInt past the largest double, as 1e400 is",
      {
        run: () => validateApiError(apiError(10n ** 400n)),
        want: "/statusCode: must be an integer (got an integer beyond the double range: not a finite double)",
      },
    ],
    [
      "a number field holding a BigInt",
      {
        run: () => validateDryRunEstimate({ statusCode: 402n, message: "Dry run completed", estimatedCost: 12n }),
        want: "valid",
      },
    ],
    [
      "a BigInt below a minimum",
      {
        run: () => validateDryRunEstimate({ statusCode: 402, message: "Dry run completed", estimatedCost: -1n }),
        want: "/estimatedCost: must be >= 0 (got -1)",
      },
    ],
    [
      "a BigInt against a const",
      {
        run: () => validateDryRunEstimate({ statusCode: 403n, message: "Dry run completed", estimatedCost: 1 }),
        want: "/statusCode: must be 402 (got 403)",
      },
    ],
    [
      "a BigInt against an enum, shown as its digits",
      {
        run: () => validateJobStatus(123456789012345678901234567890n),
        want: "(root): must be a string (got integer)\n(root): must be one of canceled, failure, finalizing, in-progress, pending, queued, success, warming-up (got 123456789012345678901234567890)",
      },
    ],
    [
      "a BigInt where a string must be",
      {
        run: () => validateApiError({ ...apiError(400), message: 5n }),
        want: "/message: must be a string (got integer)",
      },
    ],
    [
      "a BigInt where an object must be",
      { run: () => validateRunWorkflowRequest(1n), want: "(root): must be an object (got integer)" },
    ],
    [
      "a BigInt where nothing constrains it",
      { run: () => validateRunWorkflowRequest({ seed: 2n ** 64n }), want: "valid" },
    ],
    ["a BigInt in an object with a cycle", { run: () => validateApiError(cyclic), want: "valid" }],
    [
      "a BigInt in an object with a cycle, invalid",
      {
        run: () => validateApiError({ ...cyclic, statusCode: "x" }),
        want: "/statusCode: must be an integer (got string)",
      },
    ],
  ];
  test.each(cases)("%s", (_, { run, want }) => {
    const result = run();
    expect(result.valid ? "valid" : formatErrors(result.errors)).toBe(want);
  });

  test("a valid result gives back the value passed, BigInts included", () => {
    const value = apiError(10n ** 30n);
    expect(validateApiError(value)).toEqual({ valid: true, value });
  });

  test("describeError shows a BigInt as its digits, cut like any value", () => {
    expect(
      describeError(e("minimum", "/n", { comparison: ">=", limit: 0 }, "must be >= 0"), { n: -(10n ** 50n) }).message,
    ).toBe("must be >= 0 (got -100000000000000000000000000000000000...)");
  });
});

describe("withBigIntsAsNumbers", () => {
  test.each([
    ["no BigInt: nothing to copy", { a: [1, "x", null], b: { c: true } }, undefined],
    ["a BigInt at the root", 5n, 5],
    [
      "nested BigInts become their nearest numbers",
      { a: [1n, { b: -(2n ** 64n) }], s: "1n" },
      { a: [1, { b: -(2 ** 64) }], s: "1n" },
    ],
    [
      "past the largest double: ±Infinity, as JSON.parse reads 1e400",
      [10n ** 400n, -(10n ** 400n)],
      [Infinity, -Infinity],
    ],
  ])("%s", (_, given, want) => expect(withBigIntsAsNumbers(given)).toEqual(want));

  test("a cycle is copied as a cycle, and the original is left as it was", () => {
    const given: Record<string, unknown> = { n: 1n };
    given.self = given;
    const copy = withBigIntsAsNumbers(given) as Record<string, unknown>;
    expect(copy.n).toBe(1);
    expect(copy.self).toBe(copy);
    expect(given.n).toBe(1n);
  });

  test("100,000 levels deep without overflowing the stack", () => {
    let given: unknown = 3n;
    for (let i = 0; i < 100_000; i++) given = [given];
    let copy = withBigIntsAsNumbers(given);
    for (let i = 0; i < 100_000; i++) copy = (copy as unknown[])[0];
    expect(copy).toBe(3);
  });
});

test("the schemas use no keyword under which a BigInt left as is could pass where its number fails (toResult relies on it)", () => {
  const dir = new URL("../2020-12/", import.meta.url);
  const text = readdirSync(dir)
    .map((f) => readFileSync(new URL(f, dir), "utf8"))
    .join("\n");
  for (const keyword of ["not", "if", "oneOf", "uniqueItems", "maxContains"])
    expect(text, keyword).not.toContain(`"${keyword}":`);
});

describe("what a result reports is bounded, and the work linear in the value", () => {
  const job = (statusHistory: unknown[]) => ({
    createdAt: "2024-01-01T00:00:00Z",
    jobId: "job_1",
    jobType: "flux",
    metadata: {},
    progress: 0,
    status: "queued",
    statusHistory,
    updatedAt: "2024-01-01T00:00:00Z",
  });

  // 200,000 invalid entries, each checked through a $ref (StatusHistoryEntry → JobStatus): the
  // copying validators took 8 s for 40,000 and grew with the square, most of an hour for this
  // many. No clock here: the test timeout (vitest.config.ts, 2 minutes) is the bound.
  test("200,000 invalid $ref'd items: the first 100 problems in order, then how many more", () => {
    const entries = 200_000;
    const result = validateJob(job(Array.from({ length: entries }, () => ({ date: 1, status: "done" }))));
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.errors).toHaveLength(101);
    expect(result.errors.slice(0, 4)).toEqual([
      { path: "/statusHistory/0/date", message: "must be a string (got integer)" },
      { path: "/statusHistory/0/status", message: expect.stringMatching(/^must be one of .* \(got "done"\)$/) },
      { path: "/statusHistory/1/date", message: "must be a string (got integer)" },
      { path: "/statusHistory/1/status", message: expect.stringMatching(/^must be one of .* \(got "done"\)$/) },
    ]);
    expect(result.errors[99]!.path).toBe("/statusHistory/49/status");
    const more = 2 * entries - 100;
    expect(result.errors[100]).toEqual({ path: "", message: `... and ${more} more problems`, omitted: more });
    const text = formatErrors(result.errors);
    expect(text.split("\n")).toHaveLength(101);
    expect(text.endsWith(`\n... and ${more} more problems`)).toBe(true);
  });

  test("duplicates are not counted among the omitted ones, and one more problem is singular", () => {
    const exactly = validateJob(job(Array.from({ length: 50 }, () => ({ date: 1, status: "done" }))));
    expect(exactly.valid ? [] : exactly.errors).toHaveLength(100);
    const one = validateJob({ ...job(Array.from({ length: 50 }, () => ({ date: 1, status: "done" }))), jobId: 7 });
    expect(one.valid ? undefined : one.errors.at(-1)).toEqual({
      path: "",
      message: "... and 1 more problem",
      omitted: 1,
    });
  });

  test("formatErrors is bounded whatever list it is given: 100 lines, long paths and messages cut", () => {
    const long = "x".repeat(10_000);
    const lines = formatErrors(
      Array.from({ length: 1000 }, (_, i) => ({ path: `/${long}/${i}`, message: `${long}${i}` })),
    ).split("\n");
    expect(lines).toHaveLength(101);
    expect(lines[100]).toBe("... and 900 more problems");
    expect(lines[0]!.length).toBeLessThan(800);
    expect(lines[0]).toMatch(/^\/x+\.\.\.x+\/0: x+\.\.\.x+0$/);
    // A list that already ends with an omitted entry keeps its count.
    expect(
      formatErrors([
        { path: "/a", message: "is required" },
        { path: "", message: "", omitted: 7 },
      ]),
    ).toBe("/a: is required\n... and 7 more problems");
  });

  test("a 5 MB string in an enum field is shown cut to 40 characters", () => {
    const result = validateJobStatus("x".repeat(5_000_000));
    expect(result.valid ? "" : formatErrors(result.errors)).toMatch(/\(got "x{36}\.\.\.\)$/);
  });
});
