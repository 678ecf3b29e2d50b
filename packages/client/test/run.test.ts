import { describe, expect, test } from "vitest";
import { jobStatuses } from "@scenario-api/types";
import { ScenarioApiError, ScenarioError } from "@scenario-api/client";
import { KEY, SECRET, rawServer, rejection, setup } from "./servers.js";

describe("workflows.run against the mock server", () => {
  test("resolves to the queued job and its workflow, the body defaulting to {}", async () => {
    const { mock, client } = await setup();
    const first = await client.workflows.run("workflow_9pQm2xV4kT7sLr1Hb3Nc");
    const second = await client.workflows.run("workflow_9pQm2xV4kT7sLr1Hb3Nc", { prompt: "a red fox", numSamples: 3 });
    expect(first.job.status).toBe("queued");
    expect(jobStatuses).toContain(first.job.status);
    expect(first.job.jobId).toMatch(/^job_[A-Za-z0-9]{25}$/);
    expect(second.job.jobId).not.toBe(first.job.jobId);
    expect(first.workflow.id).toBe("workflow_9pQm2xV4kT7sLr1Hb3Nc");
    expect(second.job.metadata.input).toEqual({ prompt: "a red fox", numSamples: 3 });
    expect(mock.requests.map((r) => [r.method, r.rawUrl, r.body])).toEqual([
      ["PUT", "/v1/workflows/workflow_9pQm2xV4kT7sLr1Hb3Nc/run", {}],
      ["PUT", "/v1/workflows/workflow_9pQm2xV4kT7sLr1Hb3Nc/run", { prompt: "a red fox", numSamples: 3 }],
    ]);
    expect(mock.requests[0]!.headers["content-type"]).toBe("application/json");
    expect(mock.requests[0]!.headers.accept).toBe("application/json");
  });

  test("estimate() resolves to the 402 dry-run answer; run({ dryRun }) throws it as a ScenarioApiError", async () => {
    const { mock, client } = await setup({ estimatedCost: 24 });
    expect(await client.workflows.estimate("wf_1", { numSamples: 4 })).toEqual({
      statusCode: 402,
      message: "Dry run completed",
      estimatedCost: 24,
    });
    const error = await rejection(client.workflows.run("wf_1", {}, { dryRun: true }));
    expect(error).toBeInstanceOf(ScenarioApiError);
    expect(error).toMatchObject({ name: "ScenarioApiError", status: 402, body: { estimatedCost: 24 } });
    expect(mock.requests.map((r) => r.query)).toEqual([{ dryRun: "true" }, { dryRun: "true" }]);
  });

  test("projectId goes in the query, percent-encoded", async () => {
    const { mock, client } = await setup();
    await client.workflows.estimate("wf_1", {}, { projectId: "proj_a&b=c d" });
    expect(mock.requests[0]!.rawUrl).toBe("/v1/workflows/wf_1/run?dryRun=true&projectId=proj_a%26b%3Dc%20d");
    expect(mock.requests[0]!.query).toEqual({ dryRun: "true", projectId: "proj_a&b=c d" });
  });

  test("sends HTTP basic auth of the UTF-8 key and secret, user agent and custom headers; a custom Authorization cannot replace it", async () => {
    const raw = await rawServer({ job: {}, workflow: {} });
    const { createScenarioClient } = await import("@scenario-api/client");
    const client = createScenarioClient({
      apiKey: "clé-ü",
      apiSecret: "sécret:☃",
      baseUrl: raw.url,
      headers: { "X-Trace": "t-1", Authorization: "Bearer nope" },
    });
    await client.workflows.run("wf");
    await client.PUT("/workflows/{workflowId}/run", { params: { path: { workflowId: "wf" } }, body: {} });
    const basic = `Basic ${Buffer.from("clé-ü:sécret:☃", "utf8").toString("base64")}`;
    for (const req of raw.seen) {
      expect(req.headers.authorization).toBe(basic);
      expect(req.headers["x-trace"]).toBe("t-1");
      expect(req.headers["user-agent"]).toBe("scenario-api-client/0.1.0");
    }
    expect(raw.seen).toHaveLength(2);
  });

  test("the mock accepts the UTF-8 credentials it is configured with, and records authorization redacted", async () => {
    const { mock, client } = await setup(
      { credentials: { apiKey: "clé-ü", apiSecret: "sécret:☃" } },
      { apiKey: "clé-ü", apiSecret: "sécret:☃" },
    );
    await client.workflows.run("wf");
    expect(mock.requests[0]!.headers.authorization).toBe("[REDACTED]");
  });

  const ids: Array<[string, string]> = [
    ["a/b", "a%2Fb"],
    ["a?b=1", "a%3Fb%3D1"],
    ["a#frag", "a%23frag"],
    ["100%", "100%25"],
    ["%2e%2e", "%252e%252e"],
    ["...", "..."],
    ["a b+c", "a%20b%2Bc"],
    ["é☃日本", "%C3%A9%E2%98%83%E6%97%A5%E6%9C%AC"],
    ["../x", "..%2Fx"],
  ];
  type Client = Awaited<ReturnType<typeof setup>>["client"];
  const paths: Array<[string, (client: Client, id: string) => Promise<unknown>]> = [
    ["workflows.run", (client, id) => client.workflows.run(id)],
    [
      "client.PUT",
      (client, id) => client.PUT("/workflows/{workflowId}/run", { params: { path: { workflowId: id } }, body: {} }),
    ],
  ];
  describe.each(paths)("%s", (_, call) => {
    test.each(ids)("workflowId %j reaches the server as one encoded segment %s", async (id, encoded) => {
      const { mock, client } = await setup();
      await call(client, id);
      expect(mock.requests).toHaveLength(1);
      expect(mock.requests[0]!.rawUrl).toBe(`/v1/workflows/${encoded}/run`);
      expect(mock.requests[0]!.workflowId).toBe(id);
    });

    test.each([[""], ["."], [".."]])("workflowId %j is refused before any request", async (id) => {
      const { mock, client } = await setup();
      const error = await rejection(Promise.resolve().then(() => call(client, id)));
      expect(error).toBeInstanceOf(ScenarioError);
      expect((error as Error).message).toMatch(/workflowId must be a string other than "", "\." and "\.\."/);
      expect(mock.requests).toHaveLength(0);
    });
  });

  test("the run's answer is typed from the spec (the response the mock built validates as RunWorkflowResponse)", async () => {
    const { client } = await setup();
    const { job, workflow } = await client.workflows.run("wf_typed");
    const status: (typeof jobStatuses)[number] = job.status;
    expect([status, workflow.name, job.metadata.flow?.length]).toEqual(["queued", "Lighthouse stickers", 2]);
  });

  test("1,000 concurrent runs all succeed, each with its own job", async () => {
    const { mock, client } = await setup();
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => client.workflows.run(`wf_${i % 10}`, { prompt: `p${i}` })),
    );
    expect(results.every((r) => r.job.status === "queued")).toBe(true);
    expect(new Set(results.map((r) => r.job.jobId)).size).toBe(1000);
    expect(mock.requests).toHaveLength(1000);
  });

  test("credentials from the environment (SCENARIO_SDK_API_KEY, SCENARIO_SDK_API_SECRET, SCENARIO_BASE_URL)", async () => {
    const { mock } = await setup();
    const { createScenarioClient } = await import("@scenario-api/client");
    const vars = { SCENARIO_SDK_API_KEY: KEY, SCENARIO_SDK_API_SECRET: SECRET, SCENARIO_BASE_URL: `${mock.url}/` };
    Object.assign(process.env, vars);
    try {
      expect((await createScenarioClient().workflows.run("wf_env")).workflow.id).toBe("wf_env");
    } finally {
      for (const name of Object.keys(vars)) delete process.env[name];
    }
    expect(mock.requests[0]!.rawUrl).toBe("/v1/workflows/wf_env/run");
  });
});
