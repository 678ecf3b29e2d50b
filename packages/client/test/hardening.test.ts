import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterEach, describe, expect, test, vi } from "vitest";
import {
  createScenarioClient,
  ScenarioAbortError,
  ScenarioError,
  ScenarioTimeoutError,
  type ScenarioClientOptions,
} from "@scenario-api/client";
import { KEY, rejection, SECRET } from "./servers.js";

// Answers sent as headers first and a body that stalls: what a slow or stuck server does
// after a run has started.
const stalled: ServerResponse[] = [];
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const res of stalled.splice(0)) res.destroy();
  await Promise.all(closers.splice(0).map((c) => c()));
});

async function stallingServer(): Promise<{ url: string; attempts: () => number }> {
  let attempts = 0;
  const server = createServer((req, res) => {
    attempts++;
    req.resume();
    req.on("end", () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"job":');
      stalled.push(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, attempts: () => attempts };
}

const client = (baseUrl: string, options: ScenarioClientOptions = {}) =>
  createScenarioClient({ apiKey: KEY, apiSecret: SECRET, baseUrl, ...options });

/** The real fetch, counted, with a promise that resolves when the first answer's headers are in. */
function watchedFetch() {
  let calls = 0;
  let headersIn!: () => void;
  const answered = new Promise<void>((resolve) => (headersIn = resolve));
  const watched = async (input: string | URL | Request, init?: RequestInit) => {
    calls++;
    const response = await fetch(input, init);
    headersIn();
    return response;
  };
  return { fetch: watched, answered, calls: () => calls };
}

// No test here races a real timer against the server: the timeout's timer is fake, and fires
// only once the answer's headers are in (an event), so the machine's speed cannot decide.
const put = (c: ReturnType<typeof client>, init: { signal?: AbortSignal } = {}) =>
  c.PUT("/workflows/{workflowId}/run", { params: { path: { workflowId: "wf" } }, body: {}, ...init });
const calls: Array<[string, (c: ReturnType<typeof client>) => Promise<unknown>]> = [
  ["workflows.run", (c) => c.workflows.run("wf", {})],
  ["client.PUT", (c) => put(c)],
];

describe("the timeout and the caller's abort cover reading the answer, on both call paths", () => {
  test.each(calls)("%s: a body that stalls times out", async (_, call) => {
    const server = await stallingServer();
    const watched = watchedFetch();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const pending = rejection(call(client(server.url, { timeoutMs: 200, fetch: watched.fetch })));
    await watched.answered;
    await vi.advanceTimersByTimeAsync(200);
    const error = await pending;
    expect(error).toBeInstanceOf(ScenarioTimeoutError);
    expect(String(error)).toMatch(/after 200 ms, while reading the answer/);
  });

  test("client.PUT: the caller's abort stops reading a stalled body", async () => {
    const server = await stallingServer();
    const controller = new AbortController();
    const watched = watchedFetch();
    const pending = rejection(put(client(server.url, { fetch: watched.fetch }), { signal: controller.signal }));
    // The headers are in and the body stalls: the client is reading it when the abort lands.
    await watched.answered;
    controller.abort();
    expect(await pending).toBeInstanceOf(ScenarioAbortError);
  });

  test("with onTimeout, a timeout after the answer started is not retried: the run may be billed", async () => {
    const server = await stallingServer();
    const watched = watchedFetch();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const pending = rejection(
      client(server.url, {
        timeoutMs: 150,
        maxRetries: 2,
        retry: { onTimeout: true },
        fetch: watched.fetch,
      }).workflows.run("wf", {}),
    );
    await watched.answered;
    await vi.advanceTimersByTimeAsync(150);
    expect(await pending).toBeInstanceOf(ScenarioTimeoutError);
    expect(watched.calls()).toBe(1);
    expect(server.attempts()).toBe(1);
  });
});

describe("an abort that lands just before a backoff wait ends the call at once", () => {
  test("no Retry-After wait after an abort (fake time never moves: a wait would never end)", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const controller = new AbortController();
    const fetch429 = async () => {
      controller.abort();
      return new Response("{}", { status: 429, headers: { "retry-after": "5" } });
    };
    const error = await rejection(
      client("https://api.example.com/v1", { fetch: fetch429 }).workflows.run(
        "wf",
        {},
        {},
        { signal: controller.signal },
      ),
    );
    expect(error).toBeInstanceOf(ScenarioAbortError);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe("bad options and values are refused before any request, with a ScenarioError", () => {
  const never = async (): Promise<Response> => {
    throw new Error("no request may be sent");
  };
  const cases: Array<[string, () => unknown, RegExp]> = [
    ["timeoutMs 0", () => client("https://a.example/v1", { timeoutMs: 0 }), /timeoutMs must be > 0, got 0/],
    [
      "timeoutMs NaN",
      () => client("https://a.example/v1", { timeoutMs: Number.NaN }),
      /timeoutMs must be > 0, got NaN/,
    ],
    [
      "maxRetries -1",
      () => client("https://a.example/v1", { maxRetries: -1 }),
      /maxRetries must be an integer ≥ 0, got -1/,
    ],
    [
      "maxRetries 1.5 on a call",
      () => client("https://a.example/v1", { fetch: never }).workflows.run("wf", {}, {}, { maxRetries: 1.5 }),
      /maxRetries must be an integer/,
    ],
    [
      "a baseUrl with a query",
      () => client("https://a.example/v1?x=1"),
      /refused: use https: without user info, query or fragment/,
    ],
    ["a baseUrl with a fragment", () => client("https://a.example/v1#top"), /refused/],
    [
      "a workflowId with a lone surrogate",
      () => client("https://a.example/v1", { fetch: never }).workflows.run("wf\uD800", {}),
      /workflowId is not well-formed Unicode/,
    ],
  ];
  test.each(cases)("%s", async (_, make, message) => {
    let error: unknown;
    try {
      await make();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect(String(error)).toMatch(message);
  });

  test("an unparsable baseUrl with user info never repeats it", () => {
    let error: unknown;
    try {
      client("https://user:TOPSECRET@host:99999/v1");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    for (const text of [
      String(error),
      JSON.stringify(error),
      inspect(error, { depth: 5 }),
      (error as Error).stack ?? "",
    ]) {
      expect(text).not.toContain("TOPSECRET");
    }
  });
});

describe("a server that echoes the Authorization header", () => {
  test("the error keeps the other headers, with authorization redacted", async () => {
    const server = createServer((req, res) => {
      req.resume();
      req.on("end", () =>
        res
          .writeHead(401, {
            "content-type": "application/json",
            authorization: req.headers.authorization ?? "",
            "x-request-id": "req_1",
          })
          .end('{"message":"no"}'),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const error = await rejection(
      client(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`).workflows.run("wf", {}),
    );
    expect((error as { headers: Record<string, string> }).headers).toMatchObject({
      authorization: "[REDACTED]",
      "x-request-id": "req_1",
    });
    const basic = Buffer.from(`${KEY}:${SECRET}`).toString("base64");
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 8 })]) {
      expect(text).not.toContain(basic);
      expect(text).not.toContain(SECRET);
    }
  });
});
