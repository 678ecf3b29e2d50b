import { relative } from "node:path";
import { defineCommand } from "./lib/command.ts";
import { generatedNotice } from "./lib/generated-header.ts";
import { isObject, type JsonObject } from "./lib/json-object.ts";
import { httpMethods, unescapeToken } from "./lib/json-pointer.ts";
import { locateInput, readJsonInput } from "./lib/locate-input.ts";
import { resolveRef } from "./lib/resolve-ref.ts";
import { writeFilesAtomic } from "./lib/write-atomic.ts";

/**
 * The API reference as Markdown, for readers that are programs (an assistant, a search index) as
 * much as people: the operations with their parameters, body, every response (status, headers,
 * schema, examples), errors and retries and code samples, then every schema's fields with their
 * types, required flags, constraints and enum values. Everything comes from the document; the
 * output is deterministic (document order, no timestamps). `toLlmsTxt` writes the llms.txt index
 * (https://llmstxt.org) that points to it and to the spec.
 */

const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);

/** GitHub's heading anchors: lower case, punctuation gone, spaces to `-`. */
export function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** Text for one table cell: on one line, pipes escaped. */
function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, " ")
    .replace(/\|/g, "\\|")
    .trim();
}

/** Inline code that holds any text (a longer run of backticks around one that has some). */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = "`".repeat(longest + 1);
  return longest > 0 || text.startsWith(" ") ? `${ticks} ${text} ${ticks}` : `${ticks}${text}${ticks}`;
}

/** A fenced block that its content cannot close. */
function fenced(lang: string, text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\n$/, "")}\n${fence}`;
}

const json = (value: unknown) => JSON.stringify(value);

/** The component name a `#/components/<kind>/<name>` ref points to, or undefined. */
function componentName(ref: string, kind: string): string | undefined {
  const m = new RegExp(`^#/components/${kind}/([^/]+)$`).exec(ref);
  return m ? unescapeToken(m[1]!) : undefined;
}

/** A schema's type in words, with links to named schemas: `array of [Job](#job)`, `string (date-time)`. */
export function typeText(schema: unknown): string {
  if (schema === true || (isObject(schema) && Object.keys(schema).length === 0)) return "any";
  if (schema === false) return "nothing";
  if (!isObject(schema)) return "any";
  if (typeof schema.$ref === "string") {
    const name = componentName(schema.$ref, "schemas");
    return name ? `[${name}](#${slug(name)})` : code(schema.$ref);
  }
  for (const [keyword, word, joiner] of [
    ["allOf", "all of", " and "],
    ["oneOf", "one of", " or "],
    ["anyOf", "any of", " or "],
  ] as const) {
    const parts = schema[keyword];
    if (Array.isArray(parts)) return `${word}: ${parts.map(typeText).join(joiner)}`;
  }
  const types = Array.isArray(schema.type)
    ? schema.type.map(String)
    : typeof schema.type === "string"
      ? [schema.type]
      : [];
  if (types.length === 0) {
    if (schema.const !== undefined) return `const ${code(json(schema.const))}`;
    if (Array.isArray(schema.enum))
      return [...new Set(schema.enum.map((v) => (v === null ? "null" : typeof v)))].join(" or ");
    if (isObject(schema.properties)) return "object";
    return "any";
  }
  return types
    .map((type) => {
      if (type === "array") return `array of ${typeText(schema.items ?? {})}`;
      if (type === "object" && isObject(schema.additionalProperties) && !isObject(schema.properties))
        return `object of ${typeText(schema.additionalProperties)} by key`;
      return typeof schema.format === "string" ? `${type} (${schema.format})` : type;
    })
    .join(" or ");
}

/** `1 character`, `2 characters`. */
const count = (n: unknown, noun: string) => `${json(n)} ${noun}${n === 1 ? "" : "s"}`;

/** JSON Schema's validation keywords, as a reader needs them; `enum` and `const` come first. */
const CONSTRAINTS: ReadonlyArray<[keyword: string, say: (value: unknown) => string]> = [
  ["minimum", (v) => `minimum ${json(v)}`],
  ["exclusiveMinimum", (v) => `greater than ${json(v)}`],
  ["maximum", (v) => `maximum ${json(v)}`],
  ["exclusiveMaximum", (v) => `less than ${json(v)}`],
  ["multipleOf", (v) => `a multiple of ${json(v)}`],
  ["minLength", (v) => `at least ${count(v, "character")}`],
  ["maxLength", (v) => `at most ${count(v, "character")}`],
  ["pattern", (v) => `matches ${code(String(v))}`],
  ["minItems", (v) => `at least ${count(v, "item")}`],
  ["maxItems", (v) => `at most ${count(v, "item")}`],
  ["uniqueItems", (v) => (v === true ? "items are unique" : "")],
  ["minProperties", (v) => `at least ${count(v, "field")}`],
  ["maxProperties", (v) => `at most ${count(v, "field")}`],
  ["default", (v) => `default ${code(json(v))}`],
  ["deprecated", (v) => (v === true ? "**deprecated**" : "")],
  ["readOnly", (v) => (v === true ? "read-only" : "")],
  ["writeOnly", (v) => (v === true ? "write-only" : "")],
];

/** What a schema allows beyond its type, in words: `One of: "a", "b". At least 1 characters.` */
export function constraintText(schema: unknown): string {
  if (!isObject(schema)) return "";
  const parts: string[] = [];
  if (Array.isArray(schema.enum)) parts.push(`One of: ${schema.enum.map((v) => code(json(v))).join(", ")}.`);
  if (schema.const !== undefined && schema.type !== undefined) parts.push(`Always ${code(json(schema.const))}.`);
  const said = CONSTRAINTS.filter(([k]) => schema[k] !== undefined)
    .map(([k, say]) => say(schema[k]))
    .filter((s) => s !== "");
  if (said.length > 0) parts.push(`${said.join(", ").replace(/^./, (c) => c.toUpperCase())}.`);
  if (schema.additionalProperties === false) parts.push("No other fields.");
  else if (schema.additionalProperties === true) parts.push("Other fields allowed.");
  return parts.join(" ");
}

const describe = (schema: unknown, extra?: string) =>
  cell(
    [str(isObject(schema) ? schema.description : undefined) ?? "", extra ?? "", constraintText(schema)]
      .filter(Boolean)
      .join(" "),
  );

/** Rows `| field | type | required | description |` for a schema's fields, nested inline objects as `a.b` and `a[].b`. */
function fieldRows(schema: unknown, prefix: string, rows: string[]): void {
  if (!isObject(schema)) return;
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  if (isObject(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      const path = `${prefix}${name}`;
      rows.push(
        `| ${code(path)} | ${cell(typeText(property))} | ${required.has(name) ? "yes" : "no"} | ${describe(property)} |`,
      );
      if (isObject(property) && property.$ref === undefined) {
        fieldRows(property, `${path}.`, rows);
        if (isObject(property.items) && property.items.$ref === undefined)
          fieldRows(property.items, `${path}[].`, rows);
      }
    }
  }
  for (const keyword of ["allOf", "oneOf", "anyOf"] as const) {
    const parts = schema[keyword];
    if (Array.isArray(parts))
      for (const part of parts) if (isObject(part) && part.$ref === undefined) fieldRows(part, prefix, rows);
  }
}

function fieldTable(schema: unknown): string[] {
  const rows: string[] = [];
  fieldRows(schema, "", rows);
  return rows.length === 0 ? [] : ["| field | type | required | description |", "|---|---|---|---|", ...rows];
}

/** A `$ref`'d component (parameter, response, example) resolved, with its name when it had one. */
function resolved(doc: JsonObject, node: unknown, at: string, kind: string): { node: JsonObject; name?: string } {
  const name = isObject(node) && typeof node.$ref === "string" ? componentName(node.$ref, kind) : undefined;
  const target = resolveRef(doc, node, at).node;
  return { node: isObject(target) ? target : {}, ...(name !== undefined && { name }) };
}

function examplesOf(doc: JsonObject, media: JsonObject, at: string): string[] {
  const out: string[] = [];
  if (media.example !== undefined) {
    out.push("Example:", "", fenced(typeof media.example === "string" ? "" : "json", exampleText(media.example)), "");
  }
  if (isObject(media.examples)) {
    for (const [key, ex] of Object.entries(media.examples)) {
      const { node } = resolved(doc, ex, `${at}/examples/${key}`, "examples");
      const title = [str(node.summary), str(node.description)].filter(Boolean).join(": ");
      out.push(
        `Example ${code(key)}${title ? `: ${cell(title)}` : ""}`,
        "",
        fenced("json", exampleText(node.value)),
        "",
      );
    }
  }
  return out;
}

const exampleText = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value, null, 2));

function contentSection(doc: JsonObject, content: unknown, at: string): string[] {
  if (!isObject(content)) return [];
  const out: string[] = [];
  for (const [mediaType, media] of Object.entries(content)) {
    if (!isObject(media)) continue;
    out.push(`${code(mediaType)}: ${typeText(media.schema ?? {})}`, "");
    out.push(...examplesOf(doc, media, `${at}/${mediaType}`));
  }
  return out;
}

function statusWord(status: string): string {
  if (status === "default") return "any other status";
  return status;
}

function operationSection(
  doc: JsonObject,
  path: string,
  method: string,
  pathItem: JsonObject,
  op: JsonObject,
): string[] {
  const at = `#/paths/${path}/${method}`;
  const out: string[] = [`## ${method.toUpperCase()} ${path}`, ""];
  const id = str(op.operationId);
  const tags = Array.isArray(op.tags) ? op.tags.map(String) : [];
  out.push(
    `**${str(op.summary) ?? `${method.toUpperCase()} ${path}`}**${id ? ` (operation ${code(id)})` : ""}${tags.length ? `, tag ${tags.join(", ")}` : ""}${op.deprecated === true ? ". **Deprecated.**" : "."}`,
    "",
  );
  if (str(op.description)) out.push(str(op.description)!.trim(), "");
  const security = (Array.isArray(op.security) ? op.security : doc.security) as unknown;
  if (Array.isArray(security)) {
    const names = security
      .map((req) =>
        isObject(req)
          ? Object.keys(req)
              .map((n) => code(n))
              .join(" and ")
          : "",
      )
      .filter(Boolean);
    out.push(
      `Authentication: ${names.length ? names.join(" or ") : "none"} (see [Security schemes](#security-schemes)).`,
      "",
    );
  }

  // Path-level parameters, then the operation's (which override one of the same name and place).
  const params = new Map<string, JsonObject>();
  for (const [where, list] of [
    [`#/paths/${path}/parameters`, pathItem.parameters],
    [`${at}/parameters`, op.parameters],
  ] as const) {
    if (!Array.isArray(list)) continue;
    for (const [i, p] of list.entries()) {
      const { node } = resolved(doc, p, `${where}/${i}`, "parameters");
      params.set(`${str(node.in)}:${str(node.name)}`, node);
    }
  }
  out.push("### Parameters", "");
  if (params.size === 0) out.push("None.", "");
  else {
    out.push("| name | in | type | required | description |", "|---|---|---|---|---|");
    for (const p of params.values()) {
      const example = p.example !== undefined ? `Example: ${code(json(p.example))}.` : "";
      out.push(
        `| ${code(str(p.name) ?? "")} | ${str(p.in) ?? ""} | ${cell(typeText(p.schema ?? {}))} | ${p.required === true ? "yes" : "no"} | ${cell([str(p.description) ?? "", constraintText(p.schema), example].filter(Boolean).join(" "))} |`,
      );
    }
    out.push("");
  }

  out.push("### Request body", "");
  if (op.requestBody === undefined) out.push("None.", "");
  else {
    const { node: body } = resolved(doc, op.requestBody, `${at}/requestBody`, "requestBodies");
    out.push(
      `${body.required === true ? "Required" : "Optional"}.${str(body.description) ? ` ${str(body.description)!.trim()}` : ""}`,
      "",
    );
    out.push(...contentSection(doc, body.content, `${at}/requestBody/content`));
  }

  const responses = isObject(op.responses) ? Object.entries(op.responses) : [];
  const answers = responses.map(([status, r]) => ({
    status,
    ...resolved(doc, r, `${at}/responses/${status}`, "responses"),
  }));
  out.push("### Responses", "", "| status | meaning | body |", "|---|---|---|");
  for (const { status, node } of answers) {
    const bodies = isObject(node.content)
      ? Object.entries(node.content).map(([mt, m]) => `${code(mt)} ${typeText(isObject(m) ? (m.schema ?? {}) : {})}`)
      : [];
    out.push(`| ${code(status)} | ${cell(str(node.description) ?? "")} | ${cell(bodies.join(", ") || "none")} |`);
  }
  out.push("");
  for (const { status, name, node } of answers) {
    out.push(`#### ${statusWord(status)}${name ? ` (${name})` : ""}`, "", (str(node.description) ?? "").trim(), "");
    if (isObject(node.headers)) {
      out.push("| header | type | description |", "|---|---|---|");
      for (const [header, h] of Object.entries(node.headers)) {
        const { node: hn } = resolved(doc, h, `${at}/responses/${status}/headers/${header}`, "headers");
        out.push(`| ${code(header)} | ${cell(typeText(hn.schema ?? {}))} | ${cell(str(hn.description) ?? "")} |`);
      }
      out.push("");
    }
    out.push(...contentSection(doc, node.content, `${at}/responses/${status}/content`));
  }

  // Errors and retries: the error statuses, and which of them say when to try again.
  const errors = answers.filter(({ status }) => /^[45]/.test(status) || status === "default");
  if (errors.length > 0) {
    out.push("### Errors and retries", "", "| status | meaning | retry |", "|---|---|---|");
    for (const { status, node } of errors) {
      const retryAfter = isObject(node.headers)
        ? Object.entries(node.headers).find(([h]) => h.toLowerCase() === "retry-after")
        : undefined;
      const retry = retryAfter
        ? `after ${code(retryAfter[0])}: ${resolved(doc, retryAfter[1], `${at}/responses/${status}/headers/${retryAfter[0]}`, "headers").node.description ?? ""}`
        : "no `Retry-After`";
      out.push(`| ${code(status)} | ${cell(str(node.description) ?? "")} | ${cell(String(retry))} |`);
    }
    const retryable = errors.filter(
      ({ node }) => isObject(node.headers) && Object.keys(node.headers).some((h) => h.toLowerCase() === "retry-after"),
    );
    out.push(
      "",
      retryable.length > 0
        ? `The answers that carry \`Retry-After\` (${retryable.map(({ status }) => code(status)).join(", ")}) say how long to wait before sending the request again.`
        : "No error answer carries `Retry-After`.",
      "",
    );
  }

  const samples = Array.isArray(op["x-codeSamples"]) ? op["x-codeSamples"].filter(isObject) : [];
  if (samples.length > 0) {
    out.push("### Code samples", "");
    for (const s of samples)
      out.push(
        `${str(s.label) ?? str(s.lang) ?? ""}:`,
        "",
        fenced((str(s.lang) ?? "").toLowerCase(), str(s.source) ?? ""),
        "",
      );
  }
  return out;
}

function schemaSection(name: string, schema: unknown): string[] {
  const out = [`### ${name}`, ""];
  if (isObject(schema) && str(schema.description)) out.push(str(schema.description)!.trim(), "");
  const constraints = constraintText(schema);
  out.push(`Type: ${typeText(schema)}.${constraints ? ` ${constraints}` : ""}`, "");
  const table = fieldTable(schema);
  if (table.length > 0) out.push(...table, "");
  if (isObject(schema)) {
    if (schema.example !== undefined) out.push("Example:", "", fenced("json", exampleText(schema.example)), "");
    if (Array.isArray(schema.examples))
      for (const ex of schema.examples) out.push("Example:", "", fenced("json", exampleText(ex)), "");
  }
  return out;
}

/** The whole reference. Throws (naming the `$ref`) when the document has a ref it cannot follow. */
export function toMarkdownReference(doc: JsonObject): string {
  const info = isObject(doc.info) ? doc.info : {};
  const title = str(info.title) ?? "API reference";
  const out: string[] = [`<!-- ${generatedNotice("to-markdown-reference.ts")} -->`, "", `# ${title}`, ""];
  if (str(info.summary)) out.push(`> ${str(info.summary)}`, "");
  out.push(`Version ${code(str(info.version) ?? "")}, OpenAPI ${code(str(doc.openapi) ?? "")}.`, "");
  const servers = Array.isArray(doc.servers) ? doc.servers.filter(isObject) : [];
  if (servers.length > 0)
    out.push(
      `Base URL: ${servers.map((s) => `${code(str(s.url) ?? "")}${str(s.description) ? ` (${str(s.description)})` : ""}`).join(", ")}.`,
      "",
    );
  if (str(info.description)) out.push(str(info.description)!.trim(), "");

  const schemes =
    isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
  out.push("## Security schemes", "");
  if (Object.keys(schemes).length === 0) out.push("None.", "");
  else {
    out.push("| name | type | scheme | description |", "|---|---|---|---|");
    for (const [name, s] of Object.entries(schemes)) {
      const { node } = resolved(doc, s, `#/components/securitySchemes/${name}`, "securitySchemes");
      const scheme = [str(node.scheme), str(node.in) && `${str(node.name)} in ${str(node.in)}`, str(node.bearerFormat)]
        .filter(Boolean)
        .join(", ");
      out.push(`| ${code(name)} | ${str(node.type) ?? ""} | ${cell(scheme)} | ${cell(str(node.description) ?? "")} |`);
    }
    out.push("");
  }

  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of httpMethods) {
      const op = item[method];
      if (isObject(op)) out.push(...operationSection(doc, path, method, item, op));
    }
  }

  const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  out.push("## Schemas", "");
  for (const [name, schema] of Object.entries(schemas)) out.push(...schemaSection(name, schema));
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

/** The files `toLlmsTxt` links to, as they sit next to the page. */
export interface ReferenceFiles {
  markdown: string;
  html: string;
  spec: string[];
}

/** llms.txt (https://llmstxt.org): what the API is, and links to the Markdown reference and the spec. */
export function toLlmsTxt(doc: JsonObject, files: ReferenceFiles): string {
  const info = isObject(doc.info) ? doc.info : {};
  const out = [`# ${str(info.title) ?? "API reference"}`, ""];
  if (str(info.summary)) out.push(`> ${cell(str(info.summary)!)}`, "");
  const servers = Array.isArray(doc.servers)
    ? doc.servers
        .filter(isObject)
        .map((s) => str(s.url))
        .filter(Boolean)
    : [];
  out.push(`Version ${str(info.version) ?? ""}.${servers.length ? ` Base URL: ${servers.join(", ")}.` : ""}`, "");
  const operations: string[] = [];
  for (const [path, item] of Object.entries(isObject(doc.paths) ? doc.paths : {})) {
    if (!isObject(item)) continue;
    for (const method of httpMethods) {
      const op = item[method];
      if (isObject(op)) operations.push(`- ${method.toUpperCase()} ${path}: ${cell(str(op.summary) ?? "")}`);
    }
  }
  out.push("Operations:", "", ...operations, "");
  out.push(
    "## Docs",
    "",
    `- [API reference in Markdown](${files.markdown}): every operation, parameter, request body, response (status, headers, schema, examples), error and retry, and every schema's fields, generated from the OpenAPI document`,
    `- [API reference in HTML](${files.html}): the same reference as a web page`,
    "",
    "## OpenAPI",
    "",
    ...files.spec.map(
      (f) => `- [${f}](${f}): the OpenAPI ${str(doc.openapi) ?? ""} document the reference is generated from`,
    ),
    "",
  );
  return out.join("\n");
}

export const command = defineCommand({
  name: "to-markdown-reference",
  summary: "Writes the API reference as Markdown (<out>/reference.md) and its llms.txt index, from the spec.",
  positionals: [{ name: "spec", description: "the spec to describe (JSON)" }],
  flags: {
    out: { description: "output folder (next to the HTML page)", default: "dist" },
    html: { description: "the HTML page llms.txt links to, relative to <out>", default: "index.html" },
    specs: {
      description: "the spec files llms.txt links to, relative to <out>, comma-separated",
      default: "openapi.json,openapi.yaml",
    },
  },
  onFailure: (flags) => `${flags.out}/reference.md and ${flags.out}/llms.txt left as they were`,
  run: ({ positionals: [input = ""], flags }) => {
    const doc = readJsonInput(input) as JsonObject;
    const markdown = toMarkdownReference(doc);
    const llms = toLlmsTxt(doc, {
      markdown: "reference.md",
      html: flags.html,
      spec: flags.specs.split(",").filter(Boolean),
    });
    const written = writeFilesAtomic(flags.out, { "reference.md": markdown, "llms.txt": llms });
    console.log(
      `to-markdown-reference: ${relative(process.cwd(), locateInput(input))} → ${written.map((f) => relative(process.cwd(), f)).join(", ")} (${Buffer.byteLength(markdown)} bytes)`,
    );
  },
});
