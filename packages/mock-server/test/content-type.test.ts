import { expect, test } from "vitest";
import spec from "@scenario-api/openapi/openapi.json" with { type: "json" };
import { REQUEST_MEDIA_TYPES, unsupportedContentType } from "../src/content-type.js";

const cases: Array<[string | undefined, string | undefined]> = [
  ["application/json", undefined],
  ["application/json; charset=utf-8", undefined],
  ['APPLICATION/JSON ; Charset="utf8"', undefined],
  ["application/json;boundary=x", undefined],
  [undefined, "content-type must be application/json (got none)"],
  ["", "content-type must be application/json (got none)"],
  ["text/plain", "content-type must be application/json (got 'text/plain')"],
  ["application/problem+json", "content-type must be application/json (got 'application/problem+json')"],
  ["application/jsonx", "content-type must be application/json (got 'application/jsonx')"],
  ["application/json; charset=utf-16", "content-type charset must be utf-8 (got 'application/json; charset=utf-16')"],
];
test.each(cases)("%j → %j", (header, want) => expect(unsupportedContentType(header)).toBe(want));

test("the accepted media types are exactly the spec's requestBody content", () => {
  const operation = (spec as { paths: Record<string, { put: { requestBody: { content: Record<string, unknown> } } }> })
    .paths["/workflows/{workflowId}/run"]!.put;
  expect([...REQUEST_MEDIA_TYPES].sort()).toEqual(Object.keys(operation.requestBody.content).sort());
});
