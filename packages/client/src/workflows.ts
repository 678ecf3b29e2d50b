import type { DryRunEstimate, RunWorkflowBody, RunWorkflowResponse } from "@scenario-api/types";
import { apiError, isJsonObject, parseBody } from "./errors.js";
import { jsonBody } from "./json-body.js";
import { checkPolicy, type ResolvedOptions } from "./options.js";
import { pathSegment, wellFormed } from "./path-segment.js";
import { readText } from "./read-body.js";
import { send } from "./send.js";

export interface RequestOptions {
  /** Abort the call (all attempts and the waits between them). */
  signal?: AbortSignal | undefined;
  /** Per attempt, overrides the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
  /** Overrides the client's `maxRetries`. */
  maxRetries?: number | undefined;
  /** The project that owns the workflow (needed for private workflows). */
  projectId?: string | undefined;
}

export interface RunOptions extends RequestOptions {
  /** Check and price without running. The API then answers 402, which `run` throws as a ScenarioApiError: use `estimate` instead. */
  dryRun?: boolean | undefined;
}

export interface Workflows {
  /** `PUT /workflows/{workflowId}/run`: starts a run (billed, not idempotent) and resolves to the queued job and its workflow. */
  run(workflowId: string, body?: RunWorkflowBody, options?: RunOptions): Promise<RunWorkflowResponse>;
  /** The same request with `dryRun=true`: resolves to the estimate the API answers with HTTP 402. Nothing runs. */
  estimate(workflowId: string, body?: RunWorkflowBody, options?: RequestOptions): Promise<DryRunEstimate>;
}

/**
 * The hot path: the URL is one string, the headers are precomputed, one fetch per attempt, no
 * Request object and no middleware chain. Retries, timeouts and errors go through the same
 * `send` and `apiError` as the openapi-fetch client.
 */
export function workflows(o: ResolvedOptions): Workflows {
  // `dryRun` is set for estimate(), which expects the 402 answer; run({ dryRun }) gets it as an error.
  async function call<T>(workflowId: string, body: RunWorkflowBody | undefined, opts: RunOptions, dryRun?: boolean): Promise<T> {
    let query = dryRun || opts.dryRun ? "?dryRun=true" : "";
    if (opts.projectId !== undefined) query += `${query ? "&" : "?"}projectId=${wellFormed("projectId", opts.projectId)}`;
    const url = `${o.baseUrl}/workflows/${pathSegment("workflowId", workflowId)}/run${query}`;
    const json = jsonBody(body ?? {});
    return send(
      (signal) => o.fetch(url, { method: "PUT", headers: o.headers, body: json, signal, redirect: "manual" }),
      async (response) => {
        const answer = parseBody(await readText(response, o.maxResponseBytes));
        if (isJsonObject(answer) && (dryRun ? response.status === 402 : response.ok)) return answer as T;
        throw apiError(response.status, response.headers, answer);
      },
      checkPolicy({ timeoutMs: opts.timeoutMs ?? o.timeoutMs, maxRetries: opts.maxRetries ?? o.maxRetries, retry: o.retry }),
      opts.signal,
    );
  }
  return {
    run: (workflowId, body, options = {}) => call(workflowId, body, options),
    estimate: (workflowId, body, options = {}) => call(workflowId, body, options, true),
  };
}
