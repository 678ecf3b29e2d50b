// The client's parameters follow the spec with no hand-written change: the real spec, edited as a
// maintainer would (an optional integer and a required enum query parameter, a header parameter, a
// nullable one), goes through scripts/src/emit-parameters.ts, and the client built from src/ with
// that table sends, omits and refuses each as the spec says. (The evolution suite repeats this
// through a whole rebuild.)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test, vi } from "vitest";
import { rejection, serve } from "./servers.js";

vi.mock("../src/generated/parameters.js", async () => {
  const { operationParameters } = await import("@scenario-api/scripts/src/emit-parameters.ts");
  const require = createRequire(import.meta.url);
  const doc = JSON.parse(readFileSync(require.resolve("@scenario-api/openapi/openapi.json"), "utf8"));
  doc.paths["/workflows/{workflowId}/run"].put.parameters.push(
    { name: "priority", in: "query", required: false, schema: { type: "integer", minimum: 0, maximum: 10 } },
    { name: "region", in: "query", required: true, schema: { type: "string", enum: ["eu", "us"] } },
    { name: "tag", in: "query", schema: { type: ["string", "null"] } },
    { name: "X-Idempotency-Key", in: "header", schema: { type: "string" } },
  );
  return { runWorkflowParameters: operationParameters(doc) };
});

const { createWorkflowsClient, ScenarioError } = await import("../src/index.ts");

async function client() {
  const server = await serve((_, res) =>
    res.writeHead(200, { "content-type": "application/json" }).end('{"job":{},"workflow":{}}'),
  );
  const workflows = createWorkflowsClient({ apiKey: "k", apiSecret: "s", baseUrl: server.url, userAgent: "t" });
  // The runtime is what is under test here; the edited spec's types are not those of @scenario-api/types.
  const run = (params: unknown, options?: unknown) => workflows.run("wf", {}, params as never, options as never);
  return { server, run };
}

test.each([
  ["the required one alone", { region: "eu" }, "/v1/workflows/wf/run?region=eu"],
  [
    "every one, sent in the table's order (dryRun first, then by name)",
    { region: "us", priority: 7, dryRun: true, projectId: "p", tag: "a b" },
    "/v1/workflows/wf/run?dryRun=true&priority=7&projectId=p&region=us&tag=a%20b",
  ],
  [
    "optional ones as undefined, a nullable one as null: left out",
    { region: "eu", priority: undefined, tag: null },
    "/v1/workflows/wf/run?region=eu",
  ],
])("%s: the query", async (_, params, url) => {
  const { server, run } = await client();
  await run(params).catch(() => {});
  expect(server.seen.map((r) => r.url)).toEqual([url]);
});

test("a header parameter is sent as a header", async () => {
  const { server, run } = await client();
  await run({ region: "eu", "X-Idempotency-Key": "k-1" });
  expect(server.seen[0]!.headers["x-idempotency-key"]).toBe("k-1");
  expect(server.seen[0]!.url).toBe("/v1/workflows/wf/run?region=eu");
});

test.each([
  ["no params", undefined, "region is required"],
  ["the required one as undefined", { region: undefined }, "region is required"],
  ["an integer parameter given 1.5", { region: "eu", priority: 1.5 }, "priority must be integer, not number"],
  ["an integer parameter given a string", { region: "eu", priority: "7" }, "priority must be integer, not string"],
  ["a non-nullable one given null", { region: null }, "region must be string, not null"],
  [
    "a new parameter among the options",
    { region: "eu" },
    "priority is an API parameter: the third argument",
    { priority: 1 },
  ],
  [
    "a header parameter that fetch would refuse",
    { region: "eu", "X-Idempotency-Key": "a\nb" },
    "header X-Idempotency-Key: the value must be a string without CR, LF, NUL or characters above U+00FF",
  ],
])("%s: refused before any request", async (_, params, message, options?: unknown) => {
  const { server, run } = await client();
  const error = await rejection(run(params, options));
  expect(error).toBeInstanceOf(ScenarioError);
  expect((error as Error).message).toBe(message);
  expect(server.seen).toHaveLength(0);
});
