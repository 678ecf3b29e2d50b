import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { emitExamples, responseExamples } from "../src/emit-examples.ts";
import type { OpenApiDocument } from "../src/lib/read-spec.ts";

const require = createRequire(import.meta.url);

const doc = (responses: unknown, components: Record<string, unknown> = {}): OpenApiDocument => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: { "/x": { put: { responses } } },
  components: { schemas: {}, ...components },
});

describe("responseExamples", () => {
  test("resolves response and example $refs, by status then name, sorted", () => {
    const d = doc(
      {
        "404": { $ref: "#/components/responses/NotFound" },
        "200": {
          content: { "application/json": { examples: { b: { value: 2 }, a: { $ref: "#/components/examples/A" } } } },
        },
        "204": { description: "no content" },
      },
      {
        responses: {
          NotFound: { content: { "application/json": { examples: { nf: { value: { statusCode: 404 } } } } } },
        },
        examples: { A: { value: 1 } },
      },
    );
    const out = responseExamples(d, "/x", "put");
    expect(out).toEqual({ "200": { a: 1, b: 2 }, "404": { nf: { statusCode: 404 } } });
    expect(Object.keys(out["200"]!)).toEqual(["a", "b"]);
  });

  const broken: Array<[string, OpenApiDocument, RegExp]> = [
    [
      "a dangling $ref, named with its place",
      doc({ "200": { $ref: "#/components/responses/Nope" } }),
      /paths\['\/x'\]\.put\.responses\.200: \$ref '#\/components\/responses\/Nope' points to nothing/,
    ],
    [
      "an example without value",
      doc({ "200": { content: { "application/json": { examples: { a: { summary: "s" } } } } } }),
      /examples\.a: no value/,
    ],
    ["a missing operation", { ...doc({}), paths: {} }, /paths\['\/x'\]\.put: no such operation/],
  ];
  test.each(broken)("refuses %s", (_, d, message) => expect(() => responseExamples(d, "/x", "put")).toThrow(message));
});

test("emitExamples on the real spec: header, every documented status, identical twice", () => {
  const spec = JSON.parse(
    readFileSync(require.resolve("@scenario-api/openapi/openapi.json"), "utf8"),
  ) as OpenApiDocument;
  const first = emitExamples(spec);
  expect(emitExamples(spec)).toEqual(first);
  const text = first["spec-examples.ts"]!;
  expect(text.split("\n")[0]).toBe(
    "// Generated from @scenario-api/openapi by scripts/src/emit-examples.ts. Do not edit.",
  );
  for (const status of ["200", "400", "401", "402", "403", "404", "429", "500"])
    expect(text).toContain(`"${status}": {`);
});
