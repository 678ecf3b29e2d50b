// The mock server's parameter checks follow the spec with no hand-written change: the real spec,
// edited as a maintainer would, goes through scripts/src/emit-parameters.ts, and the server built
// from src/ with that table answers 400 exactly where the spec says. (The evolution suite repeats
// this through a whole rebuild.)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterEach, expect, test, vi } from "vitest";

vi.mock("../src/generated/parameters.js", async () => {
  // Through a variable: the package's tsc would otherwise type-check scripts/ with its settings.
  const generator = "@scenario-api/scripts/src/emit-parameters.ts";
  const { operationParameters } = (await import(generator)) as { operationParameters: (doc: unknown) => unknown };
  const require = createRequire(import.meta.url);
  const doc = JSON.parse(readFileSync(require.resolve("@scenario-api/openapi/openapi.json"), "utf8"));
  doc.paths["/workflows/{workflowId}/run"].put.parameters.push(
    { name: "priority", in: "query", required: false, schema: { type: "integer", minimum: 0, maximum: 10 } },
    { name: "region", in: "query", required: true, schema: { type: "string", enum: ["eu", "us"] } },
    { name: "X-Idempotency-Key", in: "header", required: true, schema: { type: "string", minLength: 4 } },
  );
  return { runWorkflowParameters: operationParameters(doc) };
});

const { DEFAULT_CREDENTIALS, startMockServer } = await import("../src/index.js");
const { apiKey, apiSecret } = DEFAULT_CREDENTIALS;
const authorization = `Basic ${Buffer.from(`${apiKey}:${apiSecret}`).toString("base64")}`;

const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

test.each([
  ["every required parameter, valid", "?region=eu&priority=10", { "x-idempotency-key": "k-001" }, 200, undefined],
  ["the required query parameter missing", "", { "x-idempotency-key": "k-001" }, 400, "query.region is required"],
  [
    "a value outside the enum",
    "?region=mars",
    { "x-idempotency-key": "k-001" },
    400,
    'query.region must be one of "eu", "us"',
  ],
  [
    "an integer that is not one",
    "?region=eu&priority=1.5",
    { "x-idempotency-key": "k-001" },
    400,
    "query.priority must be an integer",
  ],
  [
    "an integer over its maximum",
    "?region=eu&priority=11",
    { "x-idempotency-key": "k-001" },
    400,
    "query.priority must be <= 10",
  ],
  ["the required header missing", "?region=us", {}, 400, 'header["X-Idempotency-Key"] is required'],
  [
    "a header too short",
    "?region=us",
    { "x-idempotency-key": "k1" },
    400,
    'header["X-Idempotency-Key"] must NOT have fewer than 4 characters',
  ],
])("%s: %s", async (_, query, headers, status, message) => {
  const server = await startMockServer();
  servers.push(server);
  const res = await fetch(`${server.url}/workflows/wf/run${query}`, {
    method: "PUT",
    headers: { authorization, "content-type": "application/json", ...headers },
    body: "{}",
  });
  const body = (await res.json()) as { message?: string };
  expect(res.status).toBe(status);
  if (message !== undefined) expect(body.message).toBe(message);
});
