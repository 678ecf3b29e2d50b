import { describe, expect, test } from "vitest";
import { createScenarioClient, createWorkflowsClient, ScenarioError } from "@scenario-api/client";
import { clientFor, KEY, rejection, SECRET, silentServer } from "./servers.js";

// Headers that belong to the connection and its framing (forbidden request headers in the Fetch
// standard). As options they passed construction and then broke every call: undici refuses most,
// a content-length shorter than the body made each call wait for its timeout, and a Host would
// name another server than baseUrl. Each is refused where it is given, naming the header only.
const headers: Array<[string, string]> = [
  ["transfer-encoding", "chunked"],
  ["expect", "100-continue"],
  ["upgrade", "websocket"],
  ["keep-alive", "timeout=5"],
  ["connection", "upgrade"],
  ["host", "other.example.com"],
  ["content-length", "1"],
  ["Content-Length", "1"],
  ["te", "trailers"],
  ["trailer", "x-checksum"],
];

const refusal = (name: string) => new RegExp(`^ScenarioError: header ${name} refused: fetch manages it`);

describe.each(headers)("%s: %s", (name, value) => {
  test.each([
    ["createScenarioClient", createScenarioClient],
    ["createWorkflowsClient", createWorkflowsClient],
  ] as const)("in the client's headers: %s throws", (_, create) => {
    let error: unknown;
    try {
      create({ apiKey: KEY, apiSecret: SECRET, baseUrl: "https://api.example.com/v1", headers: { [name]: value } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScenarioError);
    expect(String(error)).toMatch(refusal(name));
    expect(String(error)).not.toContain(value);
  });

  test("in a call's headers: workflows.run and client.PUT refuse it, unsent", async () => {
    const server = await silentServer();
    const client = clientFor(server.url);
    const run = await rejection(client.workflows.run("wf", {}, {}, { headers: { [name]: value } }));
    const put = await rejection(
      client.PUT("/workflows/{workflowId}/run", {
        params: { path: { workflowId: "wf" } },
        body: {},
        headers: { [name]: value },
      }),
    );
    for (const error of [run, put]) {
      expect(error).toBeInstanceOf(ScenarioError);
      expect(String(error)).toMatch(refusal(name.toLowerCase() === name ? name : `(${name}|${name.toLowerCase()})`));
    }
    expect(server.seen).toHaveLength(0);
  });
});

test("other headers, forbidden in browsers but not by servers' fetch, still go out", async () => {
  const server = await silentServer();
  const client = clientFor(server.url, { headers: { cookie: "a=1", origin: "https://app.example", "x-trace": "t" } });
  void client.workflows.run("wf", {}).catch(() => {});
  await server.received();
  expect(server.seen[0]!.headers).toMatchObject({ cookie: "a=1", origin: "https://app.example", "x-trace": "t" });
});

test("a header whose name only starts like a transport header's is not one, and goes out", async () => {
  const server = await silentServer();
  const client = clientFor(server.url, { headers: { "Expect-CT": "max-age=0", "upgrade-insecure-requests": "1" } });
  void client.workflows.run("wf", {}).catch(() => {});
  await server.received();
  expect(server.seen[0]!.headers).toMatchObject({ "expect-ct": "max-age=0", "upgrade-insecure-requests": "1" });
});
