import { dirname, join } from "node:path";
import { isSchemaObject, SchemaShapeError, siblingRefName, type SchemaObject } from "./lib/schema-tree.ts";
import { generatedNotice } from "./lib/generated-header.ts";
import { locateInput } from "./lib/locate-input.ts";
import { defineCommand } from "./lib/command.ts";
import { writeFilesAtomic } from "./lib/write-atomic.ts";
import { parseDialect, readSchemaFiles } from "./lib/schema-folder.ts";
import { bundleName } from "./to-json-schema.ts";
import type { JsonObject } from "./lib/json-object.js";

/**
 * The 2020-12 per-schema documents as a Python module of types: a `TypedDict` for every object
 * schema (required keys plain, the others `NotRequired`), a `Literal` alias for every enum, and
 * an alias for anything else. Static types only: the verdicts come from the JSON Schemas.
 *
 * An object with an explicit `additionalProperties` (`true` or a schema) accepts keys it does not
 * declare, as its TypeScript type does. A TypedDict cannot say so before PEP 728 (not in CI's
 * mypy 1.0 nor typing_extensions 4.4), so such an object `X` becomes
 * `X: TypeAlias = Union[dict[str, Any], XFields]`, `XFields` being the TypedDict of its declared
 * keys: mypy checks a literal that uses only declared keys against `XFields` and takes any other
 * as the dict. `dict[str, Any]` comes first and `XFields` allows extra keys for pydantic, so that
 * pydantic 1 (left to right) and 2 (smart unions) keep the undeclared keys instead of dropping them.
 *
 * `TypedDict` and `NotRequired` come from typing_extensions: pydantic 2 refuses `typing.TypedDict`
 * below Python 3.12.
 */

const pythonKeywords = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]);

function isIdentifier(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !pythonKeywords.has(name);
}

/** A JSON value as a Python literal (JSON string escapes are valid Python escapes). */
export function pythonLiteral(value: unknown, at: string): string {
  if (value === null) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "string") return JSON.stringify(value);
  if (Number.isFinite(value)) return String(value);
  throw new SchemaShapeError(
    at,
    `only strings, finite numbers, booleans and null can be Literal values, got ${JSON.stringify(value)}`,
  );
}

function pascal(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}

/** One line of a comment or docstring: no line breaks, no closing quotes. */
function oneLine(text: unknown): string | undefined {
  return typeof text === "string" && text.trim() !== "" ? text.replace(/\s+/g, " ").trim() : undefined;
}

interface Emitted {
  /** Definitions, each with the classes it inherits from (which must come first: bases are evaluated at once). */
  blocks: Array<{ name: string; bases: string[]; text: string }>;
  /** Names already taken, to refuse a nested name that collides. */
  taken: Set<string>;
  /** Whether a top-level schema is an open object (`XFields` is then its TypedDict), by name. */
  isOpenSchema: (name: string) => boolean;
}

/** The suffix of the TypedDict that lists an open object's declared keys. */
const fieldsSuffix = "Fields";

function isObjectSchema(schema: SchemaObject): boolean {
  return Array.isArray(schema.allOf) || isSchemaObject(schema.properties);
}

/**
 * An object with declared keys that also accepts others: its own `additionalProperties`, or an
 * inline `allOf` member's, is `true` or a schema, or an `allOf` base is open. An explicit
 * `additionalProperties: false` on the object itself closes it.
 */
function isOpenObject(schema: SchemaObject, isOpenSchema: (name: string) => boolean): boolean {
  const extra = schema.additionalProperties;
  if (extra === false) return false;
  if (extra !== undefined) return true;
  return (Array.isArray(schema.allOf) ? schema.allOf : []).some((part) => {
    if (!isSchemaObject(part)) return false;
    if (typeof part.$ref === "string") {
      const match = /^([A-Za-z0-9]+)\.json$/.exec(part.$ref);
      return match !== null && isOpenSchema(match[1]!);
    }
    return part.additionalProperties !== undefined && part.additionalProperties !== false;
  });
}

/**
 * A schema's type inside an annotation: a forward reference (a string), so a class may name one
 * defined further down. Not `from __future__ import annotations`: with it, Python 3.11 cannot see
 * `NotRequired` at runtime and reports every key as required in `__required_keys__`.
 */
function forward(name: string): string {
  return JSON.stringify(name);
}

function typesOf(schema: SchemaObject): string[] {
  if (Array.isArray(schema.type)) return schema.type.map(String);
  return typeof schema.type === "string" ? [schema.type] : [];
}

/** The Python type expression for a schema; nested object schemas with properties become named TypedDicts in `out`. */
function typeExpression(
  schema: unknown,
  at: string,
  suggested: string,
  known: ReadonlySet<string>,
  out: Emitted,
): string {
  if (schema === true) return "Any";
  if (!isSchemaObject(schema)) throw new SchemaShapeError(at, "a false schema has no Python type");
  if (typeof schema.$ref === "string") return forward(siblingRefName(schema.$ref, `${at}/$ref`, known));
  if ("const" in schema) return `Literal[${pythonLiteral(schema.const, `${at}/const`)}]`;
  if (Array.isArray(schema.enum))
    return `Literal[${schema.enum.map((v, i) => pythonLiteral(v, `${at}/enum/${i}`)).join(", ")}]`;
  if (isObjectSchema(schema)) return emitTypedDict(suggested, schema, at, known, out);
  const types = typesOf(schema);
  // No type (only annotations, a format, bounds): any JSON value passes, as for `true`.
  if (types.length === 0) return "Any";
  const parts = types.map((type) => {
    switch (type) {
      case "string":
        return "str";
      // PEP 484: an int is accepted where a float is expected, as JSON Schema's number accepts integers.
      case "number":
        return "float";
      case "integer":
        return "int";
      case "boolean":
        return "bool";
      case "null":
        return "None";
      case "array":
        return `list[${"items" in schema ? typeExpression(schema.items, `${at}/items`, `${suggested}Item`, known, out) : "Any"}]`;
      case "object": {
        const extra = schema.additionalProperties;
        return `dict[str, ${extra === undefined ? "Any" : typeExpression(extra, `${at}/additionalProperties`, `${suggested}Value`, known, out)}]`;
      }
      default:
        throw new SchemaShapeError(`${at}/type`, `unknown type ${JSON.stringify(type)}`);
    }
  });
  return parts.length === 1 ? parts[0]! : `Union[${parts.join(", ")}]`;
}

/**
 * A TypedDict from `properties`/`required`, inheriting the TypedDicts its `allOf` refers to; for
 * an open object, also its `Union[dict[str, Any], <name>Fields]` alias. Returns the expression
 * that names the type where it is used.
 */
function emitTypedDict(
  name: string,
  schema: SchemaObject,
  at: string,
  known: ReadonlySet<string>,
  out: Emitted,
): string {
  const open = isOpenObject(schema, out.isOpenSchema);
  const className = open ? `${name}${fieldsSuffix}` : name;
  for (const taken of open ? [name, className] : [name]) {
    if (out.taken.has(taken))
      throw new SchemaShapeError(at, `the Python type name ${taken} is already used by another schema`);
    out.taken.add(taken);
  }
  const bases: string[] = [];
  const properties: Array<[string, unknown, boolean, string]> = [];
  const collect = (part: SchemaObject, where: string) => {
    const required = new Set(Array.isArray(part.required) ? part.required.map(String) : []);
    if (isSchemaObject(part.properties)) {
      for (const [key, value] of Object.entries(part.properties))
        properties.push([key, value, required.has(key), `${where}/properties/${key}`]);
    }
  };
  collect(schema, at);
  (Array.isArray(schema.allOf) ? schema.allOf : []).forEach((part, i) => {
    const where = `${at}/allOf/${i}`;
    if (isSchemaObject(part) && typeof part.$ref === "string") {
      const base = siblingRefName(part.$ref, `${where}/$ref`, known);
      bases.push(out.isOpenSchema(base) ? `${base}${fieldsSuffix}` : base);
    } else if (isSchemaObject(part)) collect(part, where);
    else throw new SchemaShapeError(where, "expected a schema object");
  });
  const fields = properties.map(([key, value, required, where]) => {
    const type = typeExpression(value, where, `${name}${pascal(key)}`, known, out);
    return {
      key,
      type: required ? type : `NotRequired[${type}]`,
      doc: oneLine(isSchemaObject(value) ? value.description : undefined),
    };
  });
  const doc = oneLine(schema.description);
  const block: string[] = [];
  if (fields.every((f) => isIdentifier(f.key))) {
    block.push(`class ${className}(${bases.length > 0 ? bases.join(", ") : "TypedDict"}):`);
    block.push(`    ${JSON.stringify(doc ?? className)}`);
    for (const f of fields) {
      if (f.doc) block.push("", `    # ${f.doc}`);
      block.push(`    ${f.key}: ${f.type}`);
    }
  } else {
    // Keys that are not identifiers need the functional form, which takes no bases.
    if (bases.length > 0)
      throw new SchemaShapeError(at, `${name} has keys that are not Python identifiers and an allOf base`);
    block.push(`${className} = TypedDict(`, `    ${JSON.stringify(className)},`, "    {");
    for (const f of fields) block.push(`        ${JSON.stringify(f.key)}: ${f.type},`);
    block.push("    },", ")");
    if (doc) block.push(`${className}.__doc__ = ${JSON.stringify(doc)}`);
  }
  if (open) {
    // The class is defined just above: named, not a forward reference, which pydantic 2 cannot
    // resolve in `TypeAdapter(<the alias>)` (it looks in the caller's namespace).
    const union = `Union[dict[str, Any], ${className}]`;
    // pydantic 2 reads a TypedDict's config from this attribute (what its `with_config` sets).
    block.push(`${className}.__pydantic_config__ = {"extra": "allow"}  # type: ignore[attr-defined]`);
    block.push("", "", `${doc ? `# ${doc}\n` : ""}${name}: TypeAlias = ${union}`);
  }
  out.blocks.push({ name: className, bases, text: block.join("\n") });
  return open ? forward(name) : forward(className);
}

/** The blocks in their order, except that a base class is moved before its first subclass. */
function basesFirst(blocks: Emitted["blocks"]): string[] {
  const byName = new Map(blocks.map((b) => [b.name, b]));
  const placed = new Set<string>();
  const ordered: string[] = [];
  const place = (block: Emitted["blocks"][number]) => {
    if (placed.has(block.name)) return;
    placed.add(block.name);
    for (const base of block.bases) {
      const found = byName.get(base);
      if (found) place(found);
    }
    ordered.push(block.text);
  };
  blocks.forEach(place);
  return ordered;
}

/** `types.py` for the schemas (name → 2020-12 per-schema document). */
export function toPythonTypes(schemas: Readonly<JsonObject>): string {
  const names = Object.keys(schemas).sort();
  const known = new Set(names);
  const openness = new Map<string, boolean>();
  const isOpenSchema = (name: string): boolean => {
    const known = openness.get(name);
    if (known !== undefined) return known;
    openness.set(name, false); // an allOf cycle ends here
    const schema = schemas[name];
    const open = isSchemaObject(schema) && isObjectSchema(schema) && isOpenObject(schema, isOpenSchema);
    openness.set(name, open);
    return open;
  };
  const out: Emitted = { blocks: [], taken: new Set(names), isOpenSchema };
  for (const name of names) {
    const schema = schemas[name];
    const at = `${name}.json#`;
    if (!isSchemaObject(schema)) throw new SchemaShapeError(at, "expected a schema object");
    if (!isIdentifier(name)) throw new SchemaShapeError(at, `${JSON.stringify(name)} is not a Python identifier`);
    if (isObjectSchema(schema)) {
      out.taken.delete(name);
      emitTypedDict(name, schema, at, known, out);
      continue;
    }
    const doc = oneLine(schema.description);
    // Only an array or map alias can hold a nested TypedDict, which then takes <name>Item or <name>Value.
    const expression = typeExpression(schema, at, name, known, out);
    out.blocks.push({ name, bases: [], text: `${doc ? `# ${doc}\n` : ""}${name}: TypeAlias = ${expression}` });
  }
  return [
    `"""Types of the Scenario API's payloads, one per JSON Schema: TypedDicts and Literal aliases.`,
    "",
    `${generatedNotice("to-python-types.ts")}`,
    `"""`,
    "from typing import Any, Literal, TypeAlias, Union",
    "",
    "from typing_extensions import NotRequired, TypedDict",
    "",
    `__all__ = [${names.map((n) => JSON.stringify(n)).join(", ")}]`,
    "",
    ...basesFirst(out.blocks).flatMap((b) => ["", b, ""]),
  ].join("\n");
}

export const command = defineCommand({
  name: "to-python-types",
  summary:
    "Writes Python TypedDicts and Literal aliases for the JSON Schemas of @scenario-api/schemas (<out>/types.py).",
  positionals: [{ name: "from", description: "the schemas package", default: "@scenario-api/schemas" }],
  flags: { out: { description: "output folder: writes types.py in it", default: ".", folderFor: "types.py" } },
  onFailure: (flags) => `${join(flags.out, "types.py")} left as it was`,
  run: ({ positionals: [from = ""], flags: { out } }) => {
    const files = readSchemaFiles(dirname(locateInput(`${from}/package.json`)));
    const schemas = parseDialect(files, "2020-12", bundleName);
    writeFilesAtomic(out, { "types.py": toPythonTypes(schemas) });
    console.log(`to-python-types: ${from} → ${Object.keys(schemas).length} types in ${join(out, "types.py")}`);
  },
});
