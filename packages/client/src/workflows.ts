import type { DryRunEstimate, RunWorkflowBody, RunWorkflowResponse } from "@scenario-api/types";
import { apiError, isJsonObject, parseBody, ScenarioError, validateAnswer, type ResponseValidators } from "./errors.js";
import { jsonBody } from "./json-body.js";
import { checkHeader, checkPolicy, type ResolvedOptions } from "./options.js";
import { pathSegment, wellFormed } from "./path-segment.js";
import { readText } from "./read-body.js";
import { send } from "./send.js";

/** The API's parameters of `estimate` (sent in the query). */
export interface EstimateParams {
  /** The project that owns the workflow (needed for private workflows). */
  projectId?: string | undefined;
}

/** The API's parameters of `run` (sent in the query). */
export interface RunParams extends EstimateParams {
  /** Check and price without running. The API then answers 402, which `run` throws as a ScenarioApiError: use `estimate` instead. */
  dryRun?: boolean | undefined;
}

/** How one call is made; none of it is an API parameter. */
export interface RequestOptions {
  /** Abort the call (all attempts and the waits between them). */
  signal?: AbortSignal | undefined;
  /** Per attempt, overrides the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
  /** Overrides the client's `maxRetries`. */
  maxRetries?: number | undefined;
  /** Sent with this call, over the client's `headers` (never over Authorization). */
  headers?: Record<string, string> | undefined;
  /**
   * Check the 2xx body against the API's schema (throws ResponseValidationError): `true` uses the
   * client's `validateResponses` validators, `false` turns the client's off for this call.
   */
  validateResponses?: boolean | ResponseValidators | undefined;
}

/** The raw answer next to the parsed body. */
export interface WithResponse<T> {
  data: T;
  /** Status and headers (`x-request-id`, rate limits, ...); the body has been read already. */
  response: Response;
  /** The answer's `x-request-id` (undefined when the API sent none): quote it to support. */
  requestId: string | undefined;
}

/** A call's promise; `withResponse()` resolves to the body and the raw answer. */
export interface APIPromise<T> extends Promise<T> {
  withResponse(): Promise<WithResponse<T>>;
}

export interface Workflows {
  /** `PUT /workflows/{workflowId}/run`: starts a run (billed, not idempotent) and resolves to the queued job and its workflow. */
  run(
    workflowId: string,
    body?: RunWorkflowBody,
    params?: RunParams,
    options?: RequestOptions,
  ): APIPromise<RunWorkflowResponse>;
  /** The same request with `dryRun=true`: resolves to the estimate the API answers with HTTP 402. Nothing runs. */
  estimate(
    workflowId: string,
    body?: RunWorkflowBody,
    params?: EstimateParams,
    options?: RequestOptions,
  ): APIPromise<DryRunEstimate>;
}

type Kind = "run" | "estimate";

/** The validators a call uses (undefined: it does not validate), checked before any request. */
function validatorsFor(
  client: ResponseValidators | undefined,
  call: RequestOptions["validateResponses"],
): ResponseValidators | undefined {
  const validators = call === undefined || call === true ? client : call || undefined;
  if (call === true ? !validators : validators && typeof validators.check !== "function") {
    throw new ScenarioError("validateResponses needs responseValidators from @scenario-api/client/validate");
  }
  return validators;
}

/** The client's headers with a call's own (checked like the client's, lower-cased); Authorization stays the client's. */
function callHeaders(base: Record<string, string>, own: Record<string, string> | undefined): Record<string, string> {
  if (own === undefined) return base;
  const headers = { ...base };
  for (const [name, value] of Object.entries(own)) {
    checkHeader(name, value);
    headers[name.toLowerCase()] = value;
  }
  headers.authorization = base.authorization!;
  return headers;
}

/**
 * The hot path: the URL is one string, the headers are precomputed, one fetch per attempt, no
 * Request object and no middleware chain. Retries, timeouts and errors go through the same
 * `send` and `apiError` as the openapi-fetch client.
 */
export function workflows(client: ResolvedOptions): Workflows {
  async function request<T>(
    kind: Kind,
    workflowId: string,
    body: RunWorkflowBody | undefined,
    params: RunParams,
    options: RequestOptions,
    seen: { response?: Response },
  ): Promise<T> {
    // Before 0.2 these were in the third argument: ignoring them there would drop a timeout or an abort.
    for (const name of ["signal", "timeoutMs", "maxRetries"]) {
      if (name in params) throw new ScenarioError(`${name} is a request option: the fourth argument`);
    }
    // estimate() expects the 402 answer; run({ dryRun }) gets it as an error.
    const estimate = kind === "estimate";
    let query = estimate || params.dryRun ? "?dryRun=true" : "";
    if (params.projectId !== undefined)
      query += `${query ? "&" : "?"}projectId=${wellFormed("projectId", params.projectId)}`;
    const url = `${client.baseUrl}/workflows/${pathSegment("workflowId", workflowId)}/run${query}`;
    const json = jsonBody(body ?? {});
    const headers = callHeaders(client.headers, options.headers);
    const validators = validatorsFor(client.validateResponses, options.validateResponses);
    return send(
      (signal) => client.fetch(url, { method: "PUT", headers, body: json, signal, redirect: "manual" }),
      async (response) => {
        const answer = parseBody(await readText(response, client.maxResponseBytes));
        if (!isJsonObject(answer) || !(estimate ? response.status === 402 : response.ok))
          throw apiError(response.status, response.headers, answer);
        validateAnswer(validators, kind, answer, response.status);
        seen.response = response;
        return answer as T;
      },
      checkPolicy({
        timeoutMs: options.timeoutMs ?? client.timeoutMs,
        maxRetries: options.maxRetries ?? client.maxRetries,
        retry: client.retry,
      }),
      options.signal,
      client.log?.("PUT", url),
    );
  }
  // The raw answer is only referenced on the default path; `withResponse()` pairs it with the body on demand.
  function call<T>(
    kind: Kind,
    workflowId: string,
    body: RunWorkflowBody | undefined,
    params: RunParams,
    options: RequestOptions,
  ): APIPromise<T> {
    const seen: { response?: Response } = {};
    const data = request<T>(kind, workflowId, body, params, options, seen) as APIPromise<T>;
    data.withResponse = () =>
      data.then((value) => {
        const response = seen.response!;
        return { data: value, response, requestId: response.headers.get("x-request-id") ?? undefined };
      });
    return data;
  }
  return {
    run: (workflowId, body, params = {}, options = {}) => call("run", workflowId, body, params, options),
    estimate: (workflowId, body, params = {}, options = {}) => call("estimate", workflowId, body, params, options),
  };
}
