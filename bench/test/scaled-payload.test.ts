import { validateRunWorkflowResponse } from "@scenario-api/schemas";
import { expect, test } from "vitest";
import { scaledResponse } from "../scaled-payload.ts";
import { referenceExample } from "../validation.ts";

test.each([[100_000], [1_000_000]])("grown to %i bytes: at least that, within one added unit, and valid", (bytes) => {
  const example = referenceExample();
  const payload = scaledResponse(example, bytes);
  const size = JSON.stringify(payload).length;
  expect(size).toBeGreaterThanOrEqual(bytes);
  expect(size - bytes).toBeLessThan(6_000);
  expect(validateRunWorkflowResponse(payload).valid).toBe(true);
  expect(JSON.stringify(example).length).toBeLessThan(6_000); // the example itself is untouched
});

test("a size below the example's is the example", () => {
  expect(scaledResponse(referenceExample(), 0)).toEqual(referenceExample());
});
