import { isObject, type JsonObject } from "../lib/json-object.ts";
/** Body rules: request bodies, responses by status, and every media type by name. */
import { escapeToken } from "../lib/json-pointer.ts";
import { resolveRef } from "../lib/resolve-ref.ts";
import { compareHeaders } from "./diff-headers.ts";
import { compareSchemas, type SchemaDiff } from "./diff-schemas.ts";
import type { Direction } from "./model.ts";
import { finding } from "./rules.ts";
import type { SchemaSource } from "./schema-view.ts";

interface Resolved {
  node: JsonObject;
  at: string;
}

function resolveObject(source: SchemaSource, node: unknown, at: string): Resolved | undefined {
  if (node === undefined) return undefined;
  const target = resolveRef(source.doc, node, at);
  return isObject(target.node) ? { node: target.node, at: target.pointer } : undefined;
}

/** Media types by lower-cased name (`application/json; charset=utf-8` keeps its parameters). */
function mediaTypes(holder: Resolved | undefined): Map<string, { name: string; media: JsonObject; at: string }> {
  const out = new Map<string, { name: string; media: JsonObject; at: string }>();
  const content = holder && isObject(holder.node.content) ? holder.node.content : {};
  for (const [name, media] of Object.entries(content)) {
    if (isObject(media))
      out.set(name.toLowerCase().replace(/\s+/g, ""), {
        name,
        media,
        at: `${holder!.at}/content/${escapeToken(name)}`,
      });
  }
  return out;
}

const CONTENT_RULES: Record<Direction, { removed: string; added: string; schemaAdded: string; schemaRemoved: string }> =
  {
    request: {
      removed: "request-body-media-type-removed",
      added: "request-body-media-type-added",
      schemaAdded: "request-body-media-type-schema-added",
      schemaRemoved: "request-body-media-type-schema-removed",
    },
    response: {
      removed: "response-media-type-removed",
      added: "response-media-type-added",
      schemaAdded: "response-body-media-type-schema-added",
      schemaRemoved: "response-body-media-type-schema-removed",
    },
  };

/** Each media type is compared with the one of the same name; none is compared with another. */
export function compareContent(
  ctx: SchemaDiff,
  b: Resolved | undefined,
  a: Resolved | undefined,
  dir: Direction,
  label: string,
): void {
  const rules = CONTENT_RULES[dir];
  const mb = mediaTypes(b);
  const ma = mediaTypes(a);
  for (const [key, before] of mb) {
    const after = ma.get(key);
    const where = `${label} ${before.name}`;
    if (!after) {
      ctx.out.push(finding(rules.removed, before.at, `${where}: media type removed`));
      continue;
    }
    const sb = before.media.schema;
    const sa = after.media.schema;
    if (sb === undefined && sa !== undefined)
      ctx.out.push(finding(rules.schemaAdded, `${after.at}/schema`, `${where}: schema added`));
    else if (sb !== undefined && sa === undefined)
      ctx.out.push(finding(rules.schemaRemoved, `${before.at}/schema`, `${where}: schema removed`));
    else if (sb !== undefined && sa !== undefined)
      compareSchemas(ctx, { node: sb, at: `${before.at}/schema` }, { node: sa, at: `${after.at}/schema` }, dir, where);
  }
  for (const [key, after] of ma)
    if (!mb.has(key)) ctx.out.push(finding(rules.added, after.at, `${label} ${after.name}: media type added`));
}

export function compareRequestBody(
  ctx: SchemaDiff,
  opB: JsonObject,
  opA: JsonObject,
  atB: string,
  atA: string,
  label: string,
): void {
  const b = resolveObject(ctx.base, opB.requestBody, `${atB}/requestBody`);
  const a = resolveObject(ctx.revision, opA.requestBody, `${atA}/requestBody`);
  const where = `${label} request body`;
  if (b && !a) {
    ctx.out.push(finding("request-body-removed", b.at, `${where}: removed`));
    return;
  }
  if (!b && a) {
    ctx.out.push(
      finding(
        a.node.required === true ? "added-required-request-body" : "added-optional-request-body",
        a.at,
        `${where}: ${a.node.required === true ? "required" : "optional"} body added`,
      ),
    );
    return;
  }
  if (!b || !a) return;
  if (b.node.required !== true && a.node.required === true)
    ctx.out.push(finding("request-body-became-required", a.at, `${where}: became required`));
  if (b.node.required === true && a.node.required !== true)
    ctx.out.push(finding("request-body-became-optional", a.at, `${where}: became optional`));
  compareContent(ctx, b, a, "request", where);
}

/** 2XX, 200, 204 ... as oasdiff counts them: a removed 1xx, 3xx, 4xx, 5xx or `default` is not breaking. */
const isSuccess = (status: string) => /^2/.test(status);

export function compareResponses(
  ctx: SchemaDiff,
  opB: JsonObject,
  opA: JsonObject,
  atB: string,
  atA: string,
  label: string,
): void {
  const rb = resolveObject(ctx.base, opB.responses, `${atB}/responses`);
  const ra = resolveObject(ctx.revision, opA.responses, `${atA}/responses`);
  const statusesB = rb ? rb.node : {};
  const statusesA = ra ? ra.node : {};
  for (const status of Object.keys(statusesB)) {
    const b = resolveObject(ctx.base, statusesB[status], `${rb!.at}/${escapeToken(status)}`);
    const where = `${label} response ${status}`;
    if (!(status in statusesA)) {
      ctx.out.push(
        finding(
          isSuccess(status) ? "response-success-status-removed" : "response-non-success-status-removed",
          b?.at ?? `${atB}/responses/${status}`,
          `${where}: removed`,
        ),
      );
      continue;
    }
    const a = resolveObject(ctx.revision, statusesA[status], `${ra!.at}/${escapeToken(status)}`);
    compareContent(ctx, b, a, "response", where);
    if (b && a) compareHeaders(ctx, b, a, where);
  }
  for (const status of Object.keys(statusesA)) {
    if (status in statusesB) continue;
    ctx.out.push(
      finding(
        isSuccess(status) ? "response-success-status-added" : "response-non-success-status-added",
        `${ra!.at}/${escapeToken(status)}`,
        `${label} response ${status}: added`,
      ),
    );
  }
}

/**
 * A webhook's request is what the API sends to the client: it is compared as a response
 * (the client must handle it). Its responses are the client's answers; they are not compared.
 */
export function compareWebhookPayload(
  ctx: SchemaDiff,
  opB: JsonObject,
  opA: JsonObject,
  atB: string,
  atA: string,
  label: string,
): void {
  const b = resolveObject(ctx.base, opB.requestBody, `${atB}/requestBody`);
  const a = resolveObject(ctx.revision, opA.requestBody, `${atA}/requestBody`);
  compareContent(ctx, b, a, "response", `${label} payload`);
}
