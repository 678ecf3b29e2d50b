import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { requiredTool } from "@scenario-api/scripts/src/lib/required-tool.ts";
import { toGoTypes } from "@scenario-api/scripts/src/to-go-types.ts";
import { readVectors } from "../../schemas/test/corpus.ts";
import { casesFile, type Case } from "../../schemas/test/interop.ts";
import { decodeProgram, goMain, goTool, moduleDir, moduleEnv, userModule } from "./go-toolchain.ts";

/**
 * The generated Go types (types.go) used as a Go program would: decode a payload into
 * `schemas.<Name>`, encode it again. What the API sends must decode, and what it sent must come
 * back out unchanged.
 */

const spec = JSON.parse(readFileSync(join(moduleDir, "../../openapi/dist/openapi.json"), "utf8")) as {
  components: { schemas: Record<string, unknown>; examples: Record<string, { value: unknown }> };
  paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
};
const names = Object.keys(spec.components.schemas).sort();

interface Outcome {
  id: string;
  error?: string;
  json?: unknown;
}

describe.skipIf(!requiredTool(goTool.name, goTool.missing))("the generated Go types", () => {
  let program: string;
  const decode = (cases: readonly Case[]): Map<string, Outcome> => {
    const out = execFileSync("go", ["run", ".", casesFile(cases)], {
      cwd: program,
      env: moduleEnv(),
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    return new Map((JSON.parse(out) as Outcome[]).map((o) => [o.id, o]));
  };
  beforeAll(() => {
    program = userModule({ "main.go": decodeProgram(names) });
  });

  test("decode both of the spec's 200 examples into RunWorkflowResponse and encode them back to the same JSON", () => {
    const examples = Object.entries(spec.components.examples).filter(([name]) => /^RunWorkflow.*Response$/.test(name));
    expect(examples.map(([name]) => name).sort()).toEqual([
      "RunWorkflowQueuedResponse",
      "RunWorkflowReferenceResponse",
    ]);
    const outcomes = decode(
      examples.map(([id, { value }]) => ({ id, schema: "RunWorkflowResponse", instance: value })),
    );
    for (const [id, { value }] of examples) {
      expect(outcomes.get(id)?.error, id).toBeUndefined();
      expect(outcomes.get(id)?.json, id).toEqual(value);
    }
  });

  test("decode every valid vector of the conformance corpus without error", () => {
    const valid = readVectors().filter((v) => v.valid);
    const outcomes = decode(valid);
    expect(outcomes.size).toBe(valid.length);
    expect(
      valid.filter((v) => outcomes.get(v.id)?.error !== undefined).map((v) => `${v.id}: ${outcomes.get(v.id)?.error}`),
    ).toEqual([]);
  });

  test("keep an optional field's present zero value (false, 0, [], {}, null) and leave an absent one out", () => {
    const zeros = {
      name: "seed",
      type: "number",
      color: false,
      max: 0,
      allowedValues: [],
      default: null,
      inputs: [{}],
    };
    const outcomes = decode([
      { id: "zeros", schema: "WorkflowInput", instance: zeros },
      { id: "absent", schema: "WorkflowInput", instance: { name: "seed", type: "number" } },
      { id: "open", schema: "JobMetadata", instance: { input: {}, output: { n: 0, nothing: null } } },
    ]);
    expect(outcomes.get("zeros")).toEqual({ id: "zeros", json: zeros });
    expect(outcomes.get("absent")).toEqual({ id: "absent", json: { name: "seed", type: "number" } });
    expect(outcomes.get("open")).toEqual({ id: "open", json: { input: {}, output: { n: 0, nothing: null } } });
  });

  test("report a value of the wrong type by its field", () => {
    const outcomes = decode([{ id: "bad", schema: "JobBilling", instance: { cuCost: "12", cuDiscount: 0 } }]);
    expect(outcomes.get("bad")?.error).toMatch(/cuCost.*string.*float64|string.*cuCost/);
  });
});

describe.skipIf(!requiredTool(goTool.name, goTool.missing))("to-go-types output compiled by Go", () => {
  /** What the spec does not use today but may tomorrow: an object with properties and additionalProperties, a deprecated field, allOf of allOf. */
  const fixture = {
    Base: {
      type: "object",
      required: ["id"],
      properties: { id: { type: "string" }, mode: { type: "string", enum: ["fast", "slow"] } },
    },
    Derived: {
      allOf: [
        { $ref: "Base.json" },
        { type: "object", properties: { old: { type: "integer", deprecated: true, description: "Use id." } } },
      ],
    },
    Counts: {
      type: "object",
      properties: { total: { type: "integer" }, derived: { $ref: "Derived.json" } },
      additionalProperties: { type: "integer" },
    },
    Loose: { type: "object", properties: { n: { type: "number" } }, additionalProperties: true },
  };

  test("is gofmt-clean, vets, and keeps undeclared keys of objects that allow them through a round trip", () => {
    const source = toGoTypes(fixture, "fixture");
    expect(source).toContain("//\n\t// Deprecated: the API marks Old as deprecated.\n\tOld *int64");
    const dir = userModule({});
    mkdirSync(join(dir, "fixture"));
    writeFileSync(join(dir, "fixture/types.go"), source);
    writeFileSync(
      join(dir, "main.go"),
      goMain(
        ['"encoding/json"', '"fmt"', "", '"example.test/user/fixture"'],
        [
          "func main() {",
          "\tvar counts fixture.Counts",
          '\tif err := json.Unmarshal([]byte(`{"total": 3, "a": 1, "b": 2, "derived": {"id": "x", "mode": "slow", "old": 0}}`), &counts); err != nil {',
          "\t\tpanic(err)",
          "\t}",
          '\tfmt.Println(*counts.Total, counts.AdditionalProperties["a"], counts.Derived.ID, *counts.Derived.Mode == fixture.BaseModeSlow, *counts.Derived.Old)',
          "\tout, _ := json.Marshal(counts)",
          "\tfmt.Println(string(out))",
          '\terr := json.Unmarshal([]byte(`{"total": 3, "a": "one"}`), &counts)',
          "\tfmt.Println(err)",
          "\tvar open fixture.Loose",
          '\tjson.Unmarshal([]byte(`{"n": 0, "x": {"deep": [1e400]}}`), &open)',
          "\tout, _ = json.Marshal(open)",
          "\tfmt.Println(string(out))",
          "}",
        ],
      ),
    );
    expect(execFileSync("gofmt", ["-l", "fixture"], { cwd: dir, encoding: "utf8" })).toBe("");
    const env = { ...moduleEnv(), GOFLAGS: "-mod=mod" };
    execFileSync("go", ["vet", "./..."], { cwd: dir, env, stdio: "pipe" });
    const lines = execFileSync("go", ["run", "."], { cwd: dir, env, encoding: "utf8" }).trim().split("\n");
    expect(lines).toEqual([
      "3 1 x true 0",
      '{"a":1,"b":2,"derived":{"id":"x","mode":"slow","old":0},"total":3}',
      '"a": json: cannot unmarshal string into Go value of type int64',
      '{"n":0,"x":{"deep":[1e400]}}',
    ]);
  });
});
