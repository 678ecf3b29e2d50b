import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { sourceLocator } from "../src/spec-diff/locate-source.ts";

const repo = join(dirname(fileURLToPath(import.meta.url)), "../..");
const locate = sourceLocator(join(repo, "openapi/openapi.yaml"), repo);

// Lines read from the files as they are; a test that breaks when they move points here.
const cases: Array<[string, string, RegExp]> = [
  [
    "a property inside a component's own file",
    "/components/schemas/JobBilling/properties/cuDiscount",
    /^openapi\/components\/schemas\/JobBilling\.yaml:\d+$/,
  ],
  [
    "a component schema is its file",
    "/components/schemas/JobStatus",
    /^openapi\/components\/schemas\/JobStatus\.yaml:1$/,
  ],
  [
    "a path item in its own file",
    "/paths/~1workflows~1{workflowId}~1run/put/operationId",
    /^openapi\/paths\/workflows_\{workflowId\}_run\.yaml:4$/,
  ],
  [
    "a parameter the bundler lifted into components",
    "/components/parameters/DryRun",
    /^openapi\/components\/parameters\/DryRun\.yaml:1$/,
  ],
  [
    "a removed node: the nearest one that exists",
    "/components/schemas/JobBilling/properties/gone",
    /^openapi\/components\/schemas\/JobBilling\.yaml:\d+$/,
  ],
  ["the root file", "/security", /^openapi\/openapi\.yaml:\d+$/],
];
test.each(cases)("%s", (_, pointer, want) => expect(locate(pointer)).toMatch(want));

test("the line is the key's own", async () => {
  const { readFileSync } = await import("node:fs");
  const lines = readFileSync(join(repo, "openapi/components/schemas/JobBilling.yaml"), "utf8").split("\n");
  expect(locate("/components/schemas/JobBilling/properties/cuDiscount")).toBe(
    `openapi/components/schemas/JobBilling.yaml:${lines.findIndex((l) => l.startsWith("  cuDiscount:")) + 1}`,
  );
});
