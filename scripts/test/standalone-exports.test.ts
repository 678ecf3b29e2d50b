import Ajv2020Module from "ajv/dist/2020.js";
import standaloneCodeModule from "ajv/dist/standalone/index.js";
import { expect, test } from "vitest";
import { ajvOptions } from "../src/lib/compile-batch.ts";
import { standaloneExports } from "../src/lib/standalone-exports.ts";

const Ajv2020 = Ajv2020Module.default;
const standaloneCode = standaloneCodeModule.default;

const id = (name: string) => `https://example.test/2020-12/${name}.json`;
const schema = (name: string, body: Record<string, unknown>) => ({
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: id(name),
  ...body,
});

// Each set exercises one path of ajv's standalone code: plain validators, a validator two
// exports share (emitted once), recursive refs (mutual ones go through ajv's wrapper values, a
// `$ref: "#"` from a subschema compiled apart through its root value, whose validator is emitted
// with it when not started yet), and `evaluated` (unevaluatedProperties across a $ref).
const cases: Array<[string, Array<ReturnType<typeof schema>>]> = [
  ["independent schemas", [schema("A", { type: "string" }), schema("B", { type: "integer", minimum: 1 })]],
  [
    "a ref shared by two exports, and exported itself",
    [
      schema("Status", { enum: ["a", "b"] }),
      schema("Job", { type: "object", required: ["status"], properties: { status: { $ref: id("Status") } } }),
      schema("Run", { type: "object", properties: { job: { $ref: id("Job") }, status: { $ref: id("Status") } } }),
    ],
  ],
  [
    "a recursive schema and its user",
    [
      schema("Node", {
        type: "object",
        properties: { children: { type: "array", items: { $ref: "#" } }, name: { type: "string" } },
      }),
      schema("Tree", { type: "object", required: ["root"], properties: { root: { $ref: id("Node") } } }),
    ],
  ],
  [
    "mutually recursive schemas (ajv's wrapper values)",
    [
      schema("A", { type: "object", properties: { b: { $ref: id("B") } } }),
      schema("B", { type: "object", properties: { a: { $ref: id("A") }, self: { $ref: "#" } } }),
    ],
  ],
  [
    "a $defs schema compiled apart that refers to its document's root (ajv's root values), exported after its user",
    [
      schema("User", { type: "object", properties: { node: { $ref: `${id("Tree")}#/$defs/Node` } } }),
      schema("Tree", {
        type: "object",
        $defs: { Node: { type: "object", properties: { tree: { $ref: "#" } } } },
        properties: { root: { $ref: "#/$defs/Node" } },
      }),
    ],
  ],
  [
    "the same, the root exported first",
    [
      schema("Tree", {
        type: "object",
        $defs: { Node: { type: "object", properties: { tree: { $ref: "#" } } } },
        properties: { root: { $ref: "#/$defs/Node" } },
      }),
      schema("User", { type: "object", properties: { node: { $ref: `${id("Tree")}#/$defs/Node` } } }),
    ],
  ],
  [
    "unevaluatedProperties across a $ref",
    [
      schema("Base", { type: "object", properties: { a: { type: "string" } } }),
      schema("Strict", {
        $ref: id("Base"),
        type: "object",
        properties: { b: { type: "number" } },
        unevaluatedProperties: false,
      }),
    ],
  ],
];

test.each(cases)("%s: the same text as ajv's standaloneCode", (_, schemas) => {
  const ajv = new Ajv2020({ ...ajvOptions, code: { source: true, esm: true } });
  for (const s of schemas) ajv.addSchema(s);
  const exports = Object.fromEntries(schemas.map((s) => [s.$id.replace(/.*\/(\w+)\.json$/, "$1"), s.$id]));
  const ours = standaloneExports(ajv, exports);
  expect(ours).toBe(standaloneCode(ajv, exports));
  expect(ours).toMatch(/^"use strict";export const /);
});

test.each([
  ["an instance without code.source", new Ajv2020({ ...ajvOptions }), { A: id("A") }, /code\.source/],
  [
    "an unknown $id",
    new Ajv2020({ ...ajvOptions, code: { source: true, esm: true } }),
    { A: id("Nope") },
    /no schema with id https:\/\/example\.test\/2020-12\/Nope\.json/,
  ],
  [
    "an export name that is not an identifier",
    new Ajv2020({ ...ajvOptions, code: { source: true, esm: true } }),
    { "A-B": id("A") },
    /invalid export name: A-B/,
  ],
])("refuses %s", (_, ajv, exports, message) => expect(() => standaloneExports(ajv, exports)).toThrow(message));
