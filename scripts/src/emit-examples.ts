import { bundledSpecInput, defineCommand } from "./lib/command.ts";
import { readSpec, type OpenApiDocument } from "./lib/read-spec.ts";
import { stableJson } from "./lib/stable-json.ts";
import { writeFilesAtomic, type FileSet } from "./lib/write-atomic.ts";
import { generatedNotice } from "./lib/generated-header.ts";
import { resolveRef as resolveShared } from "./lib/resolve-ref.ts";
import type { JsonObject } from "./lib/json-object.js";

const HEADER = `// ${generatedNotice("emit-examples.ts")}\n`;

function resolveRef(doc: OpenApiDocument, node: unknown, where: string): JsonObject {
  const { node: target } = resolveShared(doc, node, where);
  if (target === null || typeof target !== "object") throw new Error(`${where}: expected an object`);
  return target as JsonObject;
}

/**
 * The JSON examples of one operation's responses, by status then by example name, with every
 * $ref resolved: what a mock server answers with.
 */
export function responseExamples(doc: OpenApiDocument, path: string, method: string): Record<string, JsonObject> {
  const operation = (doc.paths[path] as JsonObject | undefined)?.[method];
  if (!operation) throw new Error(`paths['${path}'].${method}: no such operation`);
  const responses = resolveRef(doc, (operation as JsonObject).responses, `paths['${path}'].${method}.responses`);
  const out: Record<string, JsonObject> = {};
  for (const status of Object.keys(responses).sort()) {
    const where = `paths['${path}'].${method}.responses.${status}`;
    const response = resolveRef(doc, responses[status], where);
    const examples = ((response.content as JsonObject | undefined)?.["application/json"] as JsonObject | undefined)
      ?.examples as JsonObject | undefined;
    if (!examples) continue;
    out[status] = {};
    for (const name of Object.keys(examples).sort()) {
      const example = resolveRef(doc, examples[name], `${where}.content.application/json.examples.${name}`);
      if (!("value" in example)) throw new Error(`${where}.content.application/json.examples.${name}: no value`);
      out[status][name] = example.value;
    }
  }
  return out;
}

export function emitExamples(doc: OpenApiDocument, path = "/workflows/{workflowId}/run", method = "put"): FileSet {
  const examples = responseExamples(doc, path, method);
  const body = stableJson(examples).trimEnd();
  return {
    "spec-examples.ts": `${HEADER}\n/** The examples of ${method.toUpperCase()} ${path}'s responses in the spec, by status then by name. */\nexport const responseExamples: Readonly<Record<string, Readonly<Record<string, unknown>>>> = ${body};\n`,
  };
}

export const command = defineCommand({
  name: "emit-examples",
  summary: "Writes the run operation's response examples as TypeScript (<out>/spec-examples.ts) for the mock server.",
  positionals: [bundledSpecInput],
  flags: { out: { description: "output folder", default: "src/generated" } },
  onFailure: (flags) => `${flags.out}/ left as it was`,
  run: ({ positionals: [spec = ""], flags }) => {
    const written = writeFilesAtomic(flags.out, emitExamples(readSpec(spec)));
    console.log(`emit-examples: wrote ${written.length} file to ${flags.out}/`);
  },
});
