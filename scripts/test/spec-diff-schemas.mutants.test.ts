/**
 * Schema comparison, case by case: what spec-diff reports (level, rule, where, the sentence) for
 * schema changes the rule rows of spec-diff-rules.test.ts do not reach: bounds said two ways,
 * integer bounds, multipleOf, allOf members merged, `oneOf [X, null]`, 3.0 keywords, readOnly
 * and writeOnly properties, branches paired across a reorder.
 */
import { describe, expect, test } from "vitest";
import type { JsonObject } from "../src/lib/json-object.ts";
import { diffSpecs } from "../src/spec-diff/diff-specs.ts";

type Dir = "request" | "response";
const ROOT: Record<Dir, string> = {
  request: "/paths/~1things/post/requestBody/content/application~1json/schema",
  response: "/paths/~1things/post/responses/200/content/application~1json/schema",
};
const LABEL: Record<Dir, string> = {
  request: "POST /things request body application/json",
  response: "POST /things response 200 application/json",
};

/** One operation whose request body (or 200 response) is `schema`, and components. */
function spec(dir: Dir, schema: unknown, components: JsonObject = {}, openapi = "3.1.0"): JsonObject {
  const content = { "application/json": { schema } };
  return {
    openapi,
    info: { title: "t", version: "1" },
    paths: {
      "/things": {
        post: {
          ...(dir === "request" ? { requestBody: { content } } : {}),
          responses: { "200": { description: "ok", ...(dir === "response" ? { content } : {}) } },
        },
      },
    },
    components: { schemas: components },
  };
}

/** The findings as `level rule where: message`, with the schema's pointer as `#` and its label as `$`. */
function changes(
  dir: Dir,
  before: unknown,
  after: unknown,
  components: [JsonObject, JsonObject] = [{}, {}],
  v30 = false,
) {
  const version = v30 ? "3.0.3" : "3.1.0";
  return diffSpecs(spec(dir, before, components[0], version), spec(dir, after, components[1], version)).map(
    (f) => `${f.level} ${f.rule} ${f.at.replace(ROOT[dir], "#")}: ${f.message.replace(LABEL[dir], "$")}`,
  );
}

const num = (more: JsonObject = {}) => ({ type: "number", ...more });
const int = (more: JsonObject = {}) => ({ type: "integer", ...more });

describe("types and formats", () => {
  const cases: Array<[string, Dir, unknown, unknown, string[]]> = [
    [
      "a type dropped: any value",
      "response",
      { type: "string" },
      {},
      ["breaking response-property-type-generalized #: $: type widened from string to any"],
    ],
    [
      "a type given: fewer values",
      "request",
      {},
      { type: ["string", "null"] },
      ["breaking request-property-type-specialized #: $: type narrowed from any to string|null"],
    ],
    [
      "a type given without null",
      "request",
      {},
      { type: "string" },
      ["breaking request-property-type-specialized #: $: type narrowed from any to string"],
    ],
    [
      "null only, then a string too",
      "response",
      { type: "null" },
      { type: ["null", "string"] },
      ["breaking response-property-type-generalized #: $: type widened from null to string"],
    ],
    [
      "a type list narrowed",
      "request",
      { type: ["string", "integer"] },
      { type: "string" },
      ["breaking request-property-type-specialized #: $: type narrowed from string|integer to string"],
    ],
    [
      "integer within number is no change of its own",
      "request",
      { type: ["number", "integer"] },
      { type: "number" },
      [],
    ],
    [
      "float widened to double",
      "response",
      num({ format: "float" }),
      num({ format: "double" }),
      ['breaking response-property-format-generalized #: $: format widened from "float" to "double"'],
    ],
    [
      "int64 to int32 is a change, not a widening",
      "request",
      int({ format: "int64" }),
      int({ format: "int32" }),
      ['breaking request-property-format-changed #: $: format changed from "int64" to "int32"'],
    ],
    [
      "null allowed and a type changed at once",
      "request",
      { type: ["string", "null"] },
      { type: "integer" },
      [
        "breaking request-property-became-not-nullable #: $: no longer allows null",
        "breaking request-property-type-changed #: $: type changed from string to integer",
      ],
    ],
  ];
  test.each(cases)("%s", (_, dir, before, after, want) => expect(changes(dir, before, after)).toEqual(want));
});

describe("values: enum, const, default, pattern", () => {
  const cases: Array<[string, Dir, unknown, unknown, string[]]> = [
    [
      "enum values compared as JSON, whatever the key order",
      "response",
      { enum: [{ a: 1, b: 2 }] },
      { enum: [{ b: 2, a: 1 }] },
      [],
    ],
    [
      "one enum value swapped for another",
      "request",
      { enum: ["a", "b"] },
      { enum: ["b", "c"] },
      [
        'breaking request-property-enum-value-removed #: $: enum value(s) removed: "a"',
        'info request-property-enum-value-added #: $: enum value(s) added: "c"',
      ],
    ],
    [
      "const replaced",
      "response",
      { const: 1 },
      { const: 2 },
      [
        "breaking response-property-enum-value-removed #: $: enum value(s) removed: 1",
        "breaking response-property-enum-value-added #: $: enum value(s) added: 2",
      ],
    ],
    ["const to the same enum", "request", { const: "a" }, { enum: ["a"] }, []],
    [
      "a default added",
      "request",
      { type: "string" },
      { type: "string", default: "a" },
      ['warning request-property-default-value-changed #: $: default changed from none to "a"'],
    ],
    [
      "a default removed",
      "request",
      { type: "string", default: "a" },
      { type: "string" },
      ['warning request-property-default-value-changed #: $: default changed from "a" to none'],
    ],
    [
      "a pattern removed",
      "response",
      { type: "string", pattern: "^a" },
      { type: "string" },
      ['breaking response-property-pattern-removed #: $: pattern "^a" removed'],
    ],
  ];
  test.each(cases)("%s", (_, dir, before, after, want) => expect(changes(dir, before, after)).toEqual(want));
});

describe("bounds", () => {
  const cases: Array<[string, unknown, unknown, string[]]> = [
    // Both keywords: the stricter one is the bound.
    [
      "minimum and an equal exclusiveMinimum are the exclusive bound",
      num({ minimum: 1, exclusiveMinimum: 1 }),
      num({ exclusiveMinimum: 1 }),
      [],
    ],
    [
      "a lower exclusiveMinimum beside a minimum is no bound",
      num({ minimum: 2, exclusiveMinimum: 1 }),
      num({ minimum: 2 }),
      [],
    ],
    [
      "a higher exclusiveMinimum beside a minimum is the bound",
      num({ minimum: 1, exclusiveMinimum: 2 }),
      num({ exclusiveMinimum: 2 }),
      [],
    ],
    [
      "maximum and an equal exclusiveMaximum are the exclusive bound",
      num({ maximum: 5, exclusiveMaximum: 5 }),
      num({ exclusiveMaximum: 5 }),
      [],
    ],
    [
      "a higher exclusiveMaximum beside a maximum is no bound",
      num({ maximum: 5, exclusiveMaximum: 9 }),
      num({ maximum: 5 }),
      [],
    ],
    [
      "a lower exclusiveMaximum beside a maximum is the bound",
      num({ maximum: 9, exclusiveMaximum: 5 }),
      num({ exclusiveMaximum: 5 }),
      [],
    ],
    [
      "maximum made exclusive",
      num({ maximum: 5 }),
      num({ exclusiveMaximum: 5 }),
      ["breaking request-property-max-tightened #: $: max tightened from <= 5 to < 5"],
    ],
    [
      "exclusiveMinimum made inclusive",
      num({ exclusiveMinimum: 5 }),
      num({ minimum: 5 }),
      ["info request-property-min-loosened #: $: min loosened from > 5 to >= 5"],
    ],
    [
      "a maximum raised",
      num({ maximum: 5 }),
      num({ maximum: 6 }),
      ["info request-property-max-loosened #: $: max loosened from <= 5 to <= 6"],
    ],
    [
      "a maximum lowered",
      num({ maximum: 5 }),
      num({ maximum: 4 }),
      ["breaking request-property-max-tightened #: $: max tightened from <= 5 to <= 4"],
    ],
    [
      "a minimum removed",
      num({ minimum: 5 }),
      num(),
      ["info request-property-min-loosened #: $: min loosened from >= 5 to none"],
    ],
    // Integers: a bound said either way is the same set of values.
    ["integers: < 11 is <= 10", int({ exclusiveMaximum: 11 }), int({ maximum: 10 }), []],
    ["integers: <= 10.5 is <= 10", int({ maximum: 10.5 }), int({ maximum: 10 }), []],
    ["integers: > 0.5 is >= 1", int({ exclusiveMinimum: 0.5 }), int({ minimum: 1 }), []],
    ["integers: > 1 is >= 2", int({ exclusiveMinimum: 1 }), int({ minimum: 2 }), []],
    ["integers: >= 0.5 is >= 1", int({ minimum: 0.5 }), int({ minimum: 1 }), []],
    [
      "integers or null: < 11 is <= 10",
      { type: ["integer", "null"], exclusiveMaximum: 11 },
      { type: ["integer", "null"], maximum: 10 },
      [],
    ],
    [
      "integers: a real change still shows",
      int({ exclusiveMaximum: 11 }),
      int({ maximum: 9 }),
      ["breaking request-property-max-tightened #: $: max tightened from < 11 to <= 9"],
    ],
    [
      "numbers: < 11 is not <= 10",
      num({ exclusiveMaximum: 11 }),
      num({ maximum: 10 }),
      ["breaking request-property-max-tightened #: $: max tightened from < 11 to <= 10"],
    ],
    [
      "integer or string: the bound is not rounded",
      { type: ["integer", "string"], exclusiveMaximum: 11 },
      { type: ["integer", "string"], maximum: 10 },
      ["breaking request-property-max-tightened #: $: max tightened from < 11 to <= 10"],
    ],
    [
      "integer before, number after: not rounded",
      int({ exclusiveMinimum: 0 }),
      num({ minimum: 1 }),
      [
        "breaking request-property-min-tightened #: $: min tightened from > 0 to >= 1",
        "info request-property-type-generalized #: $: type widened from integer to number",
      ],
    ],
    [
      "maxLength raised",
      { type: "string", maxLength: 3 },
      { type: "string", maxLength: 4 },
      ["info request-property-max-length-loosened #: $: max-length loosened from 3 to 4"],
    ],
    [
      "minItems lowered",
      { type: "array", minItems: 3 },
      { type: "array", minItems: 2 },
      ["info request-property-min-items-loosened #: $: min-items loosened from 3 to 2"],
    ],
    [
      "multipleOf: 2 to 3 is both",
      num({ multipleOf: 2 }),
      num({ multipleOf: 3 }),
      [
        "breaking request-property-multiple-of-tightened #: $: multiple-of tightened from 2 to 3",
        "info request-property-multiple-of-loosened #: $: multiple-of loosened from 2 to 3",
      ],
    ],
    [
      "multipleOf: 4 to 2 loosens",
      num({ multipleOf: 4 }),
      num({ multipleOf: 2 }),
      ["info request-property-multiple-of-loosened #: $: multiple-of loosened from 4 to 2"],
    ],
    [
      "multipleOf: 0.5 to 1.5 tightens",
      num({ multipleOf: 0.5 }),
      num({ multipleOf: 1.5 }),
      ["breaking request-property-multiple-of-tightened #: $: multiple-of tightened from 0.5 to 1.5"],
    ],
    [
      "multipleOf added",
      num(),
      num({ multipleOf: 2 }),
      ["breaking request-property-multiple-of-tightened #: $: multiple-of tightened from none to 2"],
    ],
    [
      "multipleOf removed",
      num({ multipleOf: 2 }),
      num(),
      ["info request-property-multiple-of-loosened #: $: multiple-of loosened from 2 to none"],
    ],
    ["uniqueItems: false is no constraint", { type: "array", uniqueItems: false }, { type: "array" }, []],
  ];
  test.each(cases)("%s", (_, before, after, want) => expect(changes("request", before, after)).toEqual(want));
});

const obj = (properties: JsonObject, required: string[] = [], more: JsonObject = {}) => ({
  type: "object",
  properties,
  required,
  ...more,
});
const str = { type: "string" };

describe("objects", () => {
  const cases: Array<[string, Dir, unknown, unknown, string[]]> = [
    [
      "a readOnly property removed from a request: never sent",
      "request",
      obj({ id: { ...str, readOnly: true } }),
      obj({}),
      [],
    ],
    [
      "a property that became readOnly, in a request",
      "request",
      obj({ id: str }),
      obj({ id: { ...str, readOnly: true } }),
      [],
    ],
    [
      "a writeOnly property removed from a response: never received",
      "response",
      obj({ pw: { ...str, writeOnly: true } }),
      obj({}),
      [],
    ],
    [
      "a writeOnly property added to a response",
      "response",
      obj({}),
      obj({ pw: { ...str, writeOnly: true } }, ["pw"]),
      [],
    ],
    [
      "a readOnly property removed from a response",
      "response",
      obj({ id: { ...str, readOnly: true } }),
      obj({}),
      ["warning response-optional-property-removed #/properties/id: $: optional property id removed"],
    ],
    [
      "a required property added to a response",
      "response",
      obj({}),
      obj({ id: str }, ["id"]),
      ["info response-required-property-added #/properties/id: $: required property id added"],
    ],
    [
      "a property's own change names it",
      "response",
      obj({ a: obj({ b: str }) }),
      obj({ a: obj({ b: { type: "integer" } }) }),
      [
        "breaking response-property-type-changed #/properties/a/properties/b: $.a.b: type changed from string to integer",
      ],
    ],
    [
      "additionalProperties: a schema given",
      "response",
      obj({}),
      obj({}, [], { additionalProperties: str }),
      ["info response-property-type-specialized #/additionalProperties: $" + "{}: type narrowed from any to string"],
    ],
    [
      "additionalProperties: a schema changed",
      "request",
      obj({}, [], { additionalProperties: str }),
      obj({}, [], { additionalProperties: { type: "integer" } }),
      ["breaking request-property-type-changed #/additionalProperties: $" + "{}: type changed from string to integer"],
    ],
    [
      "additionalProperties: a schema replaced by false",
      "request",
      obj({}, [], { additionalProperties: str }),
      obj({}, [], { additionalProperties: false }),
      ["breaking request-property-additional-properties-closed #: $: no longer allows properties it does not list"],
    ],
    [
      "items: a schema given",
      "request",
      { type: "array" },
      { type: "array", items: str },
      ["breaking request-property-type-specialized #/items: $[]: type narrowed from any to string"],
    ],
    [
      "items: a schema taken away",
      "request",
      { type: "array", items: str },
      { type: "array" },
      ["info request-property-type-generalized #/items: $[]: type widened from string to any"],
    ],
    [
      "dependentRequired: one more name",
      "request",
      { dependentRequired: { a: ["b"] } },
      { dependentRequired: { a: ["b", "c"] } },
      ["breaking request-property-dependent-required-added #/dependentRequired/a: $: with a, now also requires c"],
    ],
    [
      "dependentRequired: a name dropped",
      "request",
      { dependentRequired: { a: ["b", "c"] } },
      { dependentRequired: { a: ["c"] } },
      ["info request-property-dependent-required-removed #/dependentRequired/a: $: with a, no longer requires b"],
    ],
    [
      "dependentRequired that is not a list requires nothing",
      "request",
      { dependentRequired: { a: "b" } },
      { dependentRequired: { a: ["b"] } },
      ["breaking request-property-dependent-required-added #/dependentRequired/a: $: with a, now also requires b"],
    ],
    [
      "a patternProperties schema changed",
      "response",
      { patternProperties: { "^x": str } },
      { patternProperties: { "^x": { type: "integer" } } },
      [
        "breaking response-property-type-changed #/patternProperties/^x: $<patternProperties[^x]>: type changed from string to integer",
      ],
    ],
    [
      "a prefixItems entry changed",
      "response",
      { prefixItems: [str] },
      { prefixItems: [{ type: "integer" }] },
      ["breaking response-property-type-changed #/prefixItems/0: $[0]: type changed from string to integer"],
    ],
    [
      "a contains schema changed",
      "request",
      { contains: { minimum: 1 } },
      { contains: { minimum: 2 } },
      ["breaking request-property-min-tightened #/contains: $<contains>: min tightened from >= 1 to >= 2"],
    ],
    [
      "a then schema changed",
      "request",
      { if: str, then: { minLength: 1 } },
      { if: str, then: { minLength: 2 } },
      ["breaking request-property-min-length-tightened #/then: $<then>: min-length tightened from 1 to 2"],
    ],
  ];
  test.each(cases)("%s", (_, dir, before, after, want) => expect(changes(dir, before, after)).toEqual(want));
});

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe("oneOf, anyOf, allOf, not, if", () => {
  const cases: Array<[string, Dir, unknown, unknown, string[], [JsonObject, JsonObject]?]> = [
    [
      "branches reordered",
      "response",
      { oneOf: [str, { type: "integer" }] },
      { oneOf: [{ type: "integer" }, str] },
      [],
    ],
    [
      "a branch changed in place is compared, named by its new index",
      "response",
      { anyOf: [{ type: "integer" }, str] },
      { anyOf: [{ type: "boolean" }, { type: "integer" }] },
      ["breaking response-property-type-changed #/anyOf/0: $<anyOf[0]>: type changed from string to boolean"],
    ],
    [
      "a branch by $ref is paired by the ref and compared where it points",
      "response",
      { oneOf: [ref("A"), str] },
      { oneOf: [{ type: "integer" }, ref("A")] },
      [
        'breaking response-property-enum-value-added /components/schemas/A: $<oneOf[1]>: enum value(s) added: "y"',
        "breaking response-property-type-changed #/oneOf/0: $<oneOf[0]>: type changed from string to integer",
      ],
      [{ A: { enum: ["x"] } }, { A: { enum: ["x", "y"] } }],
    ],
    [
      "a $ref branch removed is named by its ref",
      "request",
      { oneOf: [ref("A"), str] },
      { oneOf: [str] },
      ["breaking request-property-one-of-removed #/oneOf/0: $: oneOf member #/components/schemas/A removed"],
      [{ A: { type: "integer" } }, { A: { type: "integer" } }],
    ],
    [
      "not: a change that is not breaking either way round is not reported",
      "request",
      { not: { type: ["string", "integer"] } },
      { not: { type: "string" } },
      [],
    ],
    [
      "not: an inner change that widens what it excludes",
      "request",
      { not: { const: "a" } },
      { not: { enum: ["a", "b"] } },
      [
        'breaking request-property-not-changed #/not: $: not changed (POST /things request body application/json<not>: enum value(s) added: "b")',
      ],
    ],
    [
      "if: the same $ref whose schema changed",
      "request",
      { if: ref("C"), then: str },
      { if: ref("C"), then: str },
      ["breaking request-property-if-changed #/if: $: if condition changed"],
      [{ C: { required: ["a"] } }, { C: { required: ["b"] } }],
    ],
    ["if: the same condition is no change", "request", { if: { required: ["a"] } }, { if: { required: ["a"] } }, []],
    [
      "false becomes a schema",
      "response",
      { type: "array", items: false },
      { type: "array", items: str },
      [
        "breaking response-property-not-removed #/items: $[]: no longer rejects every value (false)",
        "info response-property-type-specialized #/items: $[]: type narrowed from any to string",
      ],
    ],
    [
      "a not that is not false is named as such",
      "request",
      { type: "string" },
      { type: "string", not: { type: "object" } },
      ["breaking request-property-not-added #/not: $: not added"],
    ],
  ];
  test.each(cases)("%s", (_, dir, before, after, want, components) =>
    expect(changes(dir, before, after, components)).toEqual(want),
  );
});

describe("allOf members merged, oneOf [X, null], OpenAPI 3.0", () => {
  const cases: Array<[string, unknown, unknown, string[], boolean?]> = [
    ["number and integer members: integer", { allOf: [num(), int()] }, int(), []],
    ["integer and number members: integer", { allOf: [int(), num()] }, int(), []],
    ["members' types intersected", { allOf: [{ type: ["string", "null"] }, { type: "string" }] }, str, []],
    ["members' enums intersected", { allOf: [{ enum: ["a", "b"] }, { enum: ["b", "c"] }] }, { enum: ["b"] }, []],
    ["the highest minimum wins", { allOf: [num({ minimum: 1 }), { minimum: 3 }] }, num({ minimum: 3 }), []],
    ["the lowest maximum wins", { allOf: [num({ maximum: 5 }), { maximum: 3 }] }, num({ maximum: 3 }), []],
    [
      "the highest exclusiveMinimum wins",
      { allOf: [num({ exclusiveMinimum: 1 }), { exclusiveMinimum: 3 }] },
      num({ exclusiveMinimum: 3 }),
      [],
    ],
    [
      "the lowest exclusiveMaximum wins",
      { allOf: [num({ exclusiveMaximum: 5 }), { exclusiveMaximum: 3 }] },
      num({ exclusiveMaximum: 3 }),
      [],
    ],
    ["the longest minLength wins", { allOf: [{ minLength: 1 }, { minLength: 4 }] }, { minLength: 4 }, []],
    ["the shortest maxItems wins", { allOf: [{ maxItems: 5 }, { maxItems: 2 }] }, { maxItems: 2 }, []],
    [
      "a closed member closes",
      { allOf: [obj({ a: str }), { additionalProperties: false }] },
      obj({ a: str }, [], { additionalProperties: false }),
      [],
    ],
    [
      "members' required names add up",
      { allOf: [obj({ a: str, b: str }, ["a"]), { required: ["b"] }] },
      obj({ a: str, b: str }, ["a", "b"]),
      [],
    ],
    [
      "a member that declares a property the schema has differently stays an allOf member: dropping it is reported",
      { properties: { a: str }, allOf: [{ properties: { a: int() } }] },
      { properties: { a: str } },
      [
        'info request-property-all-of-removed #/allOf/0: $: allOf member {"properties":{"a":{"type":"integer"}}} removed',
      ],
    ],
    [
      "a member that declares a property the same way merges",
      { properties: { a: str }, allOf: [{ properties: { a: str } }] },
      { properties: { a: str } },
      [],
    ],
    [
      "members' patternProperties add up",
      { allOf: [{ patternProperties: { "^a": str } }, { patternProperties: { "^b": str } }] },
      { patternProperties: { "^a": str, "^b": str } },
      [],
    ],
    ["a member's single keyword is taken", { allOf: [{ items: str }] }, { items: str }, []],
    [
      "two members with items cannot merge: the second stays an allOf member",
      { allOf: [{ items: str }, { items: int() }] },
      { items: str },
      ['info request-property-all-of-removed #/allOf/1: $: allOf member {"items":{"type":"integer"}} removed'],
    ],
    [
      "two members with oneOf cannot merge",
      { allOf: [{ oneOf: [str] }, { oneOf: [int()] }] },
      { oneOf: [str] },
      ['info request-property-all-of-removed #/allOf/1: $: allOf member {"oneOf":[{"type":"integer"}]} removed'],
    ],
    ["oneOf [X, null] is X or null", { oneOf: [str, { type: "null" }] }, { type: ["string", "null"] }, []],
    ["anyOf [null, X] is X or null", { anyOf: [{ type: ["null"] }, str] }, { type: ["string", "null"] }, []],
    [
      "oneOf [X, null] next to a type is a union",
      { type: "object", oneOf: [obj({}), { type: "null" }] },
      { type: ["object", "null"] },
      [
        'breaking request-property-one-of-removed #/oneOf/0: $: oneOf member {"type":"object","properties":{},"required":[]} removed',
        'breaking request-property-one-of-removed #/oneOf/1: $: oneOf member {"type":"null"} removed',
        "info request-property-became-nullable #: $: now allows null",
      ],
    ],
    [
      "three branches are a union",
      { oneOf: [str, int(), { type: "null" }] },
      { type: ["string", "integer", "null"] },
      [
        "breaking request-property-type-specialized #: $: type narrowed from any to string|integer|null",
        'breaking request-property-one-of-removed #/oneOf/0: $: oneOf member {"type":"string"} removed',
        'breaking request-property-one-of-removed #/oneOf/1: $: oneOf member {"type":"integer"} removed',
        'breaking request-property-one-of-removed #/oneOf/2: $: oneOf member {"type":"null"} removed',
      ],
    ],
    [
      "a null branch with properties is not null",
      { oneOf: [str, { type: "null", properties: { a: str } }] },
      { type: ["string", "null"] },
      [
        "breaking request-property-type-specialized #: $: type narrowed from any to string|null",
        'breaking request-property-one-of-removed #/oneOf/0: $: oneOf member {"type":"string"} removed',
        'breaking request-property-one-of-removed #/oneOf/1: $: oneOf member {"type":"null","properties":{"a":{"type":"string"}}} removed',
      ],
    ],
    [
      "oneOf [X, null] without a type for X: null is not added",
      { oneOf: [{ minLength: 1 }, { type: "null" }] },
      { minLength: 1 },
      [],
    ],
    [
      "oneOf [X, null] that cannot merge stays a union",
      { items: str, oneOf: [{ items: int() }, { type: "null" }] },
      { items: str, oneOf: [{ items: int() }, { type: "null" }] },
      [],
    ],
    // OpenAPI 3.0
    ["3.0: nullable without a type says nothing", { nullable: true }, {}, [], true],
    [
      "3.0: nullable on a type that has null already",
      { type: ["string", "null"], nullable: true },
      { type: ["string", "null"] },
      [],
      true,
    ],
    ["3.0: nullable false", { type: "string", nullable: false }, str, [], true],
    ["3.0: exclusiveMinimum true without a minimum says nothing", num({ exclusiveMinimum: true }), num(), [], true],
    ["3.0: exclusiveMaximum false", num({ maximum: 3, exclusiveMaximum: false }), num({ maximum: 3 }), [], true],
    [
      "3.0: exclusiveMaximum true",
      num({ maximum: 3, exclusiveMaximum: true }),
      num({ maximum: 3 }),
      ["info request-property-max-loosened #: $: max loosened from < 3 to <= 3"],
      true,
    ],
  ];
  test.each(cases)("%s", (_, before, after, want, v30 = false) =>
    expect(changes("request", before, after, [{}, {}], v30)).toEqual(want),
  );
});

describe("more cases the mutation run asked for", () => {
  const A = "/components/schemas/A";
  const cases: Array<[string, Dir, unknown, unknown, string[], [JsonObject, JsonObject]?]> = [
    [
      "a number that may also be a string: wider",
      "request",
      num(),
      { type: ["number", "string"] },
      ["info request-property-type-generalized #: $: type widened from number to number|string"],
    ],
    [
      "a type changed to null only",
      "request",
      str,
      { type: "null" },
      [
        "breaking request-property-type-specialized #: $: type narrowed from string to null",
        "info request-property-became-nullable #: $: now allows null",
      ],
    ],
    [
      "any value narrowed to two types",
      "request",
      {},
      { type: ["string", "integer"] },
      ["breaking request-property-type-specialized #: $: type narrowed from any to string|integer"],
    ],
    [
      "enum values listed in messages",
      "request",
      { enum: ["a", "b", "c"] },
      { enum: ["c", "d", "e"] },
      [
        'breaking request-property-enum-value-removed #: $: enum value(s) removed: "a", "b"',
        'info request-property-enum-value-added #: $: enum value(s) added: "d", "e"',
      ],
    ],
    [
      "became an enum of two values",
      "request",
      str,
      { ...str, enum: ["a", "b"] },
      ['breaking request-property-became-enum #: $: now restricted to "a", "b"'],
    ],
    [
      "integers: a minimum raised",
      "request",
      int({ minimum: 1 }),
      int({ minimum: 2 }),
      ["breaking request-property-min-tightened #: $: min tightened from >= 1 to >= 2"],
    ],
    ["integers: >= 1 is >= 0.5", "request", int({ minimum: 1 }), int({ minimum: 0.5 }), []],
    ["integers: <= 10 is <= 10.5", "request", int({ maximum: 10 }), int({ maximum: 10.5 }), []],
    [
      "additionalProperties closed: reported where the revision's schema is",
      "request",
      ref("A"),
      obj({ a: str }, [], { additionalProperties: false }),
      ["breaking request-property-additional-properties-closed #: $: no longer allows properties it does not list"],
      // A stays in the revision (its removal would be component-schema-removed).
      [{ A: obj({ a: str }) }, { A: obj({ a: str }) }],
    ],
    [
      "closed on both sides: propertyNames still compared",
      "request",
      obj({}, [], { additionalProperties: false, propertyNames: { pattern: "^a" } }),
      obj({}, [], { additionalProperties: false, propertyNames: { pattern: "^b" } }),
      [
        'breaking request-property-pattern-changed #/propertyNames: $<propertyNames>: pattern changed from "^a" to "^b"',
      ],
    ],
    [
      "items taken away: reported where the revision's items would be",
      "request",
      ref("A"),
      { type: "array" },
      ["info request-property-type-generalized #/items: $[]: type widened from string to any"],
      [{ A: { type: "array", items: str } }, { A: { type: "array", items: str } }],
    ],
    [
      "additionalItems compared as a schema",
      "request",
      { additionalItems: str },
      { additionalItems: int() },
      [
        "breaking request-property-type-changed #/additionalItems: $<additionalItems>: type changed from string to integer",
      ],
    ],
    [
      "a removed branch whose JSON says ref:",
      "request",
      { oneOf: [str, { const: "ref:x" }] },
      { oneOf: [str] },
      ['breaking request-property-one-of-removed #/oneOf/1: $: oneOf member {"const":"ref:x"} removed'],
    ],
    [
      "an added $ref branch is named by its ref",
      "response",
      { anyOf: [str] },
      { anyOf: [str, ref("A")] },
      [`breaking response-property-any-of-added #/anyOf/1: $: anyOf member #${A} added`],
      [{ A: int() }, { A: int() }],
    ],
    [
      "two types dropped: any value",
      "response",
      { type: ["string", "integer"] },
      {},
      ["breaking response-property-type-generalized #: $: type widened from string|integer to any"],
    ],
    [
      "an added branch whose JSON says ref:",
      "response",
      { anyOf: [str] },
      { anyOf: [str, { const: "ref:x" }] },
      ['breaking response-property-any-of-added #/anyOf/1: $: anyOf member {"const":"ref:x"} added'],
    ],
    [
      "an empty contains added is named contains",
      "request",
      { type: "array" },
      { type: "array", contains: {} },
      ["breaking request-property-contains-added #/contains: $: contains added"],
    ],
    [
      "an empty if added is named if",
      "request",
      {},
      { if: {} },
      ["breaking request-property-if-added #/if: $: if added"],
    ],
    [
      "dependentRequired: names listed",
      "request",
      { dependentRequired: { a: ["b", "c"] } },
      { dependentRequired: { a: ["d", "e"] } },
      [
        "breaking request-property-dependent-required-added #/dependentRequired/a: $: with a, now also requires d, e",
        "info request-property-dependent-required-removed #/dependentRequired/a: $: with a, no longer requires b, c",
      ],
    ],
    ["true as a schema is any value", "request", { type: "array", items: true }, { type: "array", items: {} }, []],
    // allOf members merged (schema-view)
    ["the longest minItems wins", "request", { allOf: [{ minItems: 1 }, { minItems: 3 }] }, { minItems: 3 }, []],
    [
      "the most minProperties wins",
      "request",
      { allOf: [{ minProperties: 1 }, { minProperties: 3 }] },
      { minProperties: 3 },
      [],
    ],
    [
      "the most minContains wins",
      "request",
      { allOf: [{ minContains: 1 }, { minContains: 3 }] },
      { minContains: 3 },
      [],
    ],
    ["the shortest maxLength wins", "request", { allOf: [{ maxLength: 5 }, { maxLength: 3 }] }, { maxLength: 3 }, []],
    [
      "the fewest maxProperties wins",
      "request",
      { allOf: [{ maxProperties: 5 }, { maxProperties: 3 }] },
      { maxProperties: 3 },
      [],
    ],
    [
      "the fewest maxContains wins",
      "request",
      { allOf: [{ maxContains: 5 }, { maxContains: 3 }] },
      { maxContains: 3 },
      [],
    ],
    [
      "number or string with a string member: string",
      "request",
      { allOf: [{ type: ["number", "string"] }, str] },
      str,
      [],
    ],
    [
      "integer or string with a string member: string",
      "request",
      { allOf: [{ type: ["integer", "string"] }, str] },
      str,
      [],
    ],
    [
      "string or boolean with an integer-or-string member: string (integer is no part of boolean)",
      "request",
      { allOf: [{ type: ["string", "boolean"] }, { type: ["integer", "string"] }] },
      str,
      [],
    ],
    [
      "string or boolean with a number-or-string member: string (integer is no part of boolean)",
      "request",
      { allOf: [{ type: ["string", "boolean"] }, { type: ["number", "string"] }] },
      str,
      [],
    ],
    [
      "a member with another format stays an allOf member: dropping it is reported",
      "request",
      { format: "date", allOf: [{ format: "date-time" }] },
      { format: "date" },
      ['info request-property-all-of-removed #/allOf/0: $: allOf member {"format":"date-time"} removed'],
    ],
    [
      "a member with the same format merges",
      "request",
      { format: "date", allOf: [{ format: "date" }] },
      { format: "date" },
      [],
    ],
    [
      "a closed member closes an open schema",
      "request",
      { additionalProperties: true, allOf: [{ additionalProperties: false }] },
      { additionalProperties: false },
      [],
    ],
    [
      "an open member leaves a closed schema closed",
      "request",
      { additionalProperties: false, allOf: [{ additionalProperties: true }] },
      { additionalProperties: false },
      [],
    ],
    [
      "an open member leaves an open schema open",
      "request",
      { additionalProperties: true, allOf: [{ additionalProperties: true }] },
      { additionalProperties: true },
      [],
    ],
    [
      "the schema's own default wins over a member's (only bounds take the lower or higher)",
      "request",
      { type: "integer", default: 3, allOf: [{ default: 2 }] },
      { type: "integer", default: 3 },
      [],
    ],
    [
      "an enum beside a format the member also has: the schema's own format, the enum kept, the member reported",
      "request",
      { enum: ["2020-01-01"], format: "date", allOf: [{ format: "date-time" }] },
      { enum: ["2020-01-01"], format: "date" },
      ['info request-property-all-of-removed #/allOf/0: $: allOf member {"format":"date-time"} removed'],
    ],
    [
      "members' examples do not narrow the enum",
      "request",
      { enum: ["a", "b"], examples: ["a"], allOf: [{ examples: ["b"] }] },
      { enum: ["a", "b"], examples: ["a"] },
      [],
    ],
    [
      "the schema's own uniqueItems wins over a member's false",
      "request",
      { type: "array", uniqueItems: true, allOf: [{ uniqueItems: false }] },
      { type: "array", uniqueItems: true },
      [],
    ],
    // oneOf [X, null] (schema-view)
    [
      "a branch that may be null or a string is not the null branch",
      "request",
      { oneOf: [{ type: ["null", "string"] }, int()] },
      { type: ["integer", "null"] },
      [
        "breaking request-property-type-specialized #: $: type narrowed from any to integer|null",
        'breaking request-property-one-of-removed #/oneOf/0: $: oneOf member {"type":["null","string"]} removed',
        'breaking request-property-one-of-removed #/oneOf/1: $: oneOf member {"type":"integer"} removed',
      ],
    ],
    [
      "a branch typed [string] is not the null branch",
      "request",
      { oneOf: [{ type: ["string"] }, int()] },
      { type: ["integer", "null"] },
      [
        "breaking request-property-type-specialized #: $: type narrowed from any to integer|null",
        'breaking request-property-one-of-removed #/oneOf/0: $: oneOf member {"type":["string"]} removed',
        'breaking request-property-one-of-removed #/oneOf/1: $: oneOf member {"type":"integer"} removed',
      ],
    ],
    [
      "oneOf [X, null] that cannot merge is still compared as a union",
      "request",
      { items: str, oneOf: [{ items: int() }, { type: "null" }] },
      { items: str },
      [
        'breaking request-property-one-of-removed #/oneOf/0: $: oneOf member {"items":{"type":"integer"}} removed',
        'breaking request-property-one-of-removed #/oneOf/1: $: oneOf member {"type":"null"} removed',
      ],
    ],
  ];
  test.each(cases)("%s", (_, dir, before, after, want, components) =>
    expect(changes(dir, before, after, components)).toEqual(want),
  );

  test("3.0: a numeric exclusiveMinimum (said the 3.1 way) is kept", () => {
    expect(changes("request", num({ exclusiveMinimum: 5 }), num({ exclusiveMinimum: 6 }), [{}, {}], true)).toEqual([
      "breaking request-property-min-tightened #: $: min tightened from > 5 to > 6",
    ]);
  });
});

describe("bad schemas and recursion", () => {
  test("a schema that is not an object is an error that names its pointer", () => {
    expect(() => changes("request", obj({ a: 5 }), obj({ a: 5 }))).toThrow(
      `${ROOT.request}/properties/a: expected a schema, got 5`,
    );
  });
  test("a schema shared by the request and the response is compared in both directions", () => {
    const both = (schema: unknown): JsonObject => ({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: {
        "/things": {
          post: {
            requestBody: { content: { "application/json": { schema: ref("T") } } },
            responses: { "200": { description: "ok", content: { "application/json": { schema: ref("T") } } } },
          },
        },
      },
      components: { schemas: { T: schema } },
    });
    expect(diffSpecs(both({ enum: ["a"] }), both({ enum: ["a", "b"] })).map((f) => `${f.level} ${f.rule}`)).toEqual([
      "breaking response-property-enum-value-added",
      "info request-property-enum-value-added",
    ]);
  });
});
