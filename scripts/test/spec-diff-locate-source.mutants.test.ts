/**
 * The source line spec-diff names for a finding (`file:line`), in a split spec built for each
 * case the real openapi/ has none of: list items, local and missing `$ref`s, a `$ref` with a
 * fragment, a cycle of `$ref`s, a lifted component beside others of its kind, pointers that go
 * past what the working tree has (a finding's pointer may be the base revision's).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { expect, test } from "vitest";
import { sourceLocator } from "../src/spec-diff/locate-source.ts";

const ROOT = `openapi: 3.1.0
info:
  title: t
  version: "1"
tags:
  - name: first
  - name: second
paths:
  /things:
    get:
      parameters:
        - $ref: ./components/parameters/Limit.yaml
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Local"
        "404":
          $ref: ./missing.yaml
  /cycle:
    $ref: ./cycle-a.yaml
  /many:
    $ref: ./many.yaml#/Many
  /nothing:
    $ref: ./many.yaml#/Gone
components:
  parameters:
    Other:
      name: other
      in: query
  schemas:
    Local:
      type: string
`;

const FILES: Record<string, string> = {
  "openapi/openapi.yaml": ROOT,
  "openapi/components/parameters/Limit.yaml": "name: limit\nin: query\nschema:\n  type: integer\n",
  "openapi/cycle-a.yaml": "$ref: ./cycle-b.yaml\n",
  "openapi/cycle-b.yaml": "$ref: ./cycle-a.yaml\n",
  "openapi/many.yaml": "Few:\n  get: {}\nMany:\n  get:\n    summary: many\n",
};

function locator(): (pointer: string) => string | undefined {
  const repo = mkdtempSync(join(tmpdir(), "spec-diff-locate-"));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    writeFileSync(join(repo, file), text);
  }
  return sourceLocator(join(repo, "openapi/openapi.yaml"), repo);
}

const cases: Array<[string, string, string]> = [
  ["a list item: its own line", "/tags/1", "openapi/openapi.yaml:7"],
  ["a key inside a list item", "/tags/1/name", "openapi/openapi.yaml:7"],
  ["a list item the working tree no longer has: the list's key", "/tags/5", "openapi/openapi.yaml:5"],
  ["past a scalar (the base revision had more): the scalar's key", "/info/title/text", "openapi/openapi.yaml:3"],
  [
    "a local $ref: the key that holds it",
    "/paths/~1things/get/responses/200/content/application~1json/schema",
    "openapi/openapi.yaml:18",
  ],
  [
    "a $ref to a file that is not there: the key that holds it",
    "/paths/~1things/get/responses/404",
    "openapi/openapi.yaml:20",
  ],
  ["a $ref with a fragment: the node it names in that file", "/paths/~1many", "openapi/many.yaml:4"],
  ["a key under a $ref with a fragment", "/paths/~1many/get/summary", "openapi/many.yaml:5"],
  ["a $ref whose fragment names nothing: the file", "/paths/~1nothing", "openapi/many.yaml:1"],
  // 16 hops, an even number: the cycle gives up in the file after the one it started from.
  ["a cycle of $refs between two files ends", "/paths/~1cycle", "openapi/cycle-b.yaml:1"],
  [
    "a parameter lifted into components beside one the root file declares",
    "/components/parameters/Limit",
    "openapi/components/parameters/Limit.yaml:1",
  ],
  [
    "a key inside a lifted parameter",
    "/components/parameters/Limit/schema/type",
    "openapi/components/parameters/Limit.yaml:4",
  ],
  [
    "a pointer outside /components never lands in a component's file",
    "/webhooks/parameters/Limit",
    "openapi/openapi.yaml:1",
  ],
];
test.each(cases)("%s", (_, pointer, where) => {
  expect(locator()(pointer)).toBe(where);
});
