import { request } from "node:http";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, test, vi } from "vitest";
import {
  formatErrors,
  validateApiError,
  validateDryRunEstimate,
  validateRunWorkflowResponse,
  type ValidationResult,
} from "@scenario-api/schemas";
import {
  DEFAULT_CREDENTIALS,
  startMockServer,
  type MockServer,
  type MockServerOptions,
  type Scenario,
  type ScenarioReply,
} from "@scenario-api/mock-server";

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

async function put(
  server: MockServer,
  path: string,
  body: string | undefined = "{}",
  headers: Record<string, string> = { authorization: AUTH },
) {
  const res = await fetch(`${server.url}${path}`, {
    method: "PUT",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
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

  const errors: Array<
    [
      string,
      {
        path: string;
        body?: string;
        headers?: Record<string, string>;
        status: number;
        message: string;
        extra?: Record<string, string>;
      },
    ]
  > = [
    [
      "no credentials",
      {
        path: "/workflows/wf/run",
        headers: {},
        status: 401,
        message: "Invalid API key or secret",
        extra: { "www-authenticate": 'Basic realm="Scenario API"' },
      },
    ],
    [
      "wrong secret",
      {
        path: "/workflows/wf/run",
        headers: { authorization: basic("test-key", "nope") },
        status: 401,
        message: "Invalid API key or secret",
      },
    ],
    [
      "bearer instead of basic",
      {
        path: "/workflows/wf/run",
        headers: { authorization: "Bearer test-key" },
        status: 401,
        message: "Invalid API key or secret",
      },
    ],
    [
      "body is an array",
      { path: "/workflows/wf/run", body: "[1]", status: 400, message: "body must be an object (got array)" },
    ],
    [
      "body is a string",
      { path: "/workflows/wf/run", body: '"x"', status: 400, message: "body must be an object (got string)" },
    ],
    ["body is not JSON", { path: "/workflows/wf/run", body: "{oops", status: 400, message: "body is not valid JSON" }],
    [
      "no body",
      {
        path: "/workflows/wf/run",
        body: "",
        status: 400,
        message: "body is required: a JSON object of the workflow's inputs",
      },
    ],
    [
      "input of the wrong type",
      {
        path: "/workflows/wf/run",
        body: '{"numSamples":"2"}',
        status: 400,
        message: "body.numSamples must be a number",
      },
    ],
    [
      "input out of range",
      { path: "/workflows/wf/run", body: '{"numSamples":9}', status: 400, message: "body.numSamples must be <= 4" },
    ],
    [
      "two bad inputs",
      {
        path: "/workflows/wf/run",
        body: '{"prompt":1,"numSamples":0}',
        status: 400,
        message: "body.prompt must be a string; body.numSamples must be >= 1",
      },
    ],
    [
      "empty workflowId",
      { path: "/workflows//run", status: 400, message: "path.workflowId must NOT have fewer than 1 characters" },
    ],
    [
      "broken percent-encoding",
      { path: "/workflows/%E0%A4%A/run", status: 400, message: "path.workflowId is not valid percent-encoding" },
    ],
    ["unknown workflow", { path: "/workflows/missing_wf/run", status: 404, message: "Workflow missing_wf not found" }],
    [
      "unknown path (an unencoded slash in the id)",
      { path: "/workflows/a/b/run", status: 404, message: "Cannot PUT /v1/workflows/a/b/run" },
    ],
    [
      "JSON sent as text/plain",
      {
        path: "/workflows/wf/run",
        body: '{"prompt":"x"}',
        headers: { authorization: AUTH, "content-type": "text/plain" },
        status: 415,
        message: "content-type must be application/json (got 'text/plain')",
      },
    ],
    [
      "a +json type the spec does not list",
      {
        path: "/workflows/wf/run",
        headers: { authorization: AUTH, "content-type": "application/merge-patch+json" },
        status: 415,
        message: "content-type must be application/json (got 'application/merge-patch+json')",
      },
    ],
    [
      "JSON in a charset other than UTF-8",
      {
        path: "/workflows/wf/run",
        headers: { authorization: AUTH, "content-type": "application/json; charset=iso-8859-1" },
        status: 415,
        message: "content-type charset must be utf-8 (got 'application/json; charset=iso-8859-1')",
      },
    ],
    [
      "a body nested 100,000 deep",
      {
        path: "/workflows/wf/run",
        body: `{"a":${"[".repeat(100_000)}${"]".repeat(100_000)}}`,
        status: 400,
        message: `body.a${"[0]".repeat(63)} must not nest more than 64 levels deep`,
      },
    ],
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

  test.each([["application/json; charset=utf-8"], ['Application/JSON;charset="UTF-8"'], ["application/json; foo=bar"]])(
    "content-type %s is JSON",
    async (type) => {
      const server = await start();
      expect((await put(server, "/workflows/wf/run", "{}", { authorization: AUTH, "content-type": type })).status).toBe(
        200,
      );
    },
  );

  test("a body nested 64 deep, the limit, is handled", async () => {
    const server = await start();
    const res = await put(server, "/workflows/wf/run", `{"a":${"[".repeat(63)}${"]".repeat(63)}}`);
    expect(res.status).toBe(200);
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
    // The window runs on performance.now(): a faked clock, so a slow machine cannot move it.
    vi.useFakeTimers({ toFake: ["performance"] });
    try {
      const server = await start({ rateLimit: { limit: 2, windowMs: 1500 } });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push(await put(server, "/workflows/wf/run"));
      expect(statuses.map((r) => r.status)).toEqual([200, 200, 429]);
      expect(statuses[2]!.headers.get("retry-after")).toBe("2");
      expect(statuses[2]!.json.message).toMatch(/^Rate limit exceeded/);
      vi.advanceTimersByTime(600);
      expect((await put(server, "/workflows/wf/run")).headers.get("retry-after")).toBe("1");
      vi.advanceTimersByTime(899);
      expect((await put(server, "/workflows/wf/run")).status).toBe(429);
      vi.advanceTimersByTime(1);
      expect((await put(server, "/workflows/wf/run")).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  test("records every request: method, raw URL, path, decoded workflowId, query, headers (authorization redacted), body", async () => {
    const server = await start();
    await put(server, "/workflows/a%2Fb%20%E2%98%83/run?dryRun=true&projectId=p%201", '{"prompt":"x"}', {
      authorization: AUTH,
      "x-trace": "t",
    });
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

  test("a forced answer still needs valid credentials: neither mock: ids nor the scenario hook come before them", async () => {
    const seen: string[] = [];
    const server = await start({ scenario: (r) => (seen.push(r.workflowId ?? ""), undefined) });
    expect((await put(server, `/workflows/${encodeURIComponent("mock:500")}/run`, "{}", {})).status).toBe(401);
    expect((await put(server, "/workflows/wf_1/run", "{}", { authorization: basic("test-key", "nope") })).status).toBe(
      401,
    );
    expect(seen).toEqual([]);
    expect((await put(server, "/workflows/wf_2/run")).status).toBe(200);
    expect(seen).toEqual(["wf_2"]);
  });

  test("mock:slow:<ms> delays, then answers normally", async () => {
    const server = await start();
    const started = performance.now();
    const res = await put(server, `/workflows/${encodeURIComponent("mock:slow:300")}/run`);
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(299);
  });

  test.each(["mock:100", "mock:101", "mock:103", "mock:199", "mock:000", "mock:099"])(
    "%s is refused with 400: a 1xx is never a final answer",
    async (id) => {
      const server = await start();
      const res = await put(server, `/workflows/${encodeURIComponent(id)}/run`);
      expect(res.status).toBe(400);
      expect(res.json.message).toBe(
        `${id}: a forced answer's status must be 200..999 (a 1xx is an interim response, never the final answer)`,
      );
      expectValid(validateApiError(res.json));
    },
  );

  test.each(["mock:200", "mock:600", "mock:999"])("%s is answered with that status", async (id) => {
    const server = await start();
    expect((await put(server, `/workflows/${encodeURIComponent(id)}/run`)).status).toBe(Number(id.slice(5)));
  });

  test.each([
    ["mock:slow:2147483648", "mock:slow:2147483648"],
    ["mock:slow:99999999999999999999999999", "mock:slow:99999999999999999999..."],
  ])("%s, past the longest timer, is refused with 400 instead of answering at once", async (id, shown) => {
    const server = await start();
    const res = await put(server, `/workflows/${encodeURIComponent(id)}/run`);
    expect(res.status).toBe(400);
    expect(res.json.message).toBe(
      `${shown}: a delay must be 0..2147483647 ms (about 24.8 days, the longest a timer holds)`,
    );
  });

  test.each<[string, ScenarioReply, RegExp]>([
    [
      "status 101",
      { status: 101 },
      /^mock server failure: scenario status: a forced answer's status must be 200\.\.999/,
    ],
    [
      "delayMs 2^31",
      { delayMs: 2 ** 31 },
      /^mock server failure: scenario delayMs: a delay must be 0\.\.2147483647 ms/,
    ],
    ["delayMs NaN", { delayMs: Number.NaN }, /^mock server failure: scenario delayMs: a delay must be/],
  ])("a scenario hook's %s is a 500 that says why", async (_, forced, message) => {
    const server = await start({ scenario: () => forced });
    const res = await put(server, "/workflows/wf/run");
    expect(res.status).toBe(500);
    expect(res.json.message).toMatch(message);
  });

  test("mock:hangup closes the connection without an answer", async () => {
    const server = await start();
    await expect(put(server, `/workflows/${encodeURIComponent("mock:hangup")}/run`)).rejects.toThrow(/fetch failed/);
  });

  test("the scenario hook sees the recorded request and can force status, body and headers", async () => {
    const server = await start({
      scenario: (r) =>
        r.query.force
          ? { status: Number(r.query.force), body: { custom: r.workflowId }, headers: { "retry-after": "3" } }
          : undefined,
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

describe("hostile requests", () => {
  test("a 600 MB streamed body is refused with 413 after the limit, without being read to its end, and the server goes on", async () => {
    const server = await start();
    const total = 600 * 1024 * 1024;
    let sent = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    // 600 MB of JSON whitespace, produced as the upload pulls it: the test never holds it.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= total) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const init: RequestInit & { duplex: "half" } = {
      method: "PUT",
      headers: { authorization: AUTH, "content-type": "application/json" },
      body,
      duplex: "half",
    };
    const res = await fetch(`${server.url}/workflows/wf/run`, init);
    const json = (await res.json()) as Record<string, unknown>;
    expect(res.status).toBe(413);
    expect(json).toEqual({
      statusCode: 413,
      error: "Payload Too Large",
      message: "body is larger than the limit of 1048576 bytes",
    });
    expectValid(validateApiError(json));
    expect(res.headers.get("connection")).toBe("close");
    expect(sent).toBeLessThan(total);
    expect(server.requests.map((r) => r.body)).toEqual([undefined]);
    expect((await put(server, "/workflows/wf/run")).status).toBe(200);
  });

  const sizes: Array<[string, { bytes: number; auth: boolean; status: number }]> = [
    ["a body of exactly maxBodyBytes is read", { bytes: 64, auth: true, status: 200 }],
    ["one byte more is 413", { bytes: 65, auth: true, status: 413 }],
    ["413 comes before credentials: the body is not read", { bytes: 65, auth: false, status: 413 }],
  ];
  test.each(sizes)("maxBodyBytes: %s", async (_, { bytes, auth, status }) => {
    const server = await start({ maxBodyBytes: 64 });
    const body = JSON.stringify({ prompt: "x".repeat(bytes - 13) });
    expect(Buffer.byteLength(body)).toBe(bytes);
    const res = await put(server, "/workflows/wf/run", body, auth ? { authorization: AUTH } : {});
    expect(res.status).toBe(status);
    if (status === 413) expect(res.json.message).toBe("body is larger than the limit of 64 bytes");
  });

  test("a Content-Length over the limit is answered 413 before any of the body is sent", async () => {
    const server = await start({ maxBodyBytes: 1000 });
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = request(`${server.url}/workflows/wf/run`, {
        method: "PUT",
        headers: {
          authorization: AUTH,
          "content-type": "application/json",
          "content-length": String(600 * 1024 * 1024),
        },
      });
      req.once("response", (res) => {
        res.resume();
        resolve(res.statusCode);
        req.destroy();
      });
      req.once("error", reject);
      req.flushHeaders();
    });
    expect(status).toBe(413);
    expect((await put(server, "/workflows/wf/run")).status).toBe(200);
  });

  test.each([[-1], [1.5], [Number.NaN]])("maxBodyBytes %s is refused", async (maxBodyBytes) => {
    await expect(startMockServer({ maxBodyBytes })).rejects.toThrow(
      /maxBodyBytes must be a whole number of bytes >= 0/,
    );
  });

  const badOptions: Array<[string, MockServerOptions, RegExp]> = [
    [
      "rateLimit.windowMs 0",
      { rateLimit: { limit: 2, windowMs: 0 } },
      /rateLimit\.windowMs must be a number of milliseconds > 0, got 0/,
    ],
    ["rateLimit.windowMs NaN", { rateLimit: { limit: 2, windowMs: Number.NaN } }, /rateLimit\.windowMs .* got NaN/],
    ["rateLimit.windowMs -5", { rateLimit: { limit: 2, windowMs: -5 } }, /rateLimit\.windowMs .* got -5/],
    [
      "rateLimit.limit NaN",
      { rateLimit: { limit: Number.NaN } },
      /rateLimit\.limit must be a whole number of requests >= 0, got NaN/,
    ],
    ["rateLimit.limit 1.5", { rateLimit: { limit: 1.5 } }, /rateLimit\.limit .* got 1\.5/],
    [
      "rateLimit.limit Infinity",
      { rateLimit: { limit: Number.POSITIVE_INFINITY } },
      /rateLimit\.limit .* got Infinity/,
    ],
    ["latencyMs past a timer's range", { latencyMs: 2 ** 31 }, /latencyMs: a delay must be 0\.\.2147483647 ms/],
    ["latencyMs NaN", { latencyMs: Number.NaN }, /latencyMs: a delay must be/],
  ];
  test.each(badOptions)("%s is refused, not a limit or delay silently turned off", async (_, options, message) => {
    await expect(startMockServer(options)).rejects.toThrow(message);
  });

  test("rateLimit { limit: 0 } is a limit too: every run is 429", async () => {
    const server = await start({ rateLimit: { limit: 0 } });
    expect((await put(server, "/workflows/wf/run")).status).toBe(429);
  });

  test("a gzip Content-Encoding body is 415 with Accept-Encoding: identity, not 'not valid JSON'", async () => {
    const server = await start();
    const res = await fetch(`${server.url}/workflows/wf/run`, {
      method: "PUT",
      headers: { authorization: AUTH, "content-type": "application/json", "content-encoding": "gzip" },
      body: new Uint8Array(gzipSync('{"prompt":"a fox"}')),
    });
    expect(res.status).toBe(415);
    expect(res.headers.get("accept-encoding")).toBe("identity");
    expect(((await res.json()) as { message: string }).message).toBe(
      "content-encoding 'gzip' is not supported: send the JSON body uncompressed",
    );
    const identity = await put(server, "/workflows/wf/run", "{}", {
      authorization: AUTH,
      "content-encoding": "identity",
    });
    expect(identity.status).toBe(200);
  });

  const bodies: Array<[string, { bytes: Buffer; status: number; message?: string }]> = [
    [
      "a lone 0xff byte in a string",
      {
        bytes: Buffer.from([...Buffer.from('{"prompt":"a'), 0xff, ...Buffer.from('"}')]),
        status: 400,
        message: "body is not valid UTF-8",
      },
    ],
    [
      "a truncated 3-byte sequence",
      {
        bytes: Buffer.from([...Buffer.from('{"prompt":"'), 0xe2, 0x98, ...Buffer.from('"}')]),
        status: 400,
        message: "body is not valid UTF-8",
      },
    ],
    [
      "an encoded surrogate (CESU-8)",
      {
        bytes: Buffer.from([...Buffer.from('{"prompt":"'), 0xed, 0xa0, 0x80, ...Buffer.from('"}')]),
        status: 400,
        message: "body is not valid UTF-8",
      },
    ],
    ["valid multi-byte UTF-8", { bytes: Buffer.from('{"prompt":"☃ 𝄞 é"}'), status: 200 }],
  ];
  test.each(bodies)("%s", async (_, { bytes, status, message }) => {
    const server = await start();
    const res = await fetch(`${server.url}/workflows/wf/run`, {
      method: "PUT",
      headers: { authorization: AUTH, "content-type": "application/json" },
      body: new Uint8Array(bytes),
    });
    expect(res.status).toBe(status);
    const json = (await res.json()) as { message?: string; job?: { metadata: { input: unknown } } };
    if (message) expect(json.message).toBe(message);
    else expect(json.job?.metadata.input).toEqual(JSON.parse(bytes.toString("utf8")));
  });

  test("a client that goes away mid-body does not stop the server", async () => {
    const server = await start();
    const gone = new Promise<void>((resolve) => {
      const req = request(`${server.url}/workflows/wf/run`, {
        method: "PUT",
        headers: { authorization: AUTH, "content-type": "application/json", "content-length": "1000" },
      });
      req.once("error", () => resolve());
      req.once("close", () => resolve());
      req.write('{"prompt":', () => req.destroy());
    });
    await gone;
    expect((await put(server, "/workflows/wf/run")).status).toBe(200);
  });

  const failures: Array<[string, Scenario]> = [
    [
      "a scenario hook that throws",
      () => {
        throw new Error("hook broke");
      },
    ],
    ["a scenario hook that rejects", () => Promise.reject(new Error("hook broke"))],
    ["a forced body JSON cannot hold (BigInt)", () => ({ status: 200, body: { n: 1n } })],
    ["a forced header value HTTP cannot carry", () => ({ status: 200, headers: { "x-bad": "a\nb" } })],
  ];
  test.each(failures)("%s: a 500 with the error shape, and the server goes on", async (_, scenario) => {
    let calls = 0;
    const server = await start({ scenario: (r) => (++calls === 1 ? scenario(r) : undefined) });
    const res = await put(server, "/workflows/wf/run");
    expect(res.status).toBe(500);
    expect(res.json.message).toMatch(/^mock server failure: /);
    expectValid(validateApiError(res.json));
    expect((await put(server, "/workflows/wf/run")).status).toBe(200);
  });
});
