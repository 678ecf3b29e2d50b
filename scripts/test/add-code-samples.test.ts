import { describe, expect, test } from "vitest";
import { addCodeSamples, parseOperationRef, type CodeSample } from "../src/add-code-samples.ts";

const spec = () => ({
  openapi: "3.1.0",
  paths: { "/workflows/{workflowId}/run": { parameters: [], put: { operationId: "runWorkflow", responses: {} } } },
});
const curl: CodeSample = { lang: "Shell", label: "curl", source: "curl -X PUT https://x\n" };
const ts: CodeSample = { lang: "TypeScript", label: "Node.js", source: "await run();\n\n" };
const put = { method: "put", path: "/workflows/{workflowId}/run" };

describe("addCodeSamples", () => {
  test("puts the samples on the operation, in order, without the files' final newlines, and leaves the input alone", () => {
    const input = spec();
    const out = addCodeSamples(input, put, [curl, ts]) as any;
    expect(out.paths["/workflows/{workflowId}/run"].put["x-codeSamples"]).toEqual([
      { lang: "Shell", label: "curl", source: "curl -X PUT https://x" },
      { lang: "TypeScript", label: "Node.js", source: "await run();" },
    ]);
    expect(out.paths["/workflows/{workflowId}/run"].put.operationId).toBe("runWorkflow");
    expect(input.paths["/workflows/{workflowId}/run"].put).not.toHaveProperty("x-codeSamples");
  });

  const errors: Array<[string, { op: { method: string; path: string }; samples: CodeSample[]; want: RegExp }]> = [
    [
      "an unknown path names its pointer and the known paths",
      {
        op: { method: "put", path: "/workflows/{id}/run" },
        samples: [curl],
        want: /#\/paths\/~1workflows~1\{id\}~1run does not exist; paths in the spec: \/workflows\/\{workflowId\}\/run/,
      },
    ],
    [
      "an unknown method names the operations there",
      {
        op: { method: "post", path: put.path },
        samples: [curl],
        want: /#\/paths\/~1workflows~1\{workflowId\}~1run\/post does not exist; operations on .*: PUT/,
      },
    ],
    ["no samples", { op: put, samples: [], want: /no code samples/ }],
    [
      "an empty source",
      { op: put, samples: [{ ...curl, source: " \n" }], want: /sample 0 \(Shell\/curl\): the source is empty/ },
    ],
    [
      "two samples in one tab",
      { op: put, samples: [curl, { ...curl, source: "x" }], want: /sample 1 .*same lang and label/ },
    ],
  ];
  test.each(errors)("%s", (_, { op, samples, want }) => {
    expect(() => addCodeSamples(spec(), op, samples)).toThrow(want);
  });
});

describe("parseOperationRef", () => {
  test.each([
    ["PUT /workflows/{workflowId}/run", { method: "put", path: "/workflows/{workflowId}/run" }],
    ["  get /a  ", { method: "get", path: "/a" }],
  ])("%s", (text, want) => expect(parseOperationRef(text)).toEqual(want));
  test.each(["FETCH /a", "PUT", "/a PUT"])("rejects %s", (text) =>
    expect(() => parseOperationRef(text)).toThrow(/must look like/),
  );
});
