// A separate entry, so that a client that does not validate never bundles the validators.
// ScenarioError lives in a chunk both entries share (tsup `splitting`), so `instanceof` holds
// across them in CommonJS too.
import { ScenarioError, type ResponseValidators } from "./errors.js";
import { formatErrors, validateDryRunEstimate, validateRunWorkflowResponse } from "@scenario-api/schemas";

/**
 * One way the body breaks the schema: a JSON pointer into it (`""` is the body itself) and what the
 * value must be. At most 100 are listed; then one more, `{ path: "", message: "... and <n> more
 * problems", omitted: n }`, says how many there were beyond.
 */
export interface ResponseProblem {
  path: string;
  message: string;
  /** Only on the entry that ends a cut list: how many problems were not listed. */
  omitted?: number;
}

/** With `validateResponses`: the API answered (2xx) with a body that does not match its schema. */
export class ResponseValidationError extends ScenarioError {
  override name = "ResponseValidationError";
  constructor(
    readonly status: number,
    readonly problems: readonly ResponseProblem[],
    /** The parsed body, as the API sent it. */
    readonly body: unknown,
  ) {
    // formatErrors bounds the text (100 lines, each cut) whatever the list: a body with a million
    // broken values gives a message of a few kilobytes, not megabytes.
    super(`The answer (HTTP ${status}) does not match the API's schema:\n${formatErrors(problems)}`);
  }
}

const schemas = { run: validateRunWorkflowResponse, estimate: validateDryRunEstimate };

/**
 * The precompiled validators of `@scenario-api/schemas` for the answers of `workflows.*`:
 * `createScenarioClient({ validateResponses: responseValidators })`.
 */
export const responseValidators: ResponseValidators = {
  check(kind, body, status) {
    const result = schemas[kind](body);
    if (!result.valid) throw new ResponseValidationError(status, result.errors, body);
  },
};

export type { ResponseValidators } from "./errors.js";
