import { assertType, expectTypeOf, test } from "vitest";
import {
  createScenarioClient,
  type AuthenticationError,
  type BadRequestError,
  type DryRunEstimate,
  type NotFoundError,
  type PermissionDeniedError,
  type RateLimitError,
  type RunWorkflowResponse,
  type ScenarioApiError,
} from "@scenario-api/client";
import { responseValidators } from "@scenario-api/client/validate";

const client = createScenarioClient({ apiKey: "k", apiSecret: "s" });

test("workflows.run and estimate resolve to the spec's types", () => {
  expectTypeOf(client.workflows.run("wf")).resolves.toEqualTypeOf<RunWorkflowResponse>();
  expectTypeOf(client.workflows.estimate("wf", { prompt: "x" })).resolves.toEqualTypeOf<DryRunEstimate>();
  expectTypeOf<Awaited<ReturnType<typeof client.workflows.estimate>>["statusCode"]>().toEqualTypeOf<402>();
  // @ts-expect-error: the body is an object of input values
  void client.workflows.run("wf", "prompt");
  // @ts-expect-error: dryRun is a boolean parameter
  void client.workflows.run("wf", {}, { dryRun: "yes" });
});

test("API parameters in the third argument, request options in the fourth", () => {
  void client.workflows.run(
    "wf",
    {},
    { projectId: "p", dryRun: true },
    { signal: AbortSignal.timeout(1), timeoutMs: 1, maxRetries: 0, headers: { "x-a": "b" } },
  );
  void client.workflows.estimate("wf", {}, { projectId: "p" }, { validateResponses: true });
  // @ts-expect-error: estimate is always a dry run, it takes no dryRun
  void client.workflows.estimate("wf", {}, { dryRun: true });
  // @ts-expect-error: the 0.1 shape, a request option among the params
  void client.workflows.run("wf", {}, { projectId: "p", timeoutMs: 5 });
  // @ts-expect-error: an API parameter among the request options
  void client.workflows.run("wf", {}, {}, { projectId: "p" });
  void createScenarioClient({ apiKey: "k", apiSecret: "s", validateResponses: responseValidators });
  // @ts-expect-error: the client needs the validators themselves, from @scenario-api/client/validate
  void createScenarioClient({ apiKey: "k", apiSecret: "s", validateResponses: true });
});

test("withResponse() resolves to the data, the raw Response and the request id", () => {
  expectTypeOf(client.workflows.run("wf").withResponse()).resolves.toEqualTypeOf<{
    data: RunWorkflowResponse;
    response: Response;
    requestId: string | undefined;
  }>();
  expectTypeOf(client.workflows.estimate("wf").withResponse()).resolves.toEqualTypeOf<{
    data: DryRunEstimate;
    response: Response;
    requestId: string | undefined;
  }>();
});

test("error subclasses carry literal statuses: a switch on status narrows", () => {
  expectTypeOf<AuthenticationError["status"]>().toEqualTypeOf<401>();
  expectTypeOf<ScenarioApiError["status"]>().toEqualTypeOf<number>();
  const describe = (
    error: BadRequestError | AuthenticationError | PermissionDeniedError | NotFoundError | RateLimitError,
  ): string => {
    switch (error.status) {
      case 400:
        expectTypeOf(error).toEqualTypeOf<BadRequestError>();
        return "bad request";
      case 401:
        expectTypeOf(error).toEqualTypeOf<AuthenticationError>();
        return "check the key";
      case 403:
        expectTypeOf(error).toEqualTypeOf<PermissionDeniedError>();
        return "forbidden";
      case 404:
        expectTypeOf(error).toEqualTypeOf<NotFoundError>();
        return "no such workflow";
      case 429:
        expectTypeOf(error).toEqualTypeOf<RateLimitError>();
        return `retry in ${error.retryAfterMs} ms`;
      default:
        expectTypeOf(error).toBeNever();
        return error;
    }
  };
  void describe;
});

test("client.PUT is openapi-fetch, typed from paths", async () => {
  const { data, error } = await client.PUT("/workflows/{workflowId}/run", {
    params: { path: { workflowId: "wf" } },
    body: {},
  });
  if (data) expectTypeOf(data.job.status).toEqualTypeOf<RunWorkflowResponse["job"]["status"]>();
  // The spec's 5XX (a gateway's answer) may be an HTML or text page: the error body can be a string.
  if (error) assertType<{ statusCode: number } | string>(error);
  if (typeof error === "string") expectTypeOf(error).toEqualTypeOf<string>();
  // @ts-expect-error: the path parameter is required
  void client.PUT("/workflows/{workflowId}/run", { params: { path: {} }, body: {} });
  // @ts-expect-error: no such path
  void client.PUT("/workflows/{workflowId}/stop", { params: { path: { workflowId: "wf" } }, body: {} });
});
