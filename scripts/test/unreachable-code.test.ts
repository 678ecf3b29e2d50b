import { describe, expect, test } from "vitest";
import { entryTargets, relativeImports, unreachableCode } from "../src/lib/unreachable-code.ts";

const dual = {
  main: "./dist/index.cjs",
  module: "./dist/index.js",
  bin: { "scenario-mock-server": "./dist/cli.js" },
  exports: {
    ".": {
      import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
      require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
    },
    "./package.json": "./package.json",
  },
};
// What tsup emits for an index and a CLI sharing one chunk.
const built = {
  "dist/index.js": 'import { a } from "./chunk-ABC.js";\nexport { a };\n',
  "dist/cli.js": '#!/usr/bin/env node\nimport {\n  a\n} from "./chunk-ABC.js";\n',
  "dist/chunk-ABC.js": "export const a = 1;\n",
  "dist/index.cjs": 'module.exports = require("./lib/inner.cjs");\n',
  "dist/lib/inner.cjs": 'const x = require("../shared.cjs");\n',
  "dist/shared.cjs": "module.exports = 1;\n",
  "dist/index.d.ts": "export declare const a: 1;\n",
};
const files = (extra: Record<string, string> = {}) => new Map(Object.entries({ ...built, ...extra }));

describe("unreachableCode", () => {
  const cases: Array<[string, { pkg: Record<string, unknown>; sources: Map<string, string>; want: string[] }]> = [
    ["entries, the chunks they import and nested requires are reached", { pkg: dual, sources: files(), want: [] }],
    [
      "a CommonJS copy of an ESM-only CLI is not (mock-server's dist/cli.cjs)",
      { pkg: dual, sources: files({ "dist/cli.cjs": 'require("./shared.cjs");\n' }), want: ["dist/cli.cjs"] },
    ],
    [
      "a chunk only an unreachable file imports is unreachable too",
      {
        pkg: dual,
        sources: files({ "dist/cli.cjs": 'require("./chunk-ONLY.cjs");\n', "dist/chunk-ONLY.cjs": "" }),
        want: ["dist/chunk-ONLY.cjs", "dist/cli.cjs"],
      },
    ],
    [
      "a bin given as a string counts",
      { pkg: { bin: "./dist/cli.js" }, sources: new Map([["dist/cli.js", ""]]), want: [] },
    ],
    [
      "an exports pattern reaches what it matches, not more",
      {
        pkg: { exports: { "./locales/*.js": "./dist/locales/*.js" } },
        sources: new Map([
          ["dist/locales/fr.js", ""],
          ["dist/other.js", ""],
        ]),
        want: ["dist/other.js"],
      },
    ],
    [
      "dynamic import and side-effect import are followed",
      {
        pkg: { exports: "./dist/a.mjs" },
        sources: new Map([
          ["dist/a.mjs", 'import "./b.mjs";\nawait import("./c.mjs");\n'],
          ["dist/b.mjs", ""],
          ["dist/c.mjs", ""],
        ]),
        want: [],
      },
    ],
    [
      "data files are not judged",
      {
        pkg: { exports: { "./openapi.json": "./dist/openapi.json" } },
        sources: new Map([
          ["dist/openapi.json", "{}"],
          ["dist/x.LICENSE.txt", ""],
        ]),
        want: [],
      },
    ],
  ];
  test.each(cases)("%s", (_, { pkg, sources, want }) => expect(unreachableCode(pkg, sources)).toEqual(want));
});

test("entryTargets lists main, module, bin and every exports target", () => {
  expect(entryTargets(dual).sort()).toEqual([
    "dist/cli.js",
    "dist/index.cjs",
    "dist/index.cjs",
    "dist/index.d.cts",
    "dist/index.d.ts",
    "dist/index.js",
    "dist/index.js",
    "package.json",
  ]);
});

test("relativeImports ignores bare specifiers and words that only look like imports", () => {
  expect(
    relativeImports(
      'import a from "node:fs";\nexport * from \'./x.js\';\nconst s = "from ./y.js";\nrequire( "../z.cjs" )',
    ),
  ).toEqual(["./x.js", "../z.cjs"]);
});
