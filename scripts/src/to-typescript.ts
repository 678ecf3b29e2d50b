import { astToString, resolveRef, scanDiscriminators, transformSchema } from "openapi-typescript";
import { bundledSpecInput, defineCommand } from "./lib/command.ts";
import { readSpec, type OpenApiDocument } from "./lib/read-spec.ts";
import { writeFilesAtomic, type FileSet } from "./lib/write-atomic.ts";
import { generatedNotice } from "./lib/generated-header.ts";
import type { JsonObject } from "./lib/json-object.js";

const HEADER = `// ${generatedNotice("to-typescript.ts")}\n`;

/** `JobType` → `jobTypes`, `JobStatus` → `jobStatuses`, `WorkflowPrivacy` → `workflowPrivacies`. */
export function enumArrayName(schemaName: string): string {
  const camel = schemaName.charAt(0).toLowerCase() + schemaName.slice(1);
  if (/(s|x|ch|sh)$/.test(camel)) return `${camel}es`;
  if (/[^aeiou]y$/.test(camel)) return `${camel.slice(0, -1)}ies`;
  return `${camel}s`;
}

// Globals of browsers that Node does not have; the types are used in both.
const browserGlobals = [
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
];

/** Names a generated alias must not take: a global of the same name would be shadowed. */
export function shadowedGlobals(
  names: string[],
  globals: string[] = [...Object.getOwnPropertyNames(globalThis), ...browserGlobals],
): string[] {
  const taken = new Set(globals);
  return names.filter((n) => taken.has(n));
}

function isStringEnum(schema: JsonObject): schema is { enum: string[] } {
  return Array.isArray(schema.enum) && schema.enum.every((v) => typeof v === "string");
}

/**
 * The friendly surface over openapi-typescript's output: one alias per component schema,
 * the operation's parameter/body aliases, and each named string enum as an `as const` array
 * (the only runtime code in @scenario-api/types).
 */
export function emitIndex(doc: OpenApiDocument, operationId = "runWorkflow"): string {
  const names = Object.keys(doc.components.schemas).sort();
  const op = operationId.charAt(0).toUpperCase() + operationId.slice(1);
  const operationAliases = [`${op}Params`, `${op}Body`, `${op}Query`, `${op}Path`];
  const clashes = shadowedGlobals([...names, ...operationAliases]);
  if (clashes.length > 0) {
    throw new Error(
      `components.schemas: ${clashes.map((n) => `'${n}'`).join(", ")} would shadow a global of the same name; rename the schema`,
    );
  }
  const lines = [
    HEADER,
    'import type { components, operations } from "./openapi.js";',
    "",
    'export type { components, operations, paths, webhooks, $defs } from "./openapi.js";',
    "",
  ];
  lines.push("// One alias per named schema in the spec.");
  for (const name of names) lines.push(`export type ${name} = components["schemas"]["${name}"];`);
  lines.push(
    "",
    `// The ${operationId} operation.`,
    `export type ${op}Params = operations["${operationId}"]["parameters"];`,
    `export type ${op}Path = operations["${operationId}"]["parameters"]["path"];`,
    `export type ${op}Query = NonNullable<operations["${operationId}"]["parameters"]["query"]>;`,
    `export type ${op}Body = operations["${operationId}"]["requestBody"] extends { content: { "application/json": infer B } } ? B : never;`,
    "",
  );
  for (const name of names) {
    const schema = doc.components.schemas[name]!;
    if (!isStringEnum(schema)) continue;
    lines.push(`/** Every value of {@link ${name}}, in the spec's order. */`);
    lines.push(
      `export const ${enumArrayName(name)} = ${JSON.stringify(schema.enum)} as const satisfies readonly ${name}[];`,
    );
  }
  return `${lines.join("\n")}\n`;
}

type OpenApi3 = Parameters<typeof transformSchema>[0];

/** The openapiTS options our output equals: its defaults, except these two. */
export const typesOptions = { alphabetize: false, defaultNonNullable: false } as const;
type TransformContext = Parameters<typeof transformSchema>[1];

/**
 * openapi-typescript's `openapiTS(doc, { alphabetize: false })` without its first pass, which
 * lints and re-bundles the document with Redocly: the input is bundle-spec's output, already
 * linted (recommended-strict, so operationIds are unique) and bundled, so that pass only
 * repeated work (1.4 s of the 3.9 s step at 100 operations, by cpu profile). The context is
 * openapiTS's, with its defaults but `defaultNonNullable: false` (`typesOptions`); a test checks
 * the output is the same as openapiTS's with those options.
 */
export function typesAst(doc: OpenApi3): ReturnType<typeof transformSchema> {
  const options = typesOptions;
  const ctx: TransformContext = {
    additionalProperties: false,
    alphabetize: options.alphabetize,
    arrayLength: false,
    // A property with a `default` stays optional: the sender may leave it out (the server fills it
    // in). openapi-typescript's `true` makes it required, which is right for a response only, and
    // it emits one type per component, shared by requests and responses (see packages/types/README.md).
    defaultNonNullable: options.defaultNonNullable,
    discriminators: scanDiscriminators(doc, options),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Only the skipped lint/bundle pass reads the Redocly config; no transform does.
    redoc: undefined as unknown as TransformContext["redoc"],
    silent: false,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(doc, $ref, { silent: false }),
  };
  return transformSchema(doc, ctx);
}

export async function toTypeScript(doc: OpenApiDocument): Promise<FileSet> {
  // openapi-typescript may annotate the objects it reads; give it its own copy.
  const ast = typesAst(structuredClone(doc) as unknown as OpenApi3);
  return {
    "openapi.ts": HEADER + astToString(ast),
    "index.ts": emitIndex(doc),
  };
}

export const command = defineCommand({
  name: "to-typescript",
  summary:
    "Writes the spec's TypeScript types (openapi-typescript) and one alias per schema: <out>/{openapi,index}.ts.",
  positionals: [bundledSpecInput],
  flags: { out: { description: "output folder", default: "src/generated" } },
  onFailure: (flags) => `${flags.out}/ left as it was`,
  run: async ({ positionals: [spec = ""], flags: { out } }) => {
    const written = writeFilesAtomic(out, await toTypeScript(readSpec(spec)));
    console.log(`to-typescript: wrote ${written.length} files to ${out}/`);
  },
});
