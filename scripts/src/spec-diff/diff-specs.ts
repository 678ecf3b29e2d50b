/** Every rule applied to two bundled documents: the pure core of spec-diff (no I/O). */
import { compareRequestBody, compareResponses, compareWebhookPayload } from "./diff-bodies.ts";
import { compareComponentSchemas } from "./diff-components.ts";
import { compareDocumentation } from "./diff-documentation.ts";
import { compareParameters } from "./diff-parameters.ts";
import type { SchemaDiff } from "./diff-schemas.ts";
import { compareSecurity, compareSecuritySchemes } from "./diff-security.ts";
import type { Finding, Level } from "./model.ts";
import { operationsOf, type Operation } from "./operations.ts";
import { finding } from "./rules.ts";
import type { JsonObject } from "../lib/json-object.ts";

const ORDER: Record<Level, number> = { breaking: 0, warning: 1, info: 2 };
const is30 = (doc: JsonObject) => typeof doc.openapi === "string" && doc.openapi.startsWith("3.0");
const pathOf = (op: Operation) => op.label.slice(op.label.indexOf(" ") + 1);

/** The findings, breaking first, then by place; each place and rule once. */
export function diffSpecs(base: JsonObject, revision: JsonObject): Finding[] {
  const ctx: SchemaDiff = {
    base: { doc: base, is30: is30(base) },
    revision: { doc: revision, is30: is30(revision) },
    out: [],
    seen: new Set(),
  };
  const before = operationsOf(base);
  const after = operationsOf(revision);
  const pathsAfter = new Set([...after.values()].map((o) => o.key));
  for (const [id, opB] of before) {
    const opA = after.get(id);
    if (!opA) {
      const rule =
        opB.kind === "webhook" ? "webhook-removed" : pathsAfter.has(opB.key) ? "api-removed" : "api-path-removed";
      ctx.out.push(finding(rule, opB.at, `${opB.label}: removed`));
      continue;
    }
    if (opA.kind === "webhook") {
      compareWebhookPayload(ctx, opB.op, opA.op, opB.at, opA.at, opA.label);
      continue;
    }
    if (opB.op.operationId !== undefined && opB.op.operationId !== opA.op.operationId) {
      ctx.out.push(
        finding(
          "api-operation-id-changed",
          `${opA.at}/operationId`,
          `${opA.label}: operationId changed from ${String(opB.op.operationId)} to ${String(opA.op.operationId ?? "none")}`,
        ),
      );
    }
    if (opB.op.deprecated !== true && opA.op.deprecated === true)
      ctx.out.push(finding("api-deprecated", `${opA.at}/deprecated`, `${opA.label}: deprecated`));
    compareParameters(ctx, opB, opA, pathOf(opB), pathOf(opA));
    compareRequestBody(ctx, opB.op, opA.op, opB.at, opA.at, opA.label);
    compareResponses(ctx, opB.op, opA.op, opB.at, opA.at, opA.label);
    compareSecurity(ctx, opB, opA);
  }
  for (const [id, opA] of after)
    if (!before.has(id))
      ctx.out.push(finding(opA.kind === "webhook" ? "webhook-added" : "endpoint-added", opA.at, `${opA.label}: added`));
  compareSecuritySchemes(ctx);
  compareComponentSchemas(ctx);
  // Text-only edits matter only when nothing else changed (they then make a patch release).
  const docs = ctx.out.length === 0 ? compareDocumentation(base, revision) : [];
  const seen = new Set<string>();
  return [...ctx.out, ...docs]
    .filter((f) => {
      const key = `${f.rule}|${f.at}|${f.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((x, y) => ORDER[x.level] - ORDER[y.level] || (x.at < y.at ? -1 : x.at > y.at ? 1 : 0));
}
