import { readdirSync } from "node:fs";
import { readJsonInput } from "./lib/locate-input.ts";
import { dirname, join, relative, sep } from "node:path";
import Ajv2020Module from "ajv/dist/2020.js";
import { isSchemaObject, transformSchema, type SchemaObject } from "./lib/schema-tree.ts";
import { parseArgs } from "./lib/parse-args.ts";
import { bundleName } from "./to-json-schema.ts";
import { writeFilesAtomic, type FileSet } from "./lib/write-atomic.ts";
import { generatedNotice } from "./lib/generated-header.ts";
import { standaloneExports } from "./lib/standalone-exports.ts";

/**
 * Precompiles the 2020-12 schemas into ajv standalone code, so consumers validate without
 * compiling schemas at runtime and without the ajv compiler in their bundle, and emits a typed
 * `validate<Name>` wrapper per schema.
 */

// ajv ships CommonJS with `exports.default`; imported from ESM, the default import is `module.exports`.
const Ajv2020 = Ajv2020Module.default;

/** Keywords that never change a verdict; the compiled code carries none of their text. */
const annotations = new Set(["description", "title", "$comment", "examples", "deprecated", "readOnly", "writeOnly"]);

export function stripAnnotations(schema: unknown): unknown {
  return transformSchema(schema, "", (node) =>
    isSchemaObject(node) ? Object.fromEntries(Object.entries(node).filter(([k]) => !annotations.has(k))) : node);
}

export interface EmitOptions {
  /** Module whose type aliases (one per schema name) type the validated values. */
  typesModule: string;
  /** Where the wrappers import the compiled code from, relative to the wrappers file. */
  compiledImport: string;
  /** Where the wrappers import `toResult` and the result types from. */
  resultImport: string;
}

export const defaultEmitOptions: EmitOptions = {
  typesModule: "@scenario-api/types",
  compiledImport: "../generated/standalone.js",
  resultImport: "./result.js",
};

/** The ajv options the package's verdicts are defined by; tests compile with the same ones. */
export const ajvOptions = {
  allErrors: true,
  strict: true,
  // `format` is an annotation in every validator this package supports (see its README).
  validateFormats: false,
} as const;

/**
 * The compiled validators as ESM (`standalone.js`, one export per schema name, each an ajv
 * validate function with `.errors`) and its declarations (`standalone.d.ts`).
 */
export function compileStandalone(schemas: Record<string, SchemaObject>): FileSet {
  const names = Object.keys(schemas).sort();
  for (const name of names) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`schema name '${name}' is not a JavaScript identifier`);
    if (typeof schemas[name]!.$id !== "string") throw new Error(`${name}: the schema has no $id`);
  }
  const ajv = new Ajv2020({ ...ajvOptions, code: { source: true, esm: true } });
  for (const name of names) ajv.addSchema(stripAnnotations(schemas[name]) as SchemaObject);
  const code = standaloneExports(ajv, Object.fromEntries(names.map((n) => [n, schemas[n]!.$id as string])));
  const header = `// ${generatedNotice("emit-validators.ts")}\n/* eslint-disable */\n`;
  const declarations = [
    `// ${generatedNotice("emit-validators.ts")}`,
    "export interface CompiledError {",
    "  instancePath: string;",
    "  schemaPath: string;",
    "  keyword: string;",
    "  params: Record<string, unknown>;",
    "  message?: string;",
    "}",
    "export interface CompiledValidator {",
    "  (data: unknown): boolean;",
    "  errors?: CompiledError[] | null;",
    "}",
    ...names.map((n) => `export declare const ${n}: CompiledValidator;`),
    "",
  ].join("\n");
  return { "standalone.js": header + inFunctionScope(code.replace(/^"use strict";\n?/, "")), "standalone.d.ts": declarations };
}

/**
 * ajv's standalone module declares every validator and schema constant at module level. The
 * same code inside one function scope runs measurably faster (module bindings are slower for
 * V8 to reach than closure variables; bench section 3 measured it), so the validators are
 * declared in a function and only the exports stay at module level. Imports of ajv's runtime
 * helpers, which some keywords need, stay at the top.
 */
export function inFunctionScope(code: string): string {
  const imports: string[] = [];
  const exported: Array<[name: string, fn: string]> = [];
  const body = code
    .replace(/import\s[^;]*?from\s*"[^"]+";/g, (statement) => (imports.push(statement), ""))
    .replace(/export const (\w+) = (\w+);/g, (_, name: string, fn: string) => (exported.push([name, fn]), ""));
  if (/\bexport\b/.test(body.replace(/"(?:[^"\\]|\\.)*"/g, ""))) throw new Error("ajv's standalone code has an export this generator does not understand");
  return [
    ...imports,
    "const compiled = (() => {",
    body.trim(),
    `return { ${exported.map(([name, fn]) => `${name}: ${fn}`).join(", ")} };`,
    "})();",
    ...exported.map(([name]) => `export const ${name} = compiled.${name};`),
    "",
  ].join("\n");
}

function firstSentence(text: unknown): string | undefined {
  if (typeof text !== "string") return undefined;
  const line = text.split(/\n\s*\n/)[0]!.replace(/\s+/g, " ").trim();
  const end = line.search(/\.(\s|$)/);
  return (end >= 0 ? line.slice(0, end + 1) : line).replace(/\*\//g, "*\\/");
}

/** `validators.ts`: `validate<Name>(value)` for every schema, typed with the types module's aliases. */
export function emitWrappers(schemas: Record<string, SchemaObject>, options: EmitOptions = defaultEmitOptions): string {
  const names = Object.keys(schemas).sort();
  const lines = [
    `// ${generatedNotice("emit-validators.ts")}`,
    `import type {\n${names.map((n) => `  ${n},\n`).join("")}} from "${options.typesModule}";`,
    `import * as compiled from "${options.compiledImport}";`,
    `import { toResult, type ValidationResult } from "${options.resultImport}";`,
    "",
  ];
  for (const name of names) {
    const about = firstSentence(schemas[name]!.description);
    lines.push(
      "/**",
      ...(about ? [` * ${about}`, " *"] : []),
      ` * Checks \`value\` against ${schemas[name]!.$id as string}.`,
      " */",
      `export function validate${name}(value: unknown): ValidationResult<${name}> {`,
      `  return toResult<${name}>(compiled.${name}, value);`,
      "}",
      "",
    );
  }
  return lines.join("\n");
}

/** Reads every schema of a 2020-12 directory except the bundle, keyed by name. */
export function readSchemaDir(dir: string): Record<string, SchemaObject> {
  const schemas: Record<string, SchemaObject> = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json") && f !== `${bundleName}.json`).sort()) {
    const doc: unknown = readJsonInput(join(dir, file));
    if (!isSchemaObject(doc)) throw new Error(`${join(dir, file)}: not a schema object`);
    schemas[file.slice(0, -".json".length)] = doc;
  }
  if (Object.keys(schemas).length === 0) throw new Error(`no schemas in ${dir}/ (run to-json-schema first)`);
  return schemas;
}

/** CLI: `scenario-gen emit-validators 2020-12 --compiled generated --wrappers src/validators.ts [--types @scenario-api/types]` */
export async function main(args: string[]): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const input = positional[0] ?? "2020-12";
  const compiledDir = flags.get("compiled") ?? "generated";
  const wrappers = flags.get("wrappers") ?? "src/validators.ts";
  try {
    const schemas = readSchemaDir(input);
    const fromWrappers = relative(dirname(wrappers), join(compiledDir, "standalone.js")).split(sep).join("/");
    const options: EmitOptions = {
      ...defaultEmitOptions,
      typesModule: flags.get("types") ?? defaultEmitOptions.typesModule,
      compiledImport: fromWrappers.startsWith(".") ? fromWrappers : `./${fromWrappers}`,
    };
    const standalone = compileStandalone(schemas);
    const files: FileSet = { [wrappers]: emitWrappers(schemas, options) };
    for (const [file, text] of Object.entries(standalone)) files[join(compiledDir, file)] = text;
    const written = writeFilesAtomic(".", files);
    console.log(`emit-validators: ${Object.keys(schemas).length} schemas from ${input}/ → ${written.join(", ")}`);
    return 0;
  } catch (error) {
    console.error(`emit-validators: ${error instanceof Error ? error.message : String(error)}; outputs left as they were`);
    return 1;
  }
}
