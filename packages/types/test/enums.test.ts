import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import * as types from "../src/index.js";

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve("@scenario-api/openapi/openapi.json"), "utf8"));
const schemas = spec.components.schemas as Record<string, { enum?: unknown[] }>;

const arrays: Array<[string, string, number]> = [
  ["jobTypes", "JobType", 39],
  ["jobStatuses", "JobStatus", 8],
  ["flowNodeTypes", "FlowNodeType", 10],
  ["flowNodeStatuses", "FlowNodeStatus", 5],
  ["inputTypes", "InputType", 10],
  ["assetKinds", "AssetKind", 7],
  ["modelTypes", "ModelType", 37],
  ["backgroundBehaviors", "BackgroundBehavior", 2],
  ["workflowPrivacies", "WorkflowPrivacy", 3],
  ["workflowStatuses", "WorkflowStatus", 3],
  ["indexingTypes", "IndexingType", 3],
  ["triggerGeneratePositions", "TriggerGeneratePosition", 2],
];

describe("enum value arrays", () => {
  test.each(arrays)("%s holds every value of %s (%i)", (exportName, schemaName, count) => {
    const values = (types as Record<string, unknown>)[exportName];
    expect(values).toEqual(schemas[schemaName]!.enum);
    expect(values).toHaveLength(count);
  });

  test("there is one array per named string enum in the spec, and nothing else at runtime", () => {
    const enums = Object.entries(schemas)
      .filter(([, s]) => Array.isArray(s.enum))
      .map(([n]) => n)
      .sort();
    expect(enums).toEqual(arrays.map(([, n]) => n).sort());
    expect(Object.keys(types).sort()).toEqual(arrays.map(([e]) => e).sort());
  });

  test("no export shadows a global", () => {
    const source = readFileSync(new URL("../src/generated/index.ts", import.meta.url), "utf8");
    const exported = [...source.matchAll(/^export (?:type|const) (\w+)/gm)].map((m) => m[1]!);
    expect(exported.length).toBeGreaterThan(40);
    expect(exported.filter((n) => n in globalThis)).toEqual([]);
  });
});

describe("the package", () => {
  test("has no runtime dependencies", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(pkg.dependencies ?? {}).toEqual({});
  });
});
