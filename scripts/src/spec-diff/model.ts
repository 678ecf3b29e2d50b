/** The data spec-diff's rules exchange: findings, levels, directions. */

/** breaking: a client built on the base may fail; warning: may, depending on the client; info: safe. */
export type Level = "breaking" | "warning" | "info";
import { isObject } from "../lib/json-object.ts";

/** Requests break when the API accepts less; responses break when it may return more. */
export type Direction = "request" | "response";

/** One difference between two revisions of the spec. */
export interface Finding {
  /** Stable kebab-case id from the catalogue (rules.ts). */
  rule: string;
  level: Level;
  /** JSON Pointer in the bundled revision (for a removal: where the node was, in the base). */
  at: string;
  /** One sentence: where in API terms, and what changed. */
  message: string;
  /** `openapi/components/schemas/Job.yaml:12` when the revision is the working tree. */
  source?: string;
}

/** Same JSON value, whatever the key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (isObject(v))
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(",")}}`;
  return JSON.stringify(v) ?? "undefined";
}
