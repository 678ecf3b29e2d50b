import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test } from "vitest";
import { bundleSpec } from "../src/bundle-spec.ts";
import { lintExamples } from "../src/lib/lint-examples.ts";
import { serializeBundle } from "../src/lib/redocly-bundle.ts";
import { SpecError } from "../src/lib/spec-problems.ts";

const require = createRequire(import.meta.url);
const openapiDir = dirname(require.resolve("@scenario-api/openapi/package.json"));
const config = join(openapiDir, "..", "redocly.yaml");

/** A copy of openapi/ to edit. */
function specCopy(): string {
  const work = mkdtempSync(join(tmpdir(), "bundle-spec-"));
  cpSync(openapiDir, join(work, "openapi"), { recursive: true, filter: (src) => !src.includes("node_modules") });
  return join(work, "openapi");
}

// Renewal 1 builds the example rules' visitors anew at every call: the verdicts must not move.
test("with the example rules renewed at every call, the real spec bundles as before", async () => {
  const dir = specCopy();
  const doc = await bundleSpec(join(dir, "openapi.yaml"), config, dir, 1);
  expect(serializeBundle(doc)["openapi.json"]).toBe(readFileSync(join(openapiDir, "dist/openapi.json"), "utf8"));
});

test("with the example rules renewed at every call, a broken example is still reported at its file:line", async () => {
  const dir = specCopy();
  const file = join(dir, "components/examples/DryRunCompleted.yaml");
  writeFileSync(file, readFileSync(file, "utf8").replace("estimatedCost: 12", "estimatedCost: twelve"));
  const error = await bundleSpec(join(dir, "openapi.yaml"), config, dir, 1).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpecError);
  expect((error as SpecError).message).toMatch(
    /components\/examples\/DryRunCompleted\.yaml:\d+:\d+ +error .*estimatedCost.*\(no-invalid-media-type-examples\)/,
  );
});

// The example rules run in a worker thread beside the other rules: one SpecError still lists both.
test("a broken example and a property without a description are reported together, each at its file:line", async () => {
  const dir = specCopy();
  const example = join(dir, "components/examples/DryRunCompleted.yaml");
  writeFileSync(example, readFileSync(example, "utf8").replace("estimatedCost: 12", "estimatedCost: twelve"));
  const schema = join(dir, "components/schemas/ApiError.yaml");
  const text = readFileSync(schema, "utf8");
  const withoutDescription = text.replace("    description: The HTTP status code of the response.\n", "");
  expect(withoutDescription).not.toBe(text);
  writeFileSync(schema, withoutDescription);
  const error = await bundleSpec(join(dir, "openapi.yaml"), config, dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpecError);
  const problems = (error as SpecError).problems.map((p) => `${p.file} ${p.rule}`);
  expect(problems).toEqual([
    "components/schemas/ApiError.yaml rule/schema-property-description",
    "components/examples/DryRunCompleted.yaml no-invalid-media-type-examples",
  ]);
});

test("a file that does not parse is reported by the main thread's rules, not again from the example worker", async () => {
  const dir = specCopy();
  writeFileSync(join(dir, "components/schemas/ApiError.yaml"), "type: object\nproperties: [\n");
  const error = await bundleSpec(join(dir, "openapi.yaml"), config, dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpecError);
  const { problems } = error as SpecError;
  expect(problems[0]).toMatchObject({ file: "components/schemas/ApiError.yaml", line: 3, rule: "no-unresolved-refs" });
  expect(problems[0]!.message).toMatch(/^Failed to parse/);
  // Every place that refers to the file, once each.
  expect(problems.every((p) => p.rule === "no-unresolved-refs")).toBe(true);
  expect(new Set(problems.map((p) => `${p.file}:${p.line}`)).size).toBe(problems.length);
});

test("lintExamples (the worker's part) reports the example rules' problems and no other rule's", async () => {
  const dir = specCopy();
  const example = join(dir, "components/examples/DryRunCompleted.yaml");
  writeFileSync(example, readFileSync(example, "utf8").replace("estimatedCost: 12", "estimatedCost: twelve"));
  const schema = join(dir, "components/schemas/ApiError.yaml");
  writeFileSync(
    schema,
    readFileSync(schema, "utf8").replace("    description: The HTTP status code of the response.\n", ""),
  );
  const problems = await lintExamples(join(dir, "openapi.yaml"), config, dir);
  expect(problems).toEqual([
    expect.objectContaining({
      file: "components/examples/DryRunCompleted.yaml",
      rule: "no-invalid-media-type-examples",
      severity: "error",
      message: expect.stringContaining("estimatedCost"),
    }),
  ]);
  expect(problems[0]!.line).toBeGreaterThan(1);
});
