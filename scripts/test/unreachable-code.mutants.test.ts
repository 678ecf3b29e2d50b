import { describe, expect, test } from "vitest";
import { relativeImports, unreachableCode } from "../src/lib/unreachable-code.ts";

describe("unreachableCode", () => {
  const cases: Array<[string, { pkg: Record<string, unknown>; sources: Array<[string, string]>; want: string[] }]> = [
    [
      "source maps and type files are not code",
      {
        pkg: { main: "./dist/index.js" },
        sources: [
          ["dist/index.js", ""],
          ["dist/index.js.map", ""],
          ["dist/index.d.ts", ""],
        ],
        want: [],
      },
    ],
    [
      ".cjs and .mjs files are judged like .js ones, and come back sorted",
      {
        pkg: { main: "./dist/index.js" },
        sources: [
          ["dist/z.mjs", ""],
          ["dist/index.js", ""],
          ["dist/a.cjs", ""],
          ["dist/m.js", ""],
        ],
        want: ["dist/a.cjs", "dist/m.js", "dist/z.mjs"],
      },
    ],
    [
      "a pattern's start and end may not overlap on a short name",
      {
        pkg: { exports: { "./x*x.js": "./dist/x*x.js" } },
        sources: [
          ["dist/x.js", ""],
          ["dist/xx.js", ""],
          ["dist/x-y-x.js", ""],
        ],
        want: ["dist/x.js"],
      },
    ],
    [
      "a pattern's start and end both count",
      {
        pkg: { exports: { "./l/*.js": "./dist/l/*.js" } },
        sources: [
          ["dist/l/fr.js", ""],
          ["dist/l/fr.cjs", ""],
          ["lib/l/fr.js", ""],
        ],
        want: ["dist/l/fr.cjs", "lib/l/fr.js"],
      },
    ],
    [
      "an import of a file that is not shipped reaches nothing",
      {
        pkg: { main: "./a.js" },
        sources: [
          ["a.js", 'import "./gone.js";\nimport "./b.js";'],
          ["b.js", 'import "./a.js";'],
        ],
        want: [],
      },
    ],
    [
      "exports that block a subpath (null) are no entry",
      {
        pkg: { exports: { ".": "./a.js", "./internal/*": null } },
        sources: [
          ["a.js", ""],
          ["internal/b.js", ""],
        ],
        want: ["internal/b.js"],
      },
    ],
    [
      "a chain of imports is followed to its end",
      {
        pkg: { main: "./a.js" },
        sources: [
          ["a.js", 'import "./b.js";'],
          ["b.js", 'import "./sub/c.js";'],
          ["sub/c.js", 'import "../d.js";'],
          ["d.js", ""],
          ["e.js", ""],
        ],
        want: ["e.js"],
      },
    ],
  ];
  test.each(cases)("%s", (_, { pkg, sources, want }) => expect(unreachableCode(pkg, new Map(sources))).toEqual(want));
});

test.each([
  ["export { a } from './a.js'", ["./a.js"]],
  ['export{a}from"./min.js";import{b}from"./min2.js"', ["./min.js", "./min2.js"]],
  ["import('./lazy.js')", ["./lazy.js"]],
  ['import ( "./spaced.js" )', ["./spaced.js"]],
  ['require("./a.cjs");require("../b.cjs")', ["./a.cjs", "../b.cjs"]],
  ["import x from \"./mixed.js'", []],
  ['import x from "./a\nb.js"', []],
  ['unfrom "./no.js"; arequire("./no.js"); reimport("./no.js")', []],
  ['import "pkg/./x.js"', []],
])("relativeImports(%j)", (source, want) => expect(relativeImports(source)).toEqual(want));
