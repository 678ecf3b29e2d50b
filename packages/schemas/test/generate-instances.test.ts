import { describe, expect, test } from "vitest";
import Ajv2020 from "ajv/dist/2020.js";
import { InstanceGenerator, Random } from "./generate-instances.ts";

/**
 * The differential generator's promise: what it calls valid is valid. Each keyword a schema of
 * ours uses or may use is honoured (every one of 300 instances passes ajv), and a keyword it
 * cannot honour is refused with an error naming it and where it is.
 */

const refs = new Map<string, Record<string, unknown>>([
  ["Bounded.json", { type: "integer", minimum: 0, maximum: 10, default: 5 }],
  ["Named.json", { type: "object", required: ["id"], properties: { id: { type: "string", pattern: "^asset_" } } }],
]);
const generator = (seed = 7) => new InstanceGenerator(refs, new Random(seed));

const honoured: Array<[string, Record<string, unknown>]> = [
  ["integer with minimum and maximum (issue 21's priority)", { type: "integer", minimum: 0, maximum: 10, default: 5 }],
  ["integer with exclusive bounds", { type: "integer", exclusiveMinimum: 0, exclusiveMaximum: 3 }],
  ["integer with only a maximum below the usual range", { type: "integer", maximum: -100 }],
  ["number with exclusive bounds close together", { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 0.001 }],
  ["number with a maximum", { type: "number", maximum: 0.25 }],
  ["number with multipleOf", { type: "number", minimum: 1, maximum: 3, multipleOf: 0.5 }],
  ["integer with multipleOf", { type: "integer", minimum: 3, multipleOf: 7 }],
  ["string with a prefix pattern", { type: "string", pattern: "^job_[A-Za-z0-9]+$" }],
  ["string with minLength and maxLength", { type: "string", minLength: 2, maxLength: 3 }],
  ["string with a long minLength", { type: "string", minLength: 60 }],
  ["string with a pattern its examples satisfy", { type: "string", pattern: "^[0-9]{4}$", examples: ["2026"] }],
  ["nullable string (type list)", { type: ["string", "null"], maxLength: 1 }],
  ["date-time format (an annotation)", { type: "string", format: "date-time" }],
  ["array with item counts", { type: "array", items: { type: "string" }, minItems: 2, maxItems: 2 }],
  ["array with unique items", { type: "array", items: { enum: [1, 2, 3] }, minItems: 3, uniqueItems: true }],
  ["closed object", { type: "object", properties: { a: { type: "string" } }, additionalProperties: false }],
  [
    "object with required, refs and a typed additionalProperties",
    {
      type: "object",
      required: ["n", "named", "extra"],
      properties: { n: { $ref: "Bounded.json" }, named: { $ref: "Named.json" } },
      additionalProperties: { type: "integer", maximum: 2 },
    },
  ],
  ["allOf bounds combined", { allOf: [{ type: "number", minimum: 1 }, { maximum: 2 }, { type: "integer" }] }],
  ["$ref with sibling bounds", { $ref: "Bounded.json", maximum: 3 }],
  ["an untyped schema with bounds and lengths", { minimum: 5, maxLength: 2, maxItems: 1 }],
  ["enum and const", { allOf: [{ enum: ["a", "b", 3] }, { enum: ["b", 3] }] }],
];

describe("every generated instance is valid", () => {
  test.each(honoured)("%s", (_, schema) => {
    // Not strict: some rows are unusual on purpose (bounds without a type, a required name not listed).
    const ajv = new Ajv2020.default({ strict: false });
    for (const [ref, target] of refs) ajv.addSchema(target, ref);
    const validate = ajv.compile(schema);
    const g = generator();
    const invalid = Array.from({ length: 300 }, () => g.valid(schema)).filter((v) => !validate(v));
    expect(invalid.slice(0, 5)).toEqual([]);
  });
});

const refused: Array<[string, Record<string, unknown>, string]> = [
  ["oneOf", { oneOf: [{ type: "string" }] }, 'generator: #: cannot honour "oneOf"'],
  [
    "a keyword in a nested property, named with its place",
    { type: "object", required: ["a"], properties: { a: { type: "object", minProperties: 1 } } },
    'generator: #/properties/a: cannot honour "minProperties"',
  ],
  ["a keyword behind a $ref", { $ref: "Named.json", not: { type: "null" } }, 'generator: #: cannot honour "not"'],
  [
    "a pattern no candidate matches",
    { type: "string", pattern: "^[0-9]{4}-x$" },
    'generator: #: found no string of 0..Infinity characters matching "^[0-9]{4}-x$"',
  ],
  [
    "bounds nothing satisfies",
    { type: "integer", minimum: 5, exclusiveMaximum: 5 },
    "generator: #: no integer >= 5 < 5",
  ],
  [
    "more unique items than values",
    { type: "array", items: { enum: [1, 2] }, minItems: 3, uniqueItems: true },
    "generator: #: found only 2 unique items of 3",
  ],
  ["an unknown $ref", { $ref: "Missing.json" }, "generator: #: unknown $ref Missing.json"],
];

describe("a schema the generator cannot honour is refused, naming the keyword and where", () => {
  test.each(refused)("%s", (_, schema, message) => {
    expect(() => generator().valid(schema)).toThrow(message);
  });
});
