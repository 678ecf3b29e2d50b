import { describe, expect, test } from "vitest";
import { goName, toGoTypes } from "../src/to-go-types.ts";

/** The file without its header, package clause and imports. */
const body = (file: string) => file.slice(file.search(/^(\/\/ [A-Z]\w*: |type )/m)).trim();

const cases: Array<[string, { given: Record<string, unknown>; want: string }]> = [
  [
    "a string enum becomes a named string type with one constant per value",
    {
      given: { Status: { type: "string", enum: ["in-progress", "ok"], description: "The status." } },
      want: [
        "// Status: The status.",
        "type Status string",
        "",
        "// The values of Status.",
        "const (",
        '\tStatusInProgress Status = "in-progress"',
        '\tStatusOk         Status = "ok"',
        ")",
      ].join("\n"),
    },
  ],
  [
    "an object becomes a struct: required fields plain, optional ones pointers with omitempty, untyped ones json.RawMessage",
    {
      given: {
        Job: {
          type: "object",
          required: ["jobId", "tags"],
          properties: {
            jobId: { type: "string", description: "Its id." },
            tags: { type: "array", items: { type: "string" } },
            status: { $ref: "Status.json" },
            progress: { type: "number" },
            count: { type: "integer" },
            done: { type: "boolean" },
            output: {},
          },
        },
        Status: { type: "string", enum: ["a"] },
      },
      want: [
        "// Job: the object Job.json#.",
        "type Job struct {",
        "\t// JobID: Its id.",
        '\tJobID string `json:"jobId"`',
        "",
        '\t// Tags: the "tags" key.',
        '\tTags []string `json:"tags"`',
        "",
        '\t// Status: the "status" key.',
        '\tStatus *Status `json:"status,omitempty"`',
        "",
        '\t// Progress: the "progress" key.',
        '\tProgress *float64 `json:"progress,omitempty"`',
        "",
        '\t// Count: the "count" key.',
        '\tCount *int64 `json:"count,omitempty"`',
        "",
        '\t// Done: the "done" key.',
        '\tDone *bool `json:"done,omitempty"`',
        "",
        '\t// Output: the "output" key.',
        '\tOutput json.RawMessage `json:"output,omitempty"`',
        "}",
        "",
        "// Status: one of the values of Status.json#.",
        "type Status string",
        "",
        "// The values of Status.",
        "const (",
        '\tStatusA Status = "a"',
        ")",
      ].join("\n"),
    },
  ],
  [
    "allOf is flattened, and a type met inline in a base is named after the base, once",
    {
      given: {
        A: { allOf: [{ $ref: "B.json" }, { type: "object", required: ["k"], properties: { n: { type: "integer" } } }] },
        B: { type: "object", properties: { k: { type: "string", enum: ["x"] } } },
      },
      want: [
        "// BK: one of the values of B.json#/properties/k.",
        "type BK string",
        "",
        "// The values of BK.",
        "const (",
        '\tBKX BK = "x"',
        ")",
        "",
        "// A: the object A.json#.",
        "type A struct {",
        '\t// K: the "k" key.',
        '\tK BK `json:"k"`',
        "",
        '\t// N: the "n" key.',
        '\tN *int64 `json:"n,omitempty"`',
        "}",
        "",
        "// B: the object B.json#.",
        "type B struct {",
        '\t// K: the "k" key.',
        '\tK *BK `json:"k,omitempty"`',
        "}",
      ].join("\n"),
    },
  ],
  [
    "maps, open objects, arrays of anything and a deprecated field",
    {
      given: {
        M: {
          type: "object",
          properties: {
            byName: { type: "object", additionalProperties: { $ref: "M.json" } },
            any: { type: "object", additionalProperties: true },
            list: { type: "array" },
            old: { type: "string", deprecated: true },
          },
        },
      },
      want: [
        "// M: the object M.json#.",
        "type M struct {",
        '\t// ByName: the "byName" key.',
        '\tByName *map[string]M `json:"byName,omitempty"`',
        "",
        '\t// Any: the "any" key.',
        '\tAny *map[string]json.RawMessage `json:"any,omitempty"`',
        "",
        '\t// List: the "list" key.',
        '\tList *[]json.RawMessage `json:"list,omitempty"`',
        "",
        '\t// Old: the "old" key.',
        "\t//",
        "\t// Deprecated: the API marks Old as deprecated.",
        '\tOld *string `json:"old,omitempty"`',
        "}",
      ].join("\n"),
    },
  ],
  [
    "an object with properties and additionalProperties keeps its undeclared keys",
    {
      given: {
        C: { type: "object", properties: { n: { type: "integer" } }, additionalProperties: { type: "integer" } },
      },
      want: [
        "// C: the object C.json#.",
        "type C struct {",
        '\t// N: the "n" key.',
        '\tN *int64 `json:"n,omitempty"`',
        "",
        "\t// AdditionalProperties holds the keys the schema does not declare, which it allows.",
        '\tAdditionalProperties map[string]int64 `json:"-"`',
        "}",
        "",
        'var cKeys = []string{"n"}',
      ].join("\n"),
    },
  ],
];

describe("toGoTypes", () => {
  test.each(cases)("%s", (_, { given, want }) => expect(body(toGoTypes(given))).toContain(want));

  test("starts with Go's generated-code header and the package clause, and imports only what it uses", () => {
    const plain = toGoTypes({ A: { type: "string" } }, "pkg");
    expect(plain.split("\n").slice(0, 4)).toEqual([
      "// Code generated from @scenario-api/openapi by scripts/src/to-go-types.ts. DO NOT EDIT.",
      "",
      "package pkg",
      "",
    ]);
    expect(plain).not.toContain("import");
    expect(plain.endsWith("type A string\n")).toBe(true);
    const extra = toGoTypes({ C: { type: "object", properties: {}, additionalProperties: true } });
    expect(extra).toContain('import (\n\t"encoding/json"\n\t"fmt"\n)');
    expect(extra).toContain("func (v C) MarshalJSON() ([]byte, error) {");
    expect(extra).toContain("func (v *C) UnmarshalJSON(data []byte) error {");
  });

  test("gives the same bytes for the same schemas, whatever order they come in", () => {
    const a = { Z: { type: "string", enum: ["b", "a"] }, A: { type: "object", properties: { z: { $ref: "Z.json" } } } };
    const b = { A: a.A, Z: a.Z };
    expect(toGoTypes(a)).toBe(toGoTypes(b));
  });

  test.each([
    [
      "a $ref outside the sibling files",
      { A: { type: "object", properties: { b: { $ref: "https://x.test/B.json" } } } },
      /A\.json#\/properties\/b\/\$ref: expected a \$ref to a sibling schema file/,
    ],
    [
      "a nested name that collides with a schema",
      { A: { type: "object", properties: { b: { type: "object", properties: {} } } }, AB: { type: "string" } },
      /A\.json#\/properties\/b: the Go name AB is already used by AB\.json#/,
    ],
    [
      "a schema named like the package's own API",
      { Open: { type: "string" } },
      /Open\.json#: the Go name Open is taken by the package's own API/,
    ],
    [
      "two keys that become one Go field",
      { A: { type: "object", properties: { jobId: { type: "string" }, "job-id": { type: "string" } } } },
      /A\.json#\/properties\/job-id: the keys "job-id" and "jobId" both become the Go field JobID/,
    ],
    [
      "a key encoding/json cannot name in a tag",
      { A: { type: "object", properties: { 'a"b': { type: "string" } } } },
      /A\.json#\/properties\/a"b: the key "a\\"b" cannot be named in an encoding\/json tag/,
    ],
    [
      "an allOf that includes itself",
      { A: { allOf: [{ $ref: "A.json" }] } },
      /A\.json#\/allOf\/0\/\$ref: A includes itself through allOf/,
    ],
    [
      "an allOf of a schema that is not an object",
      { A: { allOf: [{ $ref: "S.json" }] }, S: { type: "string" } },
      /A\.json#\/allOf\/0\/\$ref: allOf may only refer to object schemas, and S is not one/,
    ],
    [
      "a schema name that is not an exported Go identifier",
      { lower: { type: "string" } },
      /lower\.json#: "lower" is not an exported Go identifier/,
    ],
  ])("refuses %s, naming where", (_, given, error) => expect(() => toGoTypes(given)).toThrow(error));

  test.each([
    ["jobId", "JobID"],
    ["assetIds", "AssetIDs"],
    ["url", "URL"],
    ["uiConfig", "UIConfig"],
    ["in-progress", "InProgress"],
    ["flux.1-kontext-dev", "Flux1KontextDev"],
    ["CREATE", "CREATE"],
    ["3d", "3d"],
    ["", ""],
  ])("goName(%j) is %j", (text, want) => expect(goName(text)).toBe(want));
});
