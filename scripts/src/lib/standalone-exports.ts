import type * as AjvCore from "ajv/dist/core.js";
import type { AnyValidateFunction, SourceCode } from "ajv/dist/types/index.js";
import codeModule, { type Code, type Name } from "ajv/dist/compile/codegen/code.js";
import type { UsedScopeValues, ValueScopeName } from "ajv/dist/compile/codegen/scope.js";

/**
 * ajv's `standaloneCode(ajv, { Name: id, ... })`, as the same text, in time linear in the
 * number of exports.
 *
 * ajv (8.20) builds the module by re-wrapping the whole module so far for every export
 * (`code = _\`${code}...\``), which copies every code item each time: quadratic. At 3,800
 * schemas (the 100-operation synthetic spec) that copying was 3.5 s of a 9 s step, and it
 * grows 100× for 10× the schemas. Here each export's code is rendered on its own and the
 * pieces are joined once. Everything else (shared validators emitted once, the `usedValues`
 * bookkeeping that makes a referenced validator appear before or with its first user, the
 * `root`/`wrapper` values of recursive refs) follows ajv's `validateCode` line for line, so
 * the output is byte-identical; the tests compare it with ajv's own on the same schemas.
 */

// The values of ajv's `UsedValueState` enum (a `const enum`-like export of scope.js).
const started = 0;
const completed = 1;

export function standaloneExports(ajv: AjvCore.default, exports: Record<string, string>): string {
  if (!ajv.opts.code.source) throw new Error("standaloneExports: the ajv instance needs the code.source option");
  if (!ajv.opts.code.esm) throw new Error("standaloneExports: the ajv instance needs the code.esm option");
  const n = ajv.scope.opts._n.toString();
  const usedValues: UsedScopeValues = {};

  const usedState = (name: ValueScopeName) => usedValues[name.prefix]?.get(name);
  const setUsedState = (name: ValueScopeName, state: 0 | 1) => {
    usedValues[name.prefix] ??= new Map();
    usedValues[name.prefix]!.set(name, state);
  };

  function validateCode(source: SourceCode | undefined): string {
    if (!source) throw new Error('standaloneExports: function does not have "source" property');
    if (usedState(source.validateName) === completed) return "";
    setUsedState(source.validateName, started);
    const scopeCode = ajv.scope.scopeCode(
      source.scopeValues,
      usedValues,
      refValidateCode as (n: ValueScopeName) => Code | undefined,
    );
    const code = `${scopeCode.toString()}${n}${source.validateCode}`;
    return source.evaluated
      ? `${code}${source.validateName.toString()}.evaluated = ${source.evaluated.toString()};${n}`
      : code;
  }

  function refValidateCode(name: ValueScopeName): Code | undefined {
    const ref: unknown = name.value?.ref;
    if (name.prefix === "validate" && typeof ref === "function") {
      return text(validateCode((ref as AnyValidateFunction).source));
    }
    if ((name.prefix === "root" || name.prefix === "wrapper") && typeof ref === "object" && ref !== null) {
      const { validate, validateName } = ref as { validate?: AnyValidateFunction; validateName?: Name };
      if (!validateName) throw new Error("ajv internal error");
      const def = ajv.opts.code.es5 ? "var" : "const";
      const wrapper = `${def} ${name.toString()} = {validate: ${validateName.toString()}};`;
      if (usedState(validateName as ValueScopeName) === started) return text(wrapper);
      return text(`${wrapper}${n}${validateCode(validate?.source)}`);
    }
    return undefined;
  }

  const parts = ['"use strict";'];
  for (const [exportName, id] of Object.entries(exports)) {
    if (!/^[a-z$_][a-z$_0-9]*$/i.test(exportName))
      throw new Error(`standaloneExports: invalid export name: ${exportName}`);
    const validate = ajv.getSchema(id);
    if (!validate) throw new Error(`standaloneExports: no schema with id ${id}`);
    const body = validateCode(validate.source);
    parts.push(`${n}export const ${exportName} = ${validate.source!.validateName.toString()};${n}`, body);
  }
  return parts.join("");
}

// ajv ships CommonJS; imported from ESM, the default import is `module.exports`.
const { _Code } = codeModule;

/** Text as ajv's code object: ajv's scope code splices a `_Code` in and would quote a string. */
const text = (code: string): Code => new _Code(code);
