// A TypeScript application that sends runs, written once against today's spec and never edited
// when the spec changes: the evolution suite compiles it (tsc --strict) against every edit's
// outputs. It must compile exactly when spec-diff reports nothing breaking for requests.
import { createScenarioClient, type RunParams } from "@scenario-api/client";
import type { RunWorkflowBody, RunWorkflowQuery, RunWorkflowRequest } from "@scenario-api/types";

const client = createScenarioClient({ apiKey: "test-key", apiSecret: "test-secret", baseUrl: "http://127.0.0.1:4010" });

// The README's example.
export async function runOne(prompt: string): Promise<string> {
  const { job } = await client.workflows.run("workflow_9pQm2xV4kT7sLr1Hb3Nc", { prompt });
  return job.jobId;
}

// A body built on its own, then sent with the project it belongs to.
export async function runInProject(projectId: string): Promise<void> {
  const body: RunWorkflowRequest = { prompt: "a lighthouse on a cliff at dusk, painterly", numSamples: 2 };
  const params: RunParams = { projectId };
  await client.workflows.run("workflow_9pQm2xV4kT7sLr1Hb3Nc", body, params, { maxRetries: 0 });
}

// Prices a run first.
export async function price(body: RunWorkflowBody): Promise<number> {
  const estimate = await client.workflows.estimate("workflow_9pQm2xV4kT7sLr1Hb3Nc", body, { projectId: "proj_1" });
  return estimate.estimatedCost;
}

// The query as the generated types describe it, for a caller that builds URLs itself.
export const query: RunWorkflowQuery = { projectId: "proj_U3Qmc8PCdWXwAQJ4Dvw4tV6D" };

// openapi-fetch, through the client's typed paths.
export async function raw(): Promise<void> {
  await client.PUT("/workflows/{workflowId}/run", {
    params: { path: { workflowId: "workflow_9pQm2xV4kT7sLr1Hb3Nc" }, query: { projectId: "proj_1" } },
    body: { prompt: "a lighthouse" },
  });
}
