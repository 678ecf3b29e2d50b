// Every validator is a Standard Schema v1: handed as it is to Hono's Standard Schema validator
// (@hono/standard-validator, a real consumer from npm), it accepts what the validator accepts and
// answers with the validator's own problems as issues, paths as arrays of keys.
import { describe, expect, expectTypeOf, test } from "vitest";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { sValidator } from "@hono/standard-validator";
import { Hono } from "hono";
import type { Job, JobStatus } from "@scenario-api/types";
import * as packaged from "../dist/index.js";
import { validateJob, validateJobStatus, type Validator } from "../dist/index.js";
import { defaultSeed, differentialCases } from "./corpus.ts";

const validators = Object.entries(packaged).filter(([name]) => name.startsWith("validate")) as Array<
  [string, Validator<unknown>]
>;

/** A Hono app whose one route takes a JSON body checked by `schema`, and echoes what it let through. */
function appWith(schema: StandardSchemaV1) {
  return new Hono().post("/", sValidator("json", schema), (c) => c.json({ passed: c.req.valid("json") }));
}

async function post(app: ReturnType<typeof appWith>, body: unknown) {
  const response = await app.request("/", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as { passed?: unknown; error?: unknown } };
}

/** A JSON pointer as the keys Standard Schema expects, read back for comparison. */
const pointer = (path: ReadonlyArray<unknown>) =>
  path.map((k) => `/${String(k).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");

test("the types: each validator is a StandardSchemaV1 of its type, the spec's inference gives that type", () => {
  expectTypeOf(validateJob).toExtend<StandardSchemaV1<Job, Job>>();
  expectTypeOf<StandardSchemaV1.InferOutput<typeof validateJob>>().toEqualTypeOf<Job>();
  expectTypeOf<StandardSchemaV1.InferInput<typeof validateJobStatus>>().toEqualTypeOf<JobStatus>();
  expectTypeOf(validateJob("x")).toEqualTypeOf<packaged.ValidationResult<Job>>();
  const asSchema: StandardSchemaV1<unknown, Job> = validateJob;
  expect(asSchema["~standard"]).toMatchObject({ vendor: "scenario-api", version: 1 });
});

describe("through @hono/standard-validator, every validator", () => {
  const cases = differentialCases(defaultSeed);
  test.each(validators)(
    "%s: lets a valid value through and answers an invalid one with its problems",
    async (name, validate) => {
      expect(validate["~standard"]).toMatchObject({ vendor: "scenario-api", version: 1 });
      const schema = name.slice("validate".length);
      // As JSON carries them (an Infinity among the corpus' values would arrive as null).
      const mine = cases
        .filter((c) => c.schema === schema)
        .map((c) => ({ instance: JSON.parse(JSON.stringify(c.instance)) }));
      const valid = mine.find((c) => validate(c.instance).valid);
      const invalid = mine.find((c) => !validate(c.instance).valid);
      if (!valid || !invalid) throw new Error(`the corpus has no valid and invalid ${schema}`);
      const app = appWith(validate);

      expect(await post(app, valid.instance)).toEqual({ status: 200, json: { passed: valid.instance } });

      const result = validate(invalid.instance);
      if (result.valid) throw new Error("unreachable");
      const answer = await post(app, invalid.instance);
      expect(answer.status).toBe(400);
      const issues = answer.json.error as Array<{ message: string; path: unknown[] }>;
      expect(issues.map((i) => i.message)).toEqual(result.errors.map((e) => e.message));
      expect(issues.map((i) => pointer(i.path))).toEqual(result.errors.map((e) => e.path));
    },
  );
});

describe("issues", () => {
  test("paths are keys, array indices as numbers; a missing property is named; the value itself is []", () => {
    const job = {
      createdAt: "2024-01-01T00:00:00Z",
      jobId: "job_1",
      jobType: "flux",
      metadata: {},
      progress: 0,
      status: "queued",
      statusHistory: [{ date: "2024-01-01T00:00:00Z", status: "queued" }, { date: 1 }],
      updatedAt: "2024-01-01T00:00:00Z",
    };
    expect(validateJob["~standard"].validate(job)).toEqual({
      issues: [
        { message: "is required", path: ["statusHistory", 1, "status"] },
        { message: "must be a string (got integer)", path: ["statusHistory", 1, "date"] },
      ],
    });
    expect(validateJob["~standard"].validate(3)).toEqual({
      issues: [{ message: "must be an object (got integer)", path: [] }],
    });
    expect(validateJobStatus["~standard"].validate("queued")).toEqual({ value: "queued" });
  });

  test("a result cut at 100 problems ends with its 'and N more' issue, at the root, through Hono too", async () => {
    const entries = 1_000;
    const job = {
      createdAt: "2024-01-01T00:00:00Z",
      jobId: "job_1",
      jobType: "flux",
      metadata: {},
      progress: 0,
      status: "queued",
      statusHistory: Array.from({ length: entries }, () => ({ date: 1, status: "done" })),
      updatedAt: "2024-01-01T00:00:00Z",
    };
    const more = 2 * entries - 100;
    const { status, json } = await post(appWith(validateJob), job);
    expect(status).toBe(400);
    const issues = json.error as Array<{ message: string; path: unknown[] }>;
    expect(issues).toHaveLength(101);
    expect(issues[0]).toEqual({ message: "must be a string (got integer)", path: ["statusHistory", 0, "date"] });
    expect(issues[100]).toEqual({ message: `... and ${more} more problems`, path: [] });
  });
});
