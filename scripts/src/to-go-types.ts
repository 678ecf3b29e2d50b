import { dirname, join } from "node:path";
import { isSchemaObject, SchemaShapeError, siblingRefName, type SchemaObject } from "./lib/schema-tree.ts";
import { goGeneratedNotice } from "./lib/generated-header.ts";
import { locateInput } from "./lib/locate-input.ts";
import { defineCommand } from "./lib/command.ts";
import { writeFilesAtomic } from "./lib/write-atomic.ts";
import { parseDialect, readSchemaFiles } from "./lib/schema-folder.ts";
import { bundleName } from "./to-json-schema.ts";
import type { JsonObject } from "./lib/json-object.js";

/**
 * The 2020-12 per-schema documents as Go types for `encoding/json`, in the package of the Go
 * module that embeds the files: a struct for every object schema (allOf flattened: Go embedding
 * would promote a base's MarshalJSON over the whole struct), a named string type with constants
 * for every string enum, and a named type for anything else. Optional fields are pointers (or
 * json.RawMessage, which keeps a present null) so that a present zero value survives a round trip;
 * a value of no fixed type is json.RawMessage, so it is re-encoded as it came (even 1e400).
 * Decoding only: the verdicts come from the JSON Schemas.
 */

/** Identifiers the package already declares by hand (schemas.go): a schema may not take them. */
export const reservedGoNames: ReadonlySet<string> = new Set([
  "Bundle",
  "Dialects",
  "FS",
  "ID",
  "Names",
  "Open",
  "Schema",
]);

/** Go's common initialisms (as golint spells them), for field and constant names. */
const initialisms = new Map(
  ["api", "id", "ids", "http", "https", "json", "uri", "url", "urls", "ui", "uuid", "html", "ip", "sql"].map((w) => [
    w,
    w.endsWith("s") && w.length > 2 && w !== "https" ? `${w.slice(0, -1).toUpperCase()}s` : w.toUpperCase(),
  ]),
);

/** `jobId` → `JobID`, `in-progress` → `InProgress`, `flux.1-lora` → `Flux1Lora`: words split at case changes and separators. */
export function goName(text: string): string {
  const words = text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return words.map((w) => initialisms.get(w.toLowerCase()) ?? w[0]!.toUpperCase() + w.slice(1)).join("");
}

function isGoIdentifier(name: string): boolean {
  return /^[A-Z][A-Za-z0-9_]*$/.test(name);
}

/** One line of a comment: no line breaks. */
function oneLine(text: unknown): string | undefined {
  return typeof text === "string" && text.trim() !== "" ? text.replace(/\s+/g, " ").trim() : undefined;
}

/**
 * A doc comment: `<name> <text>` so that gofmt (1.19+ reformats doc comments) never reads the
 * text's first word as a list marker or heading, then a `Deprecated:` paragraph where the
 * schema says so, which go vet, gopls and pkg.go.dev recognise.
 */
function docComment(indent: string, name: string, schema: unknown, fallback: string): string[] {
  const text = oneLine(isSchemaObject(schema) ? schema.description : undefined) ?? fallback;
  const lines = [`${indent}// ${name}: ${text}`];
  if (isSchemaObject(schema) && schema.deprecated === true)
    lines.push(`${indent}//`, `${indent}// Deprecated: the API marks ${name} as deprecated.`);
  return lines;
}

/** encoding/json takes a tag name made of these characters only; any other key could not be named in a tag. */
function isTagName(key: string): boolean {
  return key !== "" && /^[A-Za-z0-9!#$%&()*+\-./:;<=>?@[\]^_{|}~ ]+$/.test(key);
}

const rawMessage = "json.RawMessage";

interface Field {
  key: string;
  goName: string;
  schema: unknown;
  required: boolean;
  at: string;
  /** The schema that declares the key: a type met inline is named after it (`WorkflowFlowNodeLogicType`), wherever allOf brings the key. */
  owner: string;
}

interface Emitted {
  /** Declarations in the order they were reached from the sorted schema names. */
  decls: string[];
  /** Names declared so far, with the schema pointer that declared them. */
  taken: Map<string, string>;
  /** Whether a struct needs the shared helpers for undeclared keys. */
  needsExtraHelpers: boolean;
  /** Every schema by name, to follow the $refs of an allOf. */
  schemas: Readonly<JsonObject>;
  /** The named type already emitted for an inline schema, by its pointer: allOf reaches a base's fields more than once. */
  named: Map<string, string>;
}

function typesOf(schema: SchemaObject): string[] {
  if (Array.isArray(schema.type)) return schema.type.map(String);
  return typeof schema.type === "string" ? [schema.type] : [];
}

function take(name: string, at: string, out: Emitted): void {
  if (!isGoIdentifier(name)) throw new SchemaShapeError(at, `${JSON.stringify(name)} is not an exported Go identifier`);
  if (reservedGoNames.has(name))
    throw new SchemaShapeError(
      at,
      `the Go name ${name} is taken by the package's own API (${[...reservedGoNames].join(", ")})`,
    );
  const previous = out.taken.get(name);
  if (previous !== undefined) throw new SchemaShapeError(at, `the Go name ${name} is already used by ${previous}`);
  out.taken.set(name, at);
}

function isStringEnum(schema: SchemaObject): boolean {
  return (
    Array.isArray(schema.enum) &&
    schema.enum.length > 0 &&
    schema.enum.every((v) => typeof v === "string") &&
    typesOf(schema).every((t) => t === "string")
  );
}

function isStruct(schema: SchemaObject): boolean {
  return Array.isArray(schema.allOf) || isSchemaObject(schema.properties);
}

/** `type <name> string` and one constant per value, `<name><Value>`. */
function emitEnum(name: string, schema: SchemaObject, at: string, out: Emitted): void {
  const values = schema.enum as string[];
  const constants = values.map((value, i) => {
    const constant = `${name}${goName(value) || `Value${i}`}`;
    take(constant, `${at}/enum/${i}`, out);
    return [constant, value] as const;
  });
  const width = Math.max(...constants.map(([c]) => c.length));
  out.decls.push(
    [
      ...docComment("", name, schema, `one of the values of ${at}.`),
      `type ${name} string`,
      "",
      `// The values of ${name}.`,
      "const (",
      ...constants.map(([c, v]) => `\t${c.padEnd(width)} ${name} = ${JSON.stringify(v)}`),
      ")",
    ].join("\n"),
  );
}

/**
 * The Go type of a schema where it is used (a field, an item, a map value); enums and objects
 * met inline become named types `suggested` in `out`.
 */
function goType(schema: unknown, at: string, suggested: string, known: ReadonlySet<string>, out: Emitted): string {
  if (schema === true) return rawMessage;
  if (!isSchemaObject(schema)) throw new SchemaShapeError(at, "a false schema has no Go type");
  if (typeof schema.$ref === "string") return siblingRefName(schema.$ref, `${at}/$ref`, known);
  const named = out.named.get(at);
  if (named !== undefined) return named;
  if (isStringEnum(schema) || isStruct(schema)) {
    take(suggested, at, out);
    out.named.set(at, suggested);
    if (isStringEnum(schema)) emitEnum(suggested, schema, at, out);
    else emitStruct(suggested, schema, at, known, out);
    return suggested;
  }
  const types = typesOf(schema).filter((t) => t !== "null");
  // A union of types, or no type at all (annotations, a format, bounds): the value as it came.
  if (types.length !== 1) return rawMessage;
  switch (types[0]) {
    case "string":
      return "string";
    case "number":
      return "float64";
    case "integer":
      return "int64";
    case "boolean":
      return "bool";
    case "array":
      return `[]${"items" in schema ? goType(schema.items, `${at}/items`, `${suggested}Item`, known, out) : rawMessage}`;
    case "object": {
      const extra = schema.additionalProperties;
      const value =
        extra === undefined || extra === false
          ? rawMessage
          : goType(extra, `${at}/additionalProperties`, `${suggested}Value`, known, out);
      return `map[string]${value}`;
    }
    default:
      throw new SchemaShapeError(`${at}/type`, `unknown type ${JSON.stringify(types[0])}`);
  }
}

/** The properties of an object schema and of every part of its allOf, $refs followed, in order; a later declaration of a key refines an earlier one. */
function collectFields(
  name: string,
  schema: SchemaObject,
  at: string,
  known: ReadonlySet<string>,
  schemas: Readonly<JsonObject>,
  seen: ReadonlySet<string>,
): { fields: Map<string, Field>; extra: unknown } {
  const fields = new Map<string, Field>();
  let extra: unknown;
  const add = (part: SchemaObject, where: string, owner: string, via: ReadonlySet<string>) => {
    if (typeof part.$ref === "string") {
      const base = siblingRefName(part.$ref, `${where}/$ref`, known);
      if (via.has(base)) throw new SchemaShapeError(`${where}/$ref`, `${base} includes itself through allOf`);
      const target = schemas[base];
      if (!isSchemaObject(target) || !isStruct(target))
        throw new SchemaShapeError(`${where}/$ref`, `allOf may only refer to object schemas, and ${base} is not one`);
      add(target, `${base}.json#`, base, new Set([...via, base]));
      return;
    }
    (Array.isArray(part.allOf) ? part.allOf : []).forEach((item, i) => {
      if (!isSchemaObject(item)) throw new SchemaShapeError(`${where}/allOf/${i}`, "expected a schema object");
      add(item, `${where}/allOf/${i}`, owner, via);
    });
    if ("additionalProperties" in part) extra = part.additionalProperties;
    const required = new Set(Array.isArray(part.required) ? part.required.map(String) : []);
    for (const key of required) {
      const field = fields.get(key);
      if (field) field.required = true;
    }
    if (!isSchemaObject(part.properties)) return;
    for (const [key, value] of Object.entries(part.properties)) {
      const previous = fields.get(key);
      // An untyped refinement (only a description) must not erase the type an earlier part gave.
      const keepsType =
        previous !== undefined && isSchemaObject(value) && Object.keys(value).every((k) => k === "description");
      fields.set(key, {
        key,
        goName: goName(key),
        schema: keepsType ? previous.schema : value,
        required: required.has(key) || (previous?.required ?? false),
        at: `${where}/properties/${key}`,
        owner,
      });
    }
  };
  add(schema, at, name, seen);
  return { fields, extra };
}

/** A struct for an object schema; an explicit additionalProperties adds a map of the undeclared keys and the methods that keep them. */
function emitStruct(name: string, schema: SchemaObject, at: string, known: ReadonlySet<string>, out: Emitted): void {
  const { fields, extra } = collectFields(name, schema, at, known, out.schemas, new Set(known.has(name) ? [name] : []));
  const keepsExtra = extra !== undefined && extra !== false;
  const byGoName = new Map<string, string>();
  const lines: string[] = [];
  for (const field of fields.values()) {
    if (!isTagName(field.key))
      throw new SchemaShapeError(
        field.at,
        `the key ${JSON.stringify(field.key)} cannot be named in an encoding/json tag`,
      );
    const fieldName = field.goName === "" || !/^[A-Z]/.test(field.goName) ? `X${field.goName}` : field.goName;
    const clash =
      byGoName.get(fieldName) ??
      (keepsExtra && fieldName === "AdditionalProperties" ? "its undeclared keys" : undefined);
    if (clash !== undefined)
      throw new SchemaShapeError(
        field.at,
        `the keys ${JSON.stringify(field.key)} and ${clash} both become the Go field ${fieldName}`,
      );
    byGoName.set(fieldName, JSON.stringify(field.key));
    const type = goType(field.schema, field.at, `${field.owner}${fieldName}`, known, out);
    const optional = !field.required;
    const goFieldType = optional && type !== rawMessage ? `*${type}` : type;
    if (lines.length > 0) lines.push("");
    lines.push(...docComment("\t", fieldName, field.schema, `the ${JSON.stringify(field.key)} key.`));
    lines.push(`\t${fieldName} ${goFieldType} \`json:"${field.key}${optional ? ",omitempty" : ""}"\``);
  }
  let methods = "";
  if (keepsExtra) {
    out.needsExtraHelpers = true;
    const value = extra === true ? rawMessage : goType(extra, `${at}/additionalProperties`, `${name}Value`, known, out);
    if (lines.length > 0) lines.push("");
    lines.push(
      "\t// AdditionalProperties holds the keys the schema does not declare, which it allows.",
      `\tAdditionalProperties map[string]${value} \`json:"-"\``,
    );
    const keys = [...fields.keys()].map((k) => JSON.stringify(k)).join(", ");
    methods = [
      "",
      "",
      `var ${lowerFirst(name)}Keys = []string{${keys}}`,
      "",
      "// MarshalJSON writes the declared fields and the undeclared keys of AdditionalProperties.",
      `func (v ${name}) MarshalJSON() ([]byte, error) {`,
      `\ttype plain ${name}`,
      `\treturn marshalWithExtra(plain(v), v.AdditionalProperties, ${lowerFirst(name)}Keys)`,
      "}",
      "",
      "// UnmarshalJSON reads the declared fields, and every other key into AdditionalProperties.",
      `func (v *${name}) UnmarshalJSON(data []byte) error {`,
      `\ttype plain ${name}`,
      `\tif err := json.Unmarshal(data, (*plain)(v)); err != nil {`,
      "\t\treturn err",
      "\t}",
      `\treturn unmarshalExtra(data, &v.AdditionalProperties, ${lowerFirst(name)}Keys)`,
      "}",
    ].join("\n");
  }
  out.decls.push(
    [...docComment("", name, schema, `the object ${at}.`), `type ${name} struct {`, ...lines, "}"].join("\n") + methods,
  );
}

function lowerFirst(name: string): string {
  return name[0]!.toLowerCase() + name.slice(1);
}

const extraHelpers = `// marshalWithExtra encodes plain (a struct without methods), then adds the keys of extra it does
// not declare, in sorted order.
func marshalWithExtra[T any](plain interface{}, extra map[string]T, declared []string) ([]byte, error) {
	raw, err := json.Marshal(plain)
	if err != nil || len(extra) == 0 {
		return raw, err
	}
	fields := map[string]json.RawMessage{}
	if err := json.Unmarshal(raw, &fields); err != nil {
		return nil, err
	}
	for key, value := range extra {
		if isDeclared(key, declared) {
			continue
		}
		encoded, err := json.Marshal(value)
		if err != nil {
			return nil, fmt.Errorf("AdditionalProperties[%q]: %w", key, err)
		}
		fields[key] = encoded
	}
	return json.Marshal(fields)
}

// unmarshalExtra decodes every key of data that declared does not name into *extra.
func unmarshalExtra[T any](data []byte, extra *map[string]T, declared []string) error {
	fields := map[string]json.RawMessage{}
	if err := json.Unmarshal(data, &fields); err != nil {
		return err
	}
	*extra = nil
	for key, raw := range fields {
		if isDeclared(key, declared) {
			continue
		}
		var value T
		if err := json.Unmarshal(raw, &value); err != nil {
			return fmt.Errorf("%q: %w", key, err)
		}
		if *extra == nil {
			*extra = map[string]T{}
		}
		(*extra)[key] = value
	}
	return nil
}

func isDeclared(key string, declared []string) bool {
	for _, d := range declared {
		if d == key {
			return true
		}
	}
	return false
}`;

/** `types.go` of package `pkg` for the schemas (name → 2020-12 per-schema document). */
export function toGoTypes(schemas: Readonly<JsonObject>, pkg = "schemas"): string {
  const names = Object.keys(schemas).sort();
  const known = new Set(names);
  const out: Emitted = { decls: [], taken: new Map(), needsExtraHelpers: false, schemas, named: new Map() };
  for (const name of names) take(name, `${name}.json#`, out);
  for (const name of names) {
    const schema = schemas[name];
    const at = `${name}.json#`;
    if (!isSchemaObject(schema)) throw new SchemaShapeError(at, "expected a schema object");
    if (isStruct(schema)) emitStruct(name, schema, at, known, out);
    else if (isStringEnum(schema)) emitEnum(name, schema, at, out);
    else {
      const type = goType(schema, at, name, known, out);
      out.decls.push([...docComment("", name, schema, `the schema ${name}.json.`), `type ${name} ${type}`].join("\n"));
    }
  }
  const body = out.decls.join("\n\n");
  // Comments may say "json." too (`Job.json.`): only code lines count.
  const usesJson = body.split("\n").some((line) => !line.trimStart().startsWith("//") && line.includes("json."));
  const imports = [
    ...(usesJson || out.needsExtraHelpers ? ['"encoding/json"'] : []),
    ...(out.needsExtraHelpers ? ['"fmt"'] : []),
  ];
  return [
    goGeneratedNotice("to-go-types.ts"),
    "",
    `package ${pkg}`,
    "",
    ...(imports.length === 0
      ? []
      : imports.length === 1
        ? [`import ${imports[0]}`, ""]
        : ["import (", ...imports.map((i) => `\t${i}`), ")", ""]),
    body,
    ...(out.needsExtraHelpers ? ["", extraHelpers] : []),
    "",
  ].join("\n");
}

export const command = defineCommand({
  name: "to-go-types",
  summary:
    "Writes Go types (encoding/json structs, enums with constants) for the JSON Schemas of @scenario-api/schemas (<out>/types.go).",
  positionals: [{ name: "from", description: "the schemas package", default: "@scenario-api/schemas" }],
  flags: {
    out: { description: "output folder: writes types.go in it", default: ".", folderFor: "types.go" },
    package: { description: "the Go package name", default: "schemas" },
  },
  onFailure: (flags) => `${join(flags.out, "types.go")} left as it was`,
  run: ({ positionals: [from = ""], flags: { out, package: pkg } }) => {
    if (!/^[a-z][a-z0-9_]*$/.test(pkg)) throw new Error(`--package must be a Go package name, got '${pkg}'`);
    const files = readSchemaFiles(dirname(locateInput(`${from}/package.json`)));
    const schemas = parseDialect(files, "2020-12", bundleName);
    writeFilesAtomic(out, { "types.go": toGoTypes(schemas, pkg) });
    console.log(`to-go-types: ${from} → ${Object.keys(schemas).length} types in ${join(out, "types.go")}`);
  },
});
