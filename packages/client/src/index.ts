import createClient, { createQuerySerializer, type Client } from "openapi-fetch";
import type { paths } from "@scenario-api/types";
import { expectedAnswer, parseBody, readAnswer } from "./answer.js";
import { apiError, ScenarioError } from "./errors.js";
import { checkHeader } from "./headers.js";
import { jsonBody } from "./json-body.js";
import { logging } from "./log.js";
import { resolveOptions, type ScenarioClientOptions } from "./options.js";
import { pathSegment, wellFormed } from "./path-segment.js";
import { readBytes } from "./read-body.js";
import { send } from "./send.js";
import { workflows, type Workflows } from "./workflows.js";

export type { ScenarioClientOptions } from "./options.js";
export { logging, type Logger, type Logging, type LogLevel } from "./log.js";
export type { RetryOptions } from "./retry-delay.js";
export type { APIPromise, EstimateParams, RequestOptions, RunParams, WithResponse, Workflows } from "./workflows.js";
export type { DryRunEstimate, Job, RunWorkflowBody, RunWorkflowResponse, Workflow, paths } from "@scenario-api/types";
export {
  AuthenticationError,
  BadRequestError,
  errorFromResponse,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  ScenarioAbortError,
  ScenarioApiError,
  ScenarioConnectionError,
  ScenarioError,
  ScenarioTimeoutError,
  type ResponseValidators,
  type ScenarioApiErrorInit,
} from "./errors.js";

/** The answer with its body read (within `limit` bytes), so that openapi-fetch parses it after `send` returned. */
async function buffered(response: Response, limit: number): Promise<Response> {
  const { status, statusText, headers } = response;
  // fetch hands over a status up to 999, but no Response can be built with one past 599: it is
  // thrown as the error workflows.* throws for it (an InternalServerError), not as a broken connection.
  if (status > 599) throw apiError(status, headers, await readAnswer(response, limit));
  const body = await readBytes(response, limit);
  return new Response(body.byteLength > 0 ? body : null, { status, statusText, headers });
}

/**
 * Only `workflows.run` and `workflows.estimate`, without openapi-fetch: the same auth, retries,
 * timeouts and errors as `createScenarioClient(options).workflows`, in a smaller bundle.
 */
export function createWorkflowsClient(options: ScenarioClientOptions = {}): Workflows {
  return workflows(resolveOptions(options));
}

/** The openapi-fetch client for the Scenario API, with the `workflows` resource helper. */
export type ScenarioClient = Client<paths> & { workflows: Workflows };

/**
 * A client for the Scenario API. `client.PUT("/workflows/{workflowId}/run", ...)` is openapi-fetch,
 * typed from the spec, with basic auth, retries and timeouts; `client.workflows.run(...)` is the
 * same call made lean, resolving to the body or throwing a ScenarioApiError subclass.
 */
export function createScenarioClient(options: ScenarioClientOptions = {}): ScenarioClient {
  const resolved = resolveOptions(options, logging);
  // openapi-fetch sets content-type itself, only when there is a body; auth comes from the middleware.
  const { authorization: _auth, "content-type": _, ...headers } = resolved.headers;
  const query = createQuerySerializer();
  const client = createClient<paths>({
    baseUrl: resolved.baseUrl,
    headers,
    // Every path parameter goes through the same check and encoding as workflows.run's.
    pathSerializer: (path, params) =>
      path.replace(/\{([^{}]+)\}/g, (_, name: string) => pathSegment(name, params[name])),
    // Errors openapi-fetch would let through as a URIError, a TypeError or a SyntaxError are ScenarioErrors.
    querySerializer: (params) => {
      for (const [name, value] of Object.entries(params)) if (typeof value === "string") wellFormed(name, value);
      return query(params);
    },
    bodySerializer: jsonBody,
    // The body is read inside `send`, so the timeout and the caller's abort cover it too
    // (openapi-fetch would read it after `send` returned, with neither in force).
    fetch: (request) =>
      send(
        (signal) => resolved.fetch(request.clone(), { signal, redirect: "manual" }),
        (response) => buffered(response, resolved.maxResponseBytes),
        resolved,
        request.signal,
        resolved.log?.(request.method, request.url),
      ),
  });
  client.use({
    onRequest({ request }) {
      // A call's own headers are held to the client's rules (see checkHeader).
      for (const [name, value] of request.headers) checkHeader(name, value);
      request.headers.set("authorization", resolved.authorization);
    },
    // A success is a JSON object, as on the workflows path: anything else is thrown, not returned as `data`.
    async onResponse({ response, options }) {
      if (!response.ok || options.parseAs !== "json") return undefined;
      expectedAnswer(response, parseBody(await response.clone().text()));
      return undefined;
    },
  });
  // What openapi-fetch or fetch throws before sending (a per-call header value fetch refuses, a
  // `signal` that is not an AbortSignal) becomes a ScenarioError too, naming the method; the
  // original is its `cause`.
  for (const method of ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "request"] as const) {
    const call = client[method] as (...args: unknown[]) => Promise<unknown>;
    (client as unknown as Record<string, unknown>)[method] = (...args: unknown[]) =>
      new Promise((resolve) => {
        // openapi-fetch lets one call replace the client's baseUrl or fetch, and with them what the
        // client checks and enforces: https and no user info for the credentials, redirects refused,
        // maxResponseBytes, the timeout and retries. A call cannot; another client can.
        const init = args[method === "request" ? 2 : 1] as { baseUrl?: unknown; fetch?: unknown } | null | undefined;
        for (const name of ["baseUrl", "fetch"] as const) {
          if (init?.[name] !== undefined)
            throw new ScenarioError(
              `client.${method}: ${name} cannot be set per request (the client's checks would not apply): create a client with it`,
            );
        }
        resolve(call(...args));
      }).catch((error: unknown) => {
        throw error instanceof ScenarioError
          ? error
          : new ScenarioError(`client.${method}: ${error instanceof Error ? error.message : String(error)}`, {
              cause: error,
            });
      });
  }
  return Object.assign(client, { workflows: workflows(resolved) });
}
