import { afterEach, describe, expect, test, vi } from "vitest";
import { defineCommand, exitCodes, failureText } from "../src/lib/command.js";

function captureConsole() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, "log").mockImplementation((...line: unknown[]) => void out.push(line.join(" ")));
  vi.spyOn(console, "error").mockImplementation((...line: unknown[]) => void err.push(line.join(" ")));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

const seen: Array<{ positionals: string[]; flags: Record<string, unknown> }> = [];
const command = defineCommand({
  name: "emit-things",
  summary: "Writes things from a spec.",
  positionals: [{ name: "input", description: "the bundled spec", default: "@scenario-api/openapi/openapi.json" }],
  flags: {
    out: { description: "output folder", default: "src" },
    base: { description: "base URI" },
    check: { description: "only check", type: "boolean" },
  },
  onFailure: (flags) => `${flags.out}/ left as it was`,
  run: ({ positionals, flags }) => {
    seen.push({ positionals, flags });
    if (flags.base === "boom") throw new Error("the base is wrong");
    return flags.check ? 3 : undefined;
  },
});

describe("defineCommand", () => {
  const parsing: Array<
    [string, { args: string[]; code: number; positionals?: string[]; flags?: Record<string, unknown>; stderr?: RegExp }]
  > = [
    [
      "defaults fill what is not given",
      {
        args: [],
        code: 0,
        positionals: ["@scenario-api/openapi/openapi.json"],
        flags: { out: "src", base: undefined, check: false },
      },
    ],
    [
      "flags and positionals in any order",
      {
        args: ["--out", "dist", "spec.json", "--check"],
        code: 3,
        positionals: ["spec.json"],
        flags: { out: "dist", base: undefined, check: true },
      },
    ],
    [
      "--flag=value form",
      { args: ["--base=https://x/"], code: 0, flags: { out: "src", base: "https://x/", check: false } },
    ],
    [
      "an unknown flag is refused by name",
      { args: ["--outt", "dist"], code: exitCodes.usage, stderr: /emit-things: .*--outt/ },
    ],
    ["a flag missing its value is refused by name", { args: ["--out"], code: exitCodes.usage, stderr: /--out/ }],
    ["a boolean flag given a value is refused", { args: ["--check=yes"], code: exitCodes.usage, stderr: /--check/ }],
    [
      "an extra positional is refused",
      { args: ["a.json", "b.json"], code: exitCodes.usage, stderr: /unexpected argument 'b\.json'/ },
    ],
    [
      "a thrown error is the command's message, with what was kept",
      {
        args: ["--base", "boom"],
        code: exitCodes.failed,
        stderr: /^emit-things: the base is wrong; src\/ left as it was$/,
      },
    ],
  ];
  test.each(parsing)("%s", async (_, { args, code, positionals, flags, stderr }) => {
    seen.length = 0;
    const { err } = captureConsole();
    expect(await command.main(args)).toBe(code);
    if (positionals) expect(seen[0]?.positionals).toEqual(positionals);
    if (flags) expect(seen[0]?.flags).toEqual(flags);
    if (stderr) expect(err.join("\n")).toMatch(stderr);
    if (code === exitCodes.usage) expect(seen).toEqual([]);
  });

  test("--help lists every flag with its default and runs nothing", async () => {
    seen.length = 0;
    const { out } = captureConsole();
    expect(await command.main(["--help"])).toBe(0);
    const help = out.join("\n");
    expect(help).toContain("Writes things from a spec.");
    expect(help).toContain("usage: scenario-gen emit-things [input] [flags]");
    expect(help).toMatch(/--out <value> +output folder \(default: src\)/);
    expect(help).toMatch(/--base <value> +base URI$/m);
    expect(help).toMatch(/--check +only check/);
    expect(help).toMatch(/input +the bundled spec \(default: @scenario-api\/openapi\/openapi\.json\)/);
    expect(seen).toEqual([]);
  });

  test("a required positional that is missing is named", async () => {
    const required = defineCommand({
      name: "diff",
      summary: "Compares.",
      positionals: [{ name: "BASE", description: "the older spec" }],
      flags: {},
      run: () => 0,
    });
    const { err } = captureConsole();
    expect(await required.main([])).toBe(exitCodes.usage);
    expect(err.join("\n")).toContain("missing argument BASE: the older spec");
  });

  // spec-diff's shape: two optional positionals without a default, and input errors that exit 2.
  class BadInput extends Error {}
  const diff = defineCommand({
    name: "diff",
    summary: "Compares.",
    positionals: [
      { name: "BASE", description: "the older spec", default: "" },
      { name: "REVISION", description: "the newer spec", default: "" },
    ],
    flags: {},
    isBadInput: (error) => error instanceof BadInput,
    run: ({ positionals: [base = ""] }) => {
      if (base === "bad") throw new BadInput("bad: not a spec");
      if (base === "broken") throw new Error("broken: it failed");
      return 0;
    },
  });
  const outcomes: Array<[string, { args: string[]; code: number; stderr: string }]> = [
    [
      "an error the command calls bad input exits 2",
      { args: ["bad", "x"], code: exitCodes.usage, stderr: "diff: bad: not a spec" },
    ],
    ["any other error exits 1", { args: ["broken", "x"], code: exitCodes.failed, stderr: "diff: broken: it failed" }],
    ["optional positionals may be left out", { args: [], code: exitCodes.ok, stderr: "" }],
  ];
  test.each(outcomes)("%s", async (_, { args, code, stderr }) => {
    const { err } = captureConsole();
    expect(await diff.main(args)).toBe(code);
    expect(err.join("\n")).toBe(stderr);
  });

  test("--help shows an optional positional without a default in brackets, with no empty default", async () => {
    const { out } = captureConsole();
    expect(await diff.main(["--help"])).toBe(0);
    const help = out.join("\n");
    expect(help).toContain("usage: scenario-gen diff [BASE] [REVISION] [flags]");
    expect(help).toMatch(/^ {2}BASE +the older spec$/m);
    expect(help).not.toContain("(default: )");
  });
});

describe("failureText", () => {
  const cases: Array<[string, { given: [string, string, string?]; want: string }]> = [
    ["one line, nothing kept", { given: ["emit-things", "the base is wrong"], want: "emit-things: the base is wrong" }],
    [
      "one line, what was kept after it",
      {
        given: ["emit-things", "the base is wrong", "src/ left as it was"],
        want: "emit-things: the base is wrong; src/ left as it was",
      },
    ],
    [
      "several lines: what was kept after the summary, the details below",
      {
        given: [
          "bundle-spec",
          "2 problem(s) in the spec\na.yaml:1:2  error  x\nb.yaml:3:4  error  y",
          "dist/ left as it was",
        ],
        want: "bundle-spec: 2 problem(s) in the spec; dist/ left as it was\na.yaml:1:2  error  x\nb.yaml:3:4  error  y",
      },
    ],
  ];
  test.each(cases)("%s", (_, { given, want }) => expect(failureText(...given)).toBe(want));
});

describe("--out is a folder: a command that writes one file names it (folderFor)", () => {
  const written: Array<Record<string, unknown>> = [];
  const writePage = defineCommand({
    name: "write-page",
    summary: "Writes index.html.",
    flags: {
      out: { description: "output folder: writes index.html in it", default: "dist", folderFor: "index.html" },
      name: { description: "a file name, not a folder" },
    },
    run: ({ flags }) => void written.push(flags),
  });
  test.each([
    ["the default", [], { out: "dist", name: undefined }],
    ["a folder", ["--out", "site/api"], { out: "site/api", name: undefined }],
    ["a folder with a dot in its name", ["--out", "site/v1.2"], { out: "site/v1.2", name: undefined }],
    ["a flag without folderFor may name such a file", ["--name", "index.html"], { out: "dist", name: "index.html" }],
  ])("%s is taken", async (_, args, flags) => {
    written.length = 0;
    captureConsole();
    expect(await writePage.main(args)).toBe(exitCodes.ok);
    expect(written).toEqual([flags]);
  });
  test.each([
    ["dist/index.html", "--out dist writes dist/index.html"],
    ["page.html", "--out . writes ./index.html"],
  ])("--out %s (a file, what --out meant for some commands before) is refused with exit 2", async (out, instead) => {
    written.length = 0;
    const { err } = captureConsole();
    expect(await writePage.main(["--out", out])).toBe(exitCodes.usage);
    expect(err).toEqual([
      `write-page: --out is the folder to write index.html in, not a file: got '${out}' (${instead})\n` +
        "Run 'scenario-gen write-page --help' for its flags.",
    ]);
    expect(written).toEqual([]);
  });
});
