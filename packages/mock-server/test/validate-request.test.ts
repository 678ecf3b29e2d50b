import { describe, expect, test } from "vitest";
import { checkInputs, type InputRule } from "../src/check-inputs.js";
import { validateRunWorkflowRequest } from "@scenario-api/schemas";
import {
  checkParameters,
  type ParameterRule,
  pointerToDots,
  validateRunWorkflowPath,
  validateRunWorkflowQuery,
} from "../src/validate-request.js";

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

describe("checkParameters: values as sent against the generated table's schemas", () => {
  const rules: ParameterRule[] = [
    { name: "any", in: "query", required: false, schema: {} },
    { name: "n", in: "query", required: false, schema: { type: "number", exclusiveMinimum: 0, multipleOf: 0.5 } },
    { name: "i", in: "query", required: false, schema: { type: "integer", minimum: 1, exclusiveMaximum: 5 } },
    { name: "b", in: "query", required: false, schema: { type: "boolean", const: true } },
    {
      name: "s",
      in: "query",
      required: false,
      schema: { type: ["string", "null"], maxLength: 3, pattern: "^[a-z]+$" },
    },
    { name: "r", in: "query", required: true, schema: { type: "string" } },
    { name: "X-Key", in: "header", required: false, schema: { type: "string", minLength: 2 } },
  ];
  const cases: Array<[Record<string, unknown>, string[]]> = [
    [{ r: "" }, []],
    [{}, ["/r is required"]],
    [{ r: "x", any: "whatever", n: "2.5", i: "4", b: "true", s: "abc", unlisted: "kept" }, []],
    [{ r: "x", n: "0" }, ["/n must be > 0"]],
    [{ r: "x", n: "0.3" }, ["/n must be a multiple of 0.5"]],
    [{ r: "x", n: "1e" }, ["/n must be a number"]],
    [{ r: "x", i: "0" }, ["/i must be >= 1"]],
    [{ r: "x", i: "5" }, ["/i must be < 5"]],
    [{ r: "x", i: "02" }, ["/i must be an integer"]],
    [{ r: "x", b: "yes" }, ["/b must be a boolean (true or false)"]],
    [{ r: "x", b: "false" }, ["/b must be equal to true"]],
    [{ r: "x", s: "abcd" }, ["/s must NOT have more than 3 characters"]],
    [{ r: "x", s: "AB" }, ['/s must match pattern "^[a-z]+$"']],
    [{ r: 1 }, ["/r must be a string (got number)"]],
  ];
  test.each(cases)("query %j → %j", (query, want) => {
    const result = checkParameters(rules, "query", query);
    expect(result.valid ? [] : result.errors.map((e) => `${e.path} ${e.message}`)).toEqual(want);
  });

  test("headers are looked up by their lower-cased name; other locations' rules are not applied", () => {
    expect(checkParameters(rules, "header", { "x-key": "a" })).toEqual({
      valid: false,
      errors: [{ path: "/X-Key", message: "must NOT have fewer than 2 characters" }],
    });
    expect(checkParameters(rules, "header", {}).valid).toBe(true);
  });
});
