import Ajv2020Module from "ajv/dist/2020.js";
import { expect, test } from "vitest";
import { ajvOptions, compileBatch } from "../src/lib/compile-batch.ts";
import { appendErrorsInPlace } from "../src/lib/linear-errors.ts";

const Ajv2020 = Ajv2020Module.default;

// Entry → Status through a $ref in an array, and a recursive Tree: both shapes of ajv's call of
// another validator (a named validate function and a recursive one).
const schemas = {
  Status: {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://example.test/2020-12/Status.json",
    type: "string",
    enum: ["a", "b"],
  },
  Entry: {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://example.test/2020-12/Entry.json",
    type: "object",
    required: ["status"],
    properties: { status: { $ref: "Status.json" }, date: { type: "string" } },
  },
  List: {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://example.test/2020-12/List.json",
    type: "array",
    items: { $ref: "Entry.json" },
  },
  Tree: {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://example.test/2020-12/Tree.json",
    type: "object",
    properties: { value: { $ref: "Status.json" }, children: { type: "array", items: { $ref: "#" } } },
  },
};

const load = async (js: string) =>
  (await import(`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`)) as Record<
    string,
    { (x: unknown): boolean; errors?: unknown[] | null }
  >;

test("the compiled code copies no error array, and reports exactly ajv's errors, in ajv's order", async () => {
  const code = compileBatch(schemas);
  expect(code).not.toContain(".concat(");
  const compiled = await load(code);
  const ajv = new Ajv2020({ ...ajvOptions });
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  const tree = (depth: number): unknown =>
    depth === 0 ? { value: "c" } : { value: depth % 2 ? "a" : 7, children: [tree(depth - 1), 1, tree(depth - 1)] };
  const cases: Array<[string, unknown]> = [
    ["List", [{ status: "c", date: 1 }, { status: "a" }, {}, { status: 3 }, 5]],
    ["List", []],
    ["List", [{ status: "a" }]],
    ["Tree", tree(4)],
    ["Entry", { status: "z" }],
  ];
  for (const [name, value] of cases) {
    const reference = ajv.getSchema(`https://example.test/2020-12/${name}.json`)!;
    expect(compiled[name]!(value), name).toBe(reference(value));
    expect(compiled[name]!.errors, name).toEqual(reference.errors);
  }
  // Twice in a row: an array a caller took over is never the one the next call fills.
  compiled.List!([{ status: "c" }]);
  const first = compiled.List!.errors;
  compiled.List!([{ status: "d" }, { status: "e" }]);
  expect(first).toHaveLength(1);
  expect(compiled.List!.errors).toHaveLength(2);
});

test("code that gathers errors in a shape it does not know is refused", () => {
  expect(() => appendErrorsInPlace("vErrors = vErrors.concat(other.errors);")).toThrow(/does not know/);
  // A string holding `.concat(` is data, not code.
  expect(appendErrorsInPlace('const s = "a.concat(b)";')).toBe('const s = "a.concat(b)";');
});
