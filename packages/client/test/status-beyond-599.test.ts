import { describe, expect, test } from "vitest";
import { InternalServerError } from "@scenario-api/client";
import { callPaths, clientFor, rejection, serve } from "./servers.js";

// fetch hands over any status from 200 to 999, though no Response can be built past 599: on the
// openapi-fetch path that was reported as a broken connection, where workflows.* said what it is.
describe.each([600, 999])("HTTP %i", (status) => {
  test.each(callPaths)("%s: an InternalServerError with the status, body and headers", async (_, call) => {
    const server = await serve((_, res) =>
      res.writeHead(status, { "content-type": "application/json", "x-request-id": "req_600" }).end('{"message":"odd"}'),
    );
    const error = await rejection(call(clientFor(server.url)));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({
      status,
      message: `${status} odd`,
      body: { message: "odd" },
      requestId: "req_600",
    });
    expect(server.seen).toHaveLength(1);
  });

  test.each(callPaths)("%s: retried like any status ≥ 500 with onServerError", async (_, call) => {
    let n = 0;
    const server = await serve((_, res) =>
      ++n === 1
        ? res.writeHead(status, { "retry-after": "0" }).end("{}")
        : res.writeHead(200, { "content-type": "application/json" }).end('{"job":{},"workflow":{}}'),
    );
    await call(clientFor(server.url, { retry: { onServerError: true } }));
    expect(server.seen).toHaveLength(2);
  });
});
