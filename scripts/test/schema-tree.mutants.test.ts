import { describe, expect, test } from "vitest";
import { describeJson, forEachSchema, SchemaShapeError, transformSchema } from "../src/lib/schema-tree.ts";

// The walk the generators share (to-json-schema, to-draft-07): which keywords hold schemas (and
// are rewritten) and which hold data (and are not), the pointers it reports, its error messages.

/** Each schema object tagged with the pointer the walk gave it: shows what was visited, and where. */
const tagged = (schema: unknown) =>
  transformSchema(schema, "#", (node, at) => (typeof node === "boolean" ? node : { ...node, at }));

const sub = { type: "string" };
const seen = (at: string) => ({ type: "string", at });

describe("transformSchema visits the subschemas of every keyword that holds them", () => {
  test.each([
    "additionalItems",
    "additionalProperties",
    "contains",
    "contentSchema",
    "else",
    "if",
    "items",
    "not",
    "propertyNames",
    "then",
    "unevaluatedItems",
    "unevaluatedProperties",
  ])("%s: one schema", (keyword) => {
    expect(tagged({ [keyword]: sub })).toStrictEqual({ [keyword]: seen(`#/${keyword}`), at: "#" });
  });

  test.each(["allOf", "anyOf", "oneOf", "prefixItems", "items"])("%s: a list of schemas", (keyword) => {
    expect(tagged({ [keyword]: [sub, true] })).toStrictEqual({ [keyword]: [seen(`#/${keyword}/0`), true], at: "#" });
  });

  test.each(["$defs", "definitions", "dependentSchemas", "patternProperties", "properties"])(
    "%s: schemas by name, the name escaped in the pointer",
    (keyword) => {
      expect(tagged({ [keyword]: { "a/b~": sub } })).toStrictEqual({
        [keyword]: { "a/b~": seen(`#/${keyword}/a~1b~0`) },
        at: "#",
      });
    },
  );

  test("dependencies (draft-07): a schema is visited, a list of property names is kept", () => {
    expect(tagged({ dependencies: { "a/b": sub, c: ["d"] } })).toStrictEqual({
      dependencies: { "a/b": seen("#/dependencies/a~1b"), c: ["d"] },
      at: "#",
    });
  });
});

test.each<[string, unknown]>([
  ["enum", [{ $ref: "#/x", type: "string" }]],
  ["const", { properties: { a: {} } }],
  ["default", { items: { type: "string" } }],
  ["examples", [{ not: {} }]],
  ["required", ["properties"]],
  ["dependencies", true],
  ["x-data", { allOf: [{}] }],
])("transformSchema leaves the data under %s as it is", (keyword, value) => {
  expect(tagged({ [keyword]: value })).toStrictEqual({ [keyword]: value, at: "#" });
});

test("forEachSchema visits every schema object, children first, with its pointer; boolean schemas are not visited", () => {
  const visited: string[] = [];
  forEachSchema(
    { properties: { a: { items: { type: "string" } }, b: true }, allOf: [{ not: {} }] },
    (node, at) => void visited.push(`${at} ${Object.keys(node).join(",")}`),
    "X.json#",
  );
  expect(visited).toEqual([
    "X.json#/properties/a/items type",
    "X.json#/properties/a items",
    "X.json#/allOf/0/not ",
    "X.json#/allOf/0 not",
    "X.json# properties,allOf",
  ]);
});

test("forEachSchema starts at an empty pointer by default", () => {
  const visited: string[] = [];
  forEachSchema({ not: {} }, (_, at) => void visited.push(at));
  expect(visited).toEqual(["/not", ""]);
});

test.each<[string, unknown, string]>([
  ["a subschema that is a number", { items: 3 }, "#/items: expected a schema (object or boolean), got an integer"],
  ["a subschema that is null", { not: null }, "#/not: expected a schema (object or boolean), got null"],
  ["a list item that is a string", { anyOf: ["x"] }, "#/anyOf/0: expected a schema (object or boolean), got a string"],
  ["properties that are a list", { properties: [] }, "#/properties: expected an object of schemas, got an array"],
  ["properties that are null", { properties: null }, "#/properties: expected an object of schemas, got null"],
  [
    "a keyword with '/' in the pointer",
    { $defs: { "a/b": 1.5 } },
    "#/$defs/a~1b: expected a schema (object or boolean), got a number",
  ],
])("transformSchema refuses %s, naming where", (_, given, message) => {
  let thrown: unknown;
  try {
    tagged(given);
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(SchemaShapeError);
  expect((thrown as SchemaShapeError).message).toBe(message);
  expect((thrown as SchemaShapeError).name).toBe("SchemaShapeError");
  expect((thrown as SchemaShapeError).pointer).toBe(message.slice(0, message.indexOf(": ")));
});

test.each<[unknown, string]>([
  [null, "null"],
  [[1], "an array"],
  [{}, "an object"],
  [2, "an integer"],
  [2.5, "a number"],
  [true, "a boolean"],
  ["s", "a string"],
])("describeJson(%j) is %s", (value, want) => {
  expect(describeJson(value)).toBe(want);
});
