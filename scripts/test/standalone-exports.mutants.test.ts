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

/** ajv's standaloneCode(...) error, or undefined. */
function ajvRefusal(ajv: InstanceType<typeof Ajv2020>, exports: Record<string, string>): string | undefined {
  try {
    standaloneCode(ajv, exports);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

// Values ajv's scope holds without code (a custom keyword's function, a format given as a function
// or as an object): standalone code cannot carry them, and the module is refused as ajv refuses it.
test.each([
  [
    "a custom keyword with a validate function",
    (ajv: InstanceType<typeof Ajv2020>) =>
      ajv.addKeyword({ keyword: "even", type: "number", validate: (_: unknown, data: number) => data % 2 === 0 }),
    { type: "number", even: true },
  ],
  [
    "a format given as a function",
    (ajv: InstanceType<typeof Ajv2020>) => ajv.addFormat("word", (text: string) => /^\w+$/.test(text)),
    { type: "string", format: "word" },
  ],
  [
    "a format given as an object",
    (ajv: InstanceType<typeof Ajv2020>) => ajv.addFormat("word", { type: "string", validate: /^\w+$/ }),
    { type: "string", format: "word" },
  ],
])("an instance with %s is refused with ajv's own error", (_, extend, body) => {
  const instance = () => {
    const ajv = new Ajv2020({ ...ajvOptions, validateFormats: true, code: { source: true, esm: true } });
    extend(ajv);
    ajv.addSchema({ $id: id("S"), ...body });
    return ajv;
  };
  const refusal = ajvRefusal(instance(), { S: id("S") });
  expect(refusal).toMatch(/^CodeGen: "code" for \w+ not defined$/);
  expect(() => standaloneExports(instance(), { S: id("S") })).toThrow(refusal);
});

test("a validator compiled before code.source was set has no source: refused, saying so", () => {
  const ajv = new Ajv2020({ ...ajvOptions, code: { esm: true } });
  ajv.addSchema({ $id: id("S"), type: "string" });
  ajv.getSchema(id("S"));
  ajv.opts.code.source = true;
  expect(() => standaloneExports(ajv, { S: id("S") })).toThrow(
    'standaloneExports: function does not have "source" property',
  );
});
