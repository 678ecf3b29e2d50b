import { expect, test } from "vitest";
import type { OpenApiDocument } from "../src/lib/read-spec.ts";
import { emitIndex } from "../src/to-typescript.ts";

// Behaviour the mutation run (bench/mutation) found untested: every browser global a schema may
// not shadow, the operation aliases' clash, the message naming each clash, the enums that get a
// const array, and the aliases' order.

const doc = (schemas: Record<string, Record<string, unknown>>): OpenApiDocument => ({
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {},
  components: { schemas },
});

// The types run in browsers as well as Node: a schema named like a browser global would shadow it there.
test.each([
  "Attr",
  "Audio",
  "Comment",
  "Document",
  "Element",
  "History",
  "Image",
  "Location",
  "Navigator",
  "Node",
  "Notification",
  "Option",
  "Range",
  "Screen",
  "Selection",
  "Storage",
  "Text",
  "Window",
])("a schema named %s (a browser global) is refused", (name) => {
  expect(() => emitIndex(doc({ [name]: { type: "object" } }))).toThrow(
    `components.schemas: '${name}' would shadow a global of the same name; rename the schema`,
  );
});

test("an operationId whose alias would shadow a global is refused too", () => {
  expect(() => emitIndex(doc({}), "uRLSearch")).toThrow(
    "components.schemas: 'URLSearchParams' would shadow a global of the same name; rename the schema",
  );
});

test("every clash is named, in one message", () => {
  expect(() => emitIndex(doc({ Error: {}, Job: {}, Response: {} }))).toThrow(
    "components.schemas: 'Error', 'Response' would shadow a global of the same name; rename the schema",
  );
});

test("only an enum of strings gets a const array; the aliases are sorted by name", () => {
  const out = emitIndex(
    doc({
      Sizes: { enum: [1, 2] },
      Mixed: { enum: ["a", 1] },
      Color: { type: "string", enum: ["red"] },
      Bare: { type: "string" },
    }),
  );
  const lines = out.split("\n");
  expect(lines.filter((line) => line.startsWith("export const "))).toEqual([
    'export const colors = ["red"] as const satisfies readonly Color[];',
  ]);
  expect(lines.filter((line) => /^export type \w+ = components/.test(line))).toEqual([
    'export type Bare = components["schemas"]["Bare"];',
    'export type Color = components["schemas"]["Color"];',
    'export type Mixed = components["schemas"]["Mixed"];',
    'export type Sizes = components["schemas"]["Sizes"];',
  ]);
});
