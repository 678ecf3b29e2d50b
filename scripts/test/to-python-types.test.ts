import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { requiredTool } from "../src/lib/required-tool.ts";
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
  [
    "an object with additionalProperties: true accepts undeclared keys: a union with dict[str, Any]",
    {
      given: {
        RunRequest: {
          type: "object",
          description: "The values.",
          properties: { prompt: { type: "string" }, priority: { type: "integer", maximum: 10, default: 5 } },
          additionalProperties: true,
        },
      },
      want: header(
        `class RunRequestFields(TypedDict):\n    "The values."\n    prompt: NotRequired[str]\n    priority: NotRequired[int]\nRunRequestFields.__pydantic_config__ = {"extra": "allow"}  # type: ignore[attr-defined]\n\n\n# The values.\nRunRequest: TypeAlias = Union[dict[str, Any], RunRequestFields]`,
      ),
    },
  ],
  [
    "additionalProperties as a schema opens the object too; false and absent keep it closed",
    {
      given: {
        Closed: { type: "object", properties: { a: { type: "string" } }, additionalProperties: false },
        Listed: { type: "object", properties: { a: { type: "string" } } },
        Tagged: {
          type: "object",
          required: ["a"],
          properties: { a: { type: "string" } },
          additionalProperties: { type: "string" },
        },
      },
      want: header(
        `class Closed(TypedDict):\n    "Closed"\n    a: NotRequired[str]\n\n\nclass Listed(TypedDict):\n    "Listed"\n    a: NotRequired[str]\n\n\nclass TaggedFields(TypedDict):\n    "TaggedFields"\n    a: str\nTaggedFields.__pydantic_config__ = {"extra": "allow"}  # type: ignore[attr-defined]\n\n\nTagged: TypeAlias = Union[dict[str, Any], TaggedFields]`,
      ),
    },
  ],
  [
    "an open nested object and an allOf on an open base: both open, the subclass on the base's Fields",
    {
      given: {
        Base: { type: "object", properties: { x: { type: "string" } }, additionalProperties: true },
        Derived: {
          allOf: [
            { $ref: "Base.json" },
            {
              type: "object",
              properties: {
                meta: { type: "object", properties: { k: { type: "string" } }, additionalProperties: true },
              },
            },
          ],
        },
      },
      want: header(
        `class BaseFields(TypedDict):\n    "BaseFields"\n    x: NotRequired[str]\nBaseFields.__pydantic_config__ = {"extra": "allow"}  # type: ignore[attr-defined]\n\n\nBase: TypeAlias = Union[dict[str, Any], BaseFields]\n\n\nclass DerivedMetaFields(TypedDict):\n    "DerivedMetaFields"\n    k: NotRequired[str]\nDerivedMetaFields.__pydantic_config__ = {"extra": "allow"}  # type: ignore[attr-defined]\n\n\nDerivedMeta: TypeAlias = Union[dict[str, Any], DerivedMetaFields]\n\n\nclass DerivedFields(BaseFields):\n    "DerivedFields"\n    meta: NotRequired["DerivedMeta"]\nDerivedFields.__pydantic_config__ = {"extra": "allow"}  # type: ignore[attr-defined]\n\n\nDerived: TypeAlias = Union[dict[str, Any], DerivedFields]`,
      ),
    },
  ],
];

describe("toPythonTypes", () => {
  test.each(cases)("%s", (_, { given, want }) => expect(body(toPythonTypes(given))).toBe(want));

  test("lists every schema in __all__, sorted, under a do-not-edit header", () => {
    const out = toPythonTypes({ B: { type: "string" }, A: { type: "string" } });
    expect(out).toContain('__all__ = ["A", "B"]');
    // pydantic 2 refuses typing.TypedDict below Python 3.12.
    expect(out).toContain("from typing_extensions import NotRequired, TypedDict");
    expect(out).not.toMatch(/from typing import .*TypedDict/);
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
      "an open object whose Fields name is a schema's",
      { A: { type: "object", properties: {}, additionalProperties: true }, AFields: { type: "string" } },
      /A\.json#: the Python type name AFields is already used/,
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

/**
 * The open-object shape where it matters: Debian's mypy 1.0 (CI's) types it as TypeScript does,
 * and pydantic 1 and 2 keep the undeclared keys. The schema is issue 21's: a request with a new
 * defaulted `priority` that must stay open to the workflow's own input names.
 */
describe("an open object in mypy and pydantic", () => {
  const fixtures = join(dirname(fileURLToPath(import.meta.url)), "fixtures/python-open");
  const debianPython = "/usr/bin/python3";
  const probe = (python: string, code: string) => spawnSync(python, ["-c", code], { encoding: "utf8" });
  const debianMissing = !existsSync(debianPython)
    ? `${debianPython} not found`
    : probe(debianPython, "import mypy, pydantic; assert pydantic.VERSION.startswith('1.')").status !== 0
      ? `${debianPython} lacks mypy or pydantic 1 (Debian: apt-get install python3-mypy python3-pydantic)`
      : undefined;
  const debian = requiredTool("python3 with mypy and pydantic 1 (Debian)", debianMissing);
  // pydantic 2 is not in Debian 12: used wherever a python3 on PATH has it, skipped loudly otherwise.
  const pydantic2 = spawnSync("which", ["-a", "python3"], { encoding: "utf8" })
    .stdout.split("\n")
    .filter(Boolean)
    .find((p) => probe(p, "import pydantic; assert pydantic.VERSION.startswith('2.')").status === 0);
  if (!pydantic2) console.warn("\n  ⚠ SKIPPED (pydantic 2 on an open object): no python3 on PATH has pydantic 2.\n");

  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "py-open-"));
    const open = { type: "object", properties: { prompt: { type: "string" } }, additionalProperties: true };
    writeFileSync(
      join(dir, "open_types.py"),
      toPythonTypes({
        Closed: { type: "object", properties: { prompt: { type: "string" } } },
        Holder: { type: "object", required: ["request"], properties: { request: { $ref: "RunRequest.json" } } },
        RunRequest: { ...open, properties: { ...open.properties, priority: { type: "integer", default: 5 } } },
      }),
    );
    for (const file of ["open_use.py", "open_pydantic.py"]) copyFileSync(join(fixtures, file), join(dir, file));
  });

  test.skipIf(!debian)("mypy --strict accepts undeclared keys and reports each MISTAKE line, no other", () => {
    const run = spawnSync(debianPython, ["-m", "mypy", "--strict", "--no-incremental", "open_use.py"], {
      cwd: dir,
      encoding: "utf8",
    });
    const want = readFileSync(join(fixtures, "open_use.py"), "utf8")
      .split("\n")
      .flatMap((line, i) => (line.includes("# MISTAKE") ? [i + 1] : []));
    const got = [...new Set([...run.stdout.matchAll(/open_use\.py:(\d+): error/g)].map((m) => Number(m[1])))];
    expect(want).toHaveLength(2);
    expect(got, run.stdout).toEqual(want);
  });

  const given = { prompt: "a lighthouse", priority: 3, seed: 42, style: { name: "ink" } };
  const keeps = (version: string, python: string) => {
    const run = spawnSync(python, ["open_pydantic.py", JSON.stringify(given)], { cwd: dir, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout)).toEqual({ version, out: [given, given] });
  };
  test.skipIf(!debian)("pydantic 1 (parse_obj_as) keeps the undeclared keys, at the top and nested", () =>
    keeps("1", debianPython),
  );
  test.skipIf(!pydantic2)("pydantic 2 (TypeAdapter) keeps the undeclared keys, at the top and nested", () =>
    keeps("2", pydantic2!),
  );
});
