/**
 * What a reader of spec-diff's output sees, each level in each format, and the catalogue's
 * guard against an unknown rule id.
 */
import { expect, test } from "vitest";
import { formatJson, formatMarkdown, formatText } from "../src/spec-diff/format.ts";
import { finding, RULES, rulesMarkdown, schemaRuleId } from "../src/spec-diff/rules.ts";

const breaking = {
  ...finding("request-parameter-removed", "/paths/~1x/put/parameters/1", "PUT /x query parameter q: removed"),
  source: "openapi/paths/x.yaml:12",
};
const warning = finding(
  "optional-response-header-removed",
  "/paths/~1x/put/responses/200/headers/X-A",
  "PUT /x response 200 header X-A: removed",
);
const info = finding("documentation-changed", "/info/description", "/info/description: description | changed\nagain");

test("text: each level's label padded to one column, the source after the pointer", () => {
  expect(formatText([breaking, warning, info], "spec-diff: a → b")).toBe(
    [
      "spec-diff: a → b: 1 breaking, 1 warning(s), 1 compatible",
      "BREAKING  PUT /x query parameter q: removed",
      "          request-parameter-removed  /paths/~1x/put/parameters/1  openapi/paths/x.yaml:12",
      "warning   PUT /x response 200 header X-A: removed",
      "          optional-response-header-removed  /paths/~1x/put/responses/200/headers/X-A",
      "ok        /info/description: description | changed\nagain",
      "          documentation-changed  /info/description",
    ].join("\n"),
  );
});

test("markdown: breaking in bold, the source beside the pointer, | and newlines kept out of the cells", () => {
  expect(formatMarkdown([breaking, warning, info], "API changes")).toBe(
    [
      "### API changes",
      "",
      "1 breaking, 1 warning(s), 1 compatible",
      "",
      "| level | change | rule | where |",
      "|---|---|---|---|",
      "| **breaking** | PUT /x query parameter q: removed | `request-parameter-removed` | `/paths/~1x/put/parameters/1` (openapi/paths/x.yaml:12) |",
      "| warning | PUT /x response 200 header X-A: removed | `optional-response-header-removed` | `/paths/~1x/put/responses/200/headers/X-A` |",
      "| info | /info/description: description \\| changed again | `documentation-changed` | `/info/description` |",
      "",
    ].join("\n"),
  );
  expect(formatMarkdown([], "API changes")).toBe("### API changes\n\nNo changes to the API.\n");
});

test("json: the source only when there is one", () => {
  expect(formatJson([warning])).toBe(
    `${JSON.stringify({ changes: [{ rule: warning.rule, level: "warning", at: warning.at, message: warning.message }] }, null, 2)}\n`,
  );
  expect(formatJson([])).toBe('{\n  "changes": []\n}\n');
});

test("a finding for a rule that is not in the catalogue is a bug, said so", () => {
  expect(() => finding("request-property-made-up", "/x", "m")).toThrow(
    "spec-diff: no rule 'request-property-made-up' in the catalogue",
  );
});

test("schema rules exist for both directions, with the ids the catalogue lists", () => {
  const ids = new Set(RULES.map((r) => r.id));
  expect(schemaRuleId("request", "type-changed")).toBe("request-property-type-changed");
  expect(schemaRuleId("response", "type-changed")).toBe("response-property-type-changed");
  const suffixes = [...ids].filter((id) => id.startsWith("request-property-")).map((id) => id.slice(17));
  expect(suffixes.filter((s) => !ids.has(schemaRuleId("response", s)))).toEqual(["removed"]);
});

test("the catalogue table: a header, then one row a rule", () => {
  const lines = rulesMarkdown().split("\n");
  expect(lines.slice(0, 2)).toEqual([
    "| rule | level | what changed | why it breaks a client (or not) |",
    "|---|---|---|---|",
  ]);
  expect(lines[2]).toBe(`| \`${RULES[0]!.id}\` | ${RULES[0]!.level} | ${RULES[0]!.what} | ${RULES[0]!.why} |`);
  expect(lines).toHaveLength(RULES.length + 2);
});
