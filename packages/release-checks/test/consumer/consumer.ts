// Type-checked, not run: the client and the types as a strict TypeScript project sees them.
import { createScenarioClient, RateLimitError, type RunWorkflowResponse } from "@scenario-api/client";
import { ResponseValidationError, responseValidators } from "@scenario-api/client/validate";
import { validateJob, type ValidationResult } from "@scenario-api/schemas";
import { jobStatuses, type Job, type JobStatus, type NodeInput } from "@scenario-api/types";

const client = createScenarioClient({ apiKey: "k", apiSecret: "s" });

export async function run(id: string): Promise<JobStatus> {
  try {
    const answer: RunWorkflowResponse = await client.workflows.run(
      id,
      { prompt: "x" },
      { projectId: "p" },
      { timeoutMs: 5_000 },
    );
    const { data } = await client.PUT("/workflows/{workflowId}/run", {
      params: { path: { workflowId: id } },
      body: {},
    });
    const inputs: NodeInput[] = answer.job.metadata.flow?.[0]?.inputs ?? [];
    return data?.job.status ?? (inputs.length > 0 ? "queued" : answer.job.status);
  } catch (error) {
    if (error instanceof RateLimitError) return jobStatuses[5];
    if (error instanceof ResponseValidationError)
      return error.problems[0]?.path === "/job/status" ? "failure" : "queued";
    throw error;
  }
}

export async function validated(id: string): Promise<number> {
  const strict = createScenarioClient({ apiKey: "k", apiSecret: "s", validateResponses: responseValidators });
  const { data, response } = await strict.workflows
    .run(id, {}, { projectId: undefined }, { validateResponses: true, headers: { "x-trace": "t" } })
    .withResponse();
  return data.job.status === "queued" ? response.status : 0;
}

export function check(x: unknown): Job | undefined {
  const result: ValidationResult<Job> = validateJob(x);
  return result.valid ? result.value : undefined;
}

// Settings that may be unset, passed on as they are: under exactOptionalPropertyTypes every option must allow undefined.
export function fromSettings(settings: {
  key?: string;
  secret?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  projectId?: string;
}) {
  const configured = createScenarioClient({
    apiKey: settings.key,
    apiSecret: settings.secret,
    timeoutMs: settings.timeoutMs,
    retry: { initialDelayMs: settings.timeoutMs },
  });
  return configured.workflows.estimate(
    "wf",
    {},
    { projectId: settings.projectId },
    { signal: settings.signal, timeoutMs: settings.timeoutMs },
  );
}

// @ts-expect-error "exploded" is not a job status
export const wrong: JobStatus = "exploded";
