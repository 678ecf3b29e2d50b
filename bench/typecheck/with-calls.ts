// A consumer file that calls the client: what its types cost the type-checker.
import { createScenarioClient, ScenarioApiError } from "@scenario-api/client";

const client = createScenarioClient({ apiKey: "key", apiSecret: "secret" });

export async function run(workflowId: string): Promise<string> {
  try {
    const { job, workflow } = await client.workflows.run(
      workflowId,
      { prompt: "a lighthouse" },
      { projectId: "proj_1" },
    );
    const estimate = await client.workflows.estimate(workflowId, { prompt: "a lighthouse" });
    const raw = await client.PUT("/workflows/{workflowId}/run", {
      params: { path: { workflowId }, query: { dryRun: "true" } },
      body: { prompt: "a lighthouse" },
    });
    const flow = job.metadata.flow?.map((node) => `${node.id}:${node.status}`) ?? [];
    return `${workflow.name} ${job.status} ${estimate.estimatedCost} ${raw.response.status} ${flow.join(",")}`;
  } catch (error) {
    if (error instanceof ScenarioApiError) return `failed: ${error.status}`;
    throw error;
  }
}
