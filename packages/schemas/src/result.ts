import type { CompiledError, CompiledValidator } from "../generated/standalone.js";
import { withBigIntsAsNumbers } from "./big-integers.js";

/** One way a value breaks its schema. */
export interface ValidationError {
  /** JSON pointer (RFC 6901) to the offending value: `/job/metadata/flow/0/status`; `""` is the value itself. */
  path: string;
  /** What the value must be: `must be one of failure, pending, processing, skipped, success (got "done")`. */
  message: string;
  /**
   * Only on the entry that ends a list cut at {@link maxReportedProblems} problems: how many
   * more there were. Its `path` is `""` and its `message` says the same: `... and 399900 more problems`.
   */
  omitted?: number;
}

export type ValidationResult<T> = { valid: true; value: T } | { valid: false; errors: ValidationError[] };

/**
 * The Standard Schema v1 interface (https://standardschema.dev), declared here as its authors
 * recommend, so that this package depends on nothing for it: libraries that accept Standard Schema
 * (form libraries, routers, Hono's validator) take a validator as it is.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  interface Props<Input = unknown, Output = Input> {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    readonly types?: Types<Input, Output> | undefined;
  }
  type Result<Output> = SuccessResult<Output> | FailureResult;
  interface SuccessResult<Output> {
    readonly value: Output;
    readonly issues?: undefined;
  }
  interface FailureResult {
    readonly issues: ReadonlyArray<Issue>;
  }
  interface Issue {
    readonly message: string;
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }
  interface PathSegment {
    readonly key: PropertyKey;
  }
  interface Types<Input = unknown, Output = Input> {
    readonly input: Input;
    readonly output: Output;
  }
}

/**
 * A validator: called, it answers a {@link ValidationResult}; its `~standard` property makes it a
 * Standard Schema v1 (vendor `scenario-api`), whose issues are the same problems, each with its
 * path as keys (`["job", "metadata", "flow", 0, "status"]`; `[]` for the value itself).
 */
export interface Validator<T> extends StandardSchemaV1<T> {
  (value: unknown): ValidationResult<T>;
  readonly "~standard": StandardSchemaV1.Props<T> & { readonly vendor: "scenario-api"; readonly version: 1 };
}

const listedValues = 12;

/**
 * The problems a result lists, in the validator's order; one more entry says how many more there
 * were. A value with a million broken items gives a readable answer of bounded size, not a
 * million lines.
 */
export const maxReportedProblems = 100;

/** The entry that ends a list cut at `maxReportedProblems`. */
export function omittedProblems(count: number): ValidationError {
  return { path: "", message: `... and ${count} more problem${count === 1 ? "" : "s"}`, omitted: count };
}

// JSON pointers (RFC 6901), both ways: a key as a token (`~` → `~0`, `/` → `~1`), and a pointer as its keys.
function token(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The keys a pointer names, unescaped: `""` (the value itself) has none, `/a~1b/0` has `a/b` and `0`. */
function pointerKeys(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((key) => key.replace(/~1/g, "/").replace(/~0/g, "~"));
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const key of pointerKeys(pointer)) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  // JSON.parse reads a number beyond the double range (1e400) as Infinity; it is not a number here,
  // and neither is a BigInt that far out (a big-number parser's JSON integer is judged by value).
  if (typeof value === "bigint")
    return Number.isFinite(Number(value)) ? "integer" : "an integer beyond the double range: not a finite double";
  if (typeof value === "number")
    return !Number.isFinite(value) ? `${value}: not a finite double` : Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

const articles: Record<string, string> = {
  array: "an array",
  integer: "an integer",
  object: "an object",
  null: "null",
};

/** A value as its JSON text, cut to 40 characters; never throws (BigInts, cycles, a throwing toJSON). */
function shown(value: unknown): string {
  let text: string;
  try {
    // A BigInt is a JSON integer: its digits, as a big-number parser read them.
    text =
      typeof value === "bigint"
        ? String(value)
        : (JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? Number(v) : v)) ?? String(value));
  } catch {
    text = kindOf(value);
  }
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function oneOf(values: unknown[]): string {
  const listed = values.slice(0, listedValues).map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
  const more = values.length - listed.length;
  return listed.join(", ") + (more > 0 ? `, ... (${more} more)` : "");
}

/** An ajv error as a pointer to the offending value and a sentence saying what it must be. */
export function describeError(error: CompiledError, root: unknown): ValidationError {
  const params = error.params;
  const got = valueAt(root, error.instancePath);
  const gotSuffix = ` (got ${got === undefined ? "nothing" : kindOf(got) === "object" || kindOf(got) === "array" ? kindOf(got) : shown(got)})`;
  switch (error.keyword) {
    case "required":
      return { path: `${error.instancePath}/${token(String(params.missingProperty))}`, message: "is required" };
    case "additionalProperties":
      return { path: `${error.instancePath}/${token(String(params.additionalProperty))}`, message: "is not allowed" };
    case "enum":
      return {
        path: error.instancePath,
        message: `must be one of ${oneOf(params.allowedValues as unknown[])}${gotSuffix}`,
      };
    case "const":
      return { path: error.instancePath, message: `must be ${JSON.stringify(params.allowedValue)}${gotSuffix}` };
    case "type": {
      const types = Array.isArray(params.type) ? params.type.map(String) : String(params.type).split(",");
      const wanted = types.map((t) => articles[t] ?? `a ${t}`).join(" or ");
      return { path: error.instancePath, message: `must be ${wanted} (got ${kindOf(got)})` };
    }
    default:
      return { path: error.instancePath, message: `${error.message ?? `fails '${error.keyword}'`}${gotSuffix}` };
  }
}

/**
 * Runs a compiled validator and shapes its answer; errors are deduplicated, in ajv's order, the
 * first `maxReportedProblems` listed and the rest counted (one `omitted` entry after them).
 * A value holding BigInts is judged as the JSON it stands for (see big-integers.ts); `value` in
 * a valid result is the value given, BigInts included.
 */
export function toResult<T>(validate: CompiledValidator, value: unknown): ValidationResult<T> {
  if (validate(value)) return { valid: true, value: value as T };
  // Only an invalid verdict can hinge on a BigInt: ajv refuses one wherever a type, enum or const
  // applies, and lets it through where nothing does, as it would a number. (That holds while the
  // schemas use none of not, if, oneOf, uniqueItems, maxContains; a test checks that they don't.)
  const asNumbers = withBigIntsAsNumbers(value);
  if (asNumbers !== undefined && validate(asNumbers)) return { valid: true, value: value as T };
  const seen = new Set<string>();
  const errors: ValidationError[] = [];
  let omitted = 0;
  for (const error of validate.errors ?? []) {
    const described = describeError(error, value);
    const key = `${described.path}\u0000${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (errors.length < maxReportedProblems) errors.push(described);
    else omitted++;
  }
  if (omitted > 0) errors.push(omittedProblems(omitted));
  return { valid: false, errors };
}

/**
 * A JSON pointer as Standard Schema path keys: array indices are numbers where the value holds an
 * array there (where it holds nothing, as for a missing property, a key stays a string).
 */
export function pathKeys(pointer: string, root: unknown): PropertyKey[] {
  const keys: PropertyKey[] = [];
  let node = root;
  for (const key of pointerKeys(pointer)) {
    const index = Array.isArray(node) && /^(0|[1-9]\d*)$/.test(key);
    keys.push(index ? Number(key) : key);
    node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  }
  return keys;
}

/**
 * The validator of one compiled schema: `toResult` as a function, and as a Standard Schema whose
 * issues are the result's errors (the "and N more" entry of a cut list included, at the root).
 */
export function validator<T>(compiled: CompiledValidator): Validator<T> {
  const check = (value: unknown) => toResult<T>(compiled, value);
  const standard: Validator<T>["~standard"] = {
    version: 1,
    vendor: "scenario-api",
    validate(value) {
      const result = check(value);
      return result.valid
        ? { value: result.value }
        : { issues: result.errors.map((e) => ({ message: e.message, path: pathKeys(e.path, value) })) };
    },
  };
  return Object.assign(check, { "~standard": standard });
}

/** Longest path and message a line shows; a longer one keeps its start and end around `...`. */
const shownPath = 200;
const shownMessage = 500;

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = Math.ceil((max - 3) / 2);
  return `${text.slice(0, head)}...${text.slice(text.length - (max - 3 - head))}`;
}

/**
 * The errors as lines a person reads: `/job/status: must be one of ...`; the value itself shows as
 * `(root)`. Bounded whatever the list: at most `maxReportedProblems` lines of problems, each path
 * and message cut to a few hundred characters, then `... and <n> more problems` when there were more.
 */
export function formatErrors(errors: readonly ValidationError[]): string {
  const lines: string[] = [];
  let more = 0;
  for (const e of errors) {
    if (e.omitted !== undefined) more += e.omitted;
    else if (lines.length < maxReportedProblems)
      lines.push(`${e.path === "" ? "(root)" : cut(e.path, shownPath)}: ${cut(e.message, shownMessage)}`);
    else more++;
  }
  if (more > 0) lines.push(omittedProblems(more).message);
  return lines.join("\n");
}
