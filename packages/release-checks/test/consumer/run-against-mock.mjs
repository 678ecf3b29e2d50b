// A run from the installed client against the installed mock server's CLI (URL in argv[2]);
// ids starting with "missing" are unknown to the mock (404).
import { createScenarioClient, NotFoundError } from "@scenario-api/client";
import { responseValidators } from "@scenario-api/client/validate";
import { validateRunWorkflowResponse } from "@scenario-api/schemas";

const client = createScenarioClient({ apiKey: "test-key", apiSecret: "test-secret", baseUrl: process.argv[2] });
const answer = await client.workflows.run("workflow_9pQm2xV4kT7sLr1Hb3Nc", { prompt: "a lighthouse" });
const estimate = await client.workflows.estimate("workflow_9pQm2xV4kT7sLr1Hb3Nc", {});
// The same run with the validate entry: the mock's answers follow the spec.
const validated = await createScenarioClient({
  apiKey: "test-key",
  apiSecret: "test-secret",
  baseUrl: process.argv[2],
  validateResponses: responseValidators,
})
  .workflows.run("workflow_9pQm2xV4kT7sLr1Hb3Nc", {})
  .withResponse();
const notFound = await client.workflows.run("missing_workflow", {}).catch((e) => e);
console.log(
  JSON.stringify({
    status: answer.job.status,
    valid: validateRunWorkflowResponse(answer).valid,
    validated: [validated.data.job.status, validated.response.status],
    estimate: estimate.statusCode,
    notFound: notFound instanceof NotFoundError ? notFound.status : String(notFound),
  }),
);
