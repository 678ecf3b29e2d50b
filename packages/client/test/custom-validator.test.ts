import { inspect } from "node:util";
import { expect, test } from "vitest";
import { ScenarioConnectionError, ScenarioError, type ResponseValidators } from "@scenario-api/client";
import { ResponseValidationError, responseValidators } from "@scenario-api/client/validate";
import { KEY, rejection, SECRET, setup } from "./servers.js";

// `validateResponses` takes any { check }: what a custom one throws was reported as "the answer
// was cut off" (a ScenarioConnectionError), sending people after a network fault that never was.
const throwing = (thrown: unknown): ResponseValidators => ({
  check() {
    throw thrown;
  },
});

const cases: Array<[string, unknown, RegExp]> = [
  [
    "a TypeError",
    new TypeError("Cannot read properties of undefined (reading 'status')"),
    /^ScenarioError: validateResponses: the validator threw TypeError: Cannot read properties of undefined \(reading 'status'\)$/,
  ],
  ["a string", "no", /^ScenarioError: validateResponses: the validator threw a string$/],
  // String() of it would throw in turn.
  [
    "an object without a prototype",
    Object.create(null),
    /^ScenarioError: validateResponses: the validator threw a object$/,
  ],
];

test.each(cases)(
  "a validator that throws %s: a ScenarioError naming the validator, the thrown value its cause",
  async (_, thrown, message) => {
    const { mock, client } = await setup({}, { validateResponses: throwing(thrown) });
    const error = await rejection(client.workflows.run("wf", {}));
    expect(error).toBeInstanceOf(ScenarioError);
    expect(error).not.toBeInstanceOf(ScenarioConnectionError);
    expect(String(error)).toMatch(message);
    expect((error as Error).cause).toBe(thrown);
    // Sent once: the run started, and a failing check is no reason to start another.
    expect(mock.requests).toHaveLength(1);
    const basic = Buffer.from(`${KEY}:${SECRET}`).toString("base64");
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 8 })]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(basic);
    }
  },
);

test("a long message is cut to 200 characters", async () => {
  const { client } = await setup({}, { validateResponses: throwing(new Error("x".repeat(100_000))) });
  const error = await rejection(client.workflows.run("wf", {}));
  expect((error as Error).message).toBe(
    `validateResponses: the validator threw ${`Error: ${"x".repeat(200)}`.slice(0, 200)}`,
  );
});

test("a ScenarioError a validator throws (ResponseValidationError among them) is passed on as it is", async () => {
  const own = new ScenarioError("my check");
  const { client } = await setup({}, { validateResponses: throwing(own) });
  expect(await rejection(client.workflows.run("wf", {}))).toBe(own);
  const broken = { check: () => responseValidators.check("run", { job: 1 }, 200) };
  expect(await rejection(client.workflows.run("wf", {}, {}, { validateResponses: broken }))).toBeInstanceOf(
    ResponseValidationError,
  );
});
