import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import openapiTS, { astToString } from "openapi-typescript";
import { describe, expect, test } from "vitest";
import {
  emitIndex,
  enumArrayName,
  shadowedGlobals,
  toTypeScript,
  typesAst,
  typesOptions,
} from "../src/to-typescript.ts";
import type { OpenApiDocument } from "../src/lib/read-spec.ts";

const doc = (schemas: Record<string, Record<string, unknown>>): OpenApiDocument => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {},
  components: { schemas },
});

describe("enumArrayName", () => {
  const cases: Array<[string, string]> = [
    ["JobType", "jobTypes"],
    ["JobStatus", "jobStatuses"],
    ["WorkflowPrivacy", "workflowPrivacies"],
    ["AssetKind", "assetKinds"],
    ["BackgroundBehavior", "backgroundBehaviors"],
    ["Day", "days"],
  ];
  test.each(cases)("%s → %s", (given, want) => expect(enumArrayName(given)).toBe(want));
});

describe("emitIndex", () => {
  test("an alias per schema, and a const array per string enum only", () => {
    const out = emitIndex(doc({ Color: { type: "string", enum: ["red", "green"] }, Paint: { type: "object" } }));
    expect(out).toContain('export type Color = components["schemas"]["Color"];');
    expect(out).toContain('export type Paint = components["schemas"]["Paint"];');
    expect(out).toContain('export const colors = ["red","green"] as const satisfies readonly Color[];');
    expect(out).not.toContain("paints");
  });

  test("the operation's aliases are named from its operationId", () => {
    const out = emitIndex(doc({}), "listThings");
    expect(out).toContain('export type ListThingsParams = operations["listThings"]["parameters"];');
    expect(out).toContain("export type ListThingsBody = ");
  });

  test("a schema named like a browser global is refused too (the types run in browsers)", () => {
    expect(() => emitIndex(doc({ Document: { type: "object" } }))).toThrow(/'Document' would shadow a global/);
  });

  test("a schema named like a global is refused with its name", () => {
    expect(() => emitIndex(doc({ Error: { type: "object" }, Job: { type: "object" } }))).toThrow(
      /'Error' would shadow a global/,
    );
    expect(shadowedGlobals(["Error", "Job", "Response"], ["Error", "Response"])).toEqual(["Error", "Response"]);
  });

  test("is the same text when generated twice", async () => {
    const d = doc({ Color: { type: "string", enum: ["red"] } });
    expect(await toTypeScript(d)).toEqual(await toTypeScript(d));
  });
});

describe("a property with a default is optional in the type, as the sender may leave it out", () => {
  // The request body of issue 21: a new optional `priority` with a default made
  // `client.workflows.run(id, { prompt })` stop compiling under openapi-typescript's defaults.
  const withDefault = (property: Record<string, unknown>, required: string[] = []): OpenApiDocument =>
    doc({ RunRequest: { type: "object", required, properties: { prompt: { type: "string" }, priority: property } } });
  const cases: Array<[string, { given: OpenApiDocument; want: RegExp }]> = [
    [
      "an optional integer with a default",
      { given: withDefault({ type: "integer", minimum: 0, maximum: 10, default: 5 }), want: /\bpriority\?: number;/ },
    ],
    [
      "an optional string enum with a default",
      {
        given: withDefault({ type: "string", enum: ["low", "high"], default: "low" }),
        want: /\bpriority\?: "low" \| "high";/,
      },
    ],
    [
      "a required property with a default stays required",
      { given: withDefault({ type: "integer", default: 5 }, ["priority"]), want: /\bpriority: number;/ },
    ],
    [
      "an optional property without a default",
      { given: withDefault({ type: "integer" }), want: /\bpriority\?: number;/ },
    ],
  ];
  test.each(cases)("%s", async (_, { given, want }) => {
    expect((await toTypeScript(given))["openapi.ts"]).toMatch(want);
  });
});

describe("typesAst: openapiTS without its Redocly lint and bundle pass", () => {
  const require = createRequire(import.meta.url);
  const real = JSON.parse(
    readFileSync(require.resolve("@scenario-api/openapi/openapi.json"), "utf8"),
  ) as OpenApiDocument;
  const withDiscriminator: OpenApiDocument = {
    ...doc({
      Cat: {
        type: "object",
        required: ["kind"],
        properties: { kind: { type: "string", enum: ["cat"] }, lives: { type: "integer" } },
      },
      Dog: { type: "object", required: ["kind"], properties: { kind: { type: "string", enum: ["dog"] } } },
      Pet: {
        oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
        discriminator: { propertyName: "kind" },
      },
    }),
    paths: {
      "/pets/{id}": {
        get: {
          operationId: "getPet",
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
          responses: {
            200: {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } },
            },
          },
        },
      },
    },
  };
  // What each of openapiTS's options changes, so that a context differing from its defaults shows:
  // deprecated and read/write-only properties, array lengths, defaults, an empty object, an enum,
  // a path parameter the operation does not declare.
  const optionSensitive: OpenApiDocument = {
    ...doc({
      Box: {
        type: "object",
        required: ["id"],
        properties: {
          id: { type: "string", readOnly: true },
          secret: { type: "string", writeOnly: true },
          old: { type: "string", deprecated: true },
          pair: { type: "array", items: { type: "number" }, minItems: 2, maxItems: 2 },
          size: { type: "integer", default: 1 },
          extra: { type: "object" },
          kind: { type: "string", enum: ["a", "b"] },
        },
      },
      Gone: { type: "object", deprecated: true, properties: { x: { type: "string" } } },
    }),
    paths: {
      "/boxes/{boxId}": {
        get: {
          operationId: "getBox",
          responses: {
            200: {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Box" } } },
            },
          },
        },
      },
    },
  };
  const cases: Array<[string, OpenApiDocument]> = [
    ["the real bundled spec", real],
    ["a discriminated union", withDiscriminator],
    ["what openapiTS's options change", optionSensitive],
  ];
  test.each(cases)("%s: the same text as openapiTS with defaultNonNullable: false", async (_, given) => {
    expect(typesOptions).toEqual({ alphabetize: false, defaultNonNullable: false });
    const want = astToString(await openapiTS(structuredClone(given) as never, { ...typesOptions, silent: true }));
    expect(astToString(typesAst(structuredClone(given) as never))).toBe(want);
  });
});
