import { validateDryRunEstimate, validateRunWorkflowResponse } from "@scenario-api/schemas";
import type { ResponseValidators } from "./errors.js";

/**
 * The precompiled validators of `@scenario-api/schemas` for the answers of `workflows.*`, for
 * `createScenarioClient({ validateResponses: responseValidators })`. A separate entry, so that
 * a client that does not validate never bundles them.
 */
export const responseValidators: ResponseValidators = {
  run: validateRunWorkflowResponse,
  estimate: validateDryRunEstimate,
};

export type { ResponseValidators, ValidationOutcome } from "./errors.js";
