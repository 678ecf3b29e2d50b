import { describe, expect, test } from "vitest";
import {
  compileStandalone,
  compileStandaloneInWorkers,
  emitWrappers,
  inFunctionScope,
  inFunctionScopes,
} from "../src/emit-validators.ts";
import { stripAnnotations } from "../src/lib/compile-batch.ts";

const schemas = {
  Status: {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://example.test/2020-12/Status.json",
    description: "A status. More words.",
    type: "string",
    enum: ["a", "b"],
  },
  Thing: {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "https://example.test/2020-12/Thing.json",
    title: "Thing",
    type: "object",
    required: ["status"],
    properties: { status: { $ref: "https://example.test/2020-12/Status.json", description: "d" } },
  },
};

test.each([
  [
    "annotations go",
    { type: "string", description: "d", title: "t", $comment: "c", examples: ["x"] },
    { type: "string" },
  ],
  [
    "nested annotations go, property names stay",
    { properties: { description: { type: "string", description: "d" } } },
    { properties: { description: { type: "string" } } },
  ],
  [
    "assertions stay",
    { type: "number", minimum: 1, const: 2, enum: [2] },
    { type: "number", minimum: 1, const: 2, enum: [2] },
  ],
])("stripAnnotations: %s", (_, given, want) => expect(stripAnnotations(given)).toEqual(want));

test("compiles one ESM export per schema, without descriptions, with declarations", () => {
  const files = compileStandalone(schemas);
  expect(Object.keys(files).sort()).toEqual(["standalone.d.ts", "standalone.js"]);
  const js = files["standalone.js"]!;
  expect(
    js.startsWith("// Generated from @scenario-api/openapi by scripts/src/emit-validators.ts. Do not edit.\n"),
  ).toBe(true);
  expect(js).toMatch(/^export const Status = compiled\.Status;$/m);
  expect(js).toMatch(/return \{ Status: validate\d+, Thing: validate\d+ \};/);
  expect(js).toMatch(/^export const Thing = compiled\.Thing;$/m);
  expect(js).not.toContain("A status.");
  expect(files["standalone.d.ts"]).toContain("export declare const Thing: CompiledValidator;");
  expect(compileStandalone(schemas)).toEqual(files);
});

test("the compiled code validates, and reports ajv errors", async () => {
  const js = compileStandalone(schemas)["standalone.js"]!;
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`)) as Record<
    string,
    { (x: unknown): boolean; errors?: unknown[] }
  >;
  expect(mod.Thing!({ status: "a" })).toBe(true);
  expect(mod.Thing!({ status: "c" })).toBe(false);
  expect(mod.Thing!.errors).toMatchObject([{ instancePath: "/status", keyword: "enum" }]);
});

test("batches: each in its own scope, exports in name order, the same verdicts and errors as one batch", async () => {
  const more = {
    ...schemas,
    Other: {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://example.test/2020-12/Other.json",
      type: "integer",
      minimum: 2,
    },
  };
  const load = async (js: string) =>
    (await import(`data:text/javascript;base64,${Buffer.from(js).toString("base64")}`)) as Record<
      string,
      { (x: unknown): boolean; errors?: unknown[] }
    >;
  const one = compileStandalone(more)["standalone.js"]!;
  const split = compileStandalone(more, 1)["standalone.js"]!;
  expect(one.match(/^const compiled\w* = /gm)).toEqual(["const compiled = "]);
  // Status and Thing reference each other's ids, so they stay together; Other is alone.
  expect(split.match(/^const compiled\w* = /gm)).toEqual(["const compiled0 = ", "const compiled1 = "]);
  expect(split.match(/^export const \w+ = compiled\d\.\w+;$/gm)).toEqual([
    "export const Other = compiled0.Other;",
    "export const Status = compiled1.Status;",
    "export const Thing = compiled1.Thing;",
  ]);
  const [a, b] = [await load(one), await load(split)];
  const cases: Array<[string, unknown]> = [
    ["Thing", { status: "a" }],
    ["Thing", { status: "c" }],
    ["Thing", {}],
    ["Other", 1],
    ["Other", 3],
    ["Status", "b"],
  ];
  for (const [name, value] of cases) {
    expect(b[name]!(value)).toBe(a[name]!(value));
    expect(b[name]!.errors).toEqual(a[name]!.errors);
  }
});

/** Schemas that compile in `count` batches of one (none refers to another). */
const independent = (count: number) =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `S${i}`,
      {
        $schema: "https://json-schema.org/draft/2020-12/schema",
        $id: `https://example.test/2020-12/S${i}.json`,
        type: "integer",
        minimum: i,
      },
    ]),
  );

test.each([
  ["5 batches on 2 workers", independent(5), 2, 1],
  ["3 batches on more workers than batches", independent(3), 8, 1],
  ["batches that keep ref-linked schemas together, on 2 workers", { ...schemas, ...independent(2) }, 2, 1],
  ["one batch (compiled in this thread)", { ...schemas, ...independent(2) }, 2, 500],
])("in worker threads, %s: the same files as in one thread", async (_, given, width, batchSize) => {
  expect(await compileStandaloneInWorkers(given, width, batchSize)).toEqual(compileStandalone(given, batchSize));
});

test("in worker threads, a batch ajv refuses fails the whole compile with ajv's message", async () => {
  const given = { ...independent(3), Bad: { $id: "https://example.test/2020-12/Bad.json", tpye: "string" } };
  await expect(compileStandaloneInWorkers(given, 2, 1)).rejects.toThrow(/strict mode: unknown keyword: "tpye"/);
});

test.each([
  [
    "a name that is not an identifier",
    { "Bad-Name": { $id: "https://example.test/x.json" } },
    /'Bad-Name' is not a JavaScript identifier/,
  ],
  ["a schema without $id", { A: { type: "string" } }, /A: the schema has no \$id/],
])("in worker threads, refuses %s before starting any", async (_, given, message) => {
  await expect(compileStandaloneInWorkers(given, 2, 1)).rejects.toThrow(message);
});

test("wrappers: one typed validate<Name> per schema, with the first sentence of its description", () => {
  const ts = emitWrappers(schemas);
  expect(ts).toContain('} from "@scenario-api/types";');
  expect(ts).toContain(
    "export const validateStatus: Validator<Status> = /* @__PURE__ */ validator<Status>(compiled.Status);",
  );
  expect(ts).toContain(
    "export const validateThing: Validator<Thing> = /* @__PURE__ */ validator<Thing>(compiled.Thing);",
  );
  expect(ts).toContain(" * A status.\n");
  expect(ts).not.toContain("More words");
});

test.each([
  [
    "a name that is not an identifier",
    { "Bad-Name": { $id: "https://example.test/x.json" } },
    /'Bad-Name' is not a JavaScript identifier/,
  ],
  ["a schema without $id", { A: { type: "string" } }, /A: the schema has no \$id/],
])("refuses %s", (_, given, message) => expect(() => compileStandalone(given)).toThrow(message));

describe("inFunctionScope", () => {
  test("moves declarations into a function, keeps exports and imports at module level", () => {
    const out = inFunctionScope(
      'import ucs2length from "ajv/dist/runtime/ucs2length";const schema1 = {};function validate1(d){return true;}export const A = validate1;',
    );
    expect(out.split("\n")).toEqual([
      'import ucs2length from "ajv/dist/runtime/ucs2length";',
      "const compiled = (() => {",
      "const schema1 = {};function validate1(d){return true;}",
      "return { A: validate1 };",
      "})();",
      "export const A = compiled.A;",
      "",
    ]);
  });
  test("the same runtime import from two scopes is imported once; a clash stops the generator", () => {
    const scope = (binding: string, module: string) =>
      `import ${binding} from "${module}";function validate1(d){return ${binding}(d);}export const A${binding}${module.length} = validate1;`;
    expect(inFunctionScopes([scope("func2", "m/a"), scope("func2", "m/a")]).match(/^import .*$/gm)).toEqual([
      'import func2 from "m/a";',
    ]);
    expect(() => inFunctionScopes([scope("func2", "m/a"), scope("func2", "m/bb")])).toThrow(
      /imports 'func2' twice, differently/,
    );
  });
  test("an export it does not understand stops the generator", () => {
    expect(() => inFunctionScope("export default function x() {}")).toThrow(
      /export this generator does not understand/,
    );
  });
});
