import { expect, test } from "vitest";
import { bumpFor, changesetText, missingMajors, SPEC_PACKAGES } from "../src/spec-diff/changeset.ts";
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
