import { bundledSpecInput, defineCommand } from "./lib/command.ts";
import { isObject, type JsonObject } from "./lib/json-object.ts";
import { generatedNotice } from "./lib/generated-header.ts";
import { readSpec, type OpenApiDocument } from "./lib/read-spec.ts";
import { resolveRef } from "./lib/resolve-ref.ts";
import { stableJson } from "./lib/stable-json.ts";
import { writeFilesAtomic, type FileSet } from "./lib/write-atomic.ts";

const HEADER = `// ${generatedNotice("emit-parameters.ts")}\n`;

/** Where a parameter goes. Cookies are refused: a browser cannot set them on a cross-origin call. */
export type ParameterLocation = "path" | "query" | "header";

/** One parameter of an operation as the client sends it and the mock server checks it. */
export interface ParameterRule {
  name: string;
  in: ParameterLocation;
  required: boolean;
  /** The parameter's schema, kept to the keywords below (annotations dropped). */
  schema: JsonObject;
}

// The keywords the client and the mock server honour (packages/client/src/api-params.ts,
// packages/mock-server/src/validate-request.ts). Any other validation keyword is refused here, at
// build time, rather than silently not checked.
const KEPT = ["type", "enum", "const", "minLength", "maxLength", "pattern", "minimum", "maximum"] as const;
const KEPT_TOO = ["exclusiveMinimum", "exclusiveMaximum", "multipleOf"] as const;
const ANNOTATIONS = new Set(["description", "title", "example", "examples", "default", "deprecated", "format"]);
const PRIMITIVES = new Set(["string", "number", "integer", "boolean", "null"]);
// OpenAPI 3.1 §4.8.12.1: a header parameter with one of these names "SHALL be ignored".
const IGNORED_HEADERS = new Set(["accept", "content-type", "authorization"]);

function findOperation(doc: OpenApiDocument, operationId: string): { path: string; method: string; op: JsonObject } {
  for (const path of Object.keys(doc.paths)) {
    const item = doc.paths[path];
    if (!isObject(item)) continue;
    for (const method of ["get", "put", "post", "delete", "options", "head", "patch", "trace"]) {
      const op = item[method];
      if (isObject(op) && op.operationId === operationId) return { path, method, op };
    }
  }
  throw new Error(`no operation has operationId '${operationId}'`);
}

function schemaRule(schema: unknown, where: string): JsonObject {
  if (!isObject(schema)) throw new Error(`${where}: a parameter needs a schema (content is not supported)`);
  const kept: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if ((KEPT as readonly string[]).includes(key) || (KEPT_TOO as readonly string[]).includes(key)) kept[key] = value;
    else if (!ANNOTATIONS.has(key) && !key.startsWith("x-")) {
      throw new Error(
        `${where}.${key}: not supported in a parameter's schema (the client and the mock server honour ${[...KEPT, ...KEPT_TOO].join(", ")})`,
      );
    }
  }
  const types = kept.type === undefined ? [] : Array.isArray(kept.type) ? kept.type : [kept.type];
  for (const type of types) {
    if (typeof type !== "string" || !PRIMITIVES.has(type)) {
      throw new Error(
        `${where}.type: ${JSON.stringify(type)} is not supported in a parameter (only string, number, integer, boolean, null)`,
      );
    }
  }
  return kept;
}

/**
 * The parameters of one operation (path-level ones included, the operation's overriding them by
 * name and location), every `$ref` resolved, sorted by location then name: what a client sends and
 * a server checks. A parameter the client could not send faithfully is an error naming it.
 */
export function operationParameters(doc: OpenApiDocument, operationId = "runWorkflow"): ParameterRule[] {
  const { path, method, op } = findOperation(doc, operationId);
  const pointer = `paths['${path}']`;
  const byKey = new Map<string, ParameterRule>();
  const lists: Array<[unknown, string]> = [
    [(doc.paths[path] as JsonObject).parameters, `${pointer}.parameters`],
    [op.parameters, `${pointer}.${method}.parameters`],
  ];
  for (const [list, at] of lists) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) throw new Error(`${at}: must be an array`);
    list.forEach((item, i) => {
      const { node } = resolveRef(doc, item, `${at}[${i}]`);
      if (!isObject(node)) throw new Error(`${at}[${i}]: must be a parameter object`);
      const name = node.name;
      const where = `${at}[${i}] (${typeof name === "string" ? name : "?"})`;
      if (typeof name !== "string" || name === "") throw new Error(`${at}[${i}]: a parameter needs a name`);
      if (node.in !== "path" && node.in !== "query" && node.in !== "header") {
        throw new Error(`${where}: in '${String(node.in)}' is not supported (path, query or header)`);
      }
      if (node.in === "header" && IGNORED_HEADERS.has(name.toLowerCase())) {
        throw new Error(`${where}: a header parameter named ${name} is ignored by OpenAPI; remove it`);
      }
      for (const key of ["style", "explode", "allowReserved", "content"]) {
        if (key in node) throw new Error(`${where}.${key}: not supported (parameters use their default serialisation)`);
      }
      const schema = schemaRule(resolveRef(doc, node.schema, `${where}.schema`).node, `${where}.schema`);
      byKey.set(`${node.in} ${node.in === "header" ? name.toLowerCase() : name}`, {
        name,
        in: node.in,
        required: node.required === true,
        schema,
      });
    });
  }
  const rules = [...byKey.values()];
  // The client takes query and header parameters in one object, by name.
  const seen = new Map<string, ParameterRule>();
  for (const rule of rules.filter((r) => r.in !== "path")) {
    const other = seen.get(rule.name.toLowerCase());
    if (other) {
      throw new Error(
        `${pointer}.${method}: parameters '${other.name}' (${other.in}) and '${rule.name}' (${rule.in}) would share one name in the client's params`,
      );
    }
    seen.set(rule.name.toLowerCase(), rule);
  }
  const order: ParameterLocation[] = ["path", "query", "header"];
  return rules.sort((a, b) => order.indexOf(a.in) - order.indexOf(b.in) || (a.name < b.name ? -1 : 1));
}

/** `runWorkflow` → `runWorkflowParameters`. */
const tableName = (operationId: string) => `${operationId}Parameters`;

export function emitParameters(doc: OpenApiDocument, operationId = "runWorkflow"): FileSet {
  const rules = operationParameters(doc, operationId);
  const { path, method } = findOperation(doc, operationId);
  return {
    "parameters.ts": `${HEADER}
/**
 * The parameters of ${method.toUpperCase()} ${path} (${operationId}) in the spec: path, then query, then
 * header, each by name. \`schema\` keeps the keywords the client and the mock server honour.
 */
export const ${tableName(operationId)} = ${stableJson(rules).trimEnd()} as const;
`,
  };
}

export const command = defineCommand({
  name: "emit-parameters",
  summary:
    "Writes the run operation's parameters (name, location, required, schema) as TypeScript (<out>/parameters.ts).",
  positionals: [bundledSpecInput],
  flags: { out: { description: "output folder", default: "src/generated" } },
  onFailure: (flags) => `${flags.out}/ left as it was`,
  run: ({ positionals: [spec = ""], flags }) => {
    const written = writeFilesAtomic(flags.out, emitParameters(readSpec(spec)));
    console.log(`emit-parameters: wrote ${written.length} file to ${flags.out}/`);
  },
});
