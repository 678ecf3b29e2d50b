// A TypeScript application that reads what runs answer, written once against today's spec and
// never edited when the spec changes: it must compile (tsc --strict) exactly when spec-diff
// reports nothing breaking for responses.
import type {
  ApiError,
  DryRunEstimate,
  Job,
  JobStatus,
  RunWorkflowResponse,
  StatusHistoryEntry,
} from "@scenario-api/types";

// Every status handled; `never` makes a status the code does not know a compile error.
export function label(status: JobStatus): string {
  switch (status) {
    case "queued":
      return "Queued";
    case "pending":
      return "Waiting";
    case "warming-up":
      return "Warming up";
    case "in-progress":
      return "Running";
    case "finalizing":
      return "Finalizing";
    case "success":
      return "Done";
    case "failure":
      return "Failed";
    case "canceled":
      return "Canceled";
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}

export const finished = (job: Job) => job.status === "success" || job.status === "failure" || job.status === "canceled";

export function summary(answer: RunWorkflowResponse): string {
  const { job, workflow } = answer;
  const id: string = job.jobId;
  const progress: number = job.progress;
  const created: Date = new Date(job.createdAt);
  const owner: string | undefined = job.ownerId;
  const cost: number | undefined = job.billing?.cuCost;
  const history: string[] = job.statusHistory.map(
    (entry: StatusHistoryEntry) => `${entry.date} ${label(entry.status)}`,
  );
  const name: string = workflow.name;
  return `${name} ${id} ${label(job.status)} ${Math.round(progress * 100)}% ${created.toISOString()} ${owner ?? "-"} ${cost ?? 0} ${history.join(", ")}`;
}

export const describeError = (error: ApiError) => `${error.statusCode} ${error.error}: ${error.message}`;
export const estimated = (estimate: DryRunEstimate): number => estimate.estimatedCost;
