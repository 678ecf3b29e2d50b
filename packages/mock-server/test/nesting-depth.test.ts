import { expect, test } from "vitest";
import { tooDeep } from "../src/nesting-depth.js";

const nest = (depth: number, leaf: unknown = 1): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

const cases: Array<[string, { value: unknown; max?: number; want: ReturnType<typeof tooDeep> }]> = [
  ["a scalar", { value: "x", want: undefined }],
  ["a flat object", { value: { a: 1, b: "x" }, want: undefined }],
  ["64 levels of arrays, the default limit", { value: nest(64), want: undefined }],
  [
    "65 levels",
    { value: nest(65), want: { path: `${"/0".repeat(64)}`, message: "must not nest more than 64 levels deep" } },
  ],
  [
    "100,000 levels, without overflowing the stack",
    { value: nest(100_000), want: { path: `${"/0".repeat(64)}`, message: "must not nest more than 64 levels deep" } },
  ],
  [
    "the pointer escapes ~ and /",
    {
      value: { "a/b": { "c~d": {} } },
      max: 2,
      want: { path: "/a~1b/c~0d", message: "must not nest more than 2 levels deep" },
    },
  ],
  ["deep scalars do not count, only containers", { value: { a: { b: "x" } }, max: 2, want: undefined }],
];
test.each(cases)("%s", (_, { value, max, want }) => expect(tooDeep(value, max)).toEqual(want));
