// A path parameter of client.PUT that is not a string (path-segment.ts): refused before any request,
// where the mutation run (bench/mutation) found only "", "." and ".." tested.
import { expect, test } from "vitest";
import { ScenarioError } from "@scenario-api/client";
import { clientFor, rawServer, rejection } from "./servers.js";

test.each<[string, Record<string, unknown>]>([
  ["missing", {}],
  ["a number", { workflowId: 5 }],
  ["null", { workflowId: null }],
])("client.PUT with a workflowId that is %s is refused before any request, naming it", async (_, path) => {
  const server = await rawServer({ job: {}, workflow: {} });
  const error = await rejection(
    clientFor(server.url).PUT("/workflows/{workflowId}/run", { params: { path: path as never }, body: {} }),
  );
  expect(error).toBeInstanceOf(ScenarioError);
  expect((error as Error).message).toBe('workflowId must be a string other than "", "." and ".."');
  expect(server.seen).toHaveLength(0);
});
