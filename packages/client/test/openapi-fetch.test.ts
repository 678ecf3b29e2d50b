import { describe, expect, test } from "vitest";
import { errorFromResponse, NotFoundError, ScenarioConnectionError } from "@scenario-api/client";
import { rejection, setup } from "./servers.js";

describe("the openapi-fetch client underneath", () => {
  test("client.PUT is typed from the spec, authenticated by the middleware, and gets data", async () => {
    const { mock, client } = await setup();
    const { data, error, response } = await client.PUT("/workflows/{workflowId}/run", {
      params: { path: { workflowId: "wf_1" }, query: { projectId: "proj_1" } },
      body: { prompt: "x" },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.job.status).toBe("queued");
    expect(mock.requests[0]).toMatchObject({
      rawUrl: "/v1/workflows/wf_1/run?projectId=proj_1",
      body: { prompt: "x" },
    });
    expect(mock.requests[0]!.headers["user-agent"]).toBe("scenario-api-client/0.1.0");
  });

  test("HTTP errors come back as openapi-fetch's typed `error`", async () => {
    const { client } = await setup();
    const { data, error, response } = await client.PUT("/workflows/{workflowId}/run", {
      params: { path: { workflowId: "missing_1" } },
      body: {},
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toEqual({ statusCode: 404, error: "Not Found", message: "Workflow missing_1 not found" });
    const thrown = errorFromResponse(response, error);
    expect(thrown).toBeInstanceOf(NotFoundError);
    expect(thrown).toMatchObject({
      status: 404,
      message: "404 Workflow missing_1 not found",
      requestId: response.headers.get("x-request-id"),
    });
  });

  test("shares the retry policy: 429 retried, 500 not", async () => {
    let calls = 0;
    const { mock, client } = await setup({
      scenario: (r) =>
        r.workflowId === "wf" && ++calls < 3 ? { status: 429, headers: { "retry-after": "0" } } : undefined,
    });
    const ok = await client.PUT("/workflows/{workflowId}/run", { params: { path: { workflowId: "wf" } }, body: {} });
    expect(ok.response.status).toBe(200);
    expect(mock.requests).toHaveLength(3);
    const failed = await client.PUT("/workflows/{workflowId}/run", {
      params: { path: { workflowId: "mock:500" } },
      body: {},
    });
    expect(failed.response.status).toBe(500);
    expect(mock.requests).toHaveLength(4);
  });

  test("transport failures throw the same error classes", async () => {
    // The hang-up gets the default timeout: with 100 ms, a loaded machine's retries can outlast it.
    const { client } = await setup();
    const { client: impatient } = await setup({}, { timeoutMs: 100 });
    const call = (c: typeof client, workflowId: string) =>
      c.PUT("/workflows/{workflowId}/run", { params: { path: { workflowId } }, body: {} });
    expect(await rejection(call(client, "mock:hangup"))).toBeInstanceOf(ScenarioConnectionError);
    expect(await rejection(call(impatient, "mock:slow:1000"))).toMatchObject({ name: "ScenarioTimeoutError" });
  });
});
