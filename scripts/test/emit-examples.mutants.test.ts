import { expect, test } from "vitest";
import { emitExamples, responseExamples } from "../src/emit-examples.ts";
import type { OpenApiDocument } from "../src/lib/read-spec.ts";

// Behaviour the mutation run (bench/mutation) found untested: what is not an object where one is
// expected, named by where it is; the order of non-numeric statuses; another operation's examples.

const doc = (operation: unknown, components: Record<string, unknown> = {}): OpenApiDocument => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: { "/x": { put: operation } },
  components: { schemas: {}, ...components },
});
const jsonExamples = (examples: unknown) => ({ content: { "application/json": { examples } } });

test.each<[string, OpenApiDocument, string]>([
  ["responses that are not an object", doc({ responses: "none" }), "paths['/x'].put.responses: expected an object"],
  ["a response that is null", doc({ responses: { "200": null } }), "paths['/x'].put.responses.200: expected an object"],
  [
    "a response $ref to a string",
    doc({ responses: { "200": { $ref: "#/components/responses/R" } } }, { responses: { R: "text" } }),
    "paths['/x'].put.responses.200: expected an object",
  ],
  [
    "an example $ref to nothing",
    doc({ responses: { "200": jsonExamples({ a: { $ref: "#/components/examples/Nope" } }) } }),
    "paths['/x'].put.responses.200.content.application/json.examples.a: $ref '#/components/examples/Nope' points to nothing",
  ],
  [
    "an example that is a number",
    doc({ responses: { "404": jsonExamples({ b: 3 }) } }),
    "paths['/x'].put.responses.404.content.application/json.examples.b: expected an object",
  ],
  [
    "an example without value, by its full place",
    doc({ responses: { "200": jsonExamples({ a: { summary: "s" } }) } }),
    "paths['/x'].put.responses.200.content.application/json.examples.a: no value",
  ],
])("responseExamples refuses %s, naming where", (_, given, message) => {
  expect(() => responseExamples(given, "/x", "put")).toThrow(message);
});

test("responseExamples: another method of a known path is no such operation", () => {
  expect(() => responseExamples(doc({ responses: {} }), "/x", "get")).toThrow("paths['/x'].get: no such operation");
});

test("responseExamples sorts statuses that are not numbers too, and leaves out responses without examples", () => {
  const out = responseExamples(
    doc({
      responses: {
        default: jsonExamples({ d: { value: "d" } }),
        "4XX": jsonExamples({ c: { value: "c" } }),
        "204": { description: "none" },
        "200": { content: { "application/json": {} } },
      },
    }),
    "/x",
    "put",
  );
  expect(Object.keys(out)).toEqual(["4XX", "default"]);
  expect(out).toStrictEqual({ "4XX": { c: "c" }, default: { d: "d" } });
});

test("emitExamples names the operation it took the examples of", () => {
  const given: OpenApiDocument = {
    ...doc(undefined),
    paths: { "/things": { get: { responses: { "200": jsonExamples({ one: { value: { n: 1 } } }) } } } },
  };
  expect(emitExamples(given, "/things", "get")).toStrictEqual({
    "spec-examples.ts": `// Generated from @scenario-api/openapi by scripts/src/emit-examples.ts. Do not edit.

/** The examples of GET /things's responses in the spec, by status then by name. */
export const responseExamples: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  "200": {
    "one": {
      "n": 1
    }
  }
};
`,
  });
});
