import { expect, test } from "vitest";
import { refBatches } from "../src/lib/ref-batches.ts";
import type { SchemaObject } from "../src/lib/schema-tree.ts";

const id = (name: string) => `https://example.test/2020-12/${name}.json`;
const schemas = (refs: Record<string, string[]>): Record<string, SchemaObject> =>
  Object.fromEntries(
    Object.entries(refs).map(([name, targets]) => [
      name,
      {
        $id: id(name),
        type: "object",
        // A relative ref and an absolute one with a fragment resolve alike; a "$ref" property name is data.
        properties: Object.fromEntries([
          ...targets.map((t, i): [string, SchemaObject] => [
            `p${i}`,
            { $ref: i % 2 ? `${t}.json` : `${id(t)}#/properties` },
          ]),
          ["$ref", { type: "string" }],
        ]),
      },
    ]),
  );

const cases: Array<[string, { refs: Record<string, string[]>; size: number; want: string[][] }]> = [
  ["unrelated schemas pack up to the size", { refs: { A: [], B: [], C: [] }, size: 2, want: [["A", "B"], ["C"]] }],
  [
    "a component is never split, even past the size",
    { refs: { A: ["B"], B: ["C"], C: [], D: [] }, size: 2, want: [["A", "B", "C"], ["D"]] },
  ],
  [
    "refs join components in either direction",
    {
      refs: { A: [], B: ["A"], C: [], D: ["C"] },
      size: 2,
      want: [
        ["A", "B"],
        ["C", "D"],
      ],
    },
  ],
  ["everything in one batch when it fits", { refs: { B: ["A"], A: [], C: [] }, size: 500, want: [["A", "B", "C"]] }],
  [
    "a relative ref (the second of C's) joins too",
    { refs: { A: [], B: [], C: ["A", "B"], D: [] }, size: 1, want: [["A", "B", "C"], ["D"]] },
  ],
  ["a ref to an unknown schema groups nothing", { refs: { A: ["Nope"], B: [] }, size: 1, want: [["A"], ["B"]] }],
];
test.each(cases)("%s", (_, { refs, size, want }) => expect(refBatches(schemas(refs), size)).toEqual(want));
