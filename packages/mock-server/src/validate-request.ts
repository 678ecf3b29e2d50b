// Request validation with the result shape of @scenario-api/schemas' precompiled validators
// (`{ valid: true, value } | { valid: false, errors: [{ path, message }] }`, path a JSON
// pointer), so the server can switch to that package without changing anything else. The
// rules are the spec's for PUT /workflows/{workflowId}/run: the path's workflowId is a
// non-empty string, projectId a string, and the body a JSON object of any keys.

export interface ValidationError {
  /** JSON pointer into the validated value ("" for the value itself). */
  path: string;
  message: string;
}

export type ValidationResult<T> = { valid: true; value: T } | { valid: false; errors: ValidationError[] };

export type RunWorkflowRequest = Record<string, unknown>;

export function validateRunWorkflowRequest(body: unknown): ValidationResult<RunWorkflowRequest> {
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return { valid: false, errors: [{ path: "", message: "must be a JSON object" }] };
  }
  return { valid: true, value: body as RunWorkflowRequest };
}

export interface RunWorkflowPath {
  workflowId: string;
}

export function validateRunWorkflowPath(params: Record<string, unknown>): ValidationResult<RunWorkflowPath> {
  const id = params.workflowId;
  if (typeof id !== "string") return { valid: false, errors: [{ path: "/workflowId", message: "must be a string" }] };
  if (id.length < 1) return { valid: false, errors: [{ path: "/workflowId", message: "must NOT have fewer than 1 characters" }] };
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
