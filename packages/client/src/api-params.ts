// The API's parameters of a call, from the spec: their types from @scenario-api/types' `operations`,
// what is sent from src/generated/parameters.ts (scripts/src/emit-parameters.ts). A parameter added
// to the spec reaches `params`, the query (or the headers) after a rebuild; nothing here names one.
import { ScenarioError } from "./errors.js";

/** One row of the generated table (the part the client reads). */
export interface ParameterRule {
  readonly name: string;
  readonly in: "path" | "query" | "header";
  readonly required: boolean;
  readonly schema: { readonly type?: string | readonly string[] };
}

/** No properties: what an operation without query (or header) parameters contributes. */
type Empty = Record<never, never>;
type Defined<T> = [NonNullable<T>] extends [never] ? Empty : NonNullable<T>;

/**
 * The query and header parameters of an operation (openapi-typescript's `parameters`), by name.
 * An optional one may also be given as `undefined` ("not given"), for `exactOptionalPropertyTypes`.
 */
export type ApiParams<P extends { query?: unknown; header?: unknown }> = Settable<
  Defined<P["query"]> & Defined<P["header"]>
>;
type Settable<T> = { [K in keyof T]: Empty extends Pick<T, K> ? T[K] | undefined : T[K] };

/** What a caller writes after the workflow id: `params` is required once the spec requires a parameter. */
export type CallArgs<Body, Params, Options> = Empty extends Params
  ? [body?: Body, params?: Params, options?: Options]
  : [body: Body | undefined, params: Params, options?: Options];

/** `typeof`, but null and arrays by name: for messages. */
const kindOf = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/** Which argument a name belongs in. */
export type Argument = "first" | "third" | "fourth";

/**
 * `value`, the `at` argument of `call`, as an object of named arguments (`undefined` is none),
 * refusing a name that belongs in another argument or in none: an API parameter among the request
 * options would otherwise be dropped (a `dryRun` among them started a billed run). A name given
 * as `undefined` is not given.
 */
export function namedArguments(
  value: unknown,
  at: "third" | "fourth",
  homes: Map<string, Argument>,
  call: string,
): Record<string, unknown> {
  const what = at === "third" ? "params" : "options";
  if (value !== undefined && kindOf(value) !== "object") {
    throw new ScenarioError(`${what} (the ${at} argument) must be an object or undefined, not ${kindOf(value)}`);
  }
  for (const [name, given] of Object.entries(value ?? {})) {
    const home = homes.get(name);
    if (given === undefined || home === at) continue;
    throw new ScenarioError(
      home
        ? `${name} is ${home === "fourth" ? "a request option" : "an API parameter"}: the ${home} argument`
        : `${name} is not ${at === "fourth" ? "a request option" : `a parameter of ${call}`}`,
    );
  }
  return (value ?? {}) as Record<string, unknown>;
}

/**
 * One parameter's value as the text to send, or undefined for none. Absent (`undefined`) is "not
 * given": refused when the spec requires it. `null` is refused unless the schema allows null, which
 * then means "not given" too (a query string has no null). Other values must have a type the
 * schema allows (without a `type`: a string, finite number or boolean); the API checks the rest.
 */
export function parameterText(rule: ParameterRule, value: unknown): string | undefined {
  const types = [rule.schema.type ?? ["string", "number", "boolean"]].flat();
  if (value === undefined || (value === null && types.includes("null"))) {
    if (rule.required) throw new ScenarioError(`${rule.name} is required`);
    return undefined;
  }
  const fits = (type: string) =>
    type === "integer" ? Number.isInteger(value) : type === "number" ? Number.isFinite(value) : kindOf(value) === type;
  if (!types.some(fits)) throw new ScenarioError(`${rule.name} must be ${types.join(" or ")}, not ${kindOf(value)}`);
  return String(value);
}
