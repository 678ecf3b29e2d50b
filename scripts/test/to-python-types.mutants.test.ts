import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { requiredTool } from "../src/lib/required-tool.ts";
import { pythonLiteral, toPythonTypes } from "../src/to-python-types.ts";

// Behaviour the mutation run (bench/mutation) found untested: Python's reserved words, the names
// given to nested types, each JSON type's Python type, docstrings and comments, base-class order,
// and the refusals with where they happened.

/** The module without its fixed preamble (docstring, imports, __all__). */
const body = (module: string) => module.slice(module.indexOf("\n\n\n") + 3).trim();

const pythonKeywords = [
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
];

test.each(pythonKeywords)("a key named %s (a Python keyword) takes the functional TypedDict form", (keyword) => {
  expect(body(toPythonTypes({ T: { type: "object", properties: { [keyword]: { type: "string" } } } }))).toBe(
    `T = TypedDict(\n    "T",\n    {\n        "${keyword}": NotRequired[str],\n    },\n)`,
  );
});

test.each(pythonKeywords)("a schema named %s (a Python keyword) is refused", (keyword) => {
  expect(() => toPythonTypes({ [keyword]: { type: "string" } })).toThrow(
    `${keyword}.json#: "${keyword}" is not a Python identifier`,
  );
});

test.each<[string, boolean]>([
  ["_private9", true],
  ["camelCase", true],
  ["9lives", false],
  ["a-b", false],
  ["-a", false],
  ["a-", false],
  ["", false],
  ["été", false],
])("a key %j is a Python identifier: %s", (key, identifier) => {
  const out = body(
    toPythonTypes({ T: { type: "object", required: [key], properties: { [key]: { type: "integer" } } } }),
  );
  expect(out).toBe(
    identifier
      ? `class T(TypedDict):\n    "T"\n    ${key}: int`
      : `T = TypedDict(\n    "T",\n    {\n        ${JSON.stringify(key)}: int,\n    },\n)`,
  );
});

const cases: Array<[string, { given: Record<string, unknown>; want: string }]> = [
  [
    "each JSON type's Python type; a schema without a type (or only annotations) is Any",
    {
      given: {
        T: {
          type: "object",
          required: ["s", "n", "i", "b", "z", "l", "d", "u", "any", "doc", "t", "f", "open"],
          properties: {
            s: { type: "string" },
            n: { type: "number" },
            i: { type: "integer" },
            b: { type: "boolean" },
            z: { type: "null" },
            l: { type: "array" },
            d: { type: "object" },
            u: { type: ["string", "integer", "null"] },
            any: {},
            doc: { title: "t", examples: [1] },
            t: true,
            f: { format: "date-time", minimum: 1 },
            open: { type: "object", additionalProperties: true },
          },
        },
      },
      want: `class T(TypedDict):\n    "T"\n    s: str\n    n: float\n    i: int\n    b: bool\n    z: None\n    l: list[Any]\n    d: dict[str, Any]\n    u: Union[str, int, None]\n    any: Any\n    doc: Any\n    t: Any\n    f: Any\n    open: dict[str, Any]`,
    },
  ],
  [
    "nested objects are named after their parent and key (PascalCase), items and values too",
    {
      given: {
        Top: {
          type: "object",
          properties: {
            "my_item-list": { type: "array", items: { type: "object", properties: { a: { type: "string" } } } },
            byName: { type: "object", additionalProperties: { type: "object", properties: { b: { type: "string" } } } },
          },
        },
      },
      want: [
        `class TopMyItemListItem(TypedDict):\n    "TopMyItemListItem"\n    a: NotRequired[str]`,
        `class TopByNameValue(TypedDict):\n    "TopByNameValue"\n    b: NotRequired[str]`,
        `Top = TypedDict(\n    "Top",\n    {\n        "my_item-list": NotRequired[list["TopMyItemListItem"]],\n        "byName": NotRequired[dict[str, "TopByNameValue"]],\n    },\n)`,
      ].join("\n\n\n"),
    },
  ],
  [
    "descriptions on one line: docstring, key comments, alias comment; blank ones are left out",
    {
      given: {
        A: { type: "string", description: "  Two\n  lines.  " },
        B: { type: "integer", description: " \n " },
        C: {
          type: "object",
          description: 'Says "hi".',
          properties: { a: { type: "string", description: "The\ta." }, b: { type: "string", description: "" } },
        },
        D: { type: "object", description: "   ", properties: {} },
      },
      want: [
        `# Two lines.\nA: TypeAlias = str`,
        `B: TypeAlias = int`,
        `class C(TypedDict):\n    "Says \\"hi\\"."\n\n    # The a.\n    a: NotRequired[str]\n    b: NotRequired[str]`,
        `class D(TypedDict):\n    "D"`,
      ].join("\n\n\n"),
    },
  ],
  [
    "the functional form carries the description as __doc__",
    {
      given: { F: { type: "object", description: "An F.", properties: { "a-b": { type: "string" } } } },
      want: `F = TypedDict(\n    "F",\n    {\n        "a-b": NotRequired[str],\n    },\n)\nF.__doc__ = "An F."`,
    },
  ],
  [
    "required keys come from each allOf part; a base listed later is still defined first",
    {
      given: {
        A: {
          allOf: [
            { $ref: "C.json" },
            { $ref: "B.json" },
            { required: ["x"], properties: { x: { type: "string" }, y: { type: "string" } } },
          ],
        },
        B: { allOf: [{ $ref: "C.json" }], properties: {} },
        C: { type: "object", required: "c", properties: { c: { type: "string" } } },
      },
      want: [
        `class C(TypedDict):\n    "C"\n    c: NotRequired[str]`,
        `class B(C):\n    "B"`,
        `class A(C, B):\n    "A"\n    x: str\n    y: NotRequired[str]`,
      ].join("\n\n\n"),
    },
  ],
  [
    "a root's $schema, $id, $comment and title say nothing about its type",
    {
      given: {
        R: { $schema: "s", $id: "i", $comment: "c", title: "t" },
        S: { $schema: "s", title: "t", type: "string" },
      },
      want: `R: TypeAlias = Any\n\n\nS: TypeAlias = str`,
    },
  ],
  [
    "a root array or map of inline objects names them <Name>Item or <Name>Value",
    {
      given: {
        L: { type: "array", items: { type: "object", properties: { a: { type: "string" } } } },
        M: { type: "object", additionalProperties: { type: "object", properties: { b: { type: "string" } } } },
      },
      want: [
        `class LItem(TypedDict):\n    "LItem"\n    a: NotRequired[str]`,
        `L: TypeAlias = list["LItem"]`,
        `class MValue(TypedDict):\n    "MValue"\n    b: NotRequired[str]`,
        `M: TypeAlias = dict[str, "MValue"]`,
      ].join("\n\n\n"),
    },
  ],
  [
    "const and enum of every literal kind",
    {
      given: { E: { enum: ["a", 1, -2.5, true, false, null] }, K: { const: false } },
      want: `E: TypeAlias = Literal["a", 1, -2.5, True, False, None]\n\n\nK: TypeAlias = Literal[False]`,
    },
  ],
];

test.each(cases)("%s", (_, { given, want }) => {
  expect(body(toPythonTypes(given))).toBe(want);
});

test.each<[string, Record<string, unknown>, string]>([
  ["a schema that is not an object", { A: true }, "A.json#: expected a schema object"],
  [
    "a false subschema",
    { A: { type: "object", properties: { b: false } } },
    "A.json#/properties/b: a false schema has no Python type",
  ],
  ["an unknown type", { A: { type: ["string", "date"] } }, 'A.json#/type: unknown type "date"'],
  [
    "a const that is no literal",
    { A: { const: { a: 1 } } },
    'A.json#/const: only strings, finite numbers, booleans and null can be Literal values, got {"a":1}',
  ],
  [
    "an object type closed to other keys",
    { A: { type: "object", additionalProperties: false } },
    "A.json#/additionalProperties: a false schema has no Python type",
  ],
  [
    "an allOf part that is no schema object",
    { A: { allOf: [{ properties: {} }, true] } },
    "A.json#/allOf/1: expected a schema object",
  ],
  [
    "keys that are not identifiers beside an allOf base",
    { A: { allOf: [{ $ref: "B.json" }], properties: { "a-b": {} } }, B: { type: "object", properties: {} } },
    "A.json#: A has keys that are not Python identifiers and an allOf base",
  ],
  [
    "an allOf $ref outside the sibling files",
    { A: { allOf: [{ $ref: "B.json#/x" }] }, B: { type: "object", properties: {} } },
    'A.json#/allOf/0/$ref: expected a $ref to a sibling schema file (<Name>.json), got "B.json#/x"',
  ],
  [
    "a $ref with a path",
    { A: { items: { $ref: "dir/B.json" }, type: "array" }, B: { type: "string" } },
    'A.json#/items/$ref: expected a $ref to a sibling schema file (<Name>.json), got "dir/B.json"',
  ],
  [
    "a nested type named like one already made",
    {
      A: {
        type: "object",
        properties: { b: { type: "object", properties: {} }, c: { type: "array", items: { $ref: "A.json" } } },
      },
      AB: { type: "object", properties: { x: { type: "object", properties: {} } } },
    },
    "A.json#/properties/b: the Python type name AB is already used by another schema",
  ],
  [
    "two nested types that would share a name",
    { A: { type: "object", properties: { "b-c": { properties: {} }, b_c: { properties: {} } } } },
    "A.json#/properties/b_c: the Python type name ABC is already used by another schema",
  ],
])("refuses %s, naming where", (_, given, message) => {
  expect(() => toPythonTypes(given)).toThrow(message);
});

test.each([[Number.NaN], [Number.POSITIVE_INFINITY], [{}], [[1]]])(
  "pythonLiteral refuses %j, naming where",
  (value) => {
    expect(() => pythonLiteral(value, "X.json#/enum/2")).toThrow(
      `X.json#/enum/2: only strings, finite numbers, booleans and null can be Literal values, got ${JSON.stringify(value)}`,
    );
  },
);

const python = "/usr/bin/python3";
const pythonThere = requiredTool("python3", existsSync(python) ? undefined : `${python} is not installed`);
test.skipIf(!pythonThere)("every Python keyword as a key: the module still imports and keeps the keys", () => {
  const dir = mkdtempSync(join(tmpdir(), "py-types-kw-"));
  const properties = Object.fromEntries(pythonKeywords.map((k) => [k, { type: "string" }]));
  writeFileSync(join(dir, "kw_types.py"), toPythonTypes({ T: { type: "object", properties } }));
  const run = spawnSync(python, ["-c", "import kw_types as t; print(len(t.T.__optional_keys__))"], {
    cwd: dir,
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  expect(run.stdout.trim()).toBe(String(pythonKeywords.length));
});
