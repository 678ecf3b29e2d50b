import { describe, expect, test } from "vitest";
import { checkInputs, type InputRule } from "../src/check-inputs.js";
import { validateRunWorkflowRequest } from "@scenario-api/schemas";
import { pointerToDots, validateRunWorkflowPath, validateRunWorkflowQuery } from "../src/validate-request.js";

describe("the validators have @scenario-api/schemas' result shape", () => {
  const bodies: Array<[string, unknown, boolean]> = [
    ["an object", { prompt: "x" }, true],
    ["an empty object", {}, true],
    ["an array", [], false],
    ["null", null, false],
    ["a string", "x", false],
    ["a number", 1, false],
  ];
  test.each(bodies)("body: %s → valid %s", (_, body, valid) => {
    const result = validateRunWorkflowRequest(body);
    expect(result.valid).toBe(valid);
    if (result.valid) expect(result.value).toBe(body);
    else expect(result.errors).toEqual([{ path: "", message: expect.stringMatching(/^must be an object/) }]);
  });

  test.each([
    [{ workflowId: "wf" }, true],
    [{ workflowId: "" }, false],
    [{}, false],
  ])("path %j → valid %s", (params, valid) => expect(validateRunWorkflowPath(params).valid).toBe(valid));

  test.each([
    [{}, true],
    [{ dryRun: "true", projectId: "p" }, true],
    [{ projectId: 1 }, false],
  ])("query %j → valid %s", (query, valid) => expect(validateRunWorkflowQuery(query).valid).toBe(valid));

  test.each([
    ["", ""],
    ["/numSamples", ".numSamples"],
    ["/items/0/name", ".items[0].name"],
    ["/a~1b", '["a/b"]'],
  ])("pointerToDots(%j) = %j", (pointer, dots) => expect(pointerToDots(pointer)).toBe(dots));
});

describe("checkInputs: values against the workflow's declared inputs", () => {
  const rules: InputRule[] = [
    { name: "prompt", type: "string", maxLength: 5 },
    { name: "numSamples", type: "number", min: 1, max: 4 },
    { name: "style", type: "string", allowedValues: ["flat", "painterly"] },
    { name: "tags", type: "string_array", allowedValues: ["a", "b"] },
    { name: "image", type: "file" },
    { name: "hdr", type: "boolean" },
  ];
  const cases: Array<[Record<string, unknown>, string[]]> = [
    [{}, []],
    [{ prompt: "hi", numSamples: 4, style: "flat", tags: ["a", "b"], image: "asset_1", hdr: false, extra: 1 }, []],
    [{ prompt: "too long" }, ["/prompt must be at most 5 characters"]],
    [{ numSamples: 0 }, ["/numSamples must be >= 1"]],
    [{ numSamples: Number.NaN }, ["/numSamples must be a number"]],
    [{ style: "cubist" }, ['/style must be one of "flat", "painterly"']],
    [{ tags: ["a", "c"] }, ['/tags must be one of "a", "b"']],
    [{ tags: "a" }, ["/tags must be an array of strings"]],
    [{ image: 1, hdr: "yes" }, ["/image must be a string (asset id, URL or data URL)", "/hdr must be a boolean"]],
  ];
  test.each(cases)("%j → %j", (body, want) =>
    expect(checkInputs(rules, body).map((e) => `${e.path} ${e.message}`)).toEqual(want),
  );
});
