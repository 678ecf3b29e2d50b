// Behaviour of createScenarioClient's openapi-fetch client the mutation run (bench/mutation) found
// untested: which answers its JSON-object check leaves alone, and what its wrapped errors keep.
import { expect, test } from "vitest";
import { createWorkflowsClient, ScenarioApiError, ScenarioError } from "@scenario-api/client";
import { callPaths, clientFor, KEY, rawServer, rejection, SECRET, serve, setup } from "./servers.js";

const put = { params: { path: { workflowId: "wf" } }, body: {} } as const;

test.each<[string, number, string]>([
  ["an HTML page", 502, "<h1>502 Bad Gateway</h1>"],
  ["a JSON array", 400, '["bad"]'],
  ["an empty body", 503, ""],
])(
  "client.PUT: an HTTP error whose body is %s comes back as `error`, as openapi-fetch gives it",
  async (_, status, body) => {
    const server = await serve((_, res) => res.writeHead(status, { "content-type": "text/html" }).end(body));
    const { data, error, response } = await clientFor(server.url).PUT("/workflows/{workflowId}/run", put);
    expect(data).toBeUndefined();
    expect(response.status).toBe(status);
    expect(error).toEqual(body === '["bad"]' ? ["bad"] : body);
  },
);

test("client.PUT with parseAs: 'text' gets the 200 body as text, not checked as a JSON object", async () => {
  const server = await serve((_, res) => res.writeHead(200, { "content-type": "text/plain" }).end("queued"));
  const { data, error } = await clientFor(server.url).PUT("/workflows/{workflowId}/run", { ...put, parseAs: "text" });
  expect([data, error]).toEqual(["queued", undefined]);
});

test("an error client.PUT wraps keeps fetch's own as its cause", async () => {
  const server = await rawServer({ job: {}, workflow: {} });
  const error = await rejection(
    clientFor(server.url).PUT("/workflows/{workflowId}/run", { ...put, headers: { "x-trace": "a\nb" } }),
  );
  expect(error).toBeInstanceOf(ScenarioError);
  const { cause } = error as Error;
  expect(cause).toBeInstanceOf(TypeError);
  expect((error as Error).message).toBe(`client.PUT: ${(cause as Error).message}`);
  expect(server.seen).toHaveLength(0);
});

test.each(callPaths)("%s: a 204 answer (no body) is a ScenarioApiError, not a success", async (_, call) => {
  const server = await serve((_, res) => res.writeHead(204).end());
  const error = await rejection(call(clientFor(server.url)));
  expect(error).toBeInstanceOf(ScenarioApiError);
  expect(error).toMatchObject({ status: 204, message: "204 empty body", body: "" });
});

test("createWorkflowsClient: run and estimate, with the same auth and query as the full client", async () => {
  const { mock } = await setup({ estimatedCost: 7 });
  const workflows = createWorkflowsClient({ apiKey: KEY, apiSecret: SECRET, baseUrl: mock.url });
  expect((await workflows.run("wf_1", {}, { projectId: "p" })).job.status).toBe("queued");
  expect(await workflows.estimate("wf_1")).toMatchObject({ statusCode: 402, estimatedCost: 7 });
  expect(mock.requests.map((r) => r.rawUrl)).toEqual([
    "/v1/workflows/wf_1/run?projectId=p",
    "/v1/workflows/wf_1/run?dryRun=true",
  ]);
});
