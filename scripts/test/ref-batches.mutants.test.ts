/**
 * refBatches on inputs ref-batches.test.ts's helper cannot build: no schemas, schemas without an
 * `$id`, several refs to unknown schemas, components met out of name order, a malformed schema.
 */
import { expect, test } from "vitest";
import { refBatches } from "../src/lib/ref-batches.ts";
import type { SchemaObject } from "../src/lib/schema-tree.ts";

const id = (name: string) => `https://example.test/2020-12/${name}.json`;
const refTo = (target: string): SchemaObject => ({ $ref: target });

const cases: Array<[string, { schemas: Record<string, SchemaObject>; size: number; want: string[][] }]> = [
  ["no schemas, no batches", { schemas: {}, size: 1, want: [] }],
  [
    "each batch lists its schemas in name order, though its components are packed in the order of their first names",
    {
      // Components: {A, C} (A refers to C), then {B}: packed together as A, C, B.
      schemas: { A: { $id: id("A"), properties: { c: refTo("C.json") } }, B: { $id: id("B") }, C: { $id: id("C") } },
      size: 500,
      want: [["A", "B", "C"]],
    },
  ],
  [
    "refs to two different unknown schemas group nothing",
    {
      schemas: { A: { $id: id("A"), items: refTo("Nope.json") }, B: { $id: id("B"), items: refTo("Other.json") } },
      size: 1,
      want: [["A"], ["B"]],
    },
  ],
  [
    "a schema without $id: its relative refs resolve against nothing and group nothing (ajv reports them)",
    {
      schemas: { A: { $id: id("A") }, B: { properties: { a: refTo("A.json") } } },
      size: 1,
      want: [["A"], ["B"]],
    },
  ],
  [
    // `new URL(undefined, base)` is the URI `undefined` beside the base: only a real $ref may join it.
    "a schema without any $ref joins nothing, not even a schema whose $id is `undefined` beside its own",
    {
      schemas: { A: { $id: id("A"), type: "string" }, undefined: { $id: "https://example.test/2020-12/undefined" } },
      size: 1,
      want: [["A"], ["undefined"]],
    },
  ],
];
test.each(cases)("%s", (_, { schemas, size, want }) => expect(refBatches(schemas, size)).toEqual(want));

test("a malformed schema is refused with the pointer of the bad value, from the schema's name", () => {
  expect(() => refBatches({ A: { $id: id("A"), properties: { a: { items: 5 } } } }, 1)).toThrow(
    /^\/A\/properties\/a\/items: expected a schema \(object or boolean\), got an integer$/,
  );
});
