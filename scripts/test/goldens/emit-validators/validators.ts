// Generated from @scenario-api/openapi by scripts/src/emit-validators.ts. Do not edit.
import type {
  Job,
  JobStatus,
  Problem,
  RunRequest,
} from "@scenario-api/types";
import * as compiled from "../../generated/standalone.js";
import { toResult, type ValidationResult } from "../result.js";

/**
 * A job.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/Job.json.
 */
export function validateJob(value: unknown): ValidationResult<Job> {
  return toResult<Job>(compiled.Job, value);
}

/**
 * Where the job is.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/JobStatus.json.
 */
export function validateJobStatus(value: unknown): ValidationResult<JobStatus> {
  return toResult<JobStatus>(compiled.JobStatus, value);
}

/**
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/Problem.json.
 */
export function validateProblem(value: unknown): ValidationResult<Problem> {
  return toResult<Problem>(compiled.Problem, value);
}

/**
 * The values of the workflow's inputs, keyed by input name, and how to run it.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/RunRequest.json.
 */
export function validateRunRequest(value: unknown): ValidationResult<RunRequest> {
  return toResult<RunRequest>(compiled.RunRequest, value);
}
