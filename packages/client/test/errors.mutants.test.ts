// Behaviour of the error classes and apiError() the mutation run (bench/mutation) found untested:
// the name each error shows in logs, the 5xx boundary, the message of an answer without one, and
// headers kept as the server sent them.
import { describe, expect, test } from "vitest";
import {
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  ScenarioAbortError,
  ScenarioApiError,
  ScenarioConnectionError,
  ScenarioError,
  ScenarioTimeoutError,
} from "@scenario-api/client";
import { ResponseValidationError } from "@scenario-api/client/validate";
import { clientFor, rejection, serve } from "./servers.js";

const init = { status: 400, body: {}, headers: {} };
test.each<[string, () => Error]>([
  ["ScenarioError", () => new ScenarioError("m")],
  ["ScenarioApiError", () => new ScenarioApiError("m", init)],
  ["BadRequestError", () => new BadRequestError("m", init)],
  ["AuthenticationError", () => new AuthenticationError("m", init)],
  ["PermissionDeniedError", () => new PermissionDeniedError("m", init)],
  ["NotFoundError", () => new NotFoundError("m", init)],
  ["RateLimitError", () => new RateLimitError("m", init)],
  ["InternalServerError", () => new InternalServerError("m", init)],
  ["ScenarioConnectionError", () => new ScenarioConnectionError("m")],
  ["ScenarioTimeoutError", () => new ScenarioTimeoutError("m")],
  ["ScenarioAbortError", () => new ScenarioAbortError("m")],
  ["RedirectError", () => new RedirectError(301, "/x")],
  ["ResponseTooLargeError", () => new ResponseTooLargeError(200, 10)],
  ["ResponseValidationError", () => new ResponseValidationError(200, [], {})],
])("%s shows its own name in logs and stack traces", (name, make) => {
  const error = make();
  expect(error.name).toBe(name);
  expect(String(error)).toMatch(new RegExp(`^${name}: `));
  expect(error.stack).toMatch(new RegExp(`^${name}: `));
});

/** A bare server answering every request with `status`, `body` (raw text) and JSON content type. */
const answering = (status: number, body: string) =>
  serve((_, res) => res.writeHead(status, { "content-type": "application/json", "x-request-id": "req_9" }).end(body));

describe("what an HTTP error says when the answer has no message", () => {
  test.each<[string, number, string, string]>([
    ["a JSON object without message", 409, '{"code":"conflict"}', "409 unexpected answer"],
    ["a message that is not a string", 422, '{"message":42}', "422 unexpected answer"],
    ["a JSON array", 400, "[1]", "400 unexpected answer"],
    ["an HTML page", 502, "<h1>bad gateway</h1>", "502 non-JSON body"],
    ["an empty body", 503, "", "503 empty body"],
  ])("%s (HTTP %i): %s", async (_, status, body, message) => {
    const server = await answering(status, body);
    const error = await rejection(clientFor(server.url).workflows.run("wf"));
    expect(error).toBeInstanceOf(ScenarioApiError);
    expect((error as Error).message).toBe(message);
  });
});

test.each<[number, boolean]>([
  [499, false],
  [500, true],
])("HTTP %i is an InternalServerError: %s", async (status, internal) => {
  const server = await answering(status, '{"message":"x"}');
  const error = await rejection(clientFor(server.url).workflows.run("wf"));
  expect(error).toBeInstanceOf(ScenarioApiError);
  expect(error instanceof InternalServerError).toBe(internal);
  expect((error as Error).name).toBe(internal ? "InternalServerError" : "ScenarioApiError");
});

test("an error's headers are the answer's: no authorization appears when the server sent none", async () => {
  const server = await answering(404, '{"message":"gone"}');
  const error = (await rejection(clientFor(server.url).workflows.run("wf"))) as ScenarioApiError;
  expect(error.headers).not.toHaveProperty("authorization");
  expect(error.headers).toMatchObject({ "content-type": "application/json", "x-request-id": "req_9" });
  expect(error.requestId).toBe("req_9");
});

test.each<[string, number | undefined, string | undefined, string]>([
  [
    "a redirect with its status and Location",
    301,
    "https://elsewhere.example/v1",
    "301 redirect to https://elsewhere.example/v1 refused: a run is never sent twice; set baseUrl to the final URL",
  ],
  [
    "a browser's opaque redirect (no status, no Location)",
    undefined,
    undefined,
    "The redirect refused: a run is never sent twice; set baseUrl to the final URL",
  ],
])("RedirectError says what was refused and what to do: %s", (_, status, location, message) => {
  expect(new RedirectError(status, location).message).toBe(message);
});
