import { afterEach, describe, expect, test } from "vitest";
import { formatErrors, validateApiError, validateDryRunEstimate, validateRunWorkflowResponse, type ValidationResult } from "@scenario-api/schemas";
import { DEFAULT_CREDENTIALS, startMockServer, type MockServer, type MockServerOptions } from "@scenario-api/mock-server";

/** Asserts a body against the spec's schema, with the failures in the message. */
function expectValid(result: ValidationResult<unknown>): void {
  expect(result.valid, result.valid ? "" : formatErrors(result.errors)).toBe(true);
}

const servers: MockServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function start(options: MockServerOptions = {}): Promise<MockServer> {
  const server = await startMockServer(options);
  servers.push(server);
  return server;
}

const basic = (key: string, secret: string) => `Basic ${Buffer.from(`${key}:${secret}`).toString("base64")}`;
const AUTH = basic(DEFAULT_CREDENTIALS.apiKey, DEFAULT_CREDENTIALS.apiSecret);

async function put(server: MockServer, path: string, body: string | undefined = "{}", headers: Record<string, string> = { authorization: AUTH }) {
  const res = await fetch(`${server.url}${path}`, { method: "PUT", headers: { "content-type": "application/json", ...headers }, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json: json as Record<string, any> };
}

describe("the run endpoint", () => {
  test("200: the spec's example job and workflow, made this request's, valid against RunWorkflowResponse", async () => {
    const server = await start();
    const before = Date.now();
    const a = await put(server, "/workflows/wf_abc/run", JSON.stringify({ prompt: "a fox", numSamples: 2 }));
    const b = await put(server, "/workflows/wf_abc/run");
    expect(a.status).toBe(200);
    expectValid(validateRunWorkflowResponse(a.json));
    expect(a.json.job.jobId).toMatch(/^job_[A-Za-z0-9]{25}$/);
    expect(b.json.job.jobId).not.toBe(a.json.job.jobId);
    expect(Date.parse(a.json.job.createdAt)).toBeGreaterThanOrEqual(before - 1);
    expect(a.json.job.statusHistory).toEqual([{ date: a.json.job.createdAt, status: "queued" }]);
    expect(a.json.job.metadata).toMatchObject({ workflowId: "wf_abc", input: { prompt: "a fox", numSamples: 2 } });
    expect(a.json.workflow).toMatchObject({ id: "wf_abc", name: "Lighthouse stickers" });
    expect(a.headers.get("x-request-id")).toMatch(/^req_/);
  });

  test("402 for a dry run, valid against DryRunEstimate", async () => {
    const server = await start();
    const res = await put(server, "/workflows/wf/run?dryRun=true");
    expect(res.status).toBe(402);
    expect(res.json).toEqual({ statusCode: 402, message: "Dry run completed", estimatedCost: 12 });
    expectValid(validateDryRunEstimate(res.json));
  });

  const errors: Array<[string, { path: string; body?: string; headers?: Record<string, string>; status: number; message: string; extra?: Record<string, string> }]> = [
    ["no credentials", { path: "/workflows/wf/run", headers: {}, status: 401, message: "Invalid API key or secret", extra: { "www-authenticate": 'Basic realm="Scenario API"' } }],
    ["wrong secret", { path: "/workflows/wf/run", headers: { authorization: basic("test-key", "nope") }, status: 401, message: "Invalid API key or secret" }],
    ["bearer instead of basic", { path: "/workflows/wf/run", headers: { authorization: "Bearer test-key" }, status: 401, message: "Invalid API key or secret" }],
    ["body is an array", { path: "/workflows/wf/run", body: "[1]", status: 400, message: "body must be an object (got array)" }],
    ["body is a string", { path: "/workflows/wf/run", body: '"x"', status: 400, message: "body must be an object (got string)" }],
    ["body is not JSON", { path: "/workflows/wf/run", body: "{oops", status: 400, message: "body is not valid JSON" }],
    ["no body", { path: "/workflows/wf/run", body: "", status: 400, message: "body is required: a JSON object of the workflow's inputs" }],
    ["input of the wrong type", { path: "/workflows/wf/run", body: '{"numSamples":"2"}', status: 400, message: "body.numSamples must be a number" }],
    ["input out of range", { path: "/workflows/wf/run", body: '{"numSamples":9}', status: 400, message: "body.numSamples must be <= 4" }],
    ["two bad inputs", { path: "/workflows/wf/run", body: '{"prompt":1,"numSamples":0}', status: 400, message: "body.prompt must be a string; body.numSamples must be >= 1" }],
    ["empty workflowId", { path: "/workflows//run", status: 400, message: "path.workflowId must NOT have fewer than 1 characters" }],
    ["broken percent-encoding", { path: "/workflows/%E0%A4%A/run", status: 400, message: "path.workflowId is not valid percent-encoding" }],
    ["unknown workflow", { path: "/workflows/missing_wf/run", status: 404, message: "Workflow missing_wf not found" }],
    ["unknown path (an unencoded slash in the id)", { path: "/workflows/a/b/run", status: 404, message: "Cannot PUT /v1/workflows/a/b/run" }],
  ];
  test.each(errors)("%s", async (_, { path, body, headers, status, message, extra }) => {
    const server = await start();
    const res = await put(server, path, body, headers);
    expect(res.status).toBe(status);
    expect(res.json.message).toBe(message);
    expect(res.json.statusCode).toBe(status);
    expectValid(validateApiError(res.json));
    for (const [name, value] of Object.entries(extra ?? {})) expect(res.headers.get(name)).toBe(value);
  });

  test("workflows: a list of the ids that exist", async () => {
    const server = await start({ workflows: ["wf_known"] });
    expect((await put(server, "/workflows/wf_known/run")).status).toBe(200);
    expect((await put(server, "/workflows/wf_other/run")).status).toBe(404);
  });

  test("record: false keeps no requests (the CLI's setting)", async () => {
    const server = await start({ record: false });
    expect((await put(server, "/workflows/wf/run")).status).toBe(200);
    expect(server.requests).toEqual([]);
  });

  test("credentials are configurable, UTF-8 included", async () => {
    const server = await start({ credentials: { apiKey: "clé", apiSecret: "se:cr☃t" } });
    expect((await put(server, "/workflows/wf/run", "{}", { authorization: basic("clé", "se:cr☃t") })).status).toBe(200);
    expect((await put(server, "/workflows/wf/run")).status).toBe(401);
  });

  test("429 with Retry-After once the window's budget is spent, then a new window", async () => {
    const server = await start({ rateLimit: { limit: 2, windowMs: 1500 } });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push(await put(server, "/workflows/wf/run"));
    expect(statuses.map((r) => r.status)).toEqual([200, 200, 429]);
    expect(statuses[2]!.headers.get("retry-after")).toBe("2");
    expect(statuses[2]!.json.message).toMatch(/^Rate limit exceeded/);
  });

  test("records every request: method, raw URL, path, decoded workflowId, query, headers (authorization redacted), body", async () => {
    const server = await start();
    await put(server, "/workflows/a%2Fb%20%E2%98%83/run?dryRun=true&projectId=p%201", '{"prompt":"x"}', { authorization: AUTH, "x-trace": "t" });
    const [r] = server.requests;
    expect(r).toMatchObject({
      method: "PUT",
      rawUrl: "/v1/workflows/a%2Fb%20%E2%98%83/run?dryRun=true&projectId=p%201",
      path: "/v1/workflows/a%2Fb%20%E2%98%83/run",
      workflowId: "a/b ☃",
      query: { dryRun: "true", projectId: "p 1" },
      body: { prompt: "x" },
    });
    expect(r!.headers.authorization).toBe("[REDACTED]");
    expect(r!.headers["x-trace"]).toBe("t");
    expect(JSON.stringify(server.requests)).not.toContain(AUTH.slice(6));
  });
});

describe("forcing answers", () => {
  const directives: Array<[string, { status: number; type: string; body: RegExp }]> = [
    ["mock:500", { status: 500, type: "application/json; charset=utf-8", body: /"statusCode":500/ }],
    ["mock:403", { status: 403, type: "application/json; charset=utf-8", body: /"error":"Forbidden"/ }],
    ["mock:502:html", { status: 502, type: "text/html; charset=utf-8", body: /^<html>.*502 Bad Gateway/ }],
    ["mock:503:empty", { status: 503, type: "text/plain; charset=utf-8", body: /^$/ }],
  ];
  test.each(directives)("workflow id %s", async (id, want) => {
    const server = await start();
    const res = await put(server, `/workflows/${encodeURIComponent(id)}/run`, "{}");
    expect(res.status).toBe(want.status);
    expect(res.headers.get("content-type")).toBe(want.type);
    expect(res.text).toMatch(want.body);
  });

  test("a forced answer still needs valid credentials", async () => {
    const server = await start();
    const res = await put(server, `/workflows/${encodeURIComponent("mock:500")}/run`, "{}", {});
    expect(res.status).toBe(401);
  });

  test("mock:slow:<ms> delays, then answers normally", async () => {
    const server = await start();
    const started = performance.now();
    const res = await put(server, `/workflows/${encodeURIComponent("mock:slow:300")}/run`);
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(299);
  });

  test("mock:hangup closes the connection without an answer", async () => {
    const server = await start();
    await expect(put(server, `/workflows/${encodeURIComponent("mock:hangup")}/run`)).rejects.toThrow(/fetch failed/);
  });

  test("the scenario hook sees the recorded request and can force status, body and headers", async () => {
    const server = await start({
      scenario: (r) => (r.query.force ? { status: Number(r.query.force), body: { custom: r.workflowId }, headers: { "retry-after": "3" } } : undefined),
    });
    const forced = await put(server, "/workflows/wf_1/run?force=418");
    expect([forced.status, forced.json, forced.headers.get("retry-after")]).toEqual([418, { custom: "wf_1" }, "3"]);
    expect((await put(server, "/workflows/wf_1/run")).status).toBe(200);
  });

  test("latencyMs delays every answer", async () => {
    const server = await start({ latencyMs: 200 });
    const started = performance.now();
    await put(server, "/workflows/wf/run");
    expect(performance.now() - started).toBeGreaterThanOrEqual(199);
  });
});
