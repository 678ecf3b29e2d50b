import { describe, expect, test } from "vitest";
import { diffSpecs } from "../src/spec-diff/diff-specs.ts";
import type { JsonObject } from "../src/lib/json-object.ts";
import type { Finding } from "../src/spec-diff/model.ts";
import { RULES } from "../src/spec-diff/rules.ts";

/** One operation, PUT /things/{id}, with what a row gives it. */
const spec = (op: JsonObject = {}, top: JsonObject = {}, pathItem: JsonObject = {}): JsonObject => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/things/{id}": {
      put: {
        operationId: "run",
        parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
        responses: { "200": { description: "ok" } },
        ...op,
      },
      ...pathItem,
    },
  },
  ...top,
});
const json = (schema: unknown) => ({ "application/json": { schema } });
const req = (schema: unknown) => spec({ requestBody: { content: json(schema) } });
const res = (schema: unknown) => spec({ responses: { "200": { description: "ok", content: json(schema) } } });
const param = (p: JsonObject) =>
  spec({ parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }, p] });
const obj = (properties: JsonObject, required: string[] = []) => ({ type: "object", properties, required });
const header = (h: JsonObject | undefined) =>
  spec({ responses: { "200": { description: "ok", ...(h ? { headers: { "X-Rate-Limit": h } } : {}) } } });
const secured = (
  security: unknown[],
  schemes: JsonObject = {
    basic: { type: "http", scheme: "basic" },
    key: { type: "apiKey", in: "header", name: "X-Key" },
    oauth: {
      type: "oauth2",
      flows: { clientCredentials: { tokenUrl: "https://x/token", scopes: { read: "r", write: "w" } } },
    },
  },
) => spec({ security }, { components: { securitySchemes: schemes } });

/**
 * Schema rows: [suffix, before, after, suffix of the reverse change]. Each row runs in a
 * request body (request-property-<suffix>) and in a response (response-property-<suffix>).
 */
const schemaRows: Array<[string, unknown, unknown, string]> = [
  ["became-nullable", { type: "string" }, { type: ["string", "null"] }, "became-not-nullable"],
  ["type-changed", { type: "string" }, { type: "integer" }, "type-changed"],
  ["type-generalized", { type: "integer" }, { type: "number" }, "type-specialized"],
  ["format-added", { type: "string" }, { type: "string", format: "uuid" }, "format-removed"],
  ["format-changed", { type: "string", format: "uuid" }, { type: "string", format: "uri" }, "format-changed"],
  ["format-generalized", { type: "integer", format: "int32" }, { type: "integer", format: "int64" }, "format-changed"],
  ["enum-value-removed", { type: "string", enum: ["a", "b"] }, { type: "string", enum: ["a"] }, "enum-value-added"],
  ["became-enum", { type: "string" }, { type: "string", enum: ["a"] }, "became-not-enum"],
  ["became-enum", { type: "string" }, { type: "string", const: "a" }, "became-not-enum"],
  ["min-tightened", { type: "number", minimum: 1 }, { type: "number", minimum: 2 }, "min-loosened"],
  ["min-tightened", { type: "number", minimum: 1 }, { type: "number", exclusiveMinimum: 1 }, "min-loosened"],
  ["max-tightened", { type: "number" }, { type: "number", maximum: 9 }, "max-loosened"],
  ["min-length-tightened", { type: "string" }, { type: "string", minLength: 1 }, "min-length-loosened"],
  ["max-length-tightened", { type: "string", maxLength: 9 }, { type: "string", maxLength: 8 }, "max-length-loosened"],
  ["min-items-tightened", { type: "array" }, { type: "array", minItems: 1 }, "min-items-loosened"],
  ["max-items-tightened", { type: "array", maxItems: 3 }, { type: "array", maxItems: 2 }, "max-items-loosened"],
  ["min-properties-tightened", { type: "object" }, { type: "object", minProperties: 1 }, "min-properties-loosened"],
  ["max-properties-tightened", { type: "object" }, { type: "object", maxProperties: 1 }, "max-properties-loosened"],
  [
    "min-contains-tightened",
    { type: "array", contains: { type: "string" } },
    { type: "array", contains: { type: "string" }, minContains: 2 },
    "min-contains-loosened",
  ],
  [
    "max-contains-tightened",
    { type: "array", contains: { type: "string" } },
    { type: "array", contains: { type: "string" }, maxContains: 2 },
    "max-contains-loosened",
  ],
  [
    "multiple-of-tightened",
    { type: "number", multipleOf: 2 },
    { type: "number", multipleOf: 4 },
    "multiple-of-loosened",
  ],
  ["unique-items-tightened", { type: "array" }, { type: "array", uniqueItems: true }, "unique-items-loosened"],
  ["pattern-added", { type: "string" }, { type: "string", pattern: "^a" }, "pattern-removed"],
  ["pattern-changed", { type: "string", pattern: "^a" }, { type: "string", pattern: "^b" }, "pattern-changed"],
  [
    "additional-properties-closed",
    obj({ a: { type: "string" } }),
    { ...obj({ a: { type: "string" } }), additionalProperties: false },
    "additional-properties-opened",
  ],
  ["became-required", obj({ a: { type: "string" } }), obj({ a: { type: "string" } }, ["a"]), "became-optional"],
  [
    "default-value-changed",
    { type: "string", default: "a" },
    { type: "string", default: "b" },
    "default-value-changed",
  ],
  [
    "one-of-added",
    { oneOf: [{ type: "string" }] },
    { oneOf: [{ type: "string" }, { type: "integer" }] },
    "one-of-removed",
  ],
  [
    "any-of-added",
    { anyOf: [{ type: "string" }] },
    { anyOf: [{ type: "string" }, { type: "integer" }] },
    "any-of-removed",
  ],
  [
    "all-of-added",
    { allOf: [{ not: { type: "string" } }] },
    { allOf: [{ not: { type: "string" } }, { not: { type: "integer" } }] },
    "all-of-removed",
  ],
  ["not-added", { type: "string" }, { type: "string", not: { const: "x" } }, "not-removed"],
  ["contains-added", { type: "array" }, { type: "array", contains: { const: 1 } }, "contains-removed"],
  [
    "prefix-items-added",
    { type: "array" },
    { type: "array", prefixItems: [{ type: "string" }] },
    "prefix-items-removed",
  ],
  [
    "pattern-properties-added",
    { type: "object" },
    { type: "object", patternProperties: { "^x-": { type: "string" } } },
    "pattern-properties-removed",
  ],
  [
    "dependent-required-added",
    { type: "object" },
    { type: "object", dependentRequired: { a: ["b"] } },
    "dependent-required-removed",
  ],
  [
    "dependent-schemas-added",
    { type: "object" },
    { type: "object", dependentSchemas: { a: { required: ["b"] } } },
    "dependent-schemas-removed",
  ],
  ["if-added", { type: "object" }, { type: "object", if: { required: ["a"] } }, "if-removed"],
  [
    "then-added",
    { type: "object", if: { required: ["a"] } },
    { type: "object", if: { required: ["a"] }, then: { required: ["b"] } },
    "then-removed",
  ],
  [
    "else-added",
    { type: "object", if: { required: ["a"] } },
    { type: "object", if: { required: ["a"] }, else: { required: ["b"] } },
    "else-removed",
  ],
  [
    "if-changed",
    { type: "object", if: { required: ["a"] }, then: { required: ["b"] } },
    { type: "object", if: { required: ["c"] }, then: { required: ["b"] } },
    "if-changed",
  ],
  // 2020-12 keywords whose absence means "anything": reported as what changed inside them.
  ["pattern-added", { type: "object" }, { type: "object", propertyNames: { pattern: "^[a-z]+$" } }, "pattern-removed"],
  ["not-added", { type: "object" }, { type: "object", unevaluatedProperties: false }, "not-removed"],
  ["not-added", { type: "array" }, { type: "array", unevaluatedItems: false }, "not-removed"],
  [
    "not-added",
    { type: "array", prefixItems: [{ type: "string" }] },
    { type: "array", prefixItems: [{ type: "string" }], items: false },
    "not-removed",
  ],
  [
    "enum-value-removed",
    { type: "array", items: { enum: ["a", "b"] } },
    { type: "array", items: { enum: ["a"] } },
    "enum-value-added",
  ],
];

/** Rows for every other rule: [rule, before, after, rule of the reverse change]. */
const rows: Array<[string, JsonObject, JsonObject, string]> = [
  ...schemaRows.flatMap(
    ([suffix, b, a, back]) =>
      [
        [`request-property-${suffix}`, req(b), req(a), `request-property-${back}`],
        [`response-property-${suffix}`, res(b), res(a), `response-property-${back}`],
      ] as Array<[string, JsonObject, JsonObject, string]>,
  ),
  // `not X` excludes more when X widens: a narrower request, a wider response in reverse.
  [
    "request-property-not-changed",
    req({ not: { type: "string" } }),
    req({ not: { type: ["string", "integer"] } }),
    "-",
  ],
  [
    "response-property-not-changed",
    res({ not: { type: ["string", "integer"] } }),
    res({ not: { type: "string" } }),
    "-",
  ],
  ["request-property-removed", req(obj({ a: { type: "string" } })), req(obj({})), "new-optional-request-property"],
  [
    "new-required-request-property",
    req(obj({})),
    req(obj({ a: { type: "string" } }, ["a"])),
    "request-property-removed",
  ],
  [
    "response-required-property-removed",
    res(obj({ a: { type: "string" } }, ["a"])),
    res(obj({})),
    "response-required-property-added",
  ],
  [
    "response-optional-property-removed",
    res(obj({ a: { type: "string" } })),
    res(obj({})),
    "response-optional-property-added",
  ],
  [
    "api-path-removed",
    spec({}, {}, { get: { responses: { "200": { description: "ok" } } } }),
    { ...spec(), paths: {} },
    "endpoint-added",
  ],
  ["api-removed", spec({}, {}, { get: { responses: { "200": { description: "ok" } } } }), spec(), "endpoint-added"],
  ["api-operation-id-changed", spec(), spec({ operationId: "go" }), "api-operation-id-changed"],
  ["api-deprecated", spec(), spec({ deprecated: true }), "-"],
  [
    "webhook-removed",
    spec(
      {},
      {
        webhooks: {
          done: {
            post: { requestBody: { content: json({ type: "object" }) }, responses: { "200": { description: "ok" } } },
          },
        },
      },
    ),
    spec(),
    "webhook-added",
  ],
  [
    "response-property-enum-value-added",
    spec({}, { webhooks: { done: { post: { requestBody: { content: json({ enum: ["a"] }) } } } } }),
    spec({}, { webhooks: { done: { post: { requestBody: { content: json({ enum: ["a", "b"] }) } } } } }),
    "response-property-enum-value-removed",
  ],
  ["documentation-changed", spec({ description: "a" }), spec({ description: "b" }), "documentation-changed"],
  [
    "request-parameter-removed",
    param({ name: "q", in: "query", schema: { type: "string" } }),
    spec(),
    "new-optional-request-parameter",
  ],
  [
    "new-required-request-parameter",
    spec(),
    param({ name: "q", in: "query", required: true, schema: { type: "string" } }),
    "request-parameter-removed",
  ],
  [
    "request-parameter-became-required",
    param({ name: "q", in: "query", schema: { type: "string" } }),
    param({ name: "q", in: "query", required: true, schema: { type: "string" } }),
    "request-parameter-became-optional",
  ],
  [
    "request-parameter-default-value-added",
    param({ name: "q", in: "query", schema: { type: "string" } }),
    param({ name: "q", in: "query", schema: { type: "string", default: "a" } }),
    "request-parameter-default-value-removed",
  ],
  [
    "request-parameter-default-value-changed",
    param({ name: "q", in: "query", schema: { type: "string", default: "b" } }),
    param({ name: "q", in: "query", schema: { type: "string", default: "a" } }),
    "request-parameter-default-value-changed",
  ],
  [
    "request-parameter-serialization-changed",
    param({ name: "q", in: "query", schema: { type: "array", items: { type: "string" } } }),
    param({ name: "q", in: "query", explode: false, schema: { type: "array", items: { type: "string" } } }),
    "request-parameter-serialization-changed",
  ],
  [
    "request-parameter-became-array",
    param({ name: "q", in: "query", schema: { type: "string" } }),
    param({ name: "q", in: "query", schema: { type: "array", items: { type: "string" } } }),
    "request-property-type-changed",
  ],
  [
    "request-property-pattern-added",
    param({ name: "q", in: "query", schema: { type: "string" } }),
    param({ name: "q", in: "query", schema: { type: "string", pattern: "^a" } }),
    "request-property-pattern-removed",
  ],
  ["request-body-removed", req({ type: "object" }), spec(), "added-optional-request-body"],
  [
    "added-required-request-body",
    spec(),
    spec({ requestBody: { required: true, content: json({}) } }),
    "request-body-removed",
  ],
  [
    "request-body-became-required",
    req({}),
    spec({ requestBody: { required: true, content: json({}) } }),
    "request-body-became-optional",
  ],
  [
    "request-body-media-type-removed",
    spec({ requestBody: { content: { ...json({}), "text/plain": { schema: {} } } } }),
    req({}),
    "request-body-media-type-added",
  ],
  [
    "request-body-media-type-schema-added",
    spec({ requestBody: { content: { "application/json": {} } } }),
    req({ type: "object" }),
    "request-body-media-type-schema-removed",
  ],
  [
    "response-success-status-removed",
    spec({ responses: { "200": { description: "ok" }, "201": { description: "made" } } }),
    spec(),
    "response-success-status-added",
  ],
  [
    "response-non-success-status-removed",
    spec({ responses: { "200": { description: "ok" }, "400": { description: "bad" } } }),
    spec(),
    "response-non-success-status-added",
  ],
  [
    "response-media-type-removed",
    spec({ responses: { "200": { description: "ok", content: { ...json({}), "text/csv": {} } } } }),
    res({}),
    "response-media-type-added",
  ],
  [
    "response-body-media-type-schema-removed",
    res({ type: "object" }),
    spec({ responses: { "200": { description: "ok", content: { "application/json": {} } } } }),
    "response-body-media-type-schema-added",
  ],
  [
    "required-response-header-removed",
    header({ required: true, schema: { type: "integer" } }),
    header(undefined),
    "new-response-header",
  ],
  [
    "optional-response-header-removed",
    header({ schema: { type: "integer" } }),
    header(undefined),
    "new-response-header",
  ],
  [
    "response-header-became-optional",
    header({ required: true, schema: { type: "integer" } }),
    header({ schema: { type: "integer" } }),
    "response-header-became-required",
  ],
  [
    "response-property-type-changed",
    header({ schema: { type: "integer" } }),
    header({ schema: { type: "string" } }),
    "response-property-type-changed",
  ],
  [
    "response-property-became-nullable",
    header({ schema: { type: "integer" } }),
    header({ schema: { type: ["integer", "null"] } }),
    "response-property-became-not-nullable",
  ],
  [
    "api-security-requirement-removed",
    secured([{ basic: [] }, { key: [] }]),
    secured([{ basic: [] }]),
    "api-security-requirement-added",
  ],
  [
    "api-security-required-scheme-added",
    secured([{ basic: [] }]),
    secured([{ basic: [], key: [] }]),
    "api-security-requirement-added",
  ],
  ["api-security-required-scheme-added", spec(), secured([{ basic: [] }]), "api-security-requirement-added"],
  [
    "api-security-scope-added",
    secured([{ oauth: ["read"] }]),
    secured([{ oauth: ["read", "write"] }]),
    "api-security-scope-removed",
  ],
  [
    "security-scheme-type-changed",
    secured([{ basic: [] }]),
    secured([{ basic: [] }], { basic: { type: "http", scheme: "bearer" } }),
    "security-scheme-type-changed",
  ],
  [
    "security-scheme-api-key-changed",
    secured([{ key: [] }], { key: { type: "apiKey", in: "header", name: "X-Key" } }),
    secured([{ key: [] }], { key: { type: "apiKey", in: "query", name: "key" } }),
    "security-scheme-api-key-changed",
  ],
  [
    "component-schema-removed",
    spec({}, { components: { schemas: { Thing: { type: "object" } } } }),
    spec({}, { components: { schemas: { Item: { type: "object" } } } }),
    "component-schema-removed",
  ],
  [
    "component-schema-added",
    spec(),
    spec({}, { components: { schemas: { Thing: { type: "object" } } } }),
    "component-schema-removed",
  ],
  [
    "security-scheme-removed",
    secured([{ basic: [] }], {
      basic: { type: "http", scheme: "basic" },
      key: { type: "apiKey", in: "header", name: "X" },
    }),
    secured([{ basic: [] }], { basic: { type: "http", scheme: "basic" } }),
    "security-scheme-added",
  ],
];

const level = new Map(RULES.map((r) => [r.id, r.level]));
const show = (fs: Finding[]) => fs.map((f) => `${f.level} ${f.rule} ${f.at} ${f.message}`).join("\n");

describe("each rule, on a pair of specs", () => {
  test.each(rows)("%s", (rule, before, after, reverse) => {
    const forward = diffSpecs(before, after);
    const hit = forward.find((f) => f.rule === rule);
    expect(hit, show(forward)).toBeDefined();
    expect(hit!.level).toBe(level.get(rule));
    // Nothing else in the row is breaking: no compatible change is flagged along with it.
    expect(
      forward.filter((f) => f.level === "breaking" && f.rule !== rule),
      show(forward),
    ).toEqual([]);
    if (reverse !== "-") {
      const backward = diffSpecs(after, before);
      expect(
        backward.map((f) => f.rule),
        show(backward),
      ).toContain(reverse);
      expect(
        backward.filter((f) => f.level === "breaking" && f.rule !== reverse),
        show(backward),
      ).toEqual([]);
    }
  });

  test.each(rows)("%s: each side compared with itself has no changes", (_, before, after) => {
    expect(diffSpecs(before, structuredClone(before))).toEqual([]);
    expect(diffSpecs(after, structuredClone(after))).toEqual([]);
  });

  // Where each change is reported and the sentence a reader sees, both ways: a reviewed golden.
  test("each row's findings in full, both ways (goldens/spec-diff/rules.txt)", async () => {
    const list = (fs: Finding[]) => fs.map((f) => `  ${f.level} ${f.rule} ${f.at}\n    ${f.message}\n`).join("");
    const text = rows
      .map(
        ([rule, before, after]) =>
          `${rule}\n${list(diffSpecs(before, after))}reversed\n${list(diffSpecs(after, before))}`,
      )
      .join("\n");
    await expect(text).toMatchFileSnapshot("goldens/spec-diff/rules.txt");
  });

  test("every rule of the catalogue has a row", () => {
    const covered = new Set(rows.flatMap(([rule, , , reverse]) => [rule, reverse]));
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});

describe("what is not breaking", () => {
  const cases: Array<[string, JsonObject, JsonObject]> = [
    [
      "a removed 400 response",
      spec({ responses: { "200": { description: "ok" }, "400": { description: "bad" } } }),
      spec(),
    ],
    [
      "a removed default response",
      spec({ responses: { "200": { description: "ok" }, default: { description: "error" } } }),
      spec(),
    ],
    [
      "a removed 304 response",
      spec({ responses: { "200": { description: "ok" }, "304": { description: "not modified" } } }),
      spec(),
    ],
    [
      "a query string that became a form-exploded array of strings",
      param({ name: "tag", in: "query", schema: { type: "string" } }),
      param({
        name: "tag",
        in: "query",
        style: "form",
        explode: true,
        schema: { type: "array", items: { type: "string" } },
      }),
    ],
    [
      "a query string that became a comma-separated array (one value is written the same)",
      param({ name: "tag", in: "query", schema: { type: "string" } }),
      param({ name: "tag", in: "query", explode: false, schema: { type: "array", items: { type: "string" } } }),
    ],
    [
      "a string widened to oneOf string or integer, in a request",
      req({ type: "string" }),
      req({ oneOf: [{ type: "string" }, { type: "integer" }] }),
    ],
    [
      // The component stays: removing it is component-schema-removed (its name leaves the packages).
      "a $ref replaced by an identical inline schema",
      {
        ...res({ $ref: "#/components/schemas/A" }),
        components: { schemas: { A: obj({ a: { type: "string" } }, ["a"]) } },
      },
      {
        ...res(obj({ a: { type: "string" } }, ["a"])),
        components: { schemas: { A: obj({ a: { type: "string" } }, ["a"]) } },
      },
    ],
    [
      "enum values reordered, type list reordered",
      res({ type: ["string", "null"], enum: ["a", "b", null] }),
      res({ type: ["null", "string"], enum: [null, "b", "a"] }),
    ],
    [
      "a header parameter's name in another case",
      param({ name: "X-Trace", in: "header", schema: { type: "string" } }),
      param({ name: "x-trace", in: "header", schema: { type: "string" } }),
    ],
    [
      "a parameter moved from the operation to its path",
      param({ name: "q", in: "query", schema: { type: "string" } }),
      spec({}, {}, { parameters: [{ name: "q", in: "query", schema: { type: "string" } }] }),
    ],
    [
      "an added response media type",
      res({ type: "object" }),
      spec({
        responses: {
          "200": {
            description: "ok",
            content: { ...json({ type: "object" }), "application/xml": { schema: { type: "object" } } },
          },
        },
      }),
    ],
    [
      "an added request media type",
      req({ type: "object" }),
      spec({ requestBody: { content: { ...json({ type: "object" }), "text/plain": { schema: { type: "string" } } } } }),
    ],
    [
      "a renamed path parameter",
      spec(),
      {
        ...spec(),
        paths: {
          "/things/{thingId}": {
            put: {
              operationId: "run",
              parameters: [{ name: "thingId", in: "path", required: true, schema: { type: "string" } }],
              responses: { "200": { description: "ok" } },
            },
          },
        },
      },
    ],
    [
      "properties moved into an allOf member",
      req(obj({ a: { type: "string" } }, ["a"])),
      req({ allOf: [obj({ a: { type: "string" } }, ["a"])] }),
    ],
    [
      "a schema moved behind a $ref",
      req(obj({ a: { type: "string" } })),
      { ...req({ $ref: "#/components/schemas/A" }), components: { schemas: { A: obj({ a: { type: "string" } }) } } },
    ],
    [
      "a readOnly property added as required to a request",
      req(obj({})),
      req(obj({ id: { type: "string", readOnly: true } }, ["id"])),
    ],
    ["a new alternative security requirement", secured([{ basic: [] }]), secured([{ basic: [] }, { key: [] }])],
  ];
  test.each(cases)("%s", (_, before, after) => {
    const found = diffSpecs(before, after);
    expect(
      found.filter((f) => f.level === "breaking"),
      show(found),
    ).toEqual([]);
  });
});

/**
 * The verdicts issue 21 found wrong (an allOf member's constraint merged away, `pattern: ""`, a
 * union parameter widened to an array) and the two it keeps breaking on purpose (scripts/README.md
 * says why): [change, before, after, the rule that must be reported, its level, the levels of all findings].
 */
describe("spec-diff's last gaps, and two deliberate verdicts", () => {
  const str = { type: "string" };
  const prop = (schema: unknown) => obj({ a: schema as JsonObject });
  const withRefs = (schema: unknown, schemas: JsonObject) => ({ ...req(prop(schema)), components: { schemas } });
  const A = obj({ x: str });
  const cases: Array<[string, JsonObject, JsonObject, string, "breaking" | "warning" | "info"]> = [
    [
      "an allOf member added to a request property that redeclares one of its properties",
      req(prop(A)),
      req(prop({ allOf: [A, { properties: { x: { type: "string", maxLength: 3 } } }] })),
      "request-property-all-of-added",
      "breaking",
    ],
    [
      "an allOf member added to a request property behind $refs",
      withRefs({ $ref: "#/components/schemas/A" }, { A, B: { properties: { x: { type: "string", format: "uuid" } } } }),
      withRefs(
        { allOf: [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }] },
        { A, B: { properties: { x: { type: "string", format: "uuid" } } } },
      ),
      "request-property-all-of-added",
      "breaking",
    ],
    [
      "an allOf member with a second pattern added to a request property",
      req(prop({ type: "string", pattern: "^a" })),
      req(prop({ type: "string", pattern: "^a", allOf: [{ pattern: "z$" }] })),
      "request-property-all-of-added",
      "breaking",
    ],
    [
      "the same allOf member added to a response property",
      { ...res(prop(A)) },
      { ...res(prop({ allOf: [A, { properties: { x: { type: "string", maxLength: 3 } } }] })) },
      "response-property-all-of-added",
      "info",
    ],
    [
      "a request pattern replaced by the empty pattern, which matches everything",
      req(prop({ type: "string", pattern: "^a" })),
      req(prop({ type: "string", pattern: "" })),
      "request-property-pattern-removed",
      "info",
    ],
    [
      "the empty pattern replaced by a pattern in a request",
      req(prop({ type: "string", pattern: "" })),
      req(prop({ type: "string", pattern: "^a" })),
      "request-property-pattern-added",
      "breaking",
    ],
    [
      "a multi-type query parameter (oneOf) generalised to an array of it",
      param({ name: "q", in: "query", schema: { oneOf: [str, { type: "integer" }] } }),
      param({ name: "q", in: "query", schema: { type: "array", items: { oneOf: [str, { type: "integer" }] } } }),
      "request-parameter-became-array",
      "info",
    ],
    [
      "a multi-type query parameter (anyOf of $refs) generalised to an array of it",
      {
        ...param({
          name: "q",
          in: "query",
          schema: { anyOf: [{ $ref: "#/components/schemas/S" }, { type: "boolean" }] },
        }),
        components: { schemas: { S: str } },
      },
      {
        ...param({
          name: "q",
          in: "query",
          schema: { type: "array", items: { anyOf: [{ $ref: "#/components/schemas/S" }, { type: "boolean" }] } },
        }),
        components: { schemas: { S: str } },
      },
      "request-parameter-became-array",
      "info",
    ],
    [
      "a multi-type query parameter (type list) generalised to an array of it",
      param({ name: "q", in: "query", schema: { type: ["string", "integer"] } }),
      param({ name: "q", in: "query", schema: { type: "array", items: { type: ["string", "integer"] } } }),
      "request-parameter-became-array",
      "info",
    ],
    [
      "a union parameter that already took an array, made an array: not the one-value case",
      param({ name: "q", in: "query", schema: { oneOf: [str, { type: "array", items: str }] } }),
      param({ name: "q", in: "query", schema: { type: "array", items: str } }),
      "request-property-one-of-removed",
      "breaking",
    ],
    [
      "deliberate: security required where none was (unauthenticated callers get 401)",
      spec(),
      secured([{ basic: [] }]),
      "api-security-required-scheme-added",
      "breaking",
    ],
    [
      "deliberate: a changed operationId (generated names and types change)",
      spec(),
      spec({ operationId: "go" }),
      "api-operation-id-changed",
      "breaking",
    ],
  ];
  test.each(cases)("%s", (_, before, after, rule, want) => {
    const found = diffSpecs(before, after);
    expect(
      found.map((f) => [f.rule, f.level]),
      show(found),
    ).toContainEqual([rule, want]);
    // Nothing else is breaking when the verdict is not.
    if (want !== "breaking")
      expect(
        found.filter((f) => f.level === "breaking"),
        show(found),
      ).toEqual([]);
  });
});

describe("OpenAPI 3.0 input", () => {
  const v30 = (doc: JsonObject) => ({ ...doc, openapi: "3.0.3" });
  const cases: Array<[string, JsonObject, JsonObject, string[]]> = [
    [
      "nullable: true is null in the type",
      v30(res({ type: "string" })),
      v30(res({ type: "string", nullable: true })),
      ["response-property-became-nullable"],
    ],
    [
      "3.0 nullable and 3.1 null type are the same",
      v30(res({ type: "string", nullable: true })),
      res({ type: ["string", "null"] }),
      [],
    ],
    [
      "boolean exclusiveMinimum is the 3.1 number",
      v30(req({ type: "number", minimum: 1, exclusiveMinimum: true })),
      req({ type: "number", exclusiveMinimum: 1 }),
      [],
    ],
    [
      "oneOf [X, null] is X made nullable",
      res({ type: "string", enum: ["ok", "degraded"] }),
      res({ oneOf: [{ type: "null" }, { type: "string", enum: ["ok", "degraded"] }] }),
      ["response-property-became-nullable"],
    ],
    [
      "anyOf [X, null] equals the 3.0 nullable X",
      v30(req({ type: "integer", nullable: true })),
      req({ anyOf: [{ type: "integer" }, { type: "null" }] }),
      [],
    ],
    [
      "exclusiveMinimum turned on tightens",
      v30(req({ type: "number", minimum: 1 })),
      v30(req({ type: "number", minimum: 1, exclusiveMinimum: true })),
      ["request-property-min-tightened"],
    ],
    [
      "exclusiveMaximum turned off loosens",
      v30(res({ type: "number", maximum: 1, exclusiveMaximum: true })),
      v30(res({ type: "number", maximum: 1 })),
      ["response-property-max-loosened"],
    ],
  ];
  test.each(cases)("%s", (_, before, after, rules) => {
    expect(diffSpecs(before, after).map((f) => f.rule)).toEqual(rules);
  });
});

describe("refs", () => {
  test("a recursive schema is compared once per place and ends", () => {
    const tree = (extra: JsonObject) => ({
      ...res({ $ref: "#/components/schemas/Node" }),
      components: {
        schemas: {
          Node: {
            type: "object",
            properties: { children: { type: "array", items: { $ref: "#/components/schemas/Node" } }, ...extra },
          },
        },
      },
    });
    const found = diffSpecs(tree({ name: { type: "string" } }), tree({}));
    expect(found.map((f) => [f.rule, f.at])).toEqual([
      ["response-optional-property-removed", "/components/schemas/Node/properties/name"],
    ]);
  });
  test("an unresolvable ref is an error that names it", () => {
    expect(() => diffSpecs(res({ $ref: "#/components/schemas/Gone" }), res({}))).toThrow(
      /\$ref '#\/components\/schemas\/Gone' points to nothing/,
    );
  });
});
