import Ajv07 from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { mapUri, toDraft07 } from "../src/to-draft-07.ts";

const mapping = { from: "https://example.test/2020-12/", to: "https://example.test/draft-07/" };
const convert = (schema: unknown) => toDraft07(schema, mapping, "X.json#");

const cases: Array<[string, { given: unknown; want: unknown }]> = [
  [
    "$schema and $id move to draft-07",
    {
      given: {
        $schema: "https://json-schema.org/draft/2020-12/schema",
        $id: "https://example.test/2020-12/A.json",
        type: "string",
      },
      want: {
        $schema: "http://json-schema.org/draft-07/schema#",
        $id: "https://example.test/draft-07/A.json",
        type: "string",
      },
    },
  ],
  [
    "a bare $ref moves to the draft-07 set",
    { given: { $ref: "https://example.test/2020-12/A.json" }, want: { $ref: "https://example.test/draft-07/A.json" } },
  ],
  [
    "a $ref with siblings is wrapped in allOf so the siblings still count",
    {
      given: { $ref: "https://example.test/2020-12/A.json", description: "d", minLength: 1 },
      want: { allOf: [{ $ref: "https://example.test/draft-07/A.json" }], description: "d", minLength: 1 },
    },
  ],
  [
    "a $ref beside an allOf joins it",
    {
      given: { allOf: [{ type: "object" }], $ref: "https://example.test/2020-12/A.json" },
      want: { allOf: [{ $ref: "https://example.test/draft-07/A.json" }, { type: "object" }] },
    },
  ],
  [
    "$defs become definitions, and local refs follow",
    {
      given: { $defs: { A: { type: "string" } }, properties: { a: { $ref: "#/$defs/A" } } },
      want: { definitions: { A: { type: "string" } }, properties: { a: { $ref: "#/definitions/A" } } },
    },
  ],
  [
    "prefixItems + items become tuple items + additionalItems",
    {
      given: { prefixItems: [{ type: "string" }], items: false },
      want: { items: [{ type: "string" }], additionalItems: false },
    },
  ],
  [
    "dependentRequired and dependentSchemas merge into dependencies",
    {
      given: { dependentRequired: { a: ["b"] }, dependentSchemas: { c: { required: ["d"] } } },
      want: { dependencies: { a: ["b"], c: { required: ["d"] } } },
    },
  ],
  [
    "const, examples and format are draft-07 keywords and stay",
    {
      given: { const: true, examples: [true], format: "date-time" },
      want: { const: true, examples: [true], format: "date-time" },
    },
  ],
  [
    "deprecated is dropped (an annotation draft-07 lacks)",
    { given: { type: "string", deprecated: true }, want: { type: "string" } },
  ],
  [
    "the generated comment names the draft-07 step",
    {
      given: { $comment: "Generated from @scenario-api/openapi by scripts/src/to-json-schema.ts. Do not edit." },
      want: { $comment: "Generated from @scenario-api/openapi by scripts/src/to-draft-07.ts. Do not edit." },
    },
  ],
  [
    "a property named $defs is data, not a keyword",
    { given: { properties: { $defs: { type: "string" } } }, want: { properties: { $defs: { type: "string" } } } },
  ],
];
test.each(cases)("%s", (_, { given, want }) => expect(convert(given)).toEqual(want));

test.each([
  [
    "unevaluatedProperties",
    { properties: { a: { unevaluatedProperties: false } } },
    /X\.json#\/properties\/a\/unevaluatedProperties: 'unevaluatedProperties' cannot be written in draft-07/,
  ],
  ["$dynamicRef", { $dynamicRef: "#node" }, /'\$dynamicRef' cannot be written in draft-07/],
  ["minContains", { contains: {}, minContains: 2 }, /'minContains' cannot be written in draft-07/],
  ["a non-2020-12 document", { $schema: "http://json-schema.org/draft-04/schema#" }, /expected a 2020-12 document/],
])("refuses %s", (_, given, message) => expect(() => convert(given)).toThrow(message));

test.each([
  ["https://example.test/2020-12/A.json", "https://example.test/draft-07/A.json"],
  [
    "https://example.test/2020-12/scenario-api.json#/$defs/Job",
    "https://example.test/draft-07/scenario-api.json#/definitions/Job",
  ],
  ["#/$defs/Job/properties/x", "#/definitions/Job/properties/x"],
])("mapUri(%s)", (given, want) => expect(mapUri(given, mapping)).toBe(want));

test("an absolute URI outside the 2020-12 set is refused (a --base mismatch would mix dialects)", () => {
  expect(() => mapUri("https://elsewhere.test/x.json", mapping)).toThrow(
    /'https:\/\/elsewhere\.test\/x\.json' is not under https:\/\/example\.test\/2020-12\/ \(was to-json-schema run with the same --base\?\)/,
  );
});

// The translation's promise: the same verdict on every instance. Each schema here uses a
// construct the translation rewrites; ajv (2020-12) judges the input, ajv (draft-07) the output.
describe("same verdicts in both dialects", () => {
  const ajv2020 = new Ajv2020.default({ strict: false });
  const ajv07 = new Ajv07.default({ strict: false });
  const dialect = { $schema: "https://json-schema.org/draft/2020-12/schema" };
  const cases: Array<[string, Record<string, unknown>, unknown[]]> = [
    [
      "$ref with a sibling constraint",
      { $defs: { S: { type: "string" } }, $ref: "#/$defs/S", minLength: 2 },
      ["ab", "a", 3],
    ],
    [
      "prefixItems with items",
      { prefixItems: [{ type: "string" }, { type: "number" }], items: false },
      [["a", 1], ["a", 1, 2], [1, "a"], []],
    ],
    [
      "prefixItems with items: a schema",
      { prefixItems: [{ type: "string" }], items: { type: "number" } },
      [
        ["a", 1, 2],
        ["a", "b"],
      ],
    ],
    ["dependentRequired", { dependentRequired: { a: ["b"] } }, [{ a: 1, b: 2 }, { a: 1 }, { b: 1 }]],
    ["dependentSchemas", { dependentSchemas: { a: { required: ["c"] } } }, [{ a: 1, c: 1 }, { a: 1 }, {}]],
    [
      "const true and an enum",
      { properties: { t: { const: true }, e: { enum: ["x", "y"] } } },
      [{ t: true, e: "x" }, { t: false }, { e: "z" }],
    ],
    [
      "$defs referenced from properties",
      { $defs: { N: { type: "integer", minimum: 1 } }, properties: { step: { $ref: "#/$defs/N" } } },
      [{ step: 1 }, { step: 0 }, { step: 1.5 }],
    ],
  ];
  test.each(cases)("%s", (_, schema, instances) => {
    const input = { ...dialect, ...schema };
    const output = toDraft07(input, mapping, "X.json#");
    const v2020 = ajv2020.compile(input);
    const v07 = ajv07.compile(output as object);
    const verdicts = instances.map((x) => [v2020(x), v07(x)]);
    expect(
      verdicts.map(([a, b]) => a === b),
      JSON.stringify({ output, verdicts }),
    ).toEqual(instances.map(() => true));
    // Each case has instances on both sides of the line, or it would show nothing.
    expect(new Set(verdicts.map(([a]) => a)).size).toBe(2);
  });
});
