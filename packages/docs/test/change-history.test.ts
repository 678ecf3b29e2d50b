import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { historyMarkdown, pendingChanges } from "@scenario-api/scripts/src/emit-change-history.ts";
import { distDir, pkgDir } from "./spec-fixtures.ts";

// The page ends the spec's introduction with what changed in each version of the spec; the
// downloadable openapi.json stays the spec itself (build.test.ts).
test("index.html shows the API changes of the pending changesets", () => {
  const dir = join(pkgDir, "../../.changeset");
  const pending = pendingChanges(
    readdirSync(dir)
      .filter((f) => f.endsWith(".md") && f !== "README.md")
      .sort()
      .map((f) => readFileSync(join(dir, f), "utf8")),
    "@scenario-api/openapi",
  );
  const section = historyMarkdown([{ version: "Unreleased", changes: pending }]);
  expect(readFileSync(join(distDir, "index.html"), "utf8")).toContain(JSON.stringify(section).slice(1, -1));
  expect(readFileSync(join(distDir, "openapi.json"), "utf8")).not.toContain("## API changes");
});
