import { inspect } from "node:util";
import { afterEach, describe, expect, test, vi } from "vitest";
import { ScenarioAbortError, ScenarioError } from "@scenario-api/client";
import { callPaths, clientFor, KEY, rawServer, rejection, SECRET } from "./servers.js";
import { createScenarioClient } from "@scenario-api/client";

afterEach(() => {
  vi.useRealTimers();
});

describe("baseUrl: what was checked is what is used", () => {
  test.each([["…/v1?"], ["…/v1#"], ["…/v1/?"], ["…/v1?#"]])(
    "%s is refused (an empty query or fragment still ends the path)",
    (shape) => {
      const make = () => clientFor(shape.replace("…", "https://api.example.com"));
      expect(make).toThrow(ScenarioError);
      expect(make).toThrow(/refused: use https: without user info, query or fragment/);
    },
  );

  describe.each(callPaths)("%s", (_, call) => {
    test.each([
      ["spaces around it", "  URL  "],
      ["a tab and a newline around it", "\tURL\n"],
      ["a trailing slash and spaces", " URL/ "],
    ])("a baseUrl with %s sends to the checked path", async (_, shape) => {
      const server = await rawServer({ job: {}, workflow: {} });
      await call(clientFor(shape.replace("URL", server.url)));
      expect(server.seen.map((r) => r.url)).toEqual(["/v1/workflows/wf/run"]);
    });
  });
});

describe("http: sends credentials in clear only to loopback IP literals and localhost itself", () => {
  const cases: Array<[string, boolean]> = [
    ["http://localhost:4010/v1", true],
    ["http://127.0.0.1:4010/v1", true],
    ["http://[::1]:4010/v1", true],
    ["http://api.localhost/v1", false],
    ["http://a.b.localhost:4010/v1", false],
    ["http://localhost./v1", false],
    ["http://localhost.example.com/v1", false],
  ];
  test.each(cases)("%s → accepted: %s", (baseUrl, ok) => {
    const make = () => clientFor(baseUrl);
    if (ok) expect(make).not.toThrow();
    else
      expect(make).toThrow(
        /^baseUrl http:\/\/.* refused: .*http: is for loopback hosts, or set allowInsecureHttp: true/,
      );
  });

  test("allowInsecureHttp: true still allows a *.localhost name", () => {
    expect(() => clientFor("http://api.localhost/v1", { allowInsecureHttp: true })).not.toThrow();
  });
});

describe("options are checked at construction, with a ScenarioError naming the option", () => {
  const cases: Array<[string, Parameters<typeof clientFor>[1], RegExp]> = [
    [
      "retry.initialDelayMs -1",
      { retry: { initialDelayMs: -1 } },
      /^retry\.initialDelayMs must be a number ≥ 0, got -1$/,
    ],
    [
      "retry.initialDelayMs NaN",
      { retry: { initialDelayMs: Number.NaN } },
      /^retry\.initialDelayMs must be a number ≥ 0, got NaN$/,
    ],
    [
      "retry.maxDelayMs a string",
      { retry: { maxDelayMs: "100" as never } },
      /^retry\.maxDelayMs must be a number ≥ 0, got 100$/,
    ],
    ["retry.maxRetryAfterMs -5", { retry: { maxRetryAfterMs: -5 } }, /^retry\.maxRetryAfterMs must be a number ≥ 0/],
    [
      "retry.onTimeout a string",
      { retry: { onTimeout: "yes" as never } },
      /^retry\.onTimeout must be a boolean, got yes$/,
    ],
    ["maxResponseBytes 0", { maxResponseBytes: 0 }, /^maxResponseBytes must be an integer > 0 \(or Infinity\), got 0$/],
    ["maxResponseBytes 1.5", { maxResponseBytes: 1.5 }, /^maxResponseBytes must be an integer > 0/],
    ["maxResponseBytes NaN", { maxResponseBytes: Number.NaN }, /^maxResponseBytes must be an integer > 0/],
  ];
  test.each(cases)("%s", (_, options, message) => {
    expect(() => clientFor("https://api.example.com/v1", options)).toThrow(ScenarioError);
    expect(() => clientFor("https://api.example.com/v1", options)).toThrow(message);
  });

  test.each([
    [
      "retry delays of 0 and Infinity",
      { retry: { initialDelayMs: 0, maxDelayMs: Number.POSITIVE_INFINITY, maxRetryAfterMs: Number.POSITIVE_INFINITY } },
    ],
    ["maxResponseBytes Infinity", { maxResponseBytes: Number.POSITIVE_INFINITY }],
  ])("%s are accepted", (_, options) => {
    expect(() => clientFor("https://api.example.com/v1", options)).not.toThrow();
  });
});

describe("credentials that cannot be sent as given are refused, without repeating them", () => {
  const cases: Array<[string, { apiKey: string; apiSecret: string }, RegExp, string]> = [
    [
      "an apiKey with a colon (RFC 7617)",
      { apiKey: "key:part", apiSecret: SECRET },
      /^apiKey must not contain ":"/,
      "key:part",
    ],
    [
      "an apiKey with a lone surrogate",
      { apiKey: "key\uDC00x", apiSecret: SECRET },
      /^apiKey is not well-formed Unicode/,
      "key\uDC00x",
    ],
    [
      "an apiSecret with a lone surrogate",
      { apiKey: KEY, apiSecret: "sec\uD800ret" },
      /^apiSecret is not well-formed Unicode/,
      "sec\uD800ret",
    ],
  ];
  test.each(cases)("%s", (_, credentials, message, secret) => {
    let error: unknown;
    try {
      createScenarioClient({ ...credentials, baseUrl: "https://api.example.com/v1" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as Error).message).toMatch(message);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 5 })])
      expect(text).not.toContain(secret);
  });

  test("a colon in the secret is fine", () => {
    expect(() =>
      createScenarioClient({ apiKey: KEY, apiSecret: "a:b:c", baseUrl: "https://api.example.com/v1" }),
    ).not.toThrow();
  });
});

describe("a wait longer than setTimeout can hold (2^31-1 ms) waits, instead of firing at once", () => {
  test("Retry-After: 3000000 with maxRetryAfterMs: Infinity", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    let calls = 0;
    const fetch429 = async () => {
      calls++;
      return new Response("{}", { status: 429, headers: { "retry-after": "3000000" } });
    };
    const controller = new AbortController();
    const client = clientFor("https://api.example.com/v1", {
      fetch: fetch429,
      retry: { maxRetryAfterMs: Number.POSITIVE_INFINITY },
    });
    const run = rejection(client.workflows.run("wf", {}, {}, { signal: controller.signal }));
    // A day of fake time: a wait clamped to 2^31-1 ms (24.8 days) has not ended; an unclamped one fired after 1 ms.
    await vi.advanceTimersByTimeAsync(24 * 3600 * 1000);
    expect(calls).toBe(1);
    controller.abort();
    expect(await run).toBeInstanceOf(ScenarioAbortError);
  });
});
