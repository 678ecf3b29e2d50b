import { expect, test } from "vitest";
import { ApiError, JobStatus, type CompiledError, type CompiledValidator } from "../generated/standalone.js";
import { describeError, formatErrors, pathKeys, toResult } from "../src/result.ts";

// Behaviour the mutation run (bench/mutation) found untested. result.test.ts checks the
// published validators through dist/, which a mutant of src/result.ts never reaches; these call
// src/result.ts itself (toResult with the generated validators, describeError on ajv errors).
const e = (
  keyword: string,
  instancePath: string,
  params: Record<string, unknown>,
  message?: string,
): CompiledError => ({ keyword, instancePath, schemaPath: "#", params, message });
const root = {
  "a/b~c": "slash",
  s: "x".repeat(41),
  forty: "y".repeat(38),
  nil: null,
  list: [1],
  obj: {},
  t: true,
  half: 0.5,
  big: 7n,
  huge: 10n ** 30n,
  vast: 10n ** 400n,
  inf: Infinity,
  nested: { k: 1 },
};

test.each<[string, CompiledError, { path: string; message: string }]>([
  ["required at the root", e("required", "", { missingProperty: "jobId" }), { path: "/jobId", message: "is required" }],
  [
    "additionalProperties escapes its name",
    e("additionalProperties", "/nested", { additionalProperty: "~x/y" }),
    { path: "/nested/~0x~1y", message: "is not allowed" },
  ],
  [
    "an escaped path is read back to the value",
    e("minLength", "/a~1b~0c", {}, "must be longer"),
    { path: "/a~1b~0c", message: 'must be longer (got "slash")' },
  ],
  [
    "a missing value is nothing",
    e("minimum", "/none", {}, "must be >= 1"),
    { path: "/none", message: "must be >= 1 (got nothing)" },
  ],
  [
    "a path through null finds nothing",
    e("minimum", "/nil/x", {}, "must be >= 1"),
    { path: "/nil/x", message: "must be >= 1 (got nothing)" },
  ],
  [
    "a path through a boolean finds nothing",
    e("minimum", "/t/length", {}, "must be >= 1"),
    { path: "/t/length", message: "must be >= 1 (got nothing)" },
  ],
  [
    "a path through a string finds nothing",
    e("minimum", "/s/length", {}, "must be >= 1"),
    { path: "/s/length", message: "must be >= 1 (got nothing)" },
  ],
  [
    "a BigInt is shown as its digits",
    e("maximum", "/huge", {}, "must be <= 1"),
    { path: "/huge", message: "must be <= 1 (got 1000000000000000000000000000000)" },
  ],
  [
    "type: a BigInt past the double range",
    e("type", "/vast", { type: "integer" }),
    { path: "/vast", message: "must be an integer (got an integer beyond the double range: not a finite double)" },
  ],
  [
    "type: Infinity is not a finite double",
    e("type", "/inf", { type: "number" }),
    { path: "/inf", message: "must be a number (got Infinity: not a finite double)" },
  ],
  [
    "an object is named, not shown",
    e("minProperties", "/obj", {}, "must have 1"),
    { path: "/obj", message: "must have 1 (got object)" },
  ],
  [
    "an array is named, not shown",
    e("minItems", "/list", {}, "must have 2"),
    { path: "/list", message: "must have 2 (got array)" },
  ],
  ["null is shown", e("minimum", "/nil", {}, "must be >= 1"), { path: "/nil", message: "must be >= 1 (got null)" }],
  [
    "a value past 40 characters is cut to 37 and ...",
    e("maxLength", "/s", {}, "must be short"),
    { path: "/s", message: `must be short (got "${"x".repeat(36)}...)` },
  ],
  [
    "a value of exactly 40 characters is whole",
    e("maxLength", "/forty", {}, "must be short"),
    { path: "/forty", message: `must be short (got "${"y".repeat(38)}")` },
  ],
  ["no message: the keyword", e("format", "/t", {}), { path: "/t", message: "fails 'format' (got true)" }],
  [
    "enum values that are not strings are JSON",
    e("enum", "/t", { allowedValues: [1, null, "a"] }),
    { path: "/t", message: "must be one of 1, null, a (got true)" },
  ],
  [
    "an enum of exactly 12 values is whole",
    e("enum", "/t", { allowedValues: Array.from({ length: 12 }, (_, i) => i) }),
    { path: "/t", message: "must be one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 (got true)" },
  ],
  [
    "an enum of 13 values says 1 more",
    e("enum", "/t", { allowedValues: Array.from({ length: 13 }, (_, i) => i) }),
    { path: "/t", message: "must be one of 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, ... (1 more) (got true)" },
  ],
  [
    "const of a string is quoted",
    e("const", "/t", { allowedValue: "on" }),
    { path: "/t", message: 'must be "on" (got true)' },
  ],
  [
    "type as a list, null and boolean",
    e("type", "/half", { type: ["boolean", "null"] }),
    { path: "/half", message: "must be a boolean or null (got number)" },
  ],
  [
    "type: an array, got a boolean",
    e("type", "/t", { type: "array" }),
    { path: "/t", message: "must be an array (got boolean)" },
  ],
  [
    "type: an integer, got null",
    e("type", "/nil", { type: "integer" }),
    { path: "/nil", message: "must be an integer (got null)" },
  ],
  [
    "type: a whole number is an integer",
    e("type", "/nested/k", { type: "string" }),
    { path: "/nested/k", message: "must be a string (got integer)" },
  ],
  [
    "type: a BigInt in range is an integer",
    e("type", "/big", { type: "string" }),
    { path: "/big", message: "must be a string (got integer)" },
  ],
  [
    "type: an object, got an array",
    e("type", "/list", { type: "object" }),
    { path: "/list", message: "must be an object (got array)" },
  ],
])("describeError: %s", (_, error, want) => {
  expect(describeError(error, root)).toStrictEqual(want);
});

test("toResult: a valid value comes back as the very value given", () => {
  const value = { statusCode: 400, error: "Bad Request", message: "m" };
  const result = toResult(ApiError, value);
  expect(result.valid).toBe(true);
  if (result.valid) expect(result.value).toBe(value);
});

test("toResult: a BigInt is judged as the integer it stands for, and given back as a BigInt", () => {
  const value = { statusCode: 400n, error: "Bad Request", message: "m" };
  const result = toResult(ApiError, value);
  expect(result.valid && result.value).toBe(value);
  expect(toResult(JobStatus, 5n)).toStrictEqual({
    valid: false,
    errors: [
      { path: "", message: "must be a string (got integer)" },
      {
        path: "",
        message:
          "must be one of canceled, failure, finalizing, in-progress, pending, queued, success, warming-up (got 5)",
      },
    ],
  });
});

test("toResult: errors are deduplicated in the validator's order; none listed gives none", () => {
  const errors = [
    e("required", "", { missingProperty: "b" }),
    e("required", "", { missingProperty: "a" }),
    e("required", "", { missingProperty: "b" }),
  ];
  const failing = Object.assign(() => false, { errors }) as CompiledValidator;
  expect(toResult(failing, {})).toStrictEqual({
    valid: false,
    errors: [
      { path: "/b", message: "is required" },
      { path: "/a", message: "is required" },
    ],
  });
  const silent = Object.assign(() => false, { errors: null }) as CompiledValidator;
  expect(toResult(silent, {})).toStrictEqual({ valid: false, errors: [] });
});

test("formatErrors: one line per error, the root as (root)", () => {
  expect(
    formatErrors([
      { path: "", message: "m1" },
      { path: "/a", message: "m2" },
    ]),
  ).toBe("(root): m1\n/a: m2");
  expect(formatErrors([])).toBe("");
});

// The Standard Schema path of each problem (standard-schema.test.ts checks it through dist/).
test.each<[string, unknown, PropertyKey[]]>([
  ["", { a: 1 }, []],
  ["/a~1b~0c", { "a/b~c": 1 }, ["a/b~c"]],
  ["/list/0", { list: [1] }, ["list", 0]],
  ["/list/10/x", { list: Array.from({ length: 11 }, () => ({ x: 1 })) }, ["list", 10, "x"]],
  ["/list/100", { list: Array.from({ length: 101 }, () => 1) }, ["list", 100]],
  // An index where the value holds no array stays a string: an object's key, or a missing value.
  ["/obj/0", { obj: { 0: 1 } }, ["obj", "0"]],
  ["/missing/0", {}, ["missing", "0"]],
  ["/nil/0", { nil: null }, ["nil", "0"]],
  ["/s/0", { s: "text" }, ["s", "0"]],
  // Not an array index: a leading zero, a sign, an empty token.
  ["/list/01", { list: [1, 2] }, ["list", "01"]],
  ["/list/-1", { list: [1] }, ["list", "-1"]],
  ["/list/", { list: [1] }, ["list", ""]],
  ["/list/1x", { list: [1, 2] }, ["list", "1x"]],
  ["/list/x1", { list: [1, 2] }, ["list", "x1"]],
])("pathKeys(%j) on its value", (pointer, root, keys) => {
  expect(pathKeys(pointer, root)).toStrictEqual(keys);
});
