import createClient, { type Client } from "openapi-fetch";
import type { paths } from "@scenario-api/types";
import { resolveOptions, type ScenarioClientOptions } from "./options.js";
import { pathSegment } from "./path-segment.js";
import { send } from "./send.js";
import { workflows, type Workflows } from "./workflows.js";

export type { ScenarioClientOptions } from "./options.js";
export type { RetryOptions } from "./retry-delay.js";
export type { RequestOptions, RunOptions, Workflows } from "./workflows.js";
export type { DryRunEstimate, Job, RunWorkflowBody, RunWorkflowResponse, Workflow, paths } from "@scenario-api/types";
export {
  AuthenticationError,
  BadRequestError,
  errorFromResponse,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ScenarioAbortError,
  ScenarioApiError,
  ScenarioConnectionError,
  ScenarioError,
  ScenarioTimeoutError,
  type ScenarioApiErrorInit,
} from "./errors.js";

async function buffered(response: Response): Promise<Response> {
  const body = await response.arrayBuffer();
  const { status, statusText, headers } = response;
  return new Response(body.byteLength > 0 ? body : null, { status, statusText, headers });
}

/** The openapi-fetch client for the Scenario API, with the `workflows` resource helper. */
export type ScenarioClient = Client<paths> & { workflows: Workflows };

/**
 * A client for the Scenario API. `client.PUT("/workflows/{workflowId}/run", ...)` is openapi-fetch,
 * typed from the spec, with basic auth, retries and timeouts; `client.workflows.run(...)` is the
 * same call made lean, resolving to the body or throwing a ScenarioApiError subclass.
 */
export function createScenarioClient(options: ScenarioClientOptions = {}): ScenarioClient {
  const o = resolveOptions(options);
  // openapi-fetch sets content-type itself, only when there is a body; auth comes from the middleware.
  const { authorization: _auth, "content-type": _, ...headers } = o.headers;
  const client = createClient<paths>({
    baseUrl: o.baseUrl,
    headers,
    // Every path parameter goes through the same check and encoding as workflows.run's.
    pathSerializer: (path, params) => path.replace(/\{([^{}]+)\}/g, (_, name: string) => pathSegment(name, params[name])),
    // The body is read inside `send`, so the timeout and the caller's abort cover it too
    // (openapi-fetch would read it after `send` returned, with neither in force).
    fetch: (request) => send((signal) => o.fetch(request.clone(), { signal }), buffered, o, request.signal),
  });
  client.use({
    onRequest({ request }) {
      request.headers.set("authorization", o.authorization);
    },
  });
  return Object.assign(client, { workflows: workflows(o) });
}
