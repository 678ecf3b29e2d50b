import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { replaceJsonFiles, serializeSchemaSet, toJsonSchemas, translateSchema } from "../src/to-json-schema.ts";

const known = new Set(["Job", "JobStatus", "Odd/Name"]);
const refTo = (name: string) => `https://example.test/2020-12/${name}.json`;
const translate = (schema: unknown) => translateSchema(schema, "#/components/schemas/X", known, refTo);

const cases: Array<[string, { given: unknown; want: unknown }]> = [
  [
    "a ref to a component becomes its $id",
    { given: { $ref: "#/components/schemas/JobStatus" }, want: { $ref: refTo("JobStatus") } },
  ],
  [
    "a $ref keeps its sibling description (legal in 2020-12)",
    {
      given: { $ref: "#/components/schemas/Job", description: "d" },
      want: { $ref: refTo("Job"), description: "d" },
    },
  ],
  ["example becomes examples", { given: { type: "string", example: "a" }, want: { type: "string", examples: ["a"] } }],
  ["example joins existing examples", { given: { examples: ["a"], example: "b" }, want: { examples: ["a", "b"] } }],
  [
    "discriminator, xml, externalDocs and x- extensions are dropped",
    {
      given: {
        oneOf: [{ type: "string" }],
        discriminator: { propertyName: "k" },
        xml: { name: "n" },
        externalDocs: { url: "u" },
        "x-internal": true,
      },
      want: { oneOf: [{ type: "string" }] },
    },
  ],
  [
    "refs are rewritten deep inside every schema keyword",
    {
      given: {
        properties: { a: { items: { $ref: "#/components/schemas/Job" } } },
        allOf: [{ additionalProperties: { $ref: "#/components/schemas/Job" } }],
      },
      want: {
        properties: { a: { items: { $ref: refTo("Job") } } },
        allOf: [{ additionalProperties: { $ref: refTo("Job") } }],
      },
    },
  ],
  [
    "property names that look like keywords stay data",
    {
      given: { properties: { example: { type: "string" }, $ref: { type: "number" }, description: { type: "string" } } },
      want: { properties: { example: { type: "string" }, $ref: { type: "number" }, description: { type: "string" } } },
    },
  ],
  [
    "enum, const and default values are not schemas",
    {
      given: { default: { $ref: "#/components/schemas/Nope", example: 1 }, enum: [{ example: 2 }] },
      want: { default: { $ref: "#/components/schemas/Nope", example: 1 }, enum: [{ example: 2 }] },
    },
  ],
  [
    "an escaped component name",
    { given: { $ref: "#/components/schemas/Odd~1Name" }, want: { $ref: refTo("Odd/Name") } },
  ],
  [
    "boolean schemas pass through",
    { given: { items: false, additionalProperties: true }, want: { items: false, additionalProperties: true } },
  ],
];
test.each(cases)("%s", (_, { given, want }) => expect(translate(given)).toEqual(want));

const errors: Array<[string, { given: unknown; message: RegExp }]> = [
  [
    "an unknown ref names the place and the near match",
    {
      given: { properties: { s: { $ref: "#/components/schemas/jobstatus" } } },
      message:
        /#\/components\/schemas\/X\/properties\/s\/\$ref: unknown \$ref '#\/components\/schemas\/jobstatus'; did you mean '#\/components\/schemas\/JobStatus'\?/,
    },
  ],
  [
    "a ref into a component (draft-07 reshapes components, so a pointer into one would move)",
    {
      given: { $ref: "#/components/schemas/Job/properties/status" },
      message: /X\/\$ref: refer to a named component \(#\/components\/schemas\/Job\), not into one/,
    },
  ],
  [
    "a ref outside components/schemas",
    { given: { $ref: "#/components/responses/NotFound" }, message: /only refs to #\/components\/schemas\/<Name>/ },
  ],
  [
    "an OpenAPI 3.0 nullable",
    { given: { type: "string", nullable: true }, message: /X\/nullable: 'nullable' is OpenAPI 3.0, not 3.1/ },
  ],
  [
    "a schema that is not a schema",
    {
      given: { properties: { a: 3 } },
      message: /X\/properties\/a: expected a schema \(object or boolean\), got an integer/,
    },
  ],
];
test.each(errors)("rejects %s", (_, { given, message }) => expect(() => translate(given)).toThrow(message));

describe("toJsonSchemas", () => {
  const doc = {
    openapi: "3.1.0",
    info: { title: "T", version: "1" },
    components: {
      schemas: {
        B: { type: "object", properties: { a: { $ref: "#/components/schemas/A" } } },
        A: { type: "string", example: "x" },
      },
    },
  };
  const set = toJsonSchemas(doc, "https://example.test/s/");

  test("gives every component its own document with $schema, $id, comment and title", () => {
    expect(set.schemas.B).toEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://example.test/s/2020-12/B.json",
      $comment: "Generated from @scenario-api/openapi by scripts/src/to-json-schema.ts. Do not edit.",
      title: "B",
      type: "object",
      properties: { a: { $ref: "A.json" } },
    });
  });

  test("bundles every component under $defs with local refs", () => {
    expect(set.bundle.$id).toBe("https://example.test/s/2020-12/scenario-api.json");
    expect(set.bundle.$defs).toEqual({
      A: { title: "A", type: "string", examples: ["x"] },
      B: { title: "B", type: "object", properties: { a: { $ref: "#/$defs/A" } } },
    });
  });

  test("serializes to sorted, stable files", () => {
    expect(Object.keys(serializeSchemaSet(set))).toEqual(["A.json", "B.json", "scenario-api.json"]);
    expect(serializeSchemaSet(set)["A.json"]).toMatch(/^\{\n {2}"\$schema"/);
    expect(serializeSchemaSet(toJsonSchemas(doc, "https://example.test/s/"))).toEqual(serializeSchemaSet(set));
  });

  test.each([
    [
      "an OpenAPI 3.0 document",
      { openapi: "3.0.3", components: { schemas: { A: {} } } },
      /expected an OpenAPI 3.1 document/,
    ],
    ["a document without schemas", { openapi: "3.1.0", components: {} }, /no component schemas/],
    [
      "another JSON Schema dialect",
      {
        openapi: "3.1.0",
        jsonSchemaDialect: "https://json-schema.org/draft/2019-09/schema",
        components: { schemas: { A: {} } },
      },
      /unsupported dialect/,
    ],
  ])("rejects %s", (_, given, message) => expect(() => toJsonSchemas(given)).toThrow(message));
});

describe("replaceJsonFiles", () => {
  test("a schema that left the spec leaves the output directory; other files stay", () => {
    const dir = mkdtempSync(join(tmpdir(), "schemas-out-"));
    writeFileSync(join(dir, "Removed.json"), "{}\n");
    writeFileSync(join(dir, "notes.txt"), "kept\n");
    replaceJsonFiles(dir, { "Job.json": "{}\n" });
    expect(readdirSync(dir).sort()).toEqual(["Job.json", "notes.txt"]);
  });
});
