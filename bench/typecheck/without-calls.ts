// The same consumer file with the client calls removed: the baseline.
import { createScenarioClient, ScenarioApiError } from "@scenario-api/client";

const client = createScenarioClient({ apiKey: "key", apiSecret: "secret" });

export async function run(workflowId: string): Promise<string> {
  try {
    return `${workflowId} ${typeof client}`;
  } catch (error) {
    if (error instanceof ScenarioApiError) return `failed: ${error.status}`;
    throw error;
  }
}
