import { isObject, type JsonObject } from "../lib/json-object.ts";
/**
 * A schema as spec-diff compares it: refs followed, `allOf` members merged in (a member whose
 * constraints merging cannot keep stays an allOf member too), OpenAPI 3.0's
 * `nullable` and boolean `exclusiveMinimum`/`exclusiveMaximum` rewritten as 3.1 says them,
 * and every subschema kept with its JSON Pointer so findings can say where they are.
 */
import { escapeToken } from "../lib/json-pointer.ts";
import { resolveRef } from "../lib/resolve-ref.ts";

/** A node and its JSON Pointer in its document. */
export interface Site {
  node: unknown;
  at: string;
}

export interface SchemaView {
  at: string;
  /** The keywords that are not subschemas (type as a list, enum, bounds, format, ...). */
  scalars: JsonObject;
  properties: Map<string, Site>;
  required: Set<string>;
  /** Keywords whose value is one schema (items, not, contains, if, ...). */
  single: Map<string, Site>;
  /** oneOf, anyOf, prefixItems, and the allOf members that could not be merged. */
  lists: Map<string, Site[]>;
  /** patternProperties, dependentSchemas. */
  maps: Map<string, Map<string, Site>>;
}

const SINGLE = [
  "items",
  "additionalProperties",
  "not",
  "contains",
  "propertyNames",
  "unevaluatedProperties",
  "unevaluatedItems",
  "if",
  "then",
  "else",
  "additionalItems",
  "contentSchema",
];
const LISTS = ["oneOf", "anyOf", "prefixItems"];
const MAPS = ["patternProperties", "dependentSchemas"];

/** A document and whether it is OpenAPI 3.0 (whose schemas are rewritten to 3.1's meaning). */
export interface SchemaSource {
  doc: JsonObject;
  is30: boolean;
}

/** OpenAPI 3.0 schema keywords said the 3.1 (JSON Schema 2020-12) way. */
export function normalize30(s: JsonObject): JsonObject {
  const out: JsonObject = { ...s };
  if (out.nullable === true && out.type !== undefined) {
    const types = Array.isArray(out.type) ? out.type : [out.type];
    if (!types.includes("null")) out.type = [...types, "null"];
  }
  delete out.nullable;
  for (const [flag, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof out[flag] !== "boolean") continue;
    if (out[flag] === true && typeof out[bound] === "number") {
      out[flag] = out[bound];
      delete out[bound];
    } else delete out[flag];
  }
  return out;
}

function ownView(s: JsonObject, at: string): SchemaView {
  const view: SchemaView = {
    at,
    scalars: {},
    properties: new Map(),
    required: new Set(),
    single: new Map(),
    lists: new Map(),
    maps: new Map(),
  };
  for (const [key, value] of Object.entries(s)) {
    const here = `${at}/${escapeToken(key)}`;
    if (key === "properties" && isObject(value)) {
      for (const [name, sub] of Object.entries(value))
        view.properties.set(name, { node: sub, at: `${here}/${escapeToken(name)}` });
    } else if (key === "required" && Array.isArray(value)) {
      for (const name of value) if (typeof name === "string") view.required.add(name);
    } else if (
      SINGLE.includes(key) &&
      (isObject(value) || (typeof value === "boolean" && key !== "additionalProperties"))
    ) {
      view.single.set(key, { node: value, at: here });
    } else if (LISTS.includes(key) && Array.isArray(value)) {
      view.lists.set(
        key,
        value.map((node, i) => ({ node, at: `${here}/${i}` })),
      );
    } else if (MAPS.includes(key) && isObject(value)) {
      view.maps.set(
        key,
        new Map(Object.entries(value).map(([name, node]) => [name, { node, at: `${here}/${escapeToken(name)}` }])),
      );
    } else if (key !== "allOf") {
      view.scalars[key] = value;
    }
  }
  return view;
}

const LOWER = ["minimum", "minLength", "minItems", "minProperties", "minContains"];
const UPPER = ["maximum", "maxLength", "maxItems", "maxProperties", "maxContains"];

/** Lays an allOf member over the view; false when they collide on a keyword merging cannot combine. */
function merge(into: SchemaView, member: SchemaView): boolean {
  for (const k of member.single.keys()) if (into.single.has(k)) return false;
  for (const k of member.lists.keys()) if (into.lists.has(k)) return false;
  for (const [k, v] of member.single) into.single.set(k, v);
  for (const [k, v] of member.lists) into.lists.set(k, v);
  for (const [k, v] of member.maps) into.maps.set(k, new Map([...v, ...(into.maps.get(k) ?? [])]));
  for (const [name, site] of member.properties) if (!into.properties.has(name)) into.properties.set(name, site);
  for (const name of member.required) into.required.add(name);
  const s = into.scalars;
  for (const [k, v] of Object.entries(member.scalars)) {
    if (!(k in s)) s[k] = v;
    else if (k === "type") {
      const mine = Array.isArray(s.type) ? s.type : [s.type];
      const theirs = Array.isArray(v) ? v : [v];
      // integer is the part of number both allow
      s.type = mine.flatMap((t) =>
        theirs.includes(t)
          ? [t]
          : (t === "number" && theirs.includes("integer")) || (t === "integer" && theirs.includes("number"))
            ? ["integer"]
            : [],
      );
    } else if (k === "enum" && Array.isArray(v) && Array.isArray(s.enum)) {
      s.enum = s.enum.filter((x) => v.some((y) => JSON.stringify(y) === JSON.stringify(x)));
    } else if ((LOWER.includes(k) || k === "exclusiveMinimum") && typeof v === "number" && typeof s[k] === "number") {
      s[k] = Math.max(s[k] as number, v);
    } else if ((UPPER.includes(k) || k === "exclusiveMaximum") && typeof v === "number" && typeof s[k] === "number") {
      s[k] = Math.min(s[k] as number, v);
    } else if (k === "additionalProperties" && v === false) {
      s[k] = false;
    }
  }
  return true;
}

/** Assertions two allOf members cannot both keep in one view: two patterns, formats, consts, ... */
const UNCOMBINED = [
  "pattern",
  "format",
  "const",
  "multipleOf",
  "dependentRequired",
  "contentEncoding",
  "contentMediaType",
];

/**
 * Whether laying `member` over `into` would drop one of its constraints: a property both declare
 * with different schemas (the view keeps one site per name), or an assertion both set to
 * different values. Such a member is also kept as an allOf member, so that adding it is reported.
 */
function loses(into: SchemaView, member: SchemaView): boolean {
  for (const [name, site] of member.properties) {
    const mine = into.properties.get(name);
    if (mine && JSON.stringify(mine.node) !== JSON.stringify(site.node)) return true;
  }
  if (member.scalars.uniqueItems === true && into.scalars.uniqueItems === false) return true;
  return UNCOMBINED.some(
    (k) =>
      k in member.scalars && k in into.scalars && JSON.stringify(member.scalars[k]) !== JSON.stringify(into.scalars[k]),
  );
}

/**
 * The view of the schema at `site` in `source`. A boolean schema `false` is `{ not: {} }`,
 * `true` is `{}`.
 */
export function schemaView(source: SchemaSource, site: Site): SchemaView {
  const { node, pointer } = resolveRef(source.doc, site.node, site.at);
  if (node === true || node === undefined) return ownView({}, pointer);
  if (node === false) {
    const view = ownView({}, pointer);
    view.single.set("not", { node: {}, at: pointer });
    return view;
  }
  if (!isObject(node)) throw new Error(`${pointer}: expected a schema, got ${JSON.stringify(node)}`);
  const s = source.is30 ? normalize30(node) : node;
  const view = ownView(s, pointer);
  const members = Array.isArray(s.allOf) ? s.allOf : [];
  const opaque: Site[] = [];
  members.forEach((member, i) => {
    const memberSite = { node: member, at: `${pointer}/allOf/${i}` };
    const memberView = schemaView(source, memberSite);
    const lost = loses(view, memberView);
    if (!merge(view, memberView) || lost) opaque.push(memberSite);
  });
  if (opaque.length > 0) view.lists.set("allOf", opaque);
  unwrapNullable(source, view);
  return view;
}

const isNullSchema = (v: SchemaView) => {
  const t = v.scalars.type;
  return (
    (t === "null" || (Array.isArray(t) && t.length === 1 && t[0] === "null")) &&
    v.properties.size === 0 &&
    v.single.size === 0
  );
};

/**
 * `oneOf: [X, {type: null}]` (or anyOf) says "X or null": it is read as X with null added to
 * its type, so wrapping a schema that way is "became nullable", not a new union.
 */
function unwrapNullable(source: SchemaSource, view: SchemaView): void {
  for (const key of ["oneOf", "anyOf"]) {
    const list = view.lists.get(key);
    if (list?.length !== 2 || view.scalars.type !== undefined) continue;
    const [first, second] = list.map((site) => schemaView(source, site)) as [SchemaView, SchemaView];
    const other = isNullSchema(first) ? second : isNullSchema(second) ? first : undefined;
    if (!other) continue;
    view.lists.delete(key);
    if (!merge(view, other)) {
      view.lists.set(key, list);
      continue;
    }
    const t = view.scalars.type;
    if (t !== undefined) {
      const types: unknown[] = Array.isArray(t) ? t : [t];
      if (!types.includes("null")) view.scalars.type = [...types, "null"];
    }
    return;
  }
}

/** The types a view allows without null, and whether it allows null; undefined types: any. */
export function typesOf(view: SchemaView): { types: Set<string> | undefined; nullable: boolean } {
  const t = view.scalars.type;
  if (t === undefined) return { types: undefined, nullable: true };
  const list = (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === "string");
  return { types: new Set(list.filter((x) => x !== "null")), nullable: list.includes("null") };
}
