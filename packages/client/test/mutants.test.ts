// Behaviour the mutation run (bench/mutation) found untested in the client.
import { expect, test } from "vitest";
import { clientFor, setup } from "./servers.js";

test.each([["http://evillocalhost/v1"], ["http://my-localhost:4010/v1"]])(
  "http: to %s is refused: a name that merely ends in a loopback host is not one",
  (baseUrl) => {
    expect(() => clientFor(baseUrl)).toThrow(
      /^baseUrl http:\/\/.* refused: .*http: is for loopback hosts, or set allowInsecureHttp: true/,
    );
  },
);

test.each<[string, { params: { projectId?: string; dryRun?: boolean }; url: string }]>([
  ["projectId alone", { params: { projectId: "proj_1" }, url: "/v1/workflows/wf_1/run?projectId=proj_1" }],
  [
    "dryRun: false sends no dryRun",
    { params: { dryRun: false, projectId: "p q" }, url: "/v1/workflows/wf_1/run?projectId=p%20q" },
  ],
  ["no params", { params: {}, url: "/v1/workflows/wf_1/run" }],
])("workflows.run with %s: the query sent", async (_, { params, url }) => {
  const { mock, client } = await setup();
  await client.workflows.run("wf_1", {}, params);
  expect(mock.requests.map((r) => r.rawUrl)).toEqual([url]);
});
