import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test } from "vitest";
import { bundleSpec, SpecError, serializeBundle } from "../src/bundle-spec.ts";

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
