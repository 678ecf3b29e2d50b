// What a failing production call leaves behind: the request id on every success, and logs (off by
// default) that explain each attempt and retry without a credential, a body or a header value in them.
import { afterEach, describe, expect, test, vi } from "vitest";
import {
  createWorkflowsClient,
  logging,
  ScenarioError,
  type Logger,
  type LogLevel,
  type ScenarioClientOptions,
} from "@scenario-api/client";
import { responseValidators } from "@scenario-api/client/validate";
import type { ScenarioReply } from "@scenario-api/mock-server";
import { clientFor, freePort, KEY, rejection, SECRET, serve, setup, silentServer } from "./servers.js";

type Entry = [level: string, message: string, fields: Record<string, unknown>];

/** A logger that keeps its entries, as a user's would write them. */
function recorder(): Logger & { entries: Entry[] } {
  const entries: Entry[] = [];
  const at = (level: string) => (message: string, fields: Record<string, unknown>) =>
    entries.push([level, message, fields]);
  return { entries, error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

const CALLER_SECRET = "caller-token-51c7e0";
const QUERY_SECRET = "project-8a61f2";
const BASIC = btoa(`${KEY}:${SECRET}`);

describe("withResponse(): the request id next to the data", () => {
  test("run and estimate give the answer's x-request-id; undefined when the API sent none", async () => {
    let n = 0;
    const server = await serve((req, res) => {
      const id = ++n === 1 ? { "x-request-id": "req_1" } : {};
      const dry = req.url?.includes("dryRun");
      res
        .writeHead(dry ? 402 : 200, { "content-type": "application/json", ...id })
        .end(JSON.stringify(dry ? { statusCode: 402, message: "dry", estimatedCost: 3 } : { job: {}, workflow: {} }));
    });
    const client = clientFor(server.url);
    const first = await client.workflows.run("wf").withResponse();
    expect([first.requestId, first.response.status]).toEqual(["req_1", 200]);
    const second = await client.workflows.estimate("wf").withResponse();
    expect([second.requestId, second.data.estimatedCost]).toEqual([undefined, 3]);
    const lean = createWorkflowsClient({ apiKey: KEY, apiSecret: SECRET, baseUrl: server.url });
    expect(Object.keys(await lean.run("wf").withResponse())).toEqual(["data", "response", "requestId"]);
  });
});

describe("logLevel, logger and SCENARIO_LOG", () => {
  test("off by default: the logger is never called, whatever happens", async () => {
    vi.stubEnv("SCENARIO_LOG", "");
    const logger = recorder();
    const { client } = await setup(
      { scenario: (r) => (r.workflowId === "fail" ? { status: 500 } : undefined) },
      { logger },
    );
    await rejection(client.workflows.run("fail"));
    await client.workflows.estimate("wf");
    expect(logger.entries).toEqual([]);
  });

  test("SCENARIO_LOG sets the default level; logLevel overrides it", async () => {
    vi.stubEnv("SCENARIO_LOG", "debug");
    const logger = recorder();
    const { client } = await setup({}, { logger });
    await client.workflows.run("wf");
    expect(logger.entries.map(([level, message]) => [level, message])).toEqual([["debug", "attempt"]]);
    const quiet = recorder();
    const { client: off } = await setup({}, { logger: quiet, logLevel: "off" });
    await off.workflows.run("wf");
    expect(quiet.entries).toEqual([]);
  });

  test.each<[string, ScenarioClientOptions, Record<string, string>, RegExp]>([
    [
      "an unknown logLevel",
      { logLevel: "verbose" as LogLevel },
      {},
      /^logLevel must be one of off, error, warn, info, debug, got "verbose"$/,
    ],
    ["an unknown SCENARIO_LOG", {}, { SCENARIO_LOG: "trace" }, /^SCENARIO_LOG must be one of .*, got "trace"$/],
    [
      "a logger without the method its level needs",
      { logLevel: "warn", logger: { error() {} } as unknown as Logger },
      {},
      /^logger\.warn must be a function \(logLevel warn logs at warn\)$/,
    ],
  ])("%s is a ScenarioError when the client is created", (_, options, env, message) => {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    const create = () => clientFor("http://127.0.0.1:9/v1", options);
    expect(create).toThrow(ScenarioError);
    expect(create).toThrow(message);
  });

  test("console is the default logger, called as console[level](message, fields)", async () => {
    const debug = vi.spyOn(console, "debug").mockImplementation(() => {});
    try {
      const { client } = await setup({}, { logLevel: "debug" });
      await client.workflows.run("wf");
      expect(debug).toHaveBeenCalledWith(
        "attempt",
        expect.objectContaining({ method: "PUT", attempt: 1, status: 200 }),
      );
    } finally {
      debug.mockRestore();
    }
  });

  test("createWorkflowsClient logs only with { logging } (kept out of its bundle otherwise), and refuses logLevel without it", async () => {
    const { mock } = await setup();
    const base = { apiKey: KEY, apiSecret: SECRET, baseUrl: mock.url };
    expect(() => createWorkflowsClient({ ...base, logLevel: "debug" })).toThrow(
      "logLevel and logger need { logging } from @scenario-api/client in createWorkflowsClient's options",
    );
    expect(() => createWorkflowsClient({ ...base, logger: recorder() })).toThrow(ScenarioError);
    createWorkflowsClient({ ...base, logLevel: "off" });
    const logger = recorder();
    await createWorkflowsClient({ ...base, logging, logLevel: "debug", logger }).run("wf");
    expect(logger.entries.map(([, message, fields]) => [message, fields.method, fields.path])).toEqual([
      ["attempt", "PUT", "/v1/workflows/wf/run"],
    ]);
  });
});

describe("what each level logs", () => {
  // A 429 (retried after its retry-after-ms), then a 500 (not retried by default): the error.
  async function twoAttempts(logLevel: LogLevel) {
    let n = 0;
    const logger = recorder();
    const { client } = await setup(
      {
        scenario: (): ScenarioReply =>
          ++n === 1
            ? { status: 429, headers: { "retry-after-ms": "3", "x-request-id": "req_a" } }
            : { status: 500, headers: { "x-request-id": "req_b" } },
      },
      { logLevel, logger },
    );
    await rejection(client.workflows.run("wf_1", {}, { projectId: QUERY_SECRET }));
    return logger.entries;
  }

  test("debug: each attempt (method, path, query names, attempt, status, duration, request id), the retry with its reason and wait, the error", async () => {
    const entries = await twoAttempts("debug");
    const where = { method: "PUT", path: "/v1/workflows/wf_1/run", query: ["projectId"] };
    expect(entries).toEqual([
      ["debug", "attempt", { ...where, attempt: 1, status: 429, durationMs: expect.any(Number), requestId: "req_a" }],
      ["warn", "retrying", { ...where, attempt: 1, reason: "HTTP 429", waitMs: 3 }],
      ["debug", "attempt", { ...where, attempt: 2, status: 500, durationMs: expect.any(Number), requestId: "req_b" }],
      [
        "error",
        "request failed",
        {
          ...where,
          error: "InternalServerError",
          message: expect.stringMatching(/^500 /),
          status: 500,
          requestId: "req_b",
        },
      ],
    ]);
  });

  test.each<[LogLevel, string[]]>([
    ["info", ["warn retrying", "error request failed"]],
    ["warn", ["warn retrying", "error request failed"]],
    ["error", ["error request failed"]],
  ])("%s: %j", async (level, want) => {
    const entries = await twoAttempts(level);
    expect(entries.map(([l, message]) => `${l} ${message}`)).toEqual(want);
  });

  test("warn: a refused redirect, without its Location", async () => {
    const server = await serve((_, res) =>
      res.writeHead(307, { location: "https://elsewhere.example/?sig=s3cr3t" }).end(),
    );
    const logger = recorder();
    await rejection(clientFor(server.url, { logLevel: "warn", logger }).workflows.run("wf"));
    expect(logger.entries.map(([l, message, fields]) => [l, message, fields.status])).toEqual([
      ["warn", "redirect refused", 307],
      ["error", "request failed", 307],
    ]);
    expect(logger.entries[1]![2].message).toBe(
      "307 redirect to [Location] refused: a run is never sent twice; set baseUrl to the final URL",
    );
    expect(JSON.stringify(logger.entries)).not.toContain("s3cr3t");
  });
});

describe("retry-after-ms", () => {
  test("a 429's retry-after-ms is the wait (not the backoff), capped by maxRetryAfterMs", async () => {
    let n = 0;
    const logger = recorder();
    const { client } = await setup(
      {
        scenario: () =>
          ++n <= 2 ? { status: 429, headers: { "retry-after-ms": n === 1 ? "4" : "90000" } } : undefined,
      },
      { logLevel: "warn", logger, retry: { initialDelayMs: 60_000, maxRetryAfterMs: 5 } },
    );
    expect((await client.workflows.run("wf")).job.status).toBe("queued");
    expect(logger.entries.map(([, , fields]) => fields.waitMs)).toEqual([4, 5]);
  });

  test("a RateLimitError's retryAfterMs reads it too", async () => {
    const { client } = await setup(
      { scenario: () => ({ status: 429, headers: { "retry-after-ms": "250" } }) },
      { maxRetries: 0 },
    );
    expect(await rejection(client.workflows.run("wf"))).toMatchObject({ status: 429, retryAfterMs: 250 });
  });
});

describe("no secret in any entry, on every path of send()", () => {
  const secrets = [KEY, SECRET, BASIC, "Basic ", CALLER_SECRET, QUERY_SECRET];
  const headers = { "x-caller-token": CALLER_SECRET };

  test("success, retries (429, 5xx, timeout, refused connection), redirect, hang-up, abort, too large, invalid answer, both call paths", async () => {
    const logger = recorder();
    const seen = new Map<string | undefined, number>();
    const { mock } = await setup({
      scenario: (request) => {
        const n = (seen.get(request.workflowId) ?? 0) + 1;
        seen.set(request.workflowId, n);
        if (request.workflowId === "retry") return n === 1 ? { status: 429 } : n === 2 ? { status: 503 } : undefined;
        if (request.workflowId === "slow-once") return n === 1 ? { delayMs: 5_000 } : undefined;
        if (request.workflowId === "redirect") return { status: 302, headers: { location: "/elsewhere" } };
        return undefined;
      },
    });
    // Answers the mock would not give: too large, and one that breaks the schema.
    const odd = await serve((req, res) =>
      res
        .writeHead(200, { "content-type": "application/json" })
        .end(
          JSON.stringify(
            req.url?.includes("/big/")
              ? { job: { status: "queued", note: "x".repeat(4096) }, workflow: {} }
              : { job: { status: "exploded" }, workflow: {} },
          ),
        ),
    );
    const options = {
      apiKey: KEY,
      apiSecret: SECRET,
      logLevel: "debug",
      logger,
      headers,
      retry: { initialDelayMs: 1, onServerError: true, onTimeout: true },
    } satisfies ScenarioClientOptions;
    const client = clientFor(mock.url, options);
    const params = { projectId: QUERY_SECRET };
    await client.workflows.run("wf", { prompt: "a body" }, params, {
      headers: { authorization: `Bearer ${CALLER_SECRET}` },
    });
    await client.workflows.estimate("wf", {}, params).withResponse();
    await client.workflows.run("retry", {}, params);
    await client.workflows.run("slow-once", {}, params, { timeoutMs: 1_000 });
    await rejection(client.workflows.run("redirect", {}, params));
    await rejection(client.workflows.run("mock:hangup", {}, params));
    await rejection(client.workflows.run("mock:401", {}, params));
    await rejection(clientFor(odd.url, { ...options, maxResponseBytes: 1024 }).workflows.run("big", {}, params));
    await rejection(
      clientFor(odd.url, options).workflows.run("invalid", {}, params, { validateResponses: responseValidators }),
    );
    const aborted = new AbortController();
    const held = await silentServer();
    const pending = clientFor(held.url, options).workflows.run("wf", {}, params, { signal: aborted.signal });
    await held.received();
    aborted.abort();
    await rejection(pending);
    const refused = `http://127.0.0.1:${await freePort()}/v1`;
    await rejection(clientFor(refused, { ...options, maxRetries: 1 }).workflows.run("wf", {}, params));
    const put = await client.PUT("/workflows/{workflowId}/run", {
      params: { path: { workflowId: "wf" }, query: params },
      body: {},
      headers,
    });
    expect(put.response.status).toBe(200);
    // openapi-fetch returns an error answer (after its retries) and throws what send() throws.
    const failed = await client.PUT("/workflows/{workflowId}/run", {
      params: { path: { workflowId: "mock:500" } },
      body: {},
    });
    expect(failed.response.status).toBe(500);
    await rejection(
      client.PUT("/workflows/{workflowId}/run", { params: { path: { workflowId: "redirect" } }, body: {} }),
    );

    const messages = new Set(logger.entries.map(([level, message]) => `${level} ${message}`));
    expect([...messages].sort()).toEqual([
      "debug attempt",
      "error request failed",
      "warn redirect refused",
      "warn retrying",
    ]);
    const reasons = logger.entries.filter(([, m]) => m === "retrying").map(([, , f]) => f.reason);
    expect(new Set(reasons)).toEqual(
      new Set(["HTTP 429", "HTTP 503", "HTTP 500", "timeout", "connection failed before sending"]),
    );
    const errors = logger.entries.filter(([l]) => l === "error").map(([, , f]) => f.error);
    expect(errors).toEqual(
      expect.arrayContaining([
        "RedirectError",
        "ScenarioConnectionError",
        "AuthenticationError",
        "ResponseTooLargeError",
        "ResponseValidationError",
        "ScenarioAbortError",
      ]),
    );
    const printed = JSON.stringify(logger.entries);
    for (const secret of secrets) expect(printed).not.toContain(secret);
    expect(printed).not.toContain("a body");
    expect(printed.toLowerCase()).not.toContain("authorization");
  }, 30_000);
});
