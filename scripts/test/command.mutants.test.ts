/** defineCommand: what a user sees from any command (help layout, refusals, messages, exit codes). */
import { describe, expect, test } from "vitest";
import { defineCommand, exitCodes } from "../src/lib/command.ts";
import { runCommand } from "./run-command.ts";

const noPositionals = defineCommand({
  name: "check",
  summary: "Checks.",
  flags: { strict: { description: "fail on warnings", type: "boolean" } },
  run: ({ flags }) => (flags.strict ? 1 : 0),
});
const twoPositionals = defineCommand({
  name: "diff",
  summary: "Compares.",
  positionals: [
    { name: "BASE", description: "the older spec" },
    { name: "REVISION", description: "the newer spec", default: "HEAD" },
  ],
  flags: { format: { description: "text or json", default: "text" } },
  run: ({ positionals, flags }) => {
    if (positionals[0] === "string") throw "a thrown string";
    console.log(JSON.stringify({ positionals, flags }));
  },
});

describe("the command line", () => {
  const cases: Array<
    [
      string,
      {
        command: { main: (args: string[]) => Promise<number> };
        args: string[];
        code: number;
        stdout?: string;
        stderr?: string;
      },
    ]
  > = [
    [
      "an argument to a command that takes none is refused, saying so",
      {
        command: noPositionals,
        args: ["x.json"],
        code: exitCodes.usage,
        stderr: "check: unexpected argument 'x.json' (takes none)\nRun 'scenario-gen check --help' for its flags.",
      },
    ],
    [
      "one argument too many names the ones it takes",
      {
        command: twoPositionals,
        args: ["a", "b", "c"],
        code: exitCodes.usage,
        stderr: "diff: unexpected argument 'c' (takes BASE REVISION)\nRun 'scenario-gen diff --help' for its flags.",
      },
    ],
    ["a boolean flag is false when absent", { command: noPositionals, args: [], code: 0, stdout: "", stderr: "" }],
    ["a boolean flag is true when given", { command: noPositionals, args: ["--strict"], code: 1, stderr: "" }],
    [
      "a positional left out takes its default, a given flag its value",
      {
        command: twoPositionals,
        args: ["a", "--format", "json"],
        code: 0,
        stdout: '{"positionals":["a","HEAD"],"flags":{"format":"json"}}',
      },
    ],
    [
      "a flag left out takes its default",
      {
        command: twoPositionals,
        args: ["a", "b"],
        code: 0,
        stdout: '{"positionals":["a","b"],"flags":{"format":"text"}}',
      },
    ],
    [
      "a thrown non-Error is shown as text, exit 1",
      { command: twoPositionals, args: ["string"], code: exitCodes.failed, stderr: "diff: a thrown string" },
    ],
  ];
  test.each(cases)("%s", async (_, { command, args, code, stdout, stderr }) => {
    const run = await runCommand(command, args);
    expect(run.code).toBe(code);
    if (stdout !== undefined) expect(run.stdout).toBe(stdout);
    if (stderr !== undefined) expect(run.stderr).toBe(stderr);
  });
});

describe("--help", () => {
  test("is the summary, the synopsis, one aligned row per argument and flag, and where paths start from", async () => {
    expect((await runCommand(twoPositionals, ["--help"])).stdout).toBe(
      [
        "Compares.",
        "",
        "usage: scenario-gen diff BASE [REVISION] [flags]",
        "",
        "  BASE              the older spec",
        "  REVISION          the newer spec (default: HEAD)",
        "  --format <value>  text or json (default: text)",
        "  --help            print this help",
        "",
        "Relative paths are resolved from the directory the command runs in (the package's, under npm scripts).",
      ].join("\n"),
    );
  });

  test("without positionals, the synopsis has only flags; --help wins over other arguments", async () => {
    const run = await runCommand(noPositionals, ["--strict", "--help"]);
    expect(run.code).toBe(exitCodes.ok);
    expect(run.stdout.split("\n").slice(0, 6)).toEqual([
      "Checks.",
      "",
      "usage: scenario-gen check [flags]",
      "",
      "  --strict  fail on warnings",
      "  --help    print this help",
    ]);
  });
});
