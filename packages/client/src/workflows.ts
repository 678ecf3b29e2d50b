import type { DryRunEstimate, operations, RunWorkflowBody, RunWorkflowResponse } from "@scenario-api/types";
import {
  type ApiParams,
  type Argument,
  type CallArgs,
  namedArguments,
  type ParameterRule,
  parameterText,
} from "./api-params.js";
import { expectedAnswer, readAnswer } from "./answer.js";
import { ScenarioError, validateAnswer, type ResponseValidators } from "./errors.js";
import { runWorkflowParameters } from "./generated/parameters.js";
import { setHeaders } from "./headers.js";
import { jsonBody } from "./json-body.js";
import { checkPolicy, type ResolvedOptions } from "./options.js";
import { pathSegment, wellFormed } from "./path-segment.js";
import { send } from "./send.js";

// The API's parameters come from the spec (src/api-params.ts), with one deliberate exception, here:
// `dryRun`. The spec gives it an empty schema (the endpoint's reference page lists it with an open
// type, and the spec keeps that), so the generated type would be `unknown`; the client offers it as
// a boolean, and `estimate()` exists because of it (it sends `dryRun=true` and expects the 402).
const DRY_RUN = "dryRun";

/** The API's parameters of `estimate` (query and header parameters from the spec, but `dryRun`). */
export type EstimateParams = Omit<ApiParams<operations["runWorkflow"]["parameters"]>, typeof DRY_RUN>;

/** The API's parameters of `run`: those of `estimate`, and `dryRun`. */
export type RunParams = EstimateParams & {
  /** Check and price without running. The API then answers 402, which `run` throws as a ScenarioApiError: use `estimate` instead. */
  dryRun?: boolean | undefined;
};

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
  /**
   * `PUT /workflows/{workflowId}/run`: starts a run (billed, not idempotent) and resolves to the queued job and its
   * workflow. Arguments after the id: `body`, `params` (the API's), `options` (this request's).
   */
  run(
    workflowId: string,
    ...args: CallArgs<RunWorkflowBody, RunParams, RequestOptions>
  ): APIPromise<RunWorkflowResponse>;
  /** The same request with `dryRun=true`: resolves to the estimate the API answers with HTTP 402. Nothing runs. */
  estimate(
    workflowId: string,
    ...args: CallArgs<RunWorkflowBody, EstimateParams, RequestOptions>
  ): APIPromise<DryRunEstimate>;
}

type Kind = "run" | "estimate";

// Every request option by name (`satisfies` keeps the list whole). A spec parameter of the same name
// could not be told apart from it: `never` below makes such a spec fail to compile here.
const requestOptions = Object.keys({
  signal: 0,
  timeoutMs: 0,
  maxRetries: 0,
  headers: 0,
  validateResponses: 0,
} satisfies Record<keyof RequestOptions, 0> & Partial<Record<keyof RunParams & keyof RequestOptions, never>>);
// Typed as rows of any spec's table, not this spec's literal one: the code below serves every spec.
const rules: readonly ParameterRule[] = runWorkflowParameters;
const homes = new Map<string, Argument>([
  ...requestOptions.map((name): [string, Argument] => [name, "fourth"]),
  ...rules.map((rule): [string, Argument] => [rule.name, rule.in === "path" ? "first" : "third"]),
]);
// estimate() is always a dry run: it takes no dryRun.
const estimateHomes = new Map(homes);
estimateHomes.delete(DRY_RUN);
const dryRunRule: ParameterRule = { name: DRY_RUN, in: "query", required: false, schema: { type: "boolean" } };

/** The query and the headers of a call from its (checked) `params`. */
function apiParams(kind: Kind, params: Record<string, unknown>): { query: string; headers: Record<string, string> } {
  // estimate() expects the 402 answer; run({ dryRun: true }) gets it as an error.
  let query = kind === "estimate" || parameterText(dryRunRule, params[DRY_RUN]) === "true" ? `?${DRY_RUN}=true` : "";
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const text = rule.in === "path" || rule.name === DRY_RUN ? undefined : parameterText(rule, params[rule.name]);
    if (text === undefined) continue;
    if (rule.in === "header") setHeaders(headers, { [rule.name]: text });
    else query += `${query ? "&" : "?"}${encodeURIComponent(rule.name)}=${wellFormed(rule.name, text)}`;
  }
  return { query, headers };
}

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

/**
 * The client's headers with a call's own (checked like the client's, lower-cased), then the API's
 * header parameters (checked already); Authorization stays the client's.
 */
function callHeaders(
  base: Record<string, string>,
  own: Record<string, string> | undefined,
  api: Record<string, string>,
): Record<string, string> {
  if (own === undefined && Object.keys(api).length === 0) return base;
  const headers = setHeaders({ ...base }, own);
  Object.assign(headers, api);
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
    given: unknown,
    givenOptions: unknown,
    seen: { response?: Response },
  ): Promise<T> {
    const places = kind === "run" ? homes : estimateHomes;
    const options: RequestOptions = namedArguments(givenOptions, "fourth", places, `${kind}()`);
    const api = apiParams(kind, namedArguments(given, "third", places, `${kind}()`));
    const url = `${client.baseUrl}/workflows/${pathSegment("workflowId", workflowId)}/run${api.query}`;
    const json = jsonBody(body ?? {});
    const headers = callHeaders(client.headers, options.headers, api.headers);
    const validators = validatorsFor(client.validateResponses, options.validateResponses);
    return send(
      (signal) => client.fetch(url, { method: "PUT", headers, body: json, signal, redirect: "manual" }),
      async (response) => {
        // run() expects a 2xx; estimate() the API's 402, which carries the estimate.
        let expected = response.ok;
        if (kind === "estimate") expected = response.status === 402;
        const answer = expectedAnswer(response, await readAnswer(response, client.maxResponseBytes), expected);
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
    params: unknown,
    options: unknown,
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
    run: (workflowId, body, params, options) => call("run", workflowId, body, params, options),
    estimate: (workflowId, body, params, options) => call("estimate", workflowId, body, params, options),
  };
}
