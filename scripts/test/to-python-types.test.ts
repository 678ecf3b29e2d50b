import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { pythonLiteral, toPythonTypes } from "../src/to-python-types.ts";

const header = (body: string) => body.trim();
/** The module without its fixed preamble (docstring, imports, __all__). */
const body = (module: string) => module.slice(module.indexOf("\n\n\n") + 3).trim();

const cases: Array<[string, { given: Record<string, unknown>; want: string }]> = [
  [
    "a string enum becomes a Literal alias, its description a comment",
    {
      given: { Status: { type: "string", enum: ["a", "b-c"], description: "The status." } },
      want: header(`# The status.\nStatus: TypeAlias = Literal["a", "b-c"]`),
    },
  ],
  [
    "an object becomes a TypedDict: required keys plain, the others NotRequired, refs as forward references",
    {
      given: {
        Job: {
          type: "object",
          description: "A job.",
          required: ["id"],
          properties: {
            id: { type: "string", description: "Its id." },
            status: { $ref: "Status.json" },
            tags: { type: "array", items: { type: "string" } },
          },
        },
        Status: { type: "string", enum: ["a"] },
      },
      want: header(
        `class Job(TypedDict):\n    "A job."\n\n    # Its id.\n    id: str\n    status: NotRequired["Status"]\n    tags: NotRequired[list[str]]\n\n\nStatus: TypeAlias = Literal["a"]`,
      ),
    },
  ],
  [
    "allOf with a ref inherits from it, and the base class comes first",
    {
      given: {
        A: { allOf: [{ $ref: "B.json" }, { type: "object", properties: { n: { type: "integer" } } }] },
        B: { type: "object", properties: { x: { type: ["number", "null"] } } },
      },
      want: header(
        `class B(TypedDict):\n    "B"\n    x: NotRequired[Union[float, None]]\n\n\nclass A(B):\n    "A"\n    n: NotRequired[int]`,
      ),
    },
  ],
  [
    "maps, open objects, consts and nested objects",
    {
      given: {
        M: {
          type: "object",
          properties: {
            byName: { type: "object", additionalProperties: { $ref: "M.json" } },
            any: { type: "object", additionalProperties: true },
            code: { const: 402 },
            pos: { type: "object", properties: { x: { type: "number" } } },
          },
        },
      },
      want: header(
        `class MPos(TypedDict):\n    "MPos"\n    x: NotRequired[float]\n\n\nclass M(TypedDict):\n    "M"\n    byName: NotRequired[dict[str, "M"]]\n    any: NotRequired[dict[str, Any]]\n    code: NotRequired[Literal[402]]\n    pos: NotRequired["MPos"]`,
      ),
    },
  ],
  [
    "keys that are not identifiers use the functional form",
    {
      given: {
        H: {
          type: "object",
          required: ["x-id"],
          properties: { "x-id": { type: "string" }, class: { type: "boolean" } },
        },
      },
      want: header(
        `H = TypedDict(\n    "H",\n    {\n        "x-id": str,\n        "class": NotRequired[bool],\n    },\n)`,
      ),
    },
  ],
];

describe("toPythonTypes", () => {
  test.each(cases)("%s", (_, { given, want }) => expect(body(toPythonTypes(given))).toBe(want));

  test("lists every schema in __all__, sorted, under a do-not-edit header", () => {
    const out = toPythonTypes({ B: { type: "string" }, A: { type: "string" } });
    expect(out).toContain('__all__ = ["A", "B"]');
    expect(out).toContain("Generated from @scenario-api/openapi by scripts/src/to-python-types.ts. Do not edit.");
    expect(out.endsWith("\n")).toBe(true);
  });

  test.each([
    [
      "a $ref outside the sibling files",
      { A: { type: "object", properties: { b: { $ref: "https://x.test/B.json" } } } },
      /A\.json#\/properties\/b\/\$ref: expected a \$ref to a sibling schema file/,
    ],
    [
      "a ref to an unknown schema",
      { A: { type: "object", properties: { b: { $ref: "B.json" } } } },
      /A\.json#\/properties\/b\/\$ref/,
    ],
    [
      "a nested name that collides with a schema",
      { A: { type: "object", properties: { b: { type: "object", properties: {} } } }, AB: { type: "string" } },
      /A\.json#\/properties\/b: the Python type name AB is already used/,
    ],
    ["a literal that Python cannot spell", { A: { enum: [{ x: 1 }] } }, /A\.json#\/enum\/0: only strings/],
  ])("refuses %s, naming where", (_, given, error) => expect(() => toPythonTypes(given)).toThrow(error));

  test.each([
    ["s", '"s"'],
    [true, "True"],
    [null, "None"],
    [1.5, "1.5"],
    ['é"\\', '"é\\"\\\\"'],
  ])("pythonLiteral(%j) is %s", (value, want) => expect(pythonLiteral(value, "#")).toBe(want));

  const python = "/usr/bin/python3";
  test.skipIf(!existsSync(python))(
    "the output imports in Python and keeps NotRequired keys optional at run time",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "py-types-"));
      writeFileSync(join(dir, "scenario_types.py"), toPythonTypes(cases[1]![1].given));
      const run = spawnSync(
        python,
        ["-c", "import scenario_types as t; print(sorted(t.Job.__required_keys__), sorted(t.Job.__optional_keys__))"],
        { cwd: dir, encoding: "utf8" },
      );
      expect(run.stderr).toBe("");
      expect(run.stdout.trim()).toBe("['id'] ['status', 'tags']");
    },
  );
});
