import { describe, expect, test } from "vitest";
import { ScenarioError } from "@scenario-api/client";
import { callPaths, clientFor, rawServer, rejection } from "./servers.js";

const cycle: Record<string, unknown> = { prompt: "x" };
cycle.self = cycle;

// Bad input is refused before any request, with a ScenarioError that says what is wrong.
const inputs: Array<[string, { body?: unknown; projectId?: string; signal?: unknown; message: RegExp }]> = [
  ["a body with a BigInt", { body: { numSamples: 2n }, message: /^body cannot be sent as JSON: .*BigInt/ }],
  ["a body with a cycle", { body: cycle, message: /^body cannot be sent as JSON: .*circular/ }],
  [
    "a body whose toJSON throws",
    {
      body: {
        toJSON: () => {
          throw new Error("no JSON today");
        },
      },
      message: /^body cannot be sent as JSON: no JSON today$/,
    },
  ],
  ["a projectId with a lone surrogate", { projectId: "proj_\uD800", message: /^projectId is not well-formed Unicode/ }],
  ["a signal that is not an AbortSignal", { signal: { aborted: "no" }, message: /signal/ }],
];

describe.each(callPaths)("%s", (_, call) => {
  test.each(inputs)("%s", async (_, { message, ...input }) => {
    const server = await rawServer({ job: {}, workflow: {} });
    const error = await rejection(Promise.resolve().then(() => call(clientFor(server.url), input as never)));
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as Error).message).toMatch(message);
    expect(server.seen).toHaveLength(0);
  });
});

describe("header values fetch would refuse are a ScenarioError, never 'the request got no answer'", () => {
  const cases: Array<[string, Parameters<typeof clientFor>[1], RegExp]> = [
    [
      "a header value with a line feed",
      { headers: { "x-trace": "a\nb" } },
      /^header x-trace: the value must be a string without CR, LF, NUL/,
    ],
    ["a header value beyond Latin-1", { headers: { "x-trace": "☃" } }, /^header x-trace: /],
    [
      "a header name with a space",
      { headers: { "x trace": "1" } },
      /^header name "x trace" is not a valid HTTP field name$/,
    ],
    ["a userAgent with CR LF", { userAgent: "me\r\nx-evil: 1" }, /^header user-agent: /],
  ];
  test.each(cases)("%s, at construction", (_, options, message) => {
    expect(() => clientFor("https://api.example.com/v1", options)).toThrow(ScenarioError);
    expect(() => clientFor("https://api.example.com/v1", options)).toThrow(message);
  });

  test("client.PUT with a per-call header value fetch refuses", async () => {
    const server = await rawServer({ job: {}, workflow: {} });
    const error = await rejection(
      clientFor(server.url).PUT("/workflows/{workflowId}/run", {
        params: { path: { workflowId: "wf" } },
        body: {},
        headers: { "x-trace": "a\nb" },
      }),
    );
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as Error).message).toMatch(/^client\.PUT: .*invalid header value/s);
    expect(server.seen).toHaveLength(0);
  });
});
