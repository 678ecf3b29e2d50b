// The body is checked by @scenario-api/schemas' precompiled RunWorkflowRequest validator. The
// path and query parameters are not component schemas, so their two rules from the spec
// (workflowId a non-empty string, projectId a string) are checked here, with the same result
// shape (`{ valid: true, value } | { valid: false, errors: [{ path, message }] }`).
import type { ValidationResult } from "@scenario-api/schemas";

export interface RunWorkflowPath {
  workflowId: string;
}

export function validateRunWorkflowPath(params: Record<string, unknown>): ValidationResult<RunWorkflowPath> {
  const id = params.workflowId;
  if (typeof id !== "string") return { valid: false, errors: [{ path: "/workflowId", message: "must be a string" }] };
  if (id.length < 1)
    return { valid: false, errors: [{ path: "/workflowId", message: "must NOT have fewer than 1 characters" }] };
  return { valid: true, value: { workflowId: id } };
}

export interface RunWorkflowQuery {
  dryRun?: unknown;
  projectId?: string;
}

export function validateRunWorkflowQuery(query: Record<string, unknown>): ValidationResult<RunWorkflowQuery> {
  if ("projectId" in query && typeof query.projectId !== "string") {
    return { valid: false, errors: [{ path: "/projectId", message: "must be a string" }] };
  }
  return { valid: true, value: query as RunWorkflowQuery };
}

/** `/a/0/b` → `.a[0].b`, for messages such as `body.numSamples must be a number`. */
export function pointerToDots(pointer: string): string {
  return pointer
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : /^[A-Za-z_$][\w$]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`))
    .join("");
}
