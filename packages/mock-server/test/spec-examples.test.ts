import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test } from "vitest";
import { emitExamples } from "@scenario-api/scripts/src/emit-examples.ts";
import type { OpenApiDocument } from "@scenario-api/scripts/src/read-spec.ts";

const require = createRequire(import.meta.url);

test("src/spec-examples.ts is what emit-examples makes of the published spec (no drift)", () => {
  const spec = JSON.parse(readFileSync(require.resolve("@scenario-api/openapi/openapi.json"), "utf8")) as OpenApiDocument;
  expect(readFileSync(new URL("../src/spec-examples.ts", import.meta.url), "utf8")).toBe(emitExamples(spec)["spec-examples.ts"]);
});
