// The names an application imports from the packages, written once against today's spec: a name
// the packages stop exporting is a compile error here, for requests and responses alike.
import {
  type ValidationResult,
  validateJob,
  validateJobBilling,
  validateRunWorkflowRequest,
  validateRunWorkflowResponse,
} from "@scenario-api/schemas";
import {
  type AssetRef,
  type JobBilling,
  type JobMetadata,
  jobStatuses,
  type Workflow,
  type WorkflowInput,
} from "@scenario-api/types";

export const checks: Array<(value: unknown) => ValidationResult<unknown>> = [
  validateJob,
  validateJobBilling,
  validateRunWorkflowRequest,
  validateRunWorkflowResponse,
];
export const knownStatuses: readonly string[] = jobStatuses;
export type Used = [AssetRef, JobBilling, JobMetadata, Workflow, WorkflowInput];
export const cost = (billing: JobBilling): number => billing.cuCost - billing.cuDiscount;
