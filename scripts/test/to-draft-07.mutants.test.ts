import { describe, expect, test } from "vitest";
import { convertFiles, dialectDraft07, mapUri, toDraft07 } from "../src/to-draft-07.ts";

// Behaviour the mutation run (bench/mutation) found untested: every refused keyword with its
// reason and pointer, the dropped annotations, dependency merging and the URI rules.
const mapping = { from: "https://example.test/2020-12/", to: "https://example.test/draft-07/" };
const convert = (schema: unknown) => toDraft07(schema, mapping, "X.json#");

describe("refuses each 2020-12 keyword draft-07 cannot express, naming where and why", () => {
  test.each([
    ["unevaluatedProperties", false, "needs annotation collection across subschemas"],
    ["unevaluatedItems", false, "needs annotation collection across subschemas"],
    ["$dynamicRef", "#node", "has no draft-07 counterpart"],
    ["$dynamicAnchor", "node", "has no draft-07 counterpart"],
    ["$recursiveRef", "#", "has no draft-07 counterpart"],
    ["$recursiveAnchor", true, "has no draft-07 counterpart"],
    ["$anchor", "here", "has no draft-07 counterpart here (refer by JSON pointer instead)"],
    ["$vocabulary", {}, "only belongs in meta-schemas"],
    ["minContains", 1, "has no draft-07 counterpart"],
    ["maxContains", 1, "has no draft-07 counterpart"],
  ])("%s", (keyword, value, why) => {
    expect(() => convert({ items: { [keyword]: value } })).toThrow(
      `X.json#/items/${keyword}: '${keyword}' cannot be written in draft-07: it ${why}`,
    );
  });
});

test.each<[string, { given: unknown; want: unknown }]>([
  [
    "contentSchema is dropped (an annotation draft-07 lacks)",
    { given: { type: "string", contentSchema: { type: "object" } }, want: { type: "string" } },
  ],
  ["a $comment of its own is kept as written", { given: { $comment: "why" }, want: { $comment: "why" } }],
  [
    "prefixItems without items adds no additionalItems",
    { given: { prefixItems: [{ type: "string" }] }, want: { items: [{ type: "string" }] } },
  ],
  [
    "items before prefixItems still becomes additionalItems",
    {
      given: { items: { type: "number" }, prefixItems: [{ type: "string" }] },
      want: { items: [{ type: "string" }], additionalItems: { type: "number" } },
    },
  ],
  ["a $ref alone is not wrapped", { given: { $ref: "#/$defs/A" }, want: { $ref: "#/definitions/A" } }],
  ["a boolean schema passes through", { given: true, want: true }],
  ["items alone stays items", { given: { items: { type: "string" } }, want: { items: { type: "string" } } }],
])("%s", (_, { given, want }) => {
  expect(convert(given)).toStrictEqual(want);
});

test("a wrapped $ref keeps the source's keyword order, the allOf taking the $ref's place", () => {
  const out = convert({ title: "t", $ref: "#/$defs/A", description: "d", allOf: [{ type: "object" }] });
  expect(Object.keys(out as object)).toEqual(["title", "allOf", "description"]);
  expect(out).toEqual({ title: "t", allOf: [{ $ref: "#/definitions/A" }, { type: "object" }], description: "d" });
});

test("$schema becomes the draft-07 dialect", () => {
  expect(convert({ $schema: "https://json-schema.org/draft/2020-12/schema" })).toEqual({ $schema: dialectDraft07 });
  expect(dialectDraft07).toBe("http://json-schema.org/draft-07/schema#");
});

test.each<[string, unknown, string]>([
  [
    "another dialect, quoted",
    { $schema: "http://json-schema.org/draft-04/schema#" },
    `X.json#/$schema: expected a 2020-12 document, got "http://json-schema.org/draft-04/schema#"`,
  ],
  [
    "dependentRequired that is not an object",
    { dependentRequired: ["a"] },
    "X.json#/dependentRequired: expected an object",
  ],
  [
    "a name in both dependentRequired and dependentSchemas",
    { dependentRequired: { a: ["b"] }, dependentSchemas: { a: { required: ["c"] } } },
    "X.json#/dependentSchemas: 'a' is both in dependentRequired and dependentSchemas; draft-07's dependencies holds one",
  ],
])("refuses %s", (_, given, message) => {
  expect(() => convert(given)).toThrow(message);
});

test.each([
  ["a relative ref stays relative", "A.json", "A.json"],
  [
    "a fragment-less ref under the set moves",
    "https://example.test/2020-12/B.json",
    "https://example.test/draft-07/B.json",
  ],
  ["only a leading $defs in the fragment is renamed", "#/properties/$defs/x", "#/properties/$defs/x"],
  ["a colon past the start is no scheme", "A.json#/$defs/a:b", "A.json#/definitions/a:b"],
  [
    "a $defs path not in the fragment is left alone",
    "https://example.test/2020-12/$defs/x.json",
    "https://example.test/draft-07/$defs/x.json",
  ],
])("mapUri: %s", (_, given, want) => {
  expect(mapUri(given, mapping)).toBe(want);
});

test.each([["HTTPS://elsewhere.test/x.json"], ["urn:example:x"], ["https://example.test/2020-12"]])(
  "mapUri refuses %s, an absolute URI outside the set",
  (uri) => {
    expect(() => mapUri(uri, mapping)).toThrow(`'${uri}' is not under ${mapping.from}`);
  },
);

test("convertFiles converts every document in name order, errors naming the file", () => {
  const files = { "b.json": { type: "string" }, "a.json": { $defs: { A: true } } };
  const out = convertFiles(files, mapping);
  expect(Object.keys(out)).toEqual(["a.json", "b.json"]);
  expect(JSON.parse(String(out["a.json"]))).toEqual({ definitions: { A: true } });
  expect(() => convertFiles({ "c.json": { $anchor: "x" } }, mapping)).toThrow(/^c\.json#\/\$anchor: /);
});

test("without a pointer, an error points from the document's root", () => {
  expect(() => toDraft07({ $anchor: "x" }, mapping)).toThrow(/^\/\$anchor: '\$anchor' cannot be written in draft-07/);
});
