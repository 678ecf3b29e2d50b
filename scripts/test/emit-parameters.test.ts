import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, test } from "vitest";
import { emitParameters, operationParameters } from "../src/emit-parameters.ts";
import type { OpenApiDocument } from "../src/lib/read-spec.ts";

const require = createRequire(import.meta.url);

/** A spec of one operation, `run`, on a path with `pathParameters`. */
const doc = (parameters: unknown[], pathParameters?: unknown[], components: Record<string, unknown> = {}) =>
  ({
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {
      "/w/{id}/run": {
        ...(pathParameters && { parameters: pathParameters }),
        put: { operationId: "run", parameters, responses: {} },
      },
    },
    components: { schemas: {}, ...components },
  }) as OpenApiDocument;

const id = { name: "id", in: "path", required: true, schema: { type: "string", minLength: 1 } };

describe("operationParameters", () => {
  test("path-level and operation parameters, $refs resolved, annotations dropped, sorted by location then name", () => {
    const d = doc(
      [
        { name: "zeta", in: "query", required: true, schema: { type: "integer", minimum: 1, description: "z" } },
        { $ref: "#/components/parameters/Alpha" },
        { name: "X-Key", in: "header", schema: { type: ["string", "null"], example: "k" } },
      ],
      [id],
      { parameters: { Alpha: { name: "alpha", in: "query", description: "a", schema: { enum: ["a", "b"] } } } },
    );
    expect(operationParameters(d, "run")).toEqual([
      { name: "id", in: "path", required: true, schema: { type: "string", minLength: 1 } },
      { name: "alpha", in: "query", required: false, schema: { enum: ["a", "b"] } },
      { name: "zeta", in: "query", required: true, schema: { type: "integer", minimum: 1 } },
      { name: "X-Key", in: "header", required: false, schema: { type: ["string", "null"] } },
    ]);
  });

  test("an operation's parameter overrides the path's of the same name and location", () => {
    const d = doc([{ name: "id", in: "path", required: true, schema: { type: "string" } }], [id]);
    expect(operationParameters(d, "run")).toEqual([
      { name: "id", in: "path", required: true, schema: { type: "string" } },
    ]);
  });

  const refused: Array<[string, OpenApiDocument, string]> = [
    ["no such operation", doc([]), "no operation has operationId 'other'"],
    [
      "a cookie parameter",
      doc([{ name: "c", in: "cookie", schema: {} }]),
      "paths['/w/{id}/run'].put.parameters[0] (c): in 'cookie' is not supported (path, query or header)",
    ],
    [
      "content instead of schema",
      doc([{ name: "q", in: "query", content: { "application/json": {} } }]),
      "paths['/w/{id}/run'].put.parameters[0] (q).content: not supported (parameters use their default serialisation)",
    ],
    [
      "a style",
      doc([{ name: "q", in: "query", style: "pipeDelimited", schema: {} }]),
      "paths['/w/{id}/run'].put.parameters[0] (q).style: not supported (parameters use their default serialisation)",
    ],
    [
      "an array parameter",
      doc([{ name: "q", in: "query", schema: { type: "array", items: { type: "string" } } }]),
      "paths['/w/{id}/run'].put.parameters[0] (q).schema.items: not supported in a parameter's schema (the client and the mock server honour type, enum, const, minLength, maxLength, pattern, minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf)",
    ],
    [
      "an object type",
      doc([{ name: "q", in: "query", schema: { type: "object" } }]),
      "paths['/w/{id}/run'].put.parameters[0] (q).schema.type: \"object\" is not supported in a parameter (only string, number, integer, boolean, null)",
    ],
    [
      "a header OpenAPI ignores",
      doc([{ name: "Authorization", in: "header", schema: { type: "string" } }]),
      "paths['/w/{id}/run'].put.parameters[0] (Authorization): a header parameter named Authorization is ignored by OpenAPI; remove it",
    ],
    [
      "a query and a header parameter of one name (the client's params hold both)",
      doc([
        { name: "key", in: "query", schema: {} },
        { name: "Key", in: "header", schema: {} },
      ]),
      "paths['/w/{id}/run'].put: parameters 'key' (query) and 'Key' (header) would share one name in the client's params",
    ],
    [
      "a dangling $ref",
      doc([{ $ref: "#/components/parameters/Nope" }]),
      "paths['/w/{id}/run'].put.parameters[0]: $ref '#/components/parameters/Nope'",
    ],
  ];
  test.each(refused)("refuses %s, naming where", (_, d, message) => {
    expect(() => operationParameters(d, _ === "no such operation" ? "other" : "run")).toThrow(message);
  });
});

describe("emitParameters", () => {
  test("one file: the header, a JSDoc naming the operation, the table as const", () => {
    const files = emitParameters(doc([{ name: "q", in: "query", required: true, schema: { type: "string" } }]), "run");
    expect(Object.keys(files)).toEqual(["parameters.ts"]);
    const text = files["parameters.ts"]!;
    expect(text.split("\n")[0]).toBe(
      "// Generated from @scenario-api/openapi by scripts/src/emit-parameters.ts. Do not edit.",
    );
    expect(text).toContain("The parameters of PUT /w/{id}/run (run) in the spec");
    expect(text).toContain(
      'export const runParameters = [\n  {\n    "name": "q",\n    "in": "query",\n    "required": true,\n    "schema": {\n      "type": "string"\n    }\n  }\n] as const;\n',
    );
  });

  test("the real spec: its three parameters, dryRun's schema empty as the reference page has it", () => {
    const spec = JSON.parse(readFileSync(require.resolve("@scenario-api/openapi/openapi.json"), "utf8"));
    expect(operationParameters(spec)).toEqual([
      { name: "workflowId", in: "path", required: true, schema: { type: "string", minLength: 1 } },
      { name: "dryRun", in: "query", required: false, schema: {} },
      { name: "projectId", in: "query", required: false, schema: { type: "string" } },
    ]);
  });
});
