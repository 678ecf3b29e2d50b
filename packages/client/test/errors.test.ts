import { inspect } from "node:util";
import { afterEach, describe, expect, test, vi } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  createScenarioClient,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ScenarioAbortError,
  ScenarioApiError,
  ScenarioConnectionError,
  ScenarioError,
  ScenarioTimeoutError,
} from "@scenario-api/client";
import { startMockServer } from "@scenario-api/mock-server";
import { clientFor, freePort, KEY, rejection, SECRET, setup, silentServer } from "./servers.js";

afterEach(() => {
  vi.useRealTimers();
});

/** The real fetch, counted: the client's attempts, whether or not each reached the server. */
function countedFetch() {
  let calls = 0;
  return {
    fetch: (input: string | URL | Request, init?: RequestInit) => (calls++, fetch(input, init)),
    calls: () => calls,
  };
}

type Client = Awaited<ReturnType<typeof setup>>["client"];

const apiErrors: Array<
  [
    string,
    {
      id: string;
      body?: Record<string, unknown>;
      client?: Parameters<typeof setup>[1];
      want: abstract new (...args: never[]) => Error;
      status: number;
      message: RegExp;
      body_: unknown;
    },
  ]
> = [
  [
    "400 bad input, with the field path",
    {
      id: "wf",
      body: { numSamples: "two" },
      want: BadRequestError,
      status: 400,
      message: /^400 body\.numSamples must be a number$/,
      body_: { statusCode: 400, error: "Bad Request" },
    },
  ],
  [
    "401 wrong credentials",
    {
      id: "wf",
      client: { apiSecret: "wrong" },
      want: AuthenticationError,
      status: 401,
      message: /^401 Invalid API key or secret$/,
      body_: { statusCode: 401 },
    },
  ],
  ["403", { id: "mock:403", want: PermissionDeniedError, status: 403, message: /^403 /, body_: { statusCode: 403 } }],
  [
    "404 unknown workflow",
    {
      id: "missing_wf",
      want: NotFoundError,
      status: 404,
      message: /^404 Workflow missing_wf not found$/,
      body_: { statusCode: 404, error: "Not Found" },
    },
  ],
  [
    "429 (retries off)",
    {
      id: "mock:429",
      client: { maxRetries: 0 },
      want: RateLimitError,
      status: 429,
      message: /^429 Rate limit exceeded/,
      body_: { statusCode: 429 },
    },
  ],
  ["500", { id: "mock:500", want: InternalServerError, status: 500, message: /^500 /, body_: { statusCode: 500 } }],
  [
    "502 with an HTML body",
    {
      id: "mock:502:html",
      want: InternalServerError,
      status: 502,
      message: /^502 non-JSON body$/,
      body_: expect.stringContaining("<h1>502 Bad Gateway</h1>"),
    },
  ],
  [
    "503 with an empty body",
    { id: "mock:503:empty", want: InternalServerError, status: 503, message: /^503 empty body$/, body_: "" },
  ],
  [
    "409, a status without a class of its own",
    { id: "mock:409", want: ScenarioApiError, status: 409, message: /^409 /, body_: { statusCode: 409 } },
  ],
];

describe("HTTP errors become one ScenarioApiError subclass each", () => {
  test.each(apiErrors)("%s", async (_, { id, body, client: options, want, status, message, body_ }) => {
    const { mock, client } = await setup({}, options);
    const error = await rejection(client.workflows.run(id, body));
    expect(error).toBeInstanceOf(want);
    expect(error).toBeInstanceOf(ScenarioApiError);
    expect(error).toBeInstanceOf(ScenarioError);
    const e = error as ScenarioApiError;
    expect(e.name).toBe(want.name);
    expect(e.status).toBe(status);
    expect(e.message).toMatch(message);
    expect(e.body).toEqual(
      typeof body_ === "object" && body_ !== null && !("asymmetricMatch" in body_)
        ? expect.objectContaining(body_)
        : body_,
    );
    expect(e.requestId).toMatch(/^req_\d+_[0-9a-f]{12}$/);
    expect(e.headers["x-request-id"]).toBe(e.requestId);
    expect(mock.requests).toHaveLength(1);
  });

  test("RateLimitError carries Retry-After as retryAfterMs (seconds and HTTP date)", async () => {
    // The clock stands still, so the HTTP date is exactly 30 s away however slow the machine is.
    vi.useFakeTimers({ toFake: ["Date"], now: Date.parse("2026-03-01T12:00:00Z") });
    const date = new Date(Date.now() + 30_000).toUTCString();
    const answers = [{ "retry-after": "7" }, { "retry-after": date }];
    const { client } = await setup({ scenario: () => ({ status: 429, headers: answers.shift()! }) }, { maxRetries: 0 });
    expect(await rejection(client.workflows.run("wf"))).toMatchObject({ retryAfterMs: 7000 });
    expect(await rejection(client.workflows.run("wf"))).toMatchObject({ name: "RateLimitError", retryAfterMs: 30_000 });
  });

  test("a 200 whose body is not JSON is a ScenarioApiError, not a crash", async () => {
    const { client } = await setup({ scenario: () => ({ status: 200, body: "<html>maintenance</html>" }) });
    expect(await rejection(client.workflows.run("wf"))).toMatchObject({
      name: "ScenarioApiError",
      status: 200,
      message: "200 non-JSON body",
    });
  });
});

describe("retries: only what surely did not run, by default", () => {
  test("429 with Retry-After: 1 is retried once, at least 1 s later", async () => {
    // The first answer is the 429, whatever the machine's speed (a 1 s rate-limit window could
    // pass between two requests on a loaded machine); the second request is the retry.
    let calls = 0;
    const { mock, client } = await setup({
      scenario: () => (++calls === 1 ? { status: 429, headers: { "retry-after": "1" } } : undefined),
    });
    const result = await client.workflows.run("wf");
    expect(result.job.status).toBe("queued");
    expect(mock.requests).toHaveLength(2);
    const gap = mock.requests[1]!.receivedAt - mock.requests[0]!.receivedAt;
    expect(gap).toBeGreaterThanOrEqual(999); // timers have 1 ms granularity
  });

  test("429 is retried maxRetries times, then thrown", async () => {
    const { mock, client } = await setup(
      { scenario: () => ({ status: 429, headers: { "retry-after": "0" } }) },
      { maxRetries: 2 },
    );
    expect(await rejection(client.workflows.run("wf"))).toBeInstanceOf(RateLimitError);
    expect(mock.requests).toHaveLength(3);
  });

  test("500 is not retried by default", async () => {
    const { mock, client } = await setup();
    expect(await rejection(client.workflows.run("mock:500"))).toBeInstanceOf(InternalServerError);
    expect(mock.requests).toHaveLength(1);
  });

  test("5xx is retried with retry.onServerError", async () => {
    let calls = 0;
    const { mock, client } = await setup(
      { scenario: () => (++calls < 3 ? { status: 503 } : undefined) },
      { retry: { onServerError: true } },
    );
    expect((await client.workflows.run("wf")).job.status).toBe("queued");
    expect(mock.requests).toHaveLength(3);
  });

  // A server that never answers: each attempt can only time out (whether or not it reached the
  // server by then), so the attempts are counted at the client.
  test("a server that never answers: ScenarioTimeoutError after timeoutMs, not retried by default", async () => {
    const server = await silentServer();
    const counted = countedFetch();
    expect(
      await rejection(clientFor(server.url, { timeoutMs: 150, fetch: counted.fetch }).workflows.run("wf")),
    ).toBeInstanceOf(ScenarioTimeoutError);
    expect(counted.calls()).toBe(1);
  });

  test("timeouts are retried with retry.onTimeout, the per-call timeoutMs and maxRetries win", async () => {
    const server = await silentServer();
    const counted = countedFetch();
    const client = clientFor(server.url, { retry: { onTimeout: true, initialDelayMs: 10 }, fetch: counted.fetch });
    const error = await rejection(client.workflows.run("wf", {}, {}, { timeoutMs: 100, maxRetries: 1 }));
    expect(error).toMatchObject({ name: "ScenarioTimeoutError", message: "Request timed out after 100 ms" });
    expect(counted.calls()).toBe(2);
  });

  test("timeoutMs: Infinity means no timeout (not an immediate one)", async () => {
    const { client } = await setup({}, { timeoutMs: Number.POSITIVE_INFINITY });
    expect((await client.workflows.run("mock:slow:50")).job.status).toBe("queued");
  });

  test("connection refused: retried, then ScenarioConnectionError", async () => {
    const port = await freePort();
    let attempts = 0;
    const client = createScenarioClient({
      apiKey: KEY,
      apiSecret: SECRET,
      baseUrl: `http://127.0.0.1:${port}/v1`,
      retry: { initialDelayMs: 10 },
      // Real fetch, counted: nothing listens on the port, so no server can count for us.
      fetch: (input, init) => (attempts++, fetch(input, init)),
    });
    const error = await rejection(client.workflows.run("wf"));
    expect(error).toBeInstanceOf(ScenarioConnectionError);
    expect(inspect((error as Error).cause, { depth: 5 })).toContain("ECONNREFUSED");
    expect(attempts).toBe(3);
  });

  test("connection refused, then the server comes up on that port: the retry succeeds", async () => {
    const port = await freePort();
    let mock: Awaited<ReturnType<typeof startMockServer>> | undefined;
    const client = createScenarioClient({
      apiKey: KEY,
      apiSecret: SECRET,
      baseUrl: `http://127.0.0.1:${port}/v1`,
      retry: { initialDelayMs: 200 },
      fetch: async (input, init) => {
        try {
          return await fetch(input, init);
        } catch (error) {
          mock ??= await startMockServer({ port, credentials: { apiKey: KEY, apiSecret: SECRET } });
          throw error;
        }
      },
    });
    try {
      expect((await client.workflows.run("wf")).job.status).toBe("queued");
      expect(mock!.requests).toHaveLength(1);
    } finally {
      await mock?.close();
    }
  });
});

describe("abort", () => {
  test("aborting a request the server has received (and not answered) rejects with ScenarioAbortError", async () => {
    const server = await silentServer();
    const controller = new AbortController();
    const pending = rejection(clientFor(server.url).workflows.run("wf", {}, {}, { signal: controller.signal }));
    await server.received();
    controller.abort();
    expect(await pending).toBeInstanceOf(ScenarioAbortError);
    expect(server.seen).toHaveLength(1);
  });

  test("an aborted signal sends nothing", async () => {
    const { mock, client } = await setup();
    expect(await rejection(client.workflows.run("wf", {}, {}, { signal: AbortSignal.abort() }))).toBeInstanceOf(
      ScenarioAbortError,
    );
    expect(mock.requests).toHaveLength(0);
  });

  test("aborting during the wait before a retry stops at once", async () => {
    const controller = new AbortController();
    // The abort is queued as a macrotask once the 429 is in: the client starts its wait in
    // the microtasks before it, so the abort always lands during the wait.
    const abortAfterAnswer = async (input: string | URL | Request, init?: RequestInit) => {
      const response = await fetch(input, init);
      setImmediate(() => controller.abort());
      return response;
    };
    const { mock, client } = await setup(
      { scenario: () => ({ status: 429, headers: { "retry-after": "3600" } }) },
      { fetch: abortAfterAnswer, retry: { maxRetryAfterMs: Number.POSITIVE_INFINITY } },
    );
    // The wait is an hour: a client that waited it out fails the test by its timeout.
    expect(await rejection(client.workflows.run("wf", {}, {}, { signal: controller.signal }))).toBeInstanceOf(
      ScenarioAbortError,
    );
    expect(mock.requests).toHaveLength(1);
  });
});

describe("credentials never appear in an error", () => {
  const token = Buffer.from(`${KEY}:${SECRET}`).toString("base64");
  const cases: Array<[string, (client: Client) => Promise<unknown>, Parameters<typeof setup>[1]?]> = [
    ["BadRequestError", (c) => c.workflows.run("wf", { numSamples: "x" })],
    ["AuthenticationError", (c) => c.workflows.run("mock:401")],
    ["NotFoundError", (c) => c.workflows.run("missing")],
    ["RateLimitError", (c) => c.workflows.run("mock:429"), { maxRetries: 0 }],
    ["InternalServerError (HTML)", (c) => c.workflows.run("mock:502:html")],
    ["ScenarioTimeoutError", (c) => c.workflows.run("mock:slow:1000", {}, {}, { timeoutMs: 50 })],
    ["ScenarioAbortError", (c) => c.workflows.run("mock:slow:1000", {}, {}, { signal: AbortSignal.timeout(50) })],
    ["ScenarioConnectionError (hang-up)", (c) => c.workflows.run("mock:hangup")],
    ["ScenarioError (bad workflowId)", (c) => c.workflows.run("..")],
    [
      "openapi-fetch path, ScenarioConnectionError",
      (c) => c.PUT("/workflows/{workflowId}/run", { params: { path: { workflowId: "mock:hangup" } }, body: {} }),
    ],
  ];
  test.each(cases)("%s", async (_, call, options) => {
    const { client } = await setup({}, options);
    const error = await rejection(call(client));
    expect(error).toBeInstanceOf(ScenarioError);
    const e = error as Error;
    const seen = [
      e.message,
      String(e),
      JSON.stringify(e),
      inspect(e, { depth: 10, showHidden: true }),
      e.stack ?? "",
      JSON.stringify(client),
      inspect(client, { depth: 5, showHidden: true }),
    ];
    for (const text of seen) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(token);
    }
  });

  test("missing credentials: a clear error at construction naming the options and environment variables", () => {
    delete process.env.SCENARIO_SDK_API_KEY;
    delete process.env.SCENARIO_SDK_API_SECRET;
    for (const options of [{}, { apiKey: KEY }, { apiSecret: SECRET }]) {
      expect(() => createScenarioClient(options)).toThrow(ScenarioError);
      expect(() => createScenarioClient(options)).toThrow(
        "Missing credentials: pass apiKey and apiSecret to createScenarioClient, or set SCENARIO_SDK_API_KEY and SCENARIO_SDK_API_SECRET",
      );
      try {
        createScenarioClient(options);
      } catch (error) {
        expect(inspect(error)).not.toContain(KEY);
      }
    }
  });
});

describe("baseUrl", () => {
  const cases: Array<[string, { allowInsecureHttp?: boolean }, boolean]> = [
    ["https://api.cloud.scenario.com/v1", {}, true],
    ["http://127.0.0.1:4010/v1", {}, true],
    ["http://127.8.9.10/v1", {}, true],
    ["http://localhost:4010/v1", {}, true],
    ["http://api.localhost/v1", {}, false],
    ["http://[::1]:4010/v1", {}, true],
    ["http://api.example.com/v1", {}, false],
    ["http://10.0.0.2/v1", {}, false],
    ["http://127.0.0.1.example.com/v1", {}, false],
    ["http://api.example.com/v1", { allowInsecureHttp: true }, true],
    ["ftp://api.example.com/v1", {}, false],
    [`https://${KEY}:${SECRET}@api.example.com/v1`, {}, false],
  ];
  test.each(cases)("%s %o → accepted: %s", (baseUrl, extra, ok) => {
    const make = () => createScenarioClient({ apiKey: KEY, apiSecret: SECRET, baseUrl, ...extra });
    if (ok) expect(make).not.toThrow();
    else {
      expect(make).toThrow(/^baseUrl .* refused: use https: without user info/);
      expect(rejectionMessage(make)).not.toContain(SECRET);
    }
  });
});

function rejectionMessage(make: () => unknown): string {
  try {
    make();
  } catch (error) {
    return inspect(error);
  }
  return "";
}
