/**
 * The rule catalogue: every finding spec-diff can report, with its level and why. Ids follow
 * oasdiff's checks (`request-property-enum-value-removed`, `response-non-success-status-removed`)
 * so a reader who knows one knows the other. scripts/README.md shows this table; a test keeps
 * the two in step.
 */
import type { Direction, Finding, Level } from "./model.ts";

export interface Rule {
  id: string;
  level: Level;
  /** What changed. */
  what: string;
  /** Why that breaks a client, or why it does not. */
  why: string;
}

const rules = new Map<string, Rule>();
const rule = (id: string, level: Level, what: string, why: string) => {
  if (rules.has(id)) throw new Error(`rule ${id} is declared twice`);
  rules.set(id, { id, level, what, why });
};

/** A schema rule exists twice: once for what clients send, once for what they receive. */
const schemaRule = (
  suffix: string,
  request: Level,
  response: Level,
  what: string,
  whyRequest: string,
  whyResponse: string,
) => {
  rule(`request-property-${suffix}`, request, `${what} (request schema)`, whyRequest);
  rule(`response-property-${suffix}`, response, `${what} (response schema)`, whyResponse);
};
const NARROWS_REQUEST = "the API refuses some requests it used to accept";
const WIDENS_REQUEST = "every request that was valid still is";
const WIDENS_RESPONSE = "clients may receive values they were never written to handle";
const NARROWS_RESPONSE = "every response is one clients already handle";
/** A keyword whose appearance adds a constraint: breaking for requests, safe for responses. */
const constraint = (suffix: string, what: string) => {
  schemaRule(`${suffix}-added`, "breaking", "info", `${what} added`, NARROWS_REQUEST, NARROWS_RESPONSE);
  schemaRule(`${suffix}-removed`, "info", "breaking", `${what} removed`, WIDENS_REQUEST, WIDENS_RESPONSE);
};

// Paths and operations
rule("api-path-removed", "breaking", "a path and all its operations removed", "clients calling it get 404");
rule("api-removed", "breaking", "an operation removed", "clients calling it get 404 or 405");
rule("endpoint-added", "info", "an operation added", "nothing calls it yet");
rule(
  "api-operation-id-changed",
  "breaking",
  "an operation's operationId changed",
  "generated types key operations by operationId",
);
rule("api-deprecated", "info", "an operation marked deprecated", "it still works; clients are warned");
rule("webhook-removed", "breaking", "a webhook operation removed", "clients waiting for those calls never get them");
rule("webhook-added", "info", "a webhook operation added", "clients that do not subscribe are unaffected");
rule(
  "documentation-changed",
  "info",
  "a description, summary, title, example or extension changed",
  "no request or response changes",
);

// Parameters
rule(
  "request-parameter-removed",
  "breaking",
  "a parameter removed",
  "generated clients no longer accept it; callers passing it fail to compile or are refused",
);
rule(
  "new-required-request-parameter",
  "breaking",
  "a required parameter added",
  "existing calls lack it and are refused",
);
rule("new-optional-request-parameter", "info", "an optional parameter added", "existing calls stay valid");
rule(
  "request-parameter-became-required",
  "breaking",
  "an optional parameter became required",
  "calls that omit it are refused",
);
rule("request-parameter-became-optional", "info", "a required parameter became optional", WIDENS_REQUEST);
rule(
  "request-parameter-default-value-added",
  "breaking",
  "a parameter gained a default",
  "calls that omit it now get the default's behaviour",
);
rule(
  "request-parameter-default-value-changed",
  "breaking",
  "a parameter's default changed",
  "calls that omit it silently change behaviour",
);
rule(
  "request-parameter-default-value-removed",
  "warning",
  "a parameter's default removed",
  "calls that omit it get unspecified behaviour",
);
rule(
  "request-parameter-serialization-changed",
  "breaking",
  "a parameter's style or explode changed",
  "values are written differently on the wire",
);
rule(
  "request-parameter-became-array",
  "info",
  "a form-exploded query parameter went from one value to an array of them",
  "`?p=a` is still a valid one-item array",
);

// Request bodies and media types
rule(
  "request-body-removed",
  "breaking",
  "the request body removed",
  "clients still send a body the API no longer describes or reads",
);
rule(
  "added-required-request-body",
  "breaking",
  "a required request body added",
  "existing calls send none and are refused",
);
rule("added-optional-request-body", "info", "an optional request body added", "existing calls stay valid");
rule(
  "request-body-became-required",
  "breaking",
  "the request body became required",
  "calls without a body are refused",
);
rule("request-body-became-optional", "info", "the request body became optional", WIDENS_REQUEST);
rule(
  "request-body-media-type-removed",
  "breaking",
  "a request media type removed",
  "clients sending it are refused (415)",
);
rule("request-body-media-type-added", "info", "a request media type added", "clients keep sending the ones they used");
rule(
  "request-body-media-type-schema-added",
  "breaking",
  "a schema given to a request media type that had none",
  NARROWS_REQUEST,
);
rule("request-body-media-type-schema-removed", "info", "a request media type's schema removed", WIDENS_REQUEST);

// Responses, their media types and headers
rule(
  "response-success-status-removed",
  "breaking",
  "a 2xx response removed",
  "clients expecting it see an undocumented status",
);
rule(
  "response-non-success-status-removed",
  "info",
  "a non-2xx response removed",
  "the API errs less; clients' error handling still compiles and runs",
);
rule("response-success-status-added", "info", "a 2xx response added", "clients treat any 2xx as success");
rule(
  "response-non-success-status-added",
  "info",
  "a non-2xx response added",
  "clients already handle errors they do not know",
);
rule(
  "response-media-type-removed",
  "breaking",
  "a response media type removed",
  "clients that ask for it get 406 or something else",
);
rule("response-media-type-added", "info", "a response media type added", "clients get what they ask for (Accept)");
rule(
  "response-body-media-type-schema-added",
  "info",
  "a schema given to a response media type that had none",
  NARROWS_RESPONSE,
);
rule("response-body-media-type-schema-removed", "breaking", "a response media type's schema removed", WIDENS_RESPONSE);
rule(
  "required-response-header-removed",
  "breaking",
  "a required response header removed",
  "clients reading it find nothing",
);
rule(
  "optional-response-header-removed",
  "warning",
  "an optional response header removed",
  "clients should not rely on it, but may",
);
rule(
  "response-header-became-optional",
  "breaking",
  "a response header became optional",
  "clients reading it may find nothing",
);
rule("response-header-became-required", "info", "a response header became required", NARROWS_RESPONSE);
rule("new-response-header", "info", "a response header added", "clients ignore headers they do not read");

// Security
rule(
  "api-security-requirement-removed",
  "breaking",
  "a way to authenticate an operation removed",
  "clients using it are refused (401)",
);
rule(
  "api-security-required-scheme-added",
  "breaking",
  "an operation needs a security scheme it did not need",
  "clients without those credentials are refused (401)",
);
rule(
  "api-security-scope-added",
  "breaking",
  "an operation needs a scope it did not need",
  "tokens without it are refused (403)",
);
rule(
  "api-security-requirement-added",
  "info",
  "another way to authenticate an operation added",
  "the old ways still work",
);
rule("api-security-scope-removed", "info", "an operation needs fewer scopes", "the old tokens still work");
rule(
  "security-scheme-type-changed",
  "breaking",
  "a security scheme's type or HTTP scheme changed",
  "the credentials clients send are no longer understood",
);
rule(
  "security-scheme-api-key-changed",
  "breaking",
  "an API key's name or place changed",
  "clients send the key where the API no longer reads it",
);
rule("security-scheme-added", "info", "a security scheme added", "nothing requires it until an operation does");
rule(
  "security-scheme-removed",
  "info",
  "a security scheme removed",
  "operations that used it are reported on their own",
);

// Component schemas: each is a name the generated packages export
rule(
  "component-schema-removed",
  "breaking",
  "a component schema removed or renamed",
  "the packages stop exporting its name (type, validator, Python type, Go schema file): code importing it no longer compiles, even when the wire format is unchanged",
);
rule(
  "component-schema-added",
  "info",
  "a component schema added",
  "the packages export one more name; nothing imports it yet",
);

// Schemas: one rule per direction
schemaRule(
  "became-nullable",
  "info",
  "breaking",
  "a schema now allows null",
  WIDENS_REQUEST,
  "clients get null where they expected a value",
);
schemaRule(
  "became-not-nullable",
  "breaking",
  "info",
  "a schema no longer allows null",
  "requests sending null are refused",
  NARROWS_RESPONSE,
);
schemaRule(
  "type-changed",
  "breaking",
  "breaking",
  "a schema's type replaced by another",
  NARROWS_REQUEST,
  WIDENS_RESPONSE,
);
schemaRule(
  "type-generalized",
  "info",
  "breaking",
  "a schema accepts more types (or any)",
  WIDENS_REQUEST,
  WIDENS_RESPONSE,
);
schemaRule(
  "type-specialized",
  "breaking",
  "info",
  "a schema accepts fewer types (e.g. number to integer)",
  NARROWS_REQUEST,
  NARROWS_RESPONSE,
);
schemaRule("format-added", "breaking", "info", "a format added", NARROWS_REQUEST, NARROWS_RESPONSE);
schemaRule(
  "format-removed",
  "info",
  "breaking",
  "a format removed",
  WIDENS_REQUEST,
  "clients parsing the format may meet values they cannot parse",
);
schemaRule(
  "format-changed",
  "breaking",
  "breaking",
  "a format replaced by another",
  NARROWS_REQUEST,
  "clients parse values in the old format",
);
schemaRule(
  "format-generalized",
  "info",
  "breaking",
  "a format widened (int32 to int64, float to double)",
  WIDENS_REQUEST,
  WIDENS_RESPONSE,
);
schemaRule(
  "enum-value-removed",
  "breaking",
  // Every response is one clients already handle on the wire, but the generated types lose the
  // value: code that compares with it or handles it in an exhaustive switch no longer compiles
  // (the evolution suite's response consumers, TypeScript and Python, show it).
  "breaking",
  "an enum value removed",
  "requests using it are refused",
  "generated types drop the value: code that compares with it or switches over it no longer compiles",
);
schemaRule(
  "enum-value-added",
  "info",
  "breaking",
  "an enum value added",
  WIDENS_REQUEST,
  "clients that switch over the values meet one they do not know",
);
schemaRule(
  "became-enum",
  "breaking",
  "info",
  "a schema restricted to listed values",
  NARROWS_REQUEST,
  NARROWS_RESPONSE,
);
schemaRule(
  "became-not-enum",
  "info",
  "breaking",
  "a schema no longer restricted to listed values",
  WIDENS_REQUEST,
  WIDENS_RESPONSE,
);
for (const [bound, what] of [
  ["min", "minimum (or exclusiveMinimum)"],
  ["max", "maximum (or exclusiveMaximum)"],
  ["min-length", "minLength"],
  ["max-length", "maxLength"],
  ["min-items", "minItems"],
  ["max-items", "maxItems"],
  ["min-properties", "minProperties"],
  ["max-properties", "maxProperties"],
  ["min-contains", "minContains"],
  ["max-contains", "maxContains"],
  ["multiple-of", "multipleOf"],
  ["unique-items", "uniqueItems"],
] as const) {
  schemaRule(`${bound}-tightened`, "breaking", "info", `${what} set or tightened`, NARROWS_REQUEST, NARROWS_RESPONSE);
  schemaRule(`${bound}-loosened`, "info", "breaking", `${what} removed or loosened`, WIDENS_REQUEST, WIDENS_RESPONSE);
}
schemaRule("pattern-added", "breaking", "info", "a pattern added", NARROWS_REQUEST, NARROWS_RESPONSE);
schemaRule("pattern-removed", "info", "breaking", "a pattern removed", WIDENS_REQUEST, WIDENS_RESPONSE);
schemaRule(
  "pattern-changed",
  "breaking",
  "warning",
  "a pattern replaced by another",
  "requests matching only the old pattern are refused",
  "values may no longer match the old pattern",
);
schemaRule(
  "additional-properties-closed",
  "breaking",
  "info",
  "additionalProperties became false",
  "requests with unlisted properties are refused",
  NARROWS_RESPONSE,
);
schemaRule(
  "additional-properties-opened",
  "info",
  "info",
  "additionalProperties: false removed",
  WIDENS_REQUEST,
  "clients ignore properties they do not know",
);
rule(
  "request-property-removed",
  "breaking",
  "a request property removed",
  "generated types no longer have it; callers setting it fail to compile or are refused",
);
rule(
  "response-required-property-removed",
  "breaking",
  "a required response property removed",
  "clients reading it find nothing",
);
rule(
  "response-optional-property-removed",
  "warning",
  "an optional response property removed",
  "it could be absent before, but generated types lose it",
);
rule(
  "new-required-request-property",
  "breaking",
  "a required request property added",
  "existing requests lack it and are refused",
);
rule("new-optional-request-property", "info", "an optional request property added", "existing requests stay valid");
rule(
  "response-required-property-added",
  "info",
  "a required response property added",
  "clients ignore properties they do not read",
);
rule(
  "response-optional-property-added",
  "info",
  "an optional response property added",
  "clients ignore properties they do not read",
);
schemaRule(
  "became-required",
  "breaking",
  "info",
  "a property became required",
  "requests that omit it are refused",
  NARROWS_RESPONSE,
);
schemaRule(
  "became-optional",
  "info",
  "breaking",
  "a property became optional",
  WIDENS_REQUEST,
  "clients reading it may find nothing",
);
schemaRule(
  "default-value-changed",
  "warning",
  "info",
  "a default added, changed or removed",
  "requests that omit the value change behaviour",
  "defaults do not change what is sent",
);
schemaRule("one-of-added", "info", "breaking", "a oneOf branch added", WIDENS_REQUEST, WIDENS_RESPONSE);
schemaRule("one-of-removed", "breaking", "info", "a oneOf branch removed", NARROWS_REQUEST, NARROWS_RESPONSE);
schemaRule("any-of-added", "info", "breaking", "an anyOf branch added", WIDENS_REQUEST, WIDENS_RESPONSE);
schemaRule("any-of-removed", "breaking", "info", "an anyOf branch removed", NARROWS_REQUEST, NARROWS_RESPONSE);
schemaRule(
  "all-of-added",
  "breaking",
  "info",
  "an allOf member added whose keywords are not compared one by one",
  NARROWS_REQUEST,
  NARROWS_RESPONSE,
);
schemaRule("all-of-removed", "info", "breaking", "such an allOf member removed", WIDENS_REQUEST, WIDENS_RESPONSE);
constraint("not", "a `not` schema");
schemaRule(
  "not-changed",
  "breaking",
  "breaking",
  "a `not` schema changed so that it excludes more",
  "requests it now excludes are refused",
  "the inverse: fewer values are excluded from responses",
);
constraint("contains", "`contains`");
constraint("prefix-items", "a `prefixItems` entry");
constraint("pattern-properties", "a `patternProperties` entry");
constraint("dependent-required", "a `dependentRequired` entry");
constraint("dependent-schemas", "a `dependentSchemas` entry");
constraint("if", "an `if`/`then`/`else` condition");
constraint("then", "a `then` schema");
constraint("else", "an `else` schema");
schemaRule(
  "if-changed",
  "breaking",
  "breaking",
  "an `if` condition changed",
  "which branch applies to a request changes",
  "which branch applies to a response changes",
);

/** The catalogue, in declaration order. */
export const RULES: readonly Rule[] = [...rules.values()];

/** A finding for a catalogued rule (an unknown id is a bug in spec-diff, so it throws). */
export function finding(id: string, at: string, message: string): Finding {
  const r = rules.get(id);
  if (!r) throw new Error(`spec-diff: no rule '${id}' in the catalogue`);
  return { rule: id, level: r.level, at, message };
}

/** `request-property-<suffix>` or `response-property-<suffix>`. */
export const schemaRuleId = (dir: Direction, suffix: string) => `${dir}-property-${suffix}`;

/** The catalogue as a markdown table (scripts/README.md embeds it). */
export function rulesMarkdown(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.level} | ${r.what} | ${r.why} |`);
  return ["| rule | level | what changed | why it breaks a client (or not) |", "|---|---|---|---|", ...rows].join("\n");
}
