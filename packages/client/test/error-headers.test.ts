import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { errorFromResponse, type ScenarioApiError } from "@scenario-api/client";
import { clientFor, rejection, serve } from "./servers.js";

// An error is logged whole: it keeps the headers people debug with, and no cookie (a session is
// a credential) nor an Authorization a server echoes.
const answer = {
  "content-type": "application/json",
  "x-request-id": "req_42",
  "retry-after": "7",
  "x-ratelimit-remaining": "0",
  "x-ratelimit-reset": "1700000000",
  "set-cookie": ["session=COOKIE-VALUE-1; HttpOnly", "csrf=COOKIE-VALUE-2"],
  "set-cookie2": "old=COOKIE-VALUE-3",
  "x-session-cookie": "COOKIE-VALUE-4",
  "proxy-authorization": "Basic COOKIE-VALUE-5",
};

const paths: Array<[string, (client: ReturnType<typeof clientFor>) => Promise<ScenarioApiError>]> = [
  ["workflows.run", (client) => rejection(client.workflows.run("wf", {})) as Promise<ScenarioApiError>],
  [
    "client.PUT with errorFromResponse",
    async (client) => {
      const { error, response } = await client.PUT("/workflows/{workflowId}/run", {
        params: { path: { workflowId: "wf" } },
        body: {},
      });
      return errorFromResponse(response, error);
    },
  ],
];

describe.each(paths)("%s", (_, error) => {
  test("keeps the debugging headers and redacts every cookie and credential", async () => {
    const server = await serve((_, res) => res.writeHead(429, answer).end('{"message":"slow down"}'));
    const e = await error(clientFor(server.url, { maxRetries: 0 }));
    expect(e.headers).toMatchObject({
      "content-type": "application/json",
      "x-request-id": "req_42",
      "retry-after": "7",
      "x-ratelimit-remaining": "0",
      "x-ratelimit-reset": "1700000000",
      "set-cookie": "[REDACTED]",
      "set-cookie2": "[REDACTED]",
      "x-session-cookie": "[REDACTED]",
      "proxy-authorization": "[REDACTED]",
    });
    expect(e).toMatchObject({ requestId: "req_42", retryAfterMs: 7_000 });
    for (const text of [String(e), JSON.stringify(e), inspect(e, { depth: 8 })])
      expect(text).not.toContain("COOKIE-VALUE");
  });
});
