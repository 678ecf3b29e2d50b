// The option types say `?: T | undefined` (so `exactOptionalPropertyTypes` projects can pass a setting
// that may be unset): an option given as undefined must act exactly as one not given.
import { expect, test } from "vitest";
import { createScenarioClient } from "@scenario-api/client";
import { KEY, SECRET, setup } from "./servers.js";

test("client options given as undefined take their defaults", async () => {
  const { mock } = await setup();
  const client = createScenarioClient({
    apiKey: KEY,
    apiSecret: SECRET,
    baseUrl: mock.url,
    fetch: undefined,
    timeoutMs: undefined,
    maxRetries: undefined,
    retry: undefined,
    headers: undefined,
    userAgent: undefined,
    allowInsecureHttp: undefined,
  });
  expect((await client.workflows.run("wf_undefined")).job.status).toBe("queued");
  expect(mock.requests[0]!.headers["user-agent"]).toMatch(/^scenario-api-client\//);
});

test.each([
  [
    "run",
    (c: ReturnType<typeof createScenarioClient>) =>
      c.workflows.run(
        "wf_undefined",
        {},
        { projectId: undefined, dryRun: undefined },
        {
          signal: undefined,
          timeoutMs: undefined,
          maxRetries: undefined,
          headers: undefined,
          validateResponses: undefined,
        },
      ),
    "/v1/workflows/wf_undefined/run",
  ],
  [
    "estimate",
    (c: ReturnType<typeof createScenarioClient>) =>
      c.workflows.estimate(
        "wf_undefined",
        {},
        { projectId: undefined },
        {
          signal: undefined,
          timeoutMs: undefined,
          maxRetries: undefined,
          headers: undefined,
          validateResponses: undefined,
        },
      ),
    "/v1/workflows/wf_undefined/run?dryRun=true",
  ],
])("%s options given as undefined are absent from the request", async (_, call, rawUrl) => {
  const { mock, client } = await setup(
    {},
    {
      retry: {
        initialDelayMs: undefined,
        maxDelayMs: undefined,
        onServerError: undefined,
        onTimeout: undefined,
        maxRetryAfterMs: undefined,
      },
    },
  );
  await call(client);
  expect(mock.requests.map((r) => r.rawUrl)).toEqual([rawUrl]);
});
