import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import {
  bundleName,
  defaultBaseUri,
  dialect202012,
  replaceJsonFiles,
  schemaId,
  serializeSchemaSet,
  siblingRef,
  toJsonSchemas,
  translateSchema,
} from "../src/to-json-schema.ts";

// Behaviour the mutation run (bench/mutation) found untested: the keywords dropped or refused,
// the example/examples merge, every $ref refusal's message, and the document checks.
const known = new Set(["Job", "a/b"]);
const translate = (schema: unknown) => translateSchema(schema, "#/components/schemas/S", known, (name) => `<${name}>`);

test.each<[string, { given: unknown; want: unknown }]>([
  [
    "OpenAPI-only keywords are dropped",
    {
      given: { type: "object", discriminator: { propertyName: "k" }, xml: { name: "x" }, externalDocs: { url: "u" } },
      want: { type: "object" },
    },
  ],
  ["extensions are dropped", { given: { "x-internal": true, type: "string" }, want: { type: "string" } }],
  [
    "a 2020-12 $schema inside a component is dropped",
    { given: { $schema: dialect202012, type: "string" }, want: { type: "string" } },
  ],
  ["examples alone stay as they are", { given: { examples: [1] }, want: { examples: [1] } }],
  ["example alone becomes examples", { given: { example: 2 }, want: { examples: [2] } }],
  ["examples then example merge, examples first", { given: { examples: [1], example: 2 }, want: { examples: [1, 2] } }],
  [
    "example then examples merge where example stood",
    { given: { example: 2, type: "integer", examples: [1] }, want: { examples: [1, 2], type: "integer" } },
  ],
  [
    "examples that is not a list is replaced by example",
    { given: { examples: "no", example: 2 }, want: { examples: [2] } },
  ],
  ["a ref to a component goes through refTo", { given: { $ref: "#/components/schemas/Job" }, want: { $ref: "<Job>" } }],
  ["an escaped component name is decoded", { given: { $ref: "#/components/schemas/a~1b" }, want: { $ref: "<a/b>" } }],
  [
    "nested refs are rewritten too",
    { given: { items: { $ref: "#/components/schemas/Job" } }, want: { items: { $ref: "<Job>" } } },
  ],
])("translateSchema: %s", (_, { given, want }) => {
  expect(translate(given)).toStrictEqual(want);
});

test.each<[string, unknown, string]>([
  [
    "nullable",
    { nullable: true },
    `#/components/schemas/S/nullable: 'nullable' is OpenAPI 3.0, not 3.1: use type: [T, "null"]`,
  ],
  [
    "x-nullable",
    { "x-nullable": true },
    `#/components/schemas/S/x-nullable: 'x-nullable' is OpenAPI 3.0, not 3.1: use type: [T, "null"]`,
  ],
  [
    "another dialect",
    { $schema: "http://json-schema.org/draft-07/schema#" },
    `#/components/schemas/S/$schema: only JSON Schema 2020-12 is supported, got "http://json-schema.org/draft-07/schema#"`,
  ],
  [
    "a ref outside components",
    { $ref: "#/$defs/Job" },
    `#/components/schemas/S/$ref: only refs to #/components/schemas/<Name> can become JSON Schema refs, got "#/$defs/Job"`,
  ],
  [
    "a ref that is not a string",
    { $ref: 3 },
    "#/components/schemas/S/$ref: only refs to #/components/schemas/<Name> can become JSON Schema refs, got 3",
  ],
  [
    "an unknown component, with the near name",
    { $ref: "#/components/schemas/job" },
    "#/components/schemas/S/$ref: unknown $ref '#/components/schemas/job'; did you mean '#/components/schemas/Job'?",
  ],
  [
    "an unknown component, nothing near",
    { $ref: "#/components/schemas/Nope" },
    "#/components/schemas/S/$ref: unknown $ref '#/components/schemas/Nope'",
  ],
  [
    "a ref into a component",
    { $ref: "#/components/schemas/Job/properties/id" },
    "#/components/schemas/S/$ref: refer to a named component (#/components/schemas/Job), not into one: got '#/components/schemas/Job/properties/id'",
  ],
])("translateSchema refuses %s", (_, given, message) => {
  expect(() => translate(given)).toThrow(expect.objectContaining({ message }));
});

const doc = (extra: Record<string, unknown>) => ({
  openapi: "3.1.0",
  components: { schemas: { Job: { type: "object" } } },
  ...extra,
});

test.each<[string, unknown, string]>([
  ["a 3.0 document", doc({ openapi: "3.0.3" }), "#/openapi: expected an OpenAPI 3.1 document"],
  ["no openapi field", { components: { schemas: { Job: {} } } }, "#/openapi: expected an OpenAPI 3.1 document"],
  ["not an object", [], "#/openapi: expected an OpenAPI 3.1 document"],
  ["an unknown dialect", doc({ jsonSchemaDialect: "urn:x" }), `#/jsonSchemaDialect: unsupported dialect "urn:x"`],
  ["no components", { openapi: "3.1.0" }, "#/components/schemas: the document has no component schemas"],
  ["no schemas", { openapi: "3.1.0", components: {} }, "#/components/schemas: the document has no component schemas"],
  [
    "empty schemas",
    { openapi: "3.1.0", components: { schemas: {} } },
    "#/components/schemas: the document has no component schemas",
  ],
])("toJsonSchemas refuses %s", (_, given, message) => {
  expect(() => toJsonSchemas(given)).toThrow(message);
});

test.each([["https://spec.openapis.org/oas/3.1/dialect/base"], [dialect202012], [undefined]])(
  "toJsonSchemas accepts jsonSchemaDialect %s",
  (dialect) => {
    expect(toJsonSchemas(doc({ jsonSchemaDialect: dialect })).schemas.Job?.type).toBe("object");
  },
);

test("toJsonSchemas: sorted documents with $id, title and notice; a bundle with local refs", () => {
  const set = toJsonSchemas(
    {
      openapi: "3.1.1",
      info: { title: "T" },
      components: { schemas: { "b c": { $ref: "#/components/schemas/a~1b" }, "a/b": false, Yes: true } },
    },
    "https://x.test/s/",
  );
  expect(Object.keys(set.schemas)).toEqual(["Yes", "a/b", "b c"]);
  expect(set.schemas["b c"]).toStrictEqual({
    $schema: dialect202012,
    $id: "https://x.test/s/2020-12/b c.json",
    $comment: "Generated from @scenario-api/openapi by scripts/src/to-json-schema.ts. Do not edit.",
    title: "b c",
    $ref: "a%2Fb.json",
  });
  expect(set.schemas["a/b"]?.not).toStrictEqual({});
  expect(Object.keys(set.schemas.Yes ?? {})).toEqual(["$schema", "$id", "$comment", "title"]);
  expect(set.bundle).toStrictEqual({
    $schema: dialect202012,
    $id: "https://x.test/s/2020-12/scenario-api.json",
    $comment: "Generated from @scenario-api/openapi by scripts/src/to-json-schema.ts. Do not edit.",
    title: "T",
    description: "Every component schema of the API, by name, in one document.",
    $defs: { Yes: { title: "Yes" }, "a/b": { title: "a/b", not: {} }, "b c": { title: "b c", $ref: "#/$defs/a~1b" } },
  });
  expect(toJsonSchemas(doc({ info: { title: 3 } })).bundle.title).toBe("Scenario API");
  expect(toJsonSchemas(doc({})).bundle.$id).toBe(`${defaultBaseUri}2020-12/scenario-api.json`);
});

test("an error in a component points into it", () => {
  const openapi = { openapi: "3.1.0", components: { schemas: { "a/b": { properties: { x: { nullable: true } } } } } };
  expect(() => toJsonSchemas(openapi)).toThrow(
    /^#\/components\/schemas\/a~1b\/properties\/x\/nullable: 'nullable' is OpenAPI 3\.0/,
  );
});

test("names: schemaId, siblingRef and the bundle's file", () => {
  // The published $id prefix: validators and users find the documents by it.
  expect(defaultBaseUri).toBe("https://scenario-api.github.io/schemas/");
  expect(schemaId("https://x.test/", "draft-07", "Job")).toBe("https://x.test/draft-07/Job.json");
  expect(siblingRef("a b/c")).toBe("a%20b%2Fc.json");
  expect(bundleName).toBe("scenario-api");
  const files = serializeSchemaSet({ schemas: { Job: { type: "object" } }, bundle: { $defs: {} } });
  expect(files).toStrictEqual({
    "Job.json": '{\n  "type": "object"\n}\n',
    "scenario-api.json": '{\n  "$defs": {}\n}\n',
  });
});

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

test("replaceJsonFiles removes the stale .json files only", () => {
  dir = mkdtempSync(join(tmpdir(), "replace-json-"));
  writeFileSync(join(dir, "Old.json"), "{}");
  writeFileSync(join(dir, "notes.txt"), "keep");
  expect(replaceJsonFiles(dir, { "Job.json": "{}\n" }).map((file) => file.split(/[\\/]/).pop())).toEqual(["Job.json"]);
  expect(readdirSync(dir).sort()).toEqual(["Job.json", "notes.txt"]);
});
