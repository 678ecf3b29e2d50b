import { isObject, type JsonObject } from "../lib/json-object.ts";
/** Response header rules: a header is matched by name, ignoring case. */
import { escapeToken } from "../lib/json-pointer.ts";
import { resolveRef } from "../lib/resolve-ref.ts";
import { compareSchemas, type SchemaDiff } from "./diff-schemas.ts";
import { finding } from "./rules.ts";
import type { SchemaSource } from "./schema-view.ts";

function headersOf(
  source: SchemaSource,
  response: { node: JsonObject; at: string },
): Map<string, { name: string; h: JsonObject; at: string }> {
  const out = new Map<string, { name: string; h: JsonObject; at: string }>();
  const headers = isObject(response.node.headers) ? response.node.headers : {};
  for (const [name, raw] of Object.entries(headers)) {
    // OpenAPI: a Content-Type response header is ignored (the media types say it).
    if (name.toLowerCase() === "content-type") continue;
    const { node, pointer } = resolveRef(source.doc, raw, `${response.at}/headers/${escapeToken(name)}`);
    if (isObject(node)) out.set(name.toLowerCase(), { name, h: node, at: pointer });
  }
  return out;
}

export function compareHeaders(
  ctx: SchemaDiff,
  b: { node: JsonObject; at: string },
  a: { node: JsonObject; at: string },
  label: string,
): void {
  const hb = headersOf(ctx.base, b);
  const ha = headersOf(ctx.revision, a);
  for (const [key, before] of hb) {
    const after = ha.get(key);
    const where = `${label} header ${before.name}`;
    if (!after) {
      ctx.out.push(
        finding(
          before.h.required === true ? "required-response-header-removed" : "optional-response-header-removed",
          before.at,
          `${where}: removed`,
        ),
      );
      continue;
    }
    if (before.h.required === true && after.h.required !== true)
      ctx.out.push(finding("response-header-became-optional", after.at, `${where}: became optional`));
    if (before.h.required !== true && after.h.required === true)
      ctx.out.push(finding("response-header-became-required", after.at, `${where}: became required`));
    const site = (h: { h: JsonObject; at: string }) => {
      if (h.h.schema !== undefined) return { node: h.h.schema, at: `${h.at}/schema` };
      const content = isObject(h.h.content) ? Object.entries(h.h.content)[0] : undefined;
      return content && isObject(content[1])
        ? { node: content[1].schema ?? {}, at: `${h.at}/content/${escapeToken(content[0])}/schema` }
        : { node: {}, at: `${h.at}/schema` };
    };
    compareSchemas(ctx, site(before), site(after), "response", where);
  }
  for (const [key, after] of ha)
    if (!hb.has(key)) ctx.out.push(finding("new-response-header", after.at, `${label} header ${after.name}: added`));
}
