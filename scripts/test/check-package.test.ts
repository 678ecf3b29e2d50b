import { describe, expect, test } from "vitest";
import { assessPack, shipsCode, type PackReport } from "../src/check-package.ts";

const pack = (paths: string[], unpackedSize = 1000): PackReport => ({
  name: "@scenario-api/example",
  filename: "scenario-api-example-0.1.0.tgz",
  size: 100,
  unpackedSize,
  files: paths.map((path) => ({ path, size: 10 })),
});
const base = ["package.json", "README.md", "LICENSE"];

describe("assessPack", () => {
  const cases: Array<[string, PackReport, string[], RegExp | null]> = [
    ["dist and the basics are fine", pack([...base, "dist/index.js", "dist/index.d.ts"]), ["dist"], null],
    [
      "a test directory is refused",
      pack([...base, "dist/index.js", "dist/test/a.js"]),
      ["dist"],
      /dist\/test\/a\.js: a test directory/,
    ],
    ["a test file is refused", pack([...base, "dist/index.test.js"]), ["dist"], /a test file/],
    ["turbo's cache is refused", pack([...base, "dist/.turbo/turbo-build.log"]), ["dist"], /turbo's cache/],
    [
      "a file outside the whitelist is refused",
      pack([...base, "dist/index.js", "src/index.ts"]),
      ["dist"],
      /src\/index\.ts: not in the package's "files"/,
    ],
    [
      "a missing LICENSE is reported",
      pack(["package.json", "README.md", "dist/index.js"]),
      ["dist"],
      /LICENSE is missing/,
    ],
    ["JSON schema folders can be whitelisted", pack([...base, "2020-12/Job.json"]), ["2020-12/"], null],
    [
      "over budget is reported with both sizes",
      pack([...base], 2_000_000),
      [],
      /unpacked size 2000000 B is over the budget of 500000 B/,
    ],
  ];
  test.each(cases)("%s", (_, report, whitelist, want) => {
    const problems = assessPack(report, whitelist);
    if (want) expect(problems.join("\n")).toMatch(want);
    else expect(problems).toEqual([]);
  });
});

describe("shipsCode", () => {
  test.each([
    [{ exports: { ".": { import: "./dist/index.js" } } }, true],
    [{ main: "./dist/index.cjs" }, true],
    [{ exports: { "./openapi.json": "./dist/openapi.json" } }, false],
  ])("%j → %s", (pkg, want) => expect(shipsCode(pkg)).toBe(want));
});

describe("each published package's own size budget", () => {
  test.each([
    ["@scenario-api/openapi", 250_000],
    ["@scenario-api/types", 150_000],
    ["@scenario-api/client", 140_000],
    ["@scenario-api/schemas", 1_500_000],
    ["@scenario-api/docs", 3_000_000],
    ["@scenario-api/mock-server", 250_000],
    ["@scenario-api/example (no budget of its own)", 500_000],
  ])("%s: %d B", (name, budget) => {
    const at = { ...pack([...base], budget), name: name.split(" ")[0] ?? name };
    expect(assessPack(at, [])).toEqual([]);
    expect(assessPack({ ...at, unpackedSize: budget + 1 }, [])).toEqual([
      `unpacked size ${budget + 1} B is over the budget of ${budget} B`,
    ]);
  });
});
