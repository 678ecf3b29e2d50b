import { isObject, type JsonObject } from "../lib/json-object.ts";
/**
 * Security rules. An operation's `security` lists alternatives (any one will do); each
 * alternative names schemes that are all needed, with scopes. A client authenticates with
 * one alternative of the base: it still can if some alternative of the revision needs no
 * scheme and no scope beyond it.
 */
import { escapeToken } from "../lib/json-pointer.ts";
import type { Operation } from "./operations.ts";
import { finding } from "./rules.ts";
import type { SchemaDiff } from "./diff-schemas.ts";

type Requirement = Map<string, Set<string>>;

function requirementsOf(doc: JsonObject, op: JsonObject): { reqs: Requirement[]; at: string } | undefined {
  const list = Array.isArray(op.security) ? op.security : Array.isArray(doc.security) ? doc.security : undefined;
  if (!list) return undefined;
  const reqs = list
    .filter(isObject)
    .map(
      (r) =>
        new Map(
          Object.entries(r).map(([scheme, scopes]) => [
            scheme,
            new Set(Array.isArray(scopes) ? scopes.map(String) : []),
          ]),
        ),
    );
  return { reqs, at: Array.isArray(op.security) ? "" : "/security" };
}

const describe = (r: Requirement) =>
  r.size === 0
    ? "no authentication"
    : [...r].map(([s, scopes]) => (scopes.size > 0 ? `${s} [${[...scopes].join(", ")}]` : s)).join(" + ");
const subset = <T>(a: Set<T>, b: Set<T>) => [...a].every((x) => b.has(x));
const sameSchemes = (a: Requirement, b: Requirement) => a.size === b.size && [...a.keys()].every((k) => b.has(k));
/** `after` asks nothing `before` cannot give. */
const satisfiedBy = (after: Requirement, before: Requirement) =>
  [...after].every(([scheme, scopes]) => before.has(scheme) && subset(scopes, before.get(scheme)!));

export function compareSecurity(ctx: SchemaDiff, before: Operation, after: Operation): void {
  // No security anywhere: anonymous access, one alternative that needs nothing.
  const rb = requirementsOf(ctx.base.doc, before.op) ?? { reqs: [new Map()], at: "" };
  const ra = requirementsOf(ctx.revision.doc, after.op) ?? { reqs: [new Map()], at: "" };
  const at = ra.at || `${after.at}/security`;
  const label = `${after.label} security`;
  if (rb.reqs.length === 0) rb.reqs.push(new Map());
  if (ra.reqs.length === 0) ra.reqs.push(new Map());
  for (const b of rb.reqs) {
    if (ra.reqs.some((a) => satisfiedBy(a, b))) continue;
    const sameSet = ra.reqs.find((a) => sameSchemes(a, b));
    if (sameSet) {
      const extra = [...sameSet].flatMap(([s, scopes]) =>
        [...scopes].filter((x) => !b.get(s)!.has(x)).map((x) => `${s}:${x}`),
      );
      ctx.out.push(
        finding("api-security-scope-added", at, `${label}: ${describe(b)} now also needs scope(s) ${extra.join(", ")}`),
      );
    } else if (b.size === 0 || ra.reqs.some((a) => [...b.keys()].every((k) => a.has(k)))) {
      ctx.out.push(
        finding(
          "api-security-required-scheme-added",
          at,
          `${label}: ${describe(b)} is no longer enough (now ${ra.reqs.map(describe).join(" or ")})`,
        ),
      );
    } else {
      ctx.out.push(
        finding(
          "api-security-requirement-removed",
          at,
          `${label}: ${describe(b)} no longer accepted (now ${ra.reqs.map(describe).join(" or ")})`,
        ),
      );
    }
  }
  for (const a of ra.reqs) {
    if (rb.reqs.some((b) => satisfiedBy(a, b) && satisfiedBy(b, a))) continue;
    const sameSet = rb.reqs.find((b) => sameSchemes(a, b));
    if (sameSet && satisfiedBy(a, sameSet))
      ctx.out.push(
        finding(
          "api-security-scope-removed",
          at,
          `${label}: ${describe(a)} needs fewer scopes than ${describe(sameSet)}`,
        ),
      );
    else if (!sameSet) ctx.out.push(finding("api-security-requirement-added", at, `${label}: ${describe(a)} accepted`));
  }
}

/** Schemes used by some operation of the base whose meaning changed under the same name. */
export function compareSecuritySchemes(ctx: SchemaDiff): void {
  const schemes = (doc: JsonObject) => {
    const c =
      isObject(doc.components) && isObject(doc.components.securitySchemes) ? doc.components.securitySchemes : {};
    return c as JsonObject;
  };
  const sb = schemes(ctx.base.doc);
  const sa = schemes(ctx.revision.doc);
  for (const [name, b] of Object.entries(sb)) {
    const at = `/components/securitySchemes/${escapeToken(name)}`;
    const a = sa[name];
    if (!isObject(b)) continue;
    if (!isObject(a)) {
      ctx.out.push(finding("security-scheme-removed", at, `security scheme ${name}: removed`));
      continue;
    }
    const kind = (s: JsonObject) => `${String(s.type)}${s.type === "http" ? ` ${String(s.scheme).toLowerCase()}` : ""}`;
    if (kind(b) !== kind(a))
      ctx.out.push(
        finding("security-scheme-type-changed", at, `security scheme ${name}: changed from ${kind(b)} to ${kind(a)}`),
      );
    else if (b.type === "apiKey" && (b.in !== a.in || b.name !== a.name)) {
      ctx.out.push(
        finding(
          "security-scheme-api-key-changed",
          at,
          `security scheme ${name}: key moved from ${String(b.in)} ${String(b.name)} to ${String(a.in)} ${String(a.name)}`,
        ),
      );
    }
  }
  for (const name of Object.keys(sa))
    if (!(name in sb))
      ctx.out.push(
        finding(
          "security-scheme-added",
          `/components/securitySchemes/${escapeToken(name)}`,
          `security scheme ${name}: added`,
        ),
      );
}
