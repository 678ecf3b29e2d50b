import { createScenarioClient, ScenarioApiError } from "@scenario-api/client";

// Reads the credentials from SCENARIO_SDK_API_KEY and SCENARIO_SDK_API_SECRET.
const client = createScenarioClient();

try {
  const { job, workflow } = await client.workflows.run("workflow_9pQm2xV4kT7sLr1Hb3Nc", {
    prompt: "a lighthouse on a cliff at dusk, painterly",
    numSamples: 2,
  });
  // The job starts queued; follow job.status until it is success, failure or canceled.
  console.log(`${workflow.name}: job ${job.jobId} is ${job.status} (${Math.round(job.progress * 100)}%)`);

  // dryRun checks and prices a run without starting it.
  const estimate = await client.workflows.estimate("workflow_9pQm2xV4kT7sLr1Hb3Nc", { prompt: "a lighthouse" });
  console.log(`another run would cost about ${estimate.estimatedCost} CU`);
} catch (error) {
  if (error instanceof ScenarioApiError) {
    console.error(`HTTP ${error.status} (request ${error.requestId ?? "?"})`, error.body);
  }
  throw error;
}
