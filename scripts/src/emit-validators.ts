import { availableParallelism } from "node:os";
import { readJsonInput } from "./lib/locate-input.ts";
import { dirname, join, relative, sep } from "node:path";
import { isSchemaObject, type SchemaObject } from "./lib/schema-tree.ts";
import { compileBatch } from "./lib/compile-batch.ts";
import { compileBatchesInWorkers } from "./lib/compile-batches-in-workers.ts";
import { defineCommand } from "./lib/command.ts";
import { bundleName } from "./to-json-schema.ts";
import { writeFilesAtomic, type FileSet } from "./lib/write-atomic.ts";
import { generatedNotice } from "./lib/generated-header.ts";
import { refBatches } from "./lib/ref-batches.ts";
import { jsonFileNames } from "./lib/schema-folder.ts";

/**
 * Precompiles the 2020-12 schemas into ajv standalone code, so consumers validate without
 * compiling schemas at runtime and without the ajv compiler in their bundle, and emits a typed
 * `validate<Name>` wrapper per schema.
 */

export interface EmitOptions {
  /** Module whose type aliases (one per schema name) type the validated values. */
  typesModule: string;
  /** Where the wrappers import the compiled code from, relative to the wrappers file. */
  compiledImport: string;
  /** Where the wrappers import `validator` and the `Validator` type from. */
  resultImport: string;
}

export const defaultEmitOptions: EmitOptions = {
  typesModule: "@scenario-api/types",
  compiledImport: "../../generated/standalone.js",
  resultImport: "../result.js",
};

/** The schemas' names in order, each checked to be an identifier with an `$id`. */
function checkedNames(schemas: Record<string, SchemaObject>): string[] {
  const names = Object.keys(schemas).sort();
  for (const name of names) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`schema name '${name}' is not a JavaScript identifier`);
    if (typeof schemas[name]!.$id !== "string") throw new Error(`${name}: the schema has no $id`);
  }
  return names;
}

/** `standalone.js` and `standalone.d.ts` from the code of every batch, in batch order. */
function standaloneFiles(names: string[], codes: string[]): FileSet {
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
  return { "standalone.js": header + inFunctionScopes(codes), "standalone.d.ts": declarations };
}

const pick = (schemas: Record<string, SchemaObject>, names: string[]) =>
  Object.fromEntries(names.map((n) => [n, schemas[n]!]));

/**
 * The compiled validators as ESM (`standalone.js`, one export per schema name, each an ajv
 * validate function with `.errors`) and its declarations (`standalone.d.ts`).
 */
export function compileStandalone(schemas: Record<string, SchemaObject>, batchSize = defaultBatchSize): FileSet {
  const names = checkedNames(schemas);
  const codes = refBatches(schemas, batchSize).map((batch) => compileBatch(pick(schemas, batch)));
  return standaloneFiles(names, codes);
}

/**
 * `compileStandalone` with its batches spread over `width` threads (compileBatchesInWorkers).
 * The same files. A spec of one batch compiles here alone.
 */
export async function compileStandaloneInWorkers(
  schemas: Record<string, SchemaObject>,
  width = availableParallelism(),
  batchSize = defaultBatchSize,
): Promise<FileSet> {
  const names = checkedNames(schemas);
  const batches = refBatches(schemas, batchSize).map((batch) => pick(schemas, batch));
  return standaloneFiles(names, await compileBatchesInWorkers(batches, width));
}

/**
 * Schemas per ajv instance. Large enough that a spec of today's size (38 schemas) is one
 * batch and the per-instance cost (ajv compiles the meta-schema) is spread thin, small
 * enough that an instance stays far below a gigabyte.
 */
export const defaultBatchSize = 500;

/**
 * ajv's standalone module declares every validator and schema constant at module level. The
 * same code inside one function scope runs measurably faster (module bindings are slower for
 * V8 to reach than closure variables; bench section 3 measured it), so the validators are
 * declared in a function and only the exports stay at module level. Imports of ajv's runtime
 * helpers, which some keywords need, stay at the top.
 */
export function inFunctionScope(code: string): string {
  return inFunctionScopes([code]);
}

/**
 * `inFunctionScope` for the modules of several ajv instances: one function scope each (their
 * generated names, `validate20` and the like, may repeat from one instance to the next), the
 * runtime imports once, and the exports of all of them in name order.
 */
export function inFunctionScopes(codes: string[]): string {
  const imports = new Map<string, string>();
  const scopes: string[] = [];
  const exportedFrom: Array<[name: string, scope: string]> = [];
  codes.forEach((code, i) => {
    const scope = codes.length === 1 ? "compiled" : `compiled${i}`;
    const exported: Array<[name: string, fn: string]> = [];
    const body = code
      .replace(/import\s[^;]*?from\s*"[^"]+";/g, (statement) => (addImport(imports, statement), ""))
      .replace(/export const (\w+) = (\w+);/g, (_, name: string, fn: string) => (exported.push([name, fn]), ""));
    // `data.export` is ajv reading a property called `export`, not a statement.
    if (/(?<![.\w$])export\b/.test(body.replace(/"(?:[^"\\]|\\.)*"/g, "")))
      throw new Error("ajv's standalone code has an export this generator does not understand");
    scopes.push(
      `const ${scope} = (() => {`,
      body.trim(),
      `return { ${exported.map(([name, fn]) => `${name}: ${fn}`).join(", ")} };`,
      "})();",
    );
    for (const [name] of exported) exportedFrom.push([name, scope]);
  });
  exportedFrom.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return [
    ...imports.values(),
    ...scopes,
    ...exportedFrom.map(([name, scope]) => `export const ${name} = ${scope}.${name};`),
    "",
  ].join("\n");
}

/** One import statement per binding; the same binding from two modules cannot share a module scope. */
function addImport(imports: Map<string, string>, statement: string): void {
  const binding = /^import\s+([\w$]+)\s+from/.exec(statement)?.[1] ?? statement;
  const seen = imports.get(binding);
  if (seen !== undefined && seen !== statement)
    throw new Error(`ajv's standalone code imports '${binding}' twice, differently: ${seen} / ${statement}`);
  imports.set(binding, statement);
}

function firstSentence(text: unknown): string | undefined {
  if (typeof text !== "string") return undefined;
  const line = text
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, " ")
    .trim();
  const end = line.search(/\.(\s|$)/);
  return (end >= 0 ? line.slice(0, end + 1) : line).replace(/\*\//g, "*\\/");
}

/**
 * `validators.ts`: `validate<Name>(value)` for every schema, typed with the types module's aliases,
 * each also a Standard Schema (see `validator` in the result module). Marked pure, so that a bundle
 * keeps only the validators an app uses.
 */
export function emitWrappers(schemas: Record<string, SchemaObject>, options: EmitOptions = defaultEmitOptions): string {
  const names = Object.keys(schemas).sort();
  const lines = [
    `// ${generatedNotice("emit-validators.ts")}`,
    `import type {\n${names.map((n) => `  ${n},\n`).join("")}} from "${options.typesModule}";`,
    `import * as compiled from "${options.compiledImport}";`,
    `import { type Validator, validator } from "${options.resultImport}";`,
    "",
  ];
  for (const name of names) {
    const about = firstSentence(schemas[name]!.description);
    lines.push(
      "/**",
      ...(about ? [` * ${about}`, " *"] : []),
      ` * Checks \`value\` against ${schemas[name]!.$id as string}. Also a Standard Schema v1.`,
      " */",
      `export const validate${name}: Validator<${name}> = /* @__PURE__ */ validator<${name}>(compiled.${name});`,
      "",
    );
  }
  return lines.join("\n");
}

/** Reads every schema of a 2020-12 directory except the bundle, keyed by name. */
export function readSchemaDir(dir: string): Record<string, SchemaObject> {
  const schemas: Record<string, SchemaObject> = {};
  for (const file of jsonFileNames(dir).filter((f) => f !== `${bundleName}.json`)) {
    const doc: unknown = readJsonInput(join(dir, file));
    if (!isSchemaObject(doc)) throw new Error(`${join(dir, file)}: not a schema object`);
    schemas[file.slice(0, -".json".length)] = doc;
  }
  if (Object.keys(schemas).length === 0) throw new Error(`no schemas in ${dir}/ (run to-json-schema first)`);
  return schemas;
}

/** The specifier that imports `target` (a path from the package) from the module at `from`. */
function importSpecifier(from: string, target: string): string {
  const path = relative(dirname(from), target).split(sep).join("/");
  return path.startsWith(".") ? path : `./${path}`;
}

export const command = defineCommand({
  name: "emit-validators",
  summary:
    "Precompiles the 2020-12 schemas into ajv standalone code (<compiled>/) and writes a typed validate<Name> per schema (<wrappers>).",
  positionals: [{ name: "input", description: "the folder of 2020-12 schemas", default: "2020-12" }],
  flags: {
    compiled: { description: "output folder of the compiled code (built, not committed)", default: "generated" },
    wrappers: { description: "output file of the typed wrappers (committed)", default: "src/generated/validators.ts" },
    result: { description: "the hand-written module the wrappers import validator from", default: "src/result.js" },
    types: {
      description: "the module whose aliases type the validated values",
      default: defaultEmitOptions.typesModule,
    },
  },
  onFailure: () => "outputs left as they were",
  run: async ({ positionals: [input = ""], flags: { compiled: compiledDir, wrappers, result, types } }) => {
    const schemas = readSchemaDir(input);
    const options: EmitOptions = {
      typesModule: types,
      compiledImport: importSpecifier(wrappers, join(compiledDir, "standalone.js")),
      resultImport: importSpecifier(wrappers, result),
    };
    const files: FileSet = { [wrappers]: emitWrappers(schemas, options) };
    for (const [file, text] of Object.entries(await compileStandaloneInWorkers(schemas)))
      files[join(compiledDir, file)] = text;
    const written = writeFilesAtomic(".", files);
    console.log(`emit-validators: ${Object.keys(schemas).length} schemas from ${input}/ → ${written.join(", ")}`);
  },
});
