import { describe, expect, test } from "vitest";
import { RedirectError, ScenarioError } from "@scenario-api/client";
import { callPaths, clientFor, freePort, rawServer, rejection, serve } from "./servers.js";

// A run is billed and not idempotent: a redirect is refused with a typed error, never followed,
// and never a reason to send the run again.
describe.each(callPaths)("%s", (_, call) => {
  test.each([[301], [302], [303], [307], [308]])(
    "a %i is refused, naming the Location; the target gets nothing",
    async (status) => {
      const target = await rawServer({ job: {}, workflow: {} });
      const location = `${target.url}/workflows/wf/run`;
      const origin = await serve((_, res) => res.writeHead(status, { location }).end());
      const error = await rejection(call(clientFor(origin.url)));
      expect(error).toBeInstanceOf(RedirectError);
      expect(error).toBeInstanceOf(ScenarioError);
      expect(error).toMatchObject({ name: "RedirectError", status, location });
      expect((error as Error).message).toContain(location);
      expect(origin.seen).toHaveLength(1);
      expect(target.seen).toHaveLength(0);
    },
  );

  test("a 307 to a port nobody listens on is not a connect failure: the origin gets the run once", async () => {
    const location = `http://127.0.0.1:${await freePort()}/v1/workflows/wf/run`;
    const origin = await serve((_, res) => res.writeHead(307, { location }).end());
    const error = await rejection(call(clientFor(origin.url, { maxRetries: 2, retry: { initialDelayMs: 1 } })));
    expect(error).toMatchObject({ name: "RedirectError", status: 307, location });
    expect(origin.seen).toHaveLength(1);
  });
});
