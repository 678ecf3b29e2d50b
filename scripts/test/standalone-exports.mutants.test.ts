import Ajv2020Module from "ajv/dist/2020.js";
import standaloneCodeModule from "ajv/dist/standalone/index.js";
import { expect, test } from "vitest";
import { ajvOptions } from "../src/lib/compile-batch.ts";
import { standaloneExports } from "../src/lib/standalone-exports.ts";

const Ajv2020 = Ajv2020Module.default;
const standaloneCode = standaloneCodeModule.default;
const id = (name: string) => `https://example.test/2020-12/${name}.json`;

test("with ajv's es5 option, mutually recursive schemas are the same text as ajv's (var, not const)", () => {
  const ajv = new Ajv2020({ ...ajvOptions, code: { source: true, esm: true, es5: true } });
  ajv.addSchema({ $id: id("A"), type: "object", properties: { b: { $ref: id("B") } } });
  ajv.addSchema({ $id: id("B"), type: "object", properties: { a: { $ref: id("A") }, self: { $ref: "#" } } });
  const exports = { A: id("A"), B: id("B") };
  const ours = standaloneExports(ajv, exports);
  expect(ours).toBe(standaloneCode(ajv, exports));
  expect(ours).toMatch(/var wrapper\d+ = \{validate: /);
});

test("an instance without code.esm is refused, naming the option", () => {
  const ajv = new Ajv2020({ ...ajvOptions, code: { source: true } });
  expect(() => standaloneExports(ajv, { A: id("A") })).toThrow(
    "standaloneExports: the ajv instance needs the code.esm option",
  );
});

test.each([["_a"], ["$b"], ["A1"]])("%s is a valid export name", (name) => {
  const ajv = new Ajv2020({ ...ajvOptions, code: { source: true, esm: true } });
  ajv.addSchema({ $id: id("S"), type: "string" });
  expect(standaloneExports(ajv, { [name]: id("S") })).toContain(`export const ${name} = `);
});

test.each([["1a"], ["a b"], ["a-"]])("%j is not", (name) => {
  const ajv = new Ajv2020({ ...ajvOptions, code: { source: true, esm: true } });
  ajv.addSchema({ $id: id("S"), type: "string" });
  expect(() => standaloneExports(ajv, { [name]: id("S") })).toThrow(`invalid export name: ${name}`);
});
