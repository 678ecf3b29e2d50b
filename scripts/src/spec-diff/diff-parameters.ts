/** Parameter rules: path, query, header and cookie parameters of an operation. */
import { escapeToken } from "../lib/json-pointer.ts";
import { resolveRef } from "../lib/resolve-ref.ts";
import { compareSchemas, type SchemaDiff } from "./diff-schemas.ts";
import { sameJson } from "./model.ts";
import type { Operation } from "./operations.ts";
import { finding } from "./rules.ts";
import { type SchemaSource, type Site, schemaView, typesOf } from "./schema-view.ts";
import { isObject, type JsonObject } from "../lib/json-object.ts";

interface Param {
  name: string;
  in: string;
  p: JsonObject;
  at: string;
}

/** Parameters by identity: path parameters by position in the template (renaming one is not a change), others by place and name. */
function parametersOf(source: SchemaSource, op: Operation, path: string): Map<string, Param> {
  const out = new Map<string, Param>();
  const add = (list: unknown[], listAt: string) =>
    list.forEach((raw, i) => {
      const { node, pointer } = resolveRef(source.doc, raw, `${listAt}/${i}`);
      if (!isObject(node) || typeof node.name !== "string" || typeof node.in !== "string") return;
      const position = [...path.matchAll(/\{([^}]*)\}/g)].findIndex((m) => m[1] === node.name);
      const id =
        node.in === "path" && position >= 0
          ? `path #${position}`
          : `${node.in} ${node.in === "header" ? node.name.toLowerCase() : node.name}`;
      out.set(id, { name: node.name, in: node.in, p: node, at: pointer });
    });
  add(op.shared, op.sharedAt);
  add(Array.isArray(op.op.parameters) ? op.op.parameters : [], `${op.at}/parameters`);
  return out;
}

/** The schema of a parameter, from `schema` or from its one `content` entry. */
function schemaSite(param: Param): Site {
  if (param.p.schema !== undefined) return { node: param.p.schema, at: `${param.at}/schema` };
  const content = isObject(param.p.content) ? param.p.content : {};
  const [media, entry] = Object.entries(content)[0] ?? [];
  if (media && isObject(entry) && entry.schema !== undefined)
    return { node: entry.schema, at: `${param.at}/content/${escapeToken(media)}/schema` };
  return { node: {}, at: `${param.at}/schema` };
}

const defaultStyle = (where: string) => (where === "query" || where === "cookie" ? "form" : "simple");
function serialization(param: Param): { style: string; explode: boolean } {
  const style = typeof param.p.style === "string" ? param.p.style : defaultStyle(param.in);
  return { style, explode: typeof param.p.explode === "boolean" ? param.p.explode : style === "form" };
}

function isArrayOrObject(source: SchemaSource, site: Site): boolean {
  const { types } = typesOf(schemaView(source, site));
  return types !== undefined && (types.has("array") || types.has("object"));
}

/**
 * Whether every value the schema takes is a scalar (string, number, integer, boolean, null): by
 * its `type`, or, without one, by every branch of its `oneOf`/`anyOf` (a multi-type parameter
 * said as a union). An untyped schema may take anything.
 */
function onlyScalars(source: SchemaSource, site: Site, seen = new Set<string>()): boolean {
  const view = schemaView(source, site);
  // A union met again (it refers back to itself) is already being answered: each schema once.
  if (seen.has(view.at)) return true;
  seen.add(view.at);
  const { types } = typesOf(view);
  if (types !== undefined) return !types.has("array") && !types.has("object");
  const branches = view.lists.get("oneOf") ?? view.lists.get("anyOf");
  return branches !== undefined && branches.length > 0 && branches.every((branch) => onlyScalars(source, branch, seen));
}

export function compareParameters(
  ctx: SchemaDiff,
  before: Operation,
  after: Operation,
  pathB: string,
  pathA: string,
): void {
  const pb = parametersOf(ctx.base, before, pathB);
  const pa = parametersOf(ctx.revision, after, pathA);
  for (const [id, b] of pb) {
    const a = pa.get(id);
    const label = `${after.label} ${b.in} parameter ${b.name}`;
    if (!a) {
      ctx.out.push(finding("request-parameter-removed", b.at, `${label}: removed`));
      continue;
    }
    const required = (p: Param) => p.in === "path" || p.p.required === true;
    if (!required(b) && required(a))
      ctx.out.push(finding("request-parameter-became-required", a.at, `${label}: became required`));
    if (required(b) && !required(a))
      ctx.out.push(finding("request-parameter-became-optional", a.at, `${label}: became optional`));

    const sb = schemaSite(b);
    const sa = schemaSite(a);
    const db = schemaView(ctx.base, sb).scalars.default;
    const da = schemaView(ctx.revision, sa).scalars.default;
    if (db === undefined && da !== undefined)
      ctx.out.push(
        finding("request-parameter-default-value-added", sa.at, `${label}: default ${JSON.stringify(da)} added`),
      );
    else if (db !== undefined && da === undefined)
      ctx.out.push(
        finding("request-parameter-default-value-removed", sb.at, `${label}: default ${JSON.stringify(db)} removed`),
      );
    else if (!sameJson(db, da))
      ctx.out.push(
        finding(
          "request-parameter-default-value-changed",
          sa.at,
          `${label}: default changed from ${JSON.stringify(db)} to ${JSON.stringify(da)}`,
        ),
      );

    // One value of a form query parameter is written `?p=a` whether the schema is a string or
    // an array of strings (exploded or not): widening to the array is wire-compatible.
    const va = schemaView(ctx.revision, sa);
    const itemsA = va.single.get("items");
    const widenedToArray =
      a.in === "query" &&
      serialization(a).style === "form" &&
      serialization(b).style === "form" &&
      typesOf(va).types?.size === 1 &&
      typesOf(va).types?.has("array") &&
      itemsA !== undefined &&
      onlyScalars(ctx.base, sb);
    if (widenedToArray) {
      ctx.out.push(
        finding("request-parameter-became-array", sa.at, `${label}: now takes several values (form, exploded)`),
      );
      compareSchemas(ctx, sb, itemsA, "request", `${label} []`, { ignoreDefault: true });
      continue;
    }
    const sz = [serialization(b), serialization(a)];
    const complex = isArrayOrObject(ctx.base, sb) || isArrayOrObject(ctx.revision, sa);
    if (sz[0]!.style !== sz[1]!.style || (complex && sz[0]!.explode !== sz[1]!.explode)) {
      ctx.out.push(
        finding(
          "request-parameter-serialization-changed",
          a.at,
          `${label}: serialization changed from ${sz[0]!.style}${sz[0]!.explode ? " exploded" : ""} to ${sz[1]!.style}${sz[1]!.explode ? " exploded" : ""}`,
        ),
      );
    }
    compareSchemas(ctx, sb, sa, "request", label, { ignoreDefault: true });
  }
  for (const [id, a] of pa) {
    if (pb.has(id)) continue;
    const required = a.in === "path" || a.p.required === true;
    ctx.out.push(
      finding(
        required ? "new-required-request-parameter" : "new-optional-request-parameter",
        a.at,
        `${after.label} ${a.in} parameter ${a.name}: ${required ? "required" : "optional"} parameter added`,
      ),
    );
  }
}
