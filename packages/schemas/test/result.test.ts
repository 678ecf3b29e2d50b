import { expect, test } from "vitest";
import type { CompiledError } from "../generated/standalone.js";
import { describeError, formatErrors } from "../src/result.ts";
import { validateJob, validateJobBilling, validateRunWorkflowRequest, validateWorkflowFlowNode } from "../dist/index.js";

const e = (keyword: string, instancePath: string, params: Record<string, unknown>, message?: string): CompiledError =>
  ({ keyword, instancePath, schemaPath: "#", params, message });

const root = { job: { status: "done", progress: "0.5", metadata: [], flow: [{ step: 0 }], keep: true, n: 3, cost: JSON.parse("1e400") as number, low: -Infinity } };
const cases: Array<[string, { error: CompiledError; want: { path: string; message: string } }]> = [
  ["enum lists the allowed values and what it got", {
    error: e("enum", "/job/status", { allowedValues: ["failure", "pending", "success"] }),
    want: { path: "/job/status", message: 'must be one of failure, pending, success (got "done")' } }],
  ["a long enum is cut after 12 values", {
    error: e("enum", "/job/status", { allowedValues: Array.from({ length: 15 }, (_, i) => `v${i}`) }),
    want: { path: "/job/status", message: 'must be one of v0, v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, v11, ... (3 more) (got "done")' } }],
  ["required points at the missing property", {
    error: e("required", "/job", { missingProperty: "jobId" }), want: { path: "/job/jobId", message: "is required" } }],
  ["required escapes the property name as a pointer token", {
    error: e("required", "", { missingProperty: "a/b~c" }), want: { path: "/a~1b~0c", message: "is required" } }],
  ["type says what it got", {
    error: e("type", "/job/metadata", { type: "object" }), want: { path: "/job/metadata", message: "must be an object (got array)" } }],
  ["type with several types", {
    error: e("type", "/job/progress", { type: "number,null" }), want: { path: "/job/progress", message: "must be a number or null (got string)" } }],
  ["a number beyond the double range (1e400) is not called a number", {
    error: e("type", "/job/cost", { type: "number" }), want: { path: "/job/cost", message: "must be a number (got Infinity: not a finite double)" } }],
  ["nor an integer, either sign", {
    error: e("type", "/job/low", { type: "integer" }), want: { path: "/job/low", message: "must be an integer (got -Infinity: not a finite double)" } }],
  ["const shows the constant", {
    error: e("const", "/job/keep", { allowedValue: false }), want: { path: "/job/keep", message: "must be false (got true)" } }],
  ["other keywords keep ajv's message", {
    error: e("minimum", "/job/flow/0/step", { comparison: ">=", limit: 1 }, "must be >= 1"), want: { path: "/job/flow/0/step", message: "must be >= 1 (got 0)" } }],
  ["additionalProperties points at the extra property", {
    error: e("additionalProperties", "/job", { additionalProperty: "x" }), want: { path: "/job/x", message: "is not allowed" } }],
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
  expect(billing.valid ? "" : formatErrors(billing.errors)).toBe("/cuCost: must be a number (got Infinity: not a finite double)");
});
