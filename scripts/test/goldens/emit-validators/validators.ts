// Generated from @scenario-api/openapi by scripts/src/emit-validators.ts. Do not edit.
import type {
  Job,
  JobStatus,
  Problem,
  RunRequest,
} from "@scenario-api/types";
import * as compiled from "../../generated/standalone.js";
import { type Validator, validator } from "../result.js";

/**
 * A job.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/Job.json. Also a Standard Schema v1.
 */
export const validateJob: Validator<Job> = /* @__PURE__ */ validator<Job>(compiled.Job);

/**
 * Where the job is.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/JobStatus.json. Also a Standard Schema v1.
 */
export const validateJobStatus: Validator<JobStatus> = /* @__PURE__ */ validator<JobStatus>(compiled.JobStatus);

/**
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/Problem.json. Also a Standard Schema v1.
 */
export const validateProblem: Validator<Problem> = /* @__PURE__ */ validator<Problem>(compiled.Problem);

/**
 * The values of the workflow's inputs, keyed by input name, and how to run it.
 *
 * Checks `value` against https://scenario-api.github.io/schemas/2020-12/RunRequest.json. Also a Standard Schema v1.
 */
export const validateRunRequest: Validator<RunRequest> = /* @__PURE__ */ validator<RunRequest>(compiled.RunRequest);
