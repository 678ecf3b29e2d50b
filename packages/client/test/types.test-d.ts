import { assertType, expectTypeOf, test } from "vitest";
import { createScenarioClient, type DryRunEstimate, type RunWorkflowResponse } from "@scenario-api/client";

const client = createScenarioClient({ apiKey: "k", apiSecret: "s" });

test("workflows.run and estimate resolve to the spec's types", () => {
  expectTypeOf(client.workflows.run("wf")).resolves.toEqualTypeOf<RunWorkflowResponse>();
  expectTypeOf(client.workflows.estimate("wf", { prompt: "x" })).resolves.toEqualTypeOf<DryRunEstimate>();
  expectTypeOf<Awaited<ReturnType<typeof client.workflows.estimate>>["statusCode"]>().toEqualTypeOf<402>();
  // @ts-expect-error: the body is an object of input values
  void client.workflows.run("wf", "prompt");
  // @ts-expect-error: dryRun is a boolean option
  void client.workflows.run("wf", {}, { dryRun: "yes" });
});

test("client.PUT is openapi-fetch, typed from paths", async () => {
  const { data, error } = await client.PUT("/workflows/{workflowId}/run", { params: { path: { workflowId: "wf" } }, body: {} });
  if (data) expectTypeOf(data.job.status).toEqualTypeOf<RunWorkflowResponse["job"]["status"]>();
  // The spec's 5XX (a gateway's answer) may be an HTML or text page: the error body can be a string.
  if (error) assertType<{ statusCode: number } | string>(error);
  if (typeof error === "string") expectTypeOf(error).toEqualTypeOf<string>();
  // @ts-expect-error: the path parameter is required
  void client.PUT("/workflows/{workflowId}/run", { params: { path: {} }, body: {} });
  // @ts-expect-error: no such path
  void client.PUT("/workflows/{workflowId}/stop", { params: { path: { workflowId: "wf" } }, body: {} });
});
