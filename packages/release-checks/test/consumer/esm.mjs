// ESM consumer: import every package's entry the way a Node app would.
import { createScenarioClient, NotFoundError, ScenarioApiError } from "@scenario-api/client";
import { validateJob, validateRunWorkflowResponse } from "@scenario-api/schemas";
import { jobStatuses } from "@scenario-api/types";
import { startMockServer } from "@scenario-api/mock-server";
import spec from "@scenario-api/openapi/openapi.json" with { type: "json" };

const checks = {
  client: typeof createScenarioClient === "function" && NotFoundError.prototype instanceof ScenarioApiError,
  validators:
    validateJob({}).valid === false &&
    validateRunWorkflowResponse(spec.components.examples.RunWorkflowReferenceResponse.value).valid,
  types: jobStatuses.length === 8,
  mockServer: typeof startMockServer === "function",
  spec: spec.paths["/workflows/{workflowId}/run"].put.operationId === "runWorkflow",
};
console.log(JSON.stringify(checks));
