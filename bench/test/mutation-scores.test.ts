import { expect, test } from "vitest";
import { mergeScores, mutationScore, scoresFromReport, toMarkdown, type FileScore } from "../mutation/scores.ts";

const mutant = (status: string, line: number, mutatorName = "ConditionalExpression", replacement = "true") => ({
  id: String(line),
  status,
  mutatorName,
  replacement,
  location: { start: { line, column: 1 }, end: { line, column: 2 } },
});
const report = {
  schemaVersion: "2",
  files: {
    "src/a.ts": {
      language: "typescript",
      source: "",
      mutants: [
        mutant("Killed", 1),
        mutant("Survived", 9, "StringLiteral", '""'),
        mutant("Timeout", 2),
        mutant("NoCoverage", 3),
        mutant("CompileError", 4),
        mutant("Survived", 5),
      ],
    },
    "src/b.ts": { language: "typescript", source: "", mutants: [] },
  },
};
const score = (over: Partial<FileScore>): FileScore => ({
  commit: "c",
  killed: 0,
  timeout: 0,
  survived: 0,
  noCoverage: 0,
  survivors: [],
  ...over,
});

test("a report's files, named from the repository root, with their survivors in line order", () => {
  expect(scoresFromReport(report, "packages/x", "abc")).toStrictEqual({
    "packages/x/src/a.ts": {
      commit: "abc",
      killed: 1,
      timeout: 1,
      survived: 2,
      noCoverage: 1,
      survivors: [
        { line: 3, mutator: "ConditionalExpression", replacement: "true", status: "NoCoverage" },
        { line: 5, mutator: "ConditionalExpression", replacement: "true", status: "Survived" },
        { line: 9, mutator: "StringLiteral", replacement: '""', status: "Survived" },
      ],
    },
    "packages/x/src/b.ts": { commit: "abc", killed: 0, timeout: 0, survived: 0, noCoverage: 0, survivors: [] },
  });
});

test.each([[null], [{}], [{ files: [] }]])("refuses %j, which is no Stryker report", (given) => {
  expect(() => scoresFromReport(given, "p", "c")).toThrow("not a Stryker JSON report: no files object");
});

test.each<[string, Partial<FileScore>, number | undefined]>([
  ["killed and timed-out mutants are detected", { killed: 3, timeout: 1, survived: 1 }, 80],
  ["mutants without coverage count as undetected", { killed: 1, noCoverage: 1 }, 50],
  ["no valid mutant: no score", {}, undefined],
])("mutationScore: %s", (_, given, want) => {
  expect(mutationScore(score(given))).toBe(want);
});

test("a scoped run replaces the files it measured only; keys stay sorted", () => {
  const merged = mergeScores(
    { "b.ts": score({ killed: 1 }), "c.ts": score({ killed: 2 }) },
    { "a.ts": score({ killed: 3 }), "c.ts": score({ killed: 4 }) },
  );
  expect(Object.keys(merged)).toEqual(["a.ts", "b.ts", "c.ts"]);
  expect([merged["a.ts"]?.killed, merged["b.ts"]?.killed, merged["c.ts"]?.killed]).toEqual([3, 1, 4]);
});

test("the summary has one row per file with its score", () => {
  const text = toMarkdown({ "a.ts": score({ killed: 2, survived: 1 }), "b.ts": score({}) });
  expect(text).toContain("| a.ts | 66.7% | 2 | 0 | 1 | 0 | c |\n");
  expect(text).toContain("| b.ts | – | 0 | 0 | 0 | 0 | c |\n");
});
