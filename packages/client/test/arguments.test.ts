// Each argument of `workflows.run`/`estimate` holds only its own names, checked before any request:
// an API parameter among the request options was dropped (a dryRun among them started a billed
// run), and null, strings and `{ projectId: null }` gave TypeErrors or sent "null".
import { describe, expect, test } from "vitest";
import { ScenarioError } from "@scenario-api/client";
import { rejection, setup } from "./servers.js";

type Call = (client: Awaited<ReturnType<typeof setup>>["client"]) => Promise<unknown>;

describe("refused before any request, with a ScenarioError that says where the name belongs", () => {
  const cases: Array<[string, Call, string]> = [
    [
      "dryRun among the options (no params)",
      (c) => c.workflows.run("wf", {}, undefined, { dryRun: true } as never),
      "dryRun is an API parameter: the third argument",
    ],
    [
      "dryRun among the options beside a real option",
      (c) => {
        const options = { signal: new AbortController().signal, dryRun: true };
        return c.workflows.run("wf", {}, {}, options);
      },
      "dryRun is an API parameter: the third argument",
    ],
    [
      "projectId among the options",
      (c) => c.workflows.run("wf", {}, {}, { projectId: "p" } as never),
      "projectId is an API parameter: the third argument",
    ],
    [
      "projectId among estimate's options",
      (c) => c.workflows.estimate("wf", {}, {}, { projectId: "p" } as never),
      "projectId is an API parameter: the third argument",
    ],
    [
      "the workflow id among the options",
      (c) => c.workflows.run("wf", {}, {}, { workflowId: "other" } as never),
      "workflowId is an API parameter: the first argument",
    ],
    [
      "headers among the params",
      (c) => c.workflows.run("wf", {}, { headers: { "x-a": "b" } } as never),
      "headers is a request option: the fourth argument",
    ],
    [
      "validateResponses among the params",
      (c) => c.workflows.run("wf", {}, { validateResponses: false } as never),
      "validateResponses is a request option: the fourth argument",
    ],
    [
      "a name that is no parameter (a typo of projectId)",
      (c) => c.workflows.run("wf", {}, { projectID: "p" } as never),
      "projectID is not a parameter of run()",
    ],
    [
      "a name that is no request option",
      (c) => c.workflows.run("wf", {}, {}, { timeout: 5 } as never),
      "timeout is not a request option",
    ],
    [
      "dryRun given to estimate (always a dry run)",
      (c) => c.workflows.estimate("wf", {}, { dryRun: false } as never),
      "dryRun is not a parameter of estimate()",
    ],
    [
      "params null",
      (c) => c.workflows.run("wf", {}, null as never),
      "params (the third argument) must be an object or undefined, not null",
    ],
    [
      "params a string",
      (c) => c.workflows.run("wf", {}, "proj_1" as never),
      "params (the third argument) must be an object or undefined, not string",
    ],
    [
      "options null",
      (c) => c.workflows.estimate("wf", {}, {}, null as never),
      "options (the fourth argument) must be an object or undefined, not null",
    ],
    [
      "options a string",
      (c) => c.workflows.run("wf", {}, {}, "signal" as never),
      "options (the fourth argument) must be an object or undefined, not string",
    ],
    [
      "projectId null (the schema does not allow null)",
      (c) => c.workflows.run("wf", {}, { projectId: null } as never),
      "projectId must be string, not null",
    ],
    [
      "projectId a number",
      (c) => c.workflows.run("wf", {}, { projectId: 42 } as never),
      "projectId must be string, not number",
    ],
    [
      "dryRun a string",
      (c) => c.workflows.run("wf", {}, { dryRun: "false" } as never),
      "dryRun must be boolean, not string",
    ],
  ];
  test.each(cases)("%s", async (_, call, message) => {
    const { mock, client } = await setup();
    const error = await rejection(call(client));
    expect(error).toBeInstanceOf(ScenarioError);
    expect((error as Error).message).toBe(message);
    expect(mock.requests).toHaveLength(0);
  });
});

describe("a name given as undefined is not given", () => {
  const cases: Array<[string, Call, string]> = [
    [
      "request options given as undefined among the params",
      (c) =>
        c.workflows.run("wf_1", {}, {
          signal: undefined,
          timeoutMs: undefined,
          headers: undefined,
          projectId: "p",
        } as never),
      "/v1/workflows/wf_1/run?projectId=p",
    ],
    [
      "API parameters given as undefined among the options",
      (c) => c.workflows.run("wf_1", {}, {}, { dryRun: undefined, projectId: undefined } as never),
      "/v1/workflows/wf_1/run",
    ],
    [
      "estimate with dryRun: undefined",
      (c) => c.workflows.estimate("wf_1", {}, { dryRun: undefined } as never),
      "/v1/workflows/wf_1/run?dryRun=true",
    ],
  ];
  test.each(cases)("%s: the request is sent without it", async (_, call, rawUrl) => {
    const { mock, client } = await setup();
    await call(client);
    expect(mock.requests.map((r) => r.rawUrl)).toEqual([rawUrl]);
  });
});
