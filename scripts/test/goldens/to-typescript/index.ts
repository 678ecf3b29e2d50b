// Generated from @scenario-api/openapi by scripts/src/to-typescript.ts. Do not edit.

import type { components, operations } from "./openapi.js";

export type { components, operations, paths, webhooks, $defs } from "./openapi.js";

// One alias per named schema in the spec.
export type Job = components["schemas"]["Job"];
export type JobStatus = components["schemas"]["JobStatus"];
export type Problem = components["schemas"]["Problem"];
export type RunRequest = components["schemas"]["RunRequest"];

// The runWorkflow operation.
export type RunWorkflowParams = operations["runWorkflow"]["parameters"];
export type RunWorkflowPath = operations["runWorkflow"]["parameters"]["path"];
export type RunWorkflowQuery = NonNullable<operations["runWorkflow"]["parameters"]["query"]>;
export type RunWorkflowBody = operations["runWorkflow"]["requestBody"] extends { content: { "application/json": infer B } } ? B : never;

/** Every value of {@link JobStatus}, in the spec's order. */
export const jobStatuses = ["queued","success","failure"] as const satisfies readonly JobStatus[];
