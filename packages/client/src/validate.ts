// A separate entry, so that a client that does not validate never bundles the validators.
// ScenarioError lives in a chunk both entries share (tsup `splitting`), so `instanceof` holds
// across them in CommonJS too.
import { ScenarioError, type ResponseValidators } from "./errors.js";
import { validateDryRunEstimate, validateRunWorkflowResponse } from "@scenario-api/schemas";

/** One way the body breaks the schema: a JSON pointer into it (`""` is the body itself) and what the value must be. */
export interface ResponseProblem {
  path: string;
  message: string;
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
    super(
      `The answer (HTTP ${status}) does not match the API's schema:\n${problems.map((p) => `${p.path || "(root)"}: ${p.message}`).join("\n")}`,
    );
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
