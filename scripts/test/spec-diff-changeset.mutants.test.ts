import { expect, test } from "vitest";
import {
  bumpFor,
  changesetText,
  missingMajors,
  packageBumps,
  pendingMajors,
  SPEC_PACKAGES,
} from "../src/spec-diff/changeset.ts";
import { finding } from "../src/spec-diff/rules.ts";

// The mutation run (bench/mutation) found "is any change breaking" could become "is every change
// breaking": the tests passed one-change lists. A breaking change among others still counts.
const breaking = finding(
  "request-parameter-removed",
  "/paths/~1x/put/parameters/1",
  "PUT /x query parameter q: removed",
);
const addition = finding(
  "new-optional-request-parameter",
  "/paths/~1x/put/parameters/1",
  "PUT /x query parameter q: optional parameter added",
);
const docs = finding("documentation-changed", "/info/description", "/info/description: description changed");

test.each([
  ["first", [breaking, addition, docs]],
  ["last", [docs, addition, breaking]],
])("a breaking change listed %s among others needs every spec package's major changeset", (_, findings) => {
  expect(missingMajors(findings, new Set())).toEqual(SPEC_PACKAGES);
  expect(bumpFor(findings)).toBe("major");
  expect(changesetText(new Map(), findings)).toContain("Breaking change to the API");
});

test.each([
  ["documentation alone", [docs, docs], "patch", "Documentation of the API updated."],
  ["documentation and an addition", [docs, addition], "minor", "The API gains (describe what)."],
])("%s: bump and summary", (_, findings, bump, summary) => {
  expect(bumpFor(findings)).toBe(bump);
  expect(changesetText(new Map(), findings)).toContain(`\n\n${summary}\n\n`);
});

// The pending-changeset gate reads changeset frontmatter as people write it.
const frontmatter: Array<[string, string, string[]]> = [
  ["quoted", '---\n"@scenario-api/types": major\n---\n', ["@scenario-api/types"]],
  ["unquoted", "---\n@scenario-api/types: major\n---\n", ["@scenario-api/types"]],
  ["unquoted, a space before the colon", "---\n@scenario-api/types : major\n---\n", ["@scenario-api/types"]],
  ["quoted, a space before the colon", '---\n"@scenario-api/types" : major\n---\n', ["@scenario-api/types"]],
  ["no space after the colon", '---\n"@scenario-api/types":major\n---\n', ["@scenario-api/types"]],
  ["trailing spaces", '---\n"@scenario-api/types": major   \n---\n', ["@scenario-api/types"]],
  ["indented", '---\n  "@scenario-api/types": major\n---\n', ["@scenario-api/types"]],
  ["a word after major is not major", '---\n"@scenario-api/types": majorly\n---\n', []],
  ["not at the start of a line", '---\nnote: "@scenario-api/types": major\n---\n', []],
  ["frontmatter that does not open the file", 'x\n---\n"@scenario-api/types": major\n---\n', []],
  ["no frontmatter", "just text\n", []],
];
test.each(frontmatter)("pending majors: %s", (_, text, majors) => {
  expect([...pendingMajors([text])]).toEqual(majors);
});

test.each([
  ["nothing changed: no bumps", [], new Map()],
  [
    "only text: a patch for every package, in name order",
    [docs],
    new Map([
      ["@scenario-api/docs", "patch"],
      ["@scenario-api/openapi", "patch"],
    ]),
  ],
])("package bumps: %s", (_, findings, bumps) => {
  expect(packageBumps(findings, ["@scenario-api/openapi", "@scenario-api/docs"])).toEqual(bumps);
  expect([...packageBumps(findings, ["@scenario-api/openapi", "@scenario-api/docs"]).keys()]).toEqual([
    ...bumps.keys(),
  ]);
});

test("the changeset's frontmatter: one package a line", () => {
  expect(changesetText(packageBumps([breaking], ["@scenario-api/openapi", "@scenario-api/docs"]), [breaking])).toBe(
    '---\n"@scenario-api/docs": minor\n"@scenario-api/openapi": major\n---\n\nBreaking change to the API (describe what users must change).\n\n- **Breaking:** PUT /x query parameter q: removed\n',
  );
});
