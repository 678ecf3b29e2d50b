// A request body that cannot be sent as JSON (json-body.ts): what the error says and keeps, on both
// call paths, when the mutation run (bench/mutation) found the non-Error case and the cause untested.
import { describe, expect, test } from "vitest";
import { ScenarioError } from "@scenario-api/client";
import { callPaths, clientFor, rawServer, rejection } from "./servers.js";

const failing = (reason: unknown) => ({
  toJSON: () => {
    throw reason;
  },
});
const reasons: Array<[string, unknown, string]> = [
  ["an Error", new RangeError("too deep"), "body cannot be sent as JSON: too deep"],
  ["a string, not an Error", "no JSON today", "body cannot be sent as JSON: no JSON today"],
];

describe.each(callPaths)("%s", (_, call) => {
  test.each(reasons)(
    "a toJSON that throws %s: the message says why, the cause is what it threw",
    async (_, reason, message) => {
      const server = await rawServer({ job: {}, workflow: {} });
      const error = await rejection(
        Promise.resolve().then(() => call(clientFor(server.url), { body: failing(reason) })),
      );
      expect(error).toBeInstanceOf(ScenarioError);
      expect((error as Error).message).toBe(message);
      expect((error as Error).cause).toBe(reason);
      expect(server.seen).toHaveLength(0);
    },
  );
});
