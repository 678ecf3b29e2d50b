// The shape of a `workflows.*` call: (workflowId, body, params, options), the raw answer on
// success, and opt-in response validation.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { AuthenticationError, ScenarioApiError, ScenarioError, type ResponseValidators } from "@scenario-api/client";
import { ResponseValidationError, responseValidators } from "@scenario-api/client/validate";
import { clientFor, rejection, serve, setup } from "./servers.js";

describe("params (the API's) apart from options (the request's)", () => {
  test.each([
    [
      "run with projectId, no dry run",
      (c: Client) => c.workflows.run("wf_1", {}, { projectId: "proj_a&b" }),
      "/v1/workflows/wf_1/run?projectId=proj_a%26b",
    ],
    [
      "run with projectId and a dry run",
      (c: Client) => c.workflows.run("wf_1", {}, { projectId: "p", dryRun: true }).catch(() => {}),
      "/v1/workflows/wf_1/run?dryRun=true&projectId=p",
    ],
    ["run with dryRun: false", (c: Client) => c.workflows.run("wf_1", {}, { dryRun: false }), "/v1/workflows/wf_1/run"],
    [
      "estimate with projectId",
      (c: Client) => c.workflows.estimate("wf_1", {}, { projectId: "p" }),
      "/v1/workflows/wf_1/run?dryRun=true&projectId=p",
    ],
  ])("%s reaches the server with that query", async (_, call, rawUrl) => {
    const { mock, client } = await setup();
    await call(client);
    expect(mock.requests.map((r) => r.rawUrl)).toEqual([rawUrl]);
  });

  test.each(["signal", "timeoutMs", "maxRetries"])(
    "%s among the params (the 0.1 shape) is refused before any request, naming the fourth argument",
    async (name) => {
      const { mock, client } = await setup();
      const params = { [name]: name === "signal" ? new AbortController().signal : 5 } as never;
      const error = await rejection(client.workflows.run("wf", {}, params));
      expect(error).toBeInstanceOf(ScenarioError);
      expect((error as Error).message).toBe(`${name} is a request option: the fourth argument`);
      expect(mock.requests).toHaveLength(0);
    },
  );

  test("per-call headers are sent over the client's, and never replace Authorization", async () => {
    const server = await serve((_, res) =>
      res.writeHead(200, { "content-type": "application/json" }).end('{"job":{},"workflow":{}}'),
    );
    const client = clientFor(server.url, { headers: { "x-trace": "client", "x-team": "a" } });
    await client.workflows.run("wf", {}, {}, { headers: { "X-Trace": "call", Authorization: "Bearer nope" } });
    await client.workflows.run("wf");
    const [withHeaders, without] = server.seen;
    expect([withHeaders!.headers["x-trace"], withHeaders!.headers["x-team"]]).toEqual(["call", "a"]);
    expect(withHeaders!.headers.authorization).toMatch(/^Basic /);
    expect(withHeaders!.headers.authorization).toBe(without!.headers.authorization);
    expect(without!.headers["x-trace"]).toBe("client");
  });

  test("a per-call header fetch would refuse is a ScenarioError naming it, not its value", async () => {
    const { mock, client } = await setup();
    const error = await rejection(
      client.workflows.run("wf", {}, {}, { headers: { "x-token": "secret-value\r\nx: y" } }),
    );
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as Error).message).toMatch(/^header x-token: /);
    expect((error as Error).message).not.toContain("secret-value");
    expect(mock.requests).toHaveLength(0);
  });
});

describe("estimate() resolves only to a 402 dry-run answer", () => {
  test.each([
    ["a 401 JSON body", "mock:401", AuthenticationError, 401],
    ["a 200 JSON body (the dry run ignored)", "ok-200", ScenarioApiError, 200],
  ])("%s is thrown, not returned as an estimate", async (_, workflowId, Class, status) => {
    const server = await serve((req, res) => {
      const code = req.url!.includes("mock%3A401") ? 401 : 200;
      res
        .writeHead(code, { "content-type": "application/json" })
        .end(JSON.stringify({ statusCode: code, message: "no", estimatedCost: 3 }));
    });
    const error = await rejection(clientFor(server.url).workflows.estimate(workflowId));
    expect(error).toBeInstanceOf(Class);
    expect(error).toMatchObject({ status, body: { statusCode: status } });
  });
});

describe("withResponse(): the body and the raw answer", () => {
  test("run: status, request id and rate-limit headers next to the data; awaiting the call alone gives the data", async () => {
    const server = await serve((_, res) =>
      res
        .writeHead(200, { "content-type": "application/json", "x-request-id": "req_42", "x-ratelimit-remaining": "9" })
        .end('{"job":{"status":"queued"},"workflow":{}}'),
    );
    const client = clientFor(server.url);
    const { data, response } = await client.workflows.run("wf").withResponse();
    expect(data).toEqual({ job: { status: "queued" }, workflow: {} });
    expect([
      response.status,
      response.headers.get("x-request-id"),
      response.headers.get("x-ratelimit-remaining"),
    ]).toEqual([200, "req_42", "9"]);
    expect(await client.workflows.run("wf")).toEqual(data);
    expect(server.seen).toHaveLength(2);
  });

  test("estimate: the 402 answer; a failed call rejects withResponse() with the same typed error", async () => {
    const { client } = await setup({ estimatedCost: 7 });
    const { data, response } = await client.workflows.estimate("wf").withResponse();
    expect([data.estimatedCost, response.status]).toEqual([7, 402]);
    expect(await rejection(client.workflows.run("mock:401").withResponse())).toBeInstanceOf(AuthenticationError);
  });
});

describe("validateResponses", () => {
  const invalidRun = { job: { jobId: "job_1", status: "exploded" }, workflow: {} };
  async function answering(status: number, body: unknown) {
    return serve((_, res) => res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body)));
  }

  test("off by default: a body that breaks the schema is returned as it is", async () => {
    const server = await answering(200, invalidRun);
    expect(await clientFor(server.url).workflows.run("wf")).toEqual(invalidRun);
  });

  test.each([
    ["on the client", { validateResponses: responseValidators }, {}],
    ["on the call (validators given to the call)", {}, { validateResponses: responseValidators }],
    [
      "on the call (true: the client's validators)",
      { validateResponses: responseValidators },
      { validateResponses: true },
    ],
  ])(
    "%s: a run answer that breaks the schema throws ResponseValidationError with pointers and the raw body",
    async (_, clientOptions, callOptions) => {
      const server = await answering(200, invalidRun);
      const error = await rejection(clientFor(server.url, clientOptions).workflows.run("wf", {}, {}, callOptions));
      expect(error).toBeInstanceOf(ResponseValidationError);
      expect(error).toBeInstanceOf(ScenarioError);
      const { problems, body, status, message } = error as ResponseValidationError;
      expect([status, body]).toEqual([200, invalidRun]);
      expect(problems).toContainEqual({
        path: "/job/status",
        message: expect.stringMatching(/^must be one of .*\(got "exploded"\)$/) as unknown,
      });
      expect(problems).toContainEqual({ path: "/workflow/id", message: "is required" });
      expect(message.split("\n")[0]).toBe("The answer (HTTP 200) does not match the API's schema:");
      expect(message).toContain("\n/workflow/id: is required");
    },
  );

  test("a valid answer passes, for run and estimate (the mock's answers follow the spec)", async () => {
    const { client } = await setup({}, { validateResponses: responseValidators });
    expect((await client.workflows.run("wf")).job.status).toBe("queued");
    expect((await client.workflows.estimate("wf")).statusCode).toBe(402);
  });

  test("estimate answers are checked against DryRunEstimate; a root problem shows as (root)", async () => {
    const server = await answering(402, { statusCode: 402, message: "Dry run completed", estimatedCost: "lots" });
    const error = await rejection(
      clientFor(server.url, { validateResponses: responseValidators }).workflows.estimate("wf"),
    );
    expect((error as ResponseValidationError).problems).toEqual([
      { path: "/estimatedCost", message: expect.stringMatching(/^must be a number/) as unknown },
    ]);
    const rootProblem: ResponseValidators = {
      check: (_, body, status) => {
        throw new ResponseValidationError(status, [{ path: "", message: "must be an object" }], body);
      },
    };
    const rooted = await answering(200, { job: {}, workflow: {} });
    expect(
      ((await rejection(clientFor(rooted.url, { validateResponses: rootProblem }).workflows.run("wf"))) as Error)
        .message,
    ).toContain("\n(root): must be an object");
  });

  test("an answer with 200,000 broken entries: 100 problems, then how many more, and a message of bounded size", async () => {
    // Each entry is checked through a $ref; the copying validators took 8 s for 40,000 and grew
    // with the square, with a 5.7 MB message. The test timeout (vitest.config.ts) is the bound.
    const entries = 200_000;
    const statusHistory = Array.from({ length: entries }, () => ({ date: 1, status: "done" }));
    // A valid answer of the schemas' conformance corpus, with every entry of its history broken.
    const corpus = JSON.parse(
      readFileSync(new URL("../../schemas/test/vectors/responses-valid.json", import.meta.url), "utf8"),
    ) as { cases: Array<{ schema: string; instance: { job: object; workflow: object } }> };
    const valid = corpus.cases.find((c) => c.schema === "RunWorkflowResponse")!.instance;
    const server = await answering(200, { ...valid, job: { ...valid.job, statusHistory } });
    const error = await rejection(clientFor(server.url, { validateResponses: responseValidators }).workflows.run("wf"));
    expect(error).toBeInstanceOf(ResponseValidationError);
    const { problems, message } = error as ResponseValidationError;
    expect(problems).toHaveLength(101);
    expect(problems[0]).toEqual({ path: "/job/statusHistory/0/date", message: "must be a string (got integer)" });
    const more = 2 * entries - 100;
    expect(problems[100]).toEqual({ path: "", message: `... and ${more} more problems`, omitted: more });
    expect(message.split("\n")).toHaveLength(102);
    expect(message.endsWith(`\n... and ${more} more problems`)).toBe(true);
    expect(message.length).toBeLessThan(20_000);
  });

  test("validateResponses: false on the call turns the client's off", async () => {
    const server = await answering(200, invalidRun);
    expect(
      await clientFor(server.url, { validateResponses: responseValidators }).workflows.run(
        "wf",
        {},
        {},
        { validateResponses: false },
      ),
    ).toEqual(invalidRun);
  });

  test("error answers are not validated: they stay the typed API errors", async () => {
    const server = await answering(404, { unexpected: true });
    expect(
      await rejection(clientFor(server.url, { validateResponses: responseValidators }).workflows.run("wf")),
    ).toMatchObject({ name: "NotFoundError", status: 404 });
  });

  test.each([
    [
      "true on a call of a client without validators",
      () => clientFor("https://a.example/v1").workflows.run("wf", {}, {}, { validateResponses: true }),
      /validateResponses needs responseValidators from @scenario-api\/client\/validate/,
    ],
    [
      "true on the client",
      () => clientFor("https://a.example/v1", { validateResponses: true as never }).workflows.run("wf"),
      /validateResponses needs responseValidators from @scenario-api\/client\/validate/,
    ],
  ])("%s is a ScenarioError saying where the validators come from", async (_, call, message) => {
    const error = await rejection(Promise.resolve().then(call));
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as Error).message).toMatch(message);
  });
});

test("CommonJS: the validate entry's error is a ScenarioError of the main entry (one class, shared chunk)", () => {
  const require = createRequire(import.meta.url);
  const main = require("@scenario-api/client") as typeof import("@scenario-api/client");
  const validate = require("@scenario-api/client/validate") as typeof import("@scenario-api/client/validate");
  expect(new validate.ResponseValidationError(200, [], {})).toBeInstanceOf(main.ScenarioError);
});

type Client = ReturnType<typeof clientFor>;
