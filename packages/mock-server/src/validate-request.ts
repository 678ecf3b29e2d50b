// The body is checked by @scenario-api/schemas' precompiled RunWorkflowRequest validator. The
// parameters are not component schemas: their rules come from the spec through
// src/generated/parameters.ts (scripts/src/emit-parameters.ts, which refuses any keyword not honoured
// here), and are checked with the same result shape
// (`{ valid: true, value } | { valid: false, errors: [{ path, message }] }`).
// A parameter added to the spec is checked after a rebuild; nothing here names one.
import type { ValidationError, ValidationResult } from "@scenario-api/schemas";
import { runWorkflowParameters } from "./generated/parameters.js";
import { pointerKey, pointerToken } from "./json-pointer.js";

type Rule = (typeof runWorkflowParameters)[number];

/** A parameter's schema, as the generated table keeps it. */
export interface ParameterSchema {
  readonly type?: string | readonly string[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
}

/** One row of the generated table. */
export interface ParameterRule {
  readonly name: string;
  readonly in: "path" | "query" | "header";
  readonly required: boolean;
  readonly schema: ParameterSchema;
}

/** The values of one location as they arrive (strings), required names required. */
type Wire<In extends ParameterRule["in"]> = {
  [R in Extract<Rule, { in: In; required: true }> as R["name"]]: string;
} & {
  [R in Extract<Rule, { in: In; required: false }> as R["name"]]?: string;
};

export type RunWorkflowPath = Wire<"path">;
export type RunWorkflowQuery = Wire<"query">;
export type RunWorkflowHeaders = Wire<"header">;

const INTEGER = /^-?(?:0|[1-9]\d*)$/;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const quoted = (v: unknown) => JSON.stringify(v);

/**
 * The first problem of one value as sent (a string) against its schema, or undefined. Types are
 * read the way a server parses a query: `integer` and `number` as JSON numbers, `boolean` as
 * `true`/`false`; the value is then held against the schema's other keywords.
 */
function problemOf(schema: ParameterSchema, value: unknown): string | undefined {
  const types = schema.type === undefined ? [] : typeof schema.type === "string" ? [schema.type] : schema.type;
  let parsed: unknown = value;
  if (types.length > 0) {
    if (typeof value !== "string") return `must be a string (got ${typeof value})`;
    const as = types.find((t) =>
      t === "string"
        ? true
        : t === "boolean"
          ? value === "true" || value === "false"
          : t === "integer"
            ? INTEGER.test(value)
            : t === "number" && NUMBER.test(value),
    );
    if (as === undefined) {
      const named = types
        .filter((t) => t !== "null")
        .map((t) => (t === "integer" ? "an integer" : t === "boolean" ? "a boolean (true or false)" : `a ${t}`));
      return `must be ${named.join(" or ")}`;
    }
    parsed = as === "string" ? value : as === "boolean" ? value === "true" : Number(value);
  }
  if (schema.const !== undefined && parsed !== schema.const) return `must be equal to ${quoted(schema.const)}`;
  if (schema.enum && !schema.enum.includes(parsed)) return `must be one of ${schema.enum.map(quoted).join(", ")}`;
  if (typeof parsed === "string") {
    const length = [...parsed].length;
    if (schema.minLength !== undefined && length < schema.minLength)
      return `must NOT have fewer than ${schema.minLength} characters`;
    if (schema.maxLength !== undefined && length > schema.maxLength)
      return `must NOT have more than ${schema.maxLength} characters`;
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(parsed))
      return `must match pattern ${quoted(schema.pattern)}`;
  }
  if (typeof parsed === "number") {
    if (schema.minimum !== undefined && parsed < schema.minimum) return `must be >= ${schema.minimum}`;
    if (schema.maximum !== undefined && parsed > schema.maximum) return `must be <= ${schema.maximum}`;
    if (schema.exclusiveMinimum !== undefined && parsed <= schema.exclusiveMinimum)
      return `must be > ${schema.exclusiveMinimum}`;
    if (schema.exclusiveMaximum !== undefined && parsed >= schema.exclusiveMaximum)
      return `must be < ${schema.exclusiveMaximum}`;
    if (schema.multipleOf !== undefined && !Number.isInteger(parsed / schema.multipleOf))
      return `must be a multiple of ${schema.multipleOf}`;
  }
  return undefined;
}

/**
 * `values` (one location's, as received) against the rules of that location: each required one
 * present, each present one valid. Header names are matched case-insensitively (Node lower-cases
 * them); other names exactly. Names the spec does not list are let through, as the API does.
 */
export function checkParameters<T>(
  rules: readonly ParameterRule[],
  location: ParameterRule["in"],
  values: Record<string, unknown>,
): ValidationResult<T> {
  const errors: ValidationError[] = [];
  for (const rule of rules) {
    if (rule.in !== location) continue;
    const value = values[location === "header" ? rule.name.toLowerCase() : rule.name];
    const problem = value === undefined ? (rule.required ? "is required" : undefined) : problemOf(rule.schema, value);
    if (problem) errors.push({ path: `/${pointerToken(rule.name)}`, message: problem });
  }
  return errors.length > 0 ? { valid: false, errors } : { valid: true, value: values as T };
}

export function validateRunWorkflowPath(params: Record<string, unknown>): ValidationResult<RunWorkflowPath> {
  return checkParameters(runWorkflowParameters, "path", params);
}

export function validateRunWorkflowQuery(query: Record<string, unknown>): ValidationResult<RunWorkflowQuery> {
  return checkParameters(runWorkflowParameters, "query", query);
}

/** `headers` with lower-cased names, as Node gives them. */
export function validateRunWorkflowHeaders(headers: Record<string, unknown>): ValidationResult<RunWorkflowHeaders> {
  return checkParameters(runWorkflowParameters, "header", headers);
}

/** `/a/0/b` → `.a[0].b`, for messages such as `body.numSamples must be a number`. */
export function pointerToDots(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map(pointerKey)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`))
    .join("");
}
