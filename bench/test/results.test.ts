import { expect, test } from "vitest";
import type { Section } from "../report.ts";
import { parseResults, recordSection, serializeResults } from "../results.ts";

const order = ["client-overhead", "client-size", "validation"];
const section = (title: string): Section => ({ title, rows: [], targets: [], notes: [] });
const machine = { node: "v20", cpus: 2, cpu: "x" };

test("the file of one whole run is read as that run of each section, by title number", () => {
  const old = JSON.stringify({
    machine: { ...machine, commit: "abc" },
    sections: [section("1. Client overhead"), section("3. Validation")],
  });
  expect(parseResults(old, order)).toEqual({
    sections: {
      "client-overhead": { commit: "abc", machine, section: section("1. Client overhead") },
      validation: { commit: "abc", machine, section: section("3. Validation") },
    },
  });
});

test("a section's run replaces only its own entry, and the file keeps the bench's order", () => {
  let results = parseResults(
    JSON.stringify({ sections: { validation: { commit: "old", machine, section: section("3. old") } } }),
    order,
  );
  results = recordSection(results, "client-size", { commit: "new", machine, section: section("2. new") });
  results = recordSection(results, "validation", { commit: "new", machine, section: section("3. new") });
  const text = serializeResults(results, order);
  expect(Object.keys(JSON.parse(text).sections)).toEqual(["client-size", "validation"]);
  expect(JSON.parse(text).sections.validation.section.title).toBe("3. new");
  expect(text.endsWith("}\n")).toBe(true);
  expect(parseResults(text, order)).toEqual(results);
});
