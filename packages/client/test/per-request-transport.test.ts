import { inspect } from "node:util";
import { describe, expect, test } from "vitest";
import { ScenarioError } from "@scenario-api/client";
import { clientFor, rejection, SECRET, serve } from "./servers.js";

// openapi-fetch takes `baseUrl` and `fetch` per request. Either would put a call outside what the
// client checks once (https and no user info before the credentials go out) and enforces on every
// attempt (redirects refused, maxResponseBytes, the timeout, retries): both are refused, unsent.

/** A server that redirects every request (307, the method and body kept) to itself, then answers 200. */
async function redirectingServer() {
  return serve((req, res) => {
    if (req.url?.endsWith("/again")) {
      res.writeHead(200, { "content-type": "application/json" }).end('{"job":{},"workflow":{}}');
    } else {
      res.writeHead(307, { location: `${req.url}/again` }).end();
    }
  });
}

/** The client's own fetch, counting what the client sends through it. */
function counted() {
  const sent: string[] = [];
  return {
    sent,
    fetch: (input: string | URL | Request, init?: RequestInit) => {
      sent.push(input instanceof Request ? input.url : String(input));
      return fetch(input, init);
    },
  };
}

type Init = { baseUrl?: string; fetch?: typeof fetch };
const calls: Array<[string, (client: ReturnType<typeof clientFor>, init: Init) => Promise<unknown>]> = [
  [
    "client.PUT",
    (client, init) =>
      client.PUT("/workflows/{workflowId}/run", { params: { path: { workflowId: "wf" } }, body: {}, ...init }),
  ],
  [
    "client.GET",
    (client, init) =>
      client.GET("/workflows/{workflowId}/run" as never, { params: { path: { workflowId: "wf" } }, ...init } as never),
  ],
  [
    "client.request",
    (client, init) =>
      client.request("put", "/workflows/{workflowId}/run", {
        params: { path: { workflowId: "wf" } },
        body: {},
        ...init,
      }),
  ],
];

describe.each(calls)("%s", (method, call) => {
  test("a per-request baseUrl to plain http off loopback is refused before the credentials go out", async () => {
    const spy = counted();
    const server = await redirectingServer();
    const client = clientFor(server.url, { fetch: spy.fetch });
    const error = await rejection(call(client, { baseUrl: "http://api.example.com/v1" }));
    expect(error).toBeInstanceOf(ScenarioError);
    expect(String(error)).toMatch(new RegExp(`^ScenarioError: ${method}: baseUrl cannot be set per request`));
    expect(spy.sent).toEqual([]);
    expect(server.seen).toHaveLength(0);
  });

  test("a password in a per-request baseUrl never reaches the error", async () => {
    const server = await redirectingServer();
    const error = await rejection(
      call(clientFor(server.url), { baseUrl: "https://user:TOPSECRET@api.example.com/v1" }),
    );
    expect(error).toBeInstanceOf(ScenarioError);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 8 }), (error as Error).stack]) {
      expect(text).not.toContain("TOPSECRET");
      expect(text).not.toContain(SECRET);
    }
    expect(server.seen).toHaveLength(0);
  });

  test("a per-request fetch is refused: it would follow a 307 and send the billed request twice", async () => {
    const server = await redirectingServer();
    const error = await rejection(call(clientFor(server.url), { fetch: (input, init) => fetch(input, init) }));
    expect(error).toBeInstanceOf(ScenarioError);
    expect(String(error)).toMatch(new RegExp(`^ScenarioError: ${method}: fetch cannot be set per request`));
    expect(server.seen).toHaveLength(0);
  });
});

describe("undefined means not given, as for every other option", () => {
  test("client.PUT with baseUrl and fetch undefined goes to the client's baseUrl, through its policy", async () => {
    const server = await redirectingServer();
    const error = await rejection(
      clientFor(server.url).PUT("/workflows/{workflowId}/run", {
        params: { path: { workflowId: "wf" } },
        body: {},
        baseUrl: undefined,
        fetch: undefined,
      }),
    );
    // The client's own fetch refuses the redirect: one request, never sent again.
    expect(error).toMatchObject({ name: "RedirectError", status: 307 });
    expect(server.seen.map((r) => r.url)).toEqual(["/v1/workflows/wf/run"]);
  });
});
