import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterEach, describe, expect, test } from "vitest";
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
  closers.push(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, attempts: () => attempts };
}

const client = (baseUrl: string, options: ScenarioClientOptions = {}) =>
  createScenarioClient({ apiKey: KEY, apiSecret: SECRET, baseUrl, ...options });

describe("the timeout and the caller's abort cover reading the answer, on both call paths", () => {
  test("workflows.run: a body that stalls times out", async () => {
    const server = await stallingServer();
    const error = await rejection(client(server.url, { timeoutMs: 200 }).workflows.run("wf", {}));
    expect(error).toBeInstanceOf(ScenarioTimeoutError);
    expect(String(error)).toMatch(/while reading the answer/);
  });

  test("client.PUT: a body that stalls times out", async () => {
    const server = await stallingServer();
    const started = performance.now();
    const error = await rejection(client(server.url, { timeoutMs: 200 }).PUT("/workflows/{workflowId}/run", { params: { path: { workflowId: "wf" } }, body: {} }));
    expect(error).toBeInstanceOf(ScenarioTimeoutError);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  test("client.PUT: the caller's abort stops reading a stalled body", async () => {
    const server = await stallingServer();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 150);
    const error = await rejection(client(server.url).PUT("/workflows/{workflowId}/run", {
      params: { path: { workflowId: "wf" } }, body: {}, signal: controller.signal,
    }));
    expect(error).toBeInstanceOf(ScenarioAbortError);
  });

  test("with onTimeout, a timeout after the answer started is not retried: the run may be billed", async () => {
    const server = await stallingServer();
    const error = await rejection(client(server.url, { timeoutMs: 150, maxRetries: 2, retry: { onTimeout: true } }).workflows.run("wf", {}));
    expect(error).toBeInstanceOf(ScenarioTimeoutError);
    expect(server.attempts()).toBe(1);
  });
});

describe("an abort that lands just before a backoff wait ends the call at once", () => {
  test("no full Retry-After wait after an abort", async () => {
    const controller = new AbortController();
    const fetch429 = async () => {
      controller.abort();
      return new Response("{}", { status: 429, headers: { "retry-after": "5" } });
    };
    const started = performance.now();
    const error = await rejection(client("https://api.example.com/v1", { fetch: fetch429 }).workflows.run("wf", {}, { signal: controller.signal }));
    expect(error).toBeInstanceOf(ScenarioAbortError);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});

describe("bad options and values are refused before any request, with a ScenarioError", () => {
  const never = async (): Promise<Response> => { throw new Error("no request may be sent"); };
  const cases: Array<[string, () => unknown, RegExp]> = [
    ["timeoutMs 0", () => client("https://a.example/v1", { timeoutMs: 0 }), /timeoutMs must be > 0, got 0/],
    ["timeoutMs NaN", () => client("https://a.example/v1", { timeoutMs: Number.NaN }), /timeoutMs must be > 0, got NaN/],
    ["maxRetries -1", () => client("https://a.example/v1", { maxRetries: -1 }), /maxRetries must be an integer ≥ 0, got -1/],
    ["maxRetries 1.5 on a call", () => client("https://a.example/v1", { fetch: never }).workflows.run("wf", {}, { maxRetries: 1.5 }), /maxRetries must be an integer/],
    ["a baseUrl with a query", () => client("https://a.example/v1?x=1"), /refused: use https: without user info, query or fragment/],
    ["a baseUrl with a fragment", () => client("https://a.example/v1#top"), /refused/],
    ["a workflowId with a lone surrogate", () => client("https://a.example/v1", { fetch: never }).workflows.run("wf\uD800", {}), /workflowId is not well-formed Unicode/],
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
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 }), (error as Error).stack ?? ""]) {
      expect(text).not.toContain("TOPSECRET");
    }
  });
});

describe("a server that echoes the Authorization header", () => {
  test("the error keeps the other headers, with authorization redacted", async () => {
    const server = createServer((req, res) => {
      req.resume();
      req.on("end", () => res.writeHead(401, { "content-type": "application/json", authorization: req.headers.authorization ?? "", "x-request-id": "req_1" }).end('{"message":"no"}'));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const error = await rejection(client(`http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`).workflows.run("wf", {}));
    expect((error as { headers: Record<string, string> }).headers).toMatchObject({ authorization: "[REDACTED]", "x-request-id": "req_1" });
    const basic = Buffer.from(`${KEY}:${SECRET}`).toString("base64");
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 8 })]) {
      expect(text).not.toContain(basic);
      expect(text).not.toContain(SECRET);
    }
  });
});
