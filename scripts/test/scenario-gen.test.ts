/** The scenario-gen bin, spawned as npm scripts run it: the command list, each command's --help, flag errors. */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { commands as table } from "../src/commands.ts";
import type { CommandSpec, FlagSpec } from "../src/lib/command.ts";

const scriptsDir = join(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = join(scriptsDir, "..");
const bin = join(scriptsDir, "bin/scenario-gen.js");
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: scriptsDir, encoding: "utf8" });

// Every command, with the flags its --help must name: the ones package.json scripts and the docs use.
const commands: Array<[string, string[]]> = [
  ["add-code-samples", ["--samples", "--out"]],
  ["bundle-spec", ["--out", "--config"]],
  ["check-package", []],
  ["check-spec-files", []],
  ["copy-schemas", ["--out", "--layout"]],
  ["emit-change-history", ["--out", "--changelog", "--changesets", "--package"]],
  ["emit-examples", ["--out"]],
  ["emit-parameters", ["--out"]],
  ["emit-validators", ["--compiled", "--wrappers", "--result", "--types"]],
  ["inline-redoc", ["--redoc", "--options", "--title", "--out"]],
  ["release-python-go", ["--python", "--go", "--python3", "--tag"]],
  ["spec-diff", ["--base", "--format", "--changeset", "--repo"]],
  ["test-on-node", ["--runtimes"]],
  ["to-draft-07", ["--out", "--base"]],
  ["to-go-types", ["--out", "--package"]],
  ["to-json-schema", ["--out", "--base"]],
  ["to-markdown-reference", ["--out", "--html", "--specs"]],
  ["to-python-types", ["--out"]],
  ["to-typescript", ["--out"]],
];

async function load(name: string): Promise<CommandSpec<Record<string, FlagSpec>>> {
  const entry = table.find((c) => c.name === name);
  if (entry === undefined) throw new Error(`${name} is not a command of src/commands.ts`);
  const mod = (await import(join(scriptsDir, "src", entry.module))) as {
    command?: { spec: CommandSpec<Record<string, FlagSpec>> };
  };
  if (mod.command === undefined) throw new Error(`src/${entry.module} exports no command`);
  return mod.command.spec;
}

describe("scenario-gen", () => {
  test("is executable, as npm scripts run it through node_modules/.bin", () => {
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  test("--help lists every command of the table with its one-line summary, and exits 0", () => {
    const r = run("--help");
    expect(r.status, r.stderr).toBe(0);
    const listed = [...r.stdout.matchAll(/^ {2}(\S+) +(\S.*)$/gm)].map((m) => [m[1], m[2]]);
    expect(listed).toEqual(table.map((c) => [c.name, c.summary]));
    // The checks below run each command: all of them.
    expect(commands.map(([name]) => name)).toEqual(table.map((c) => c.name));
  });

  test("without a command it prints the same list on stderr and exits 2", () => {
    const r = run();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^usage: scenario-gen <command>/);
    expect(r.stderr).toMatch(/^ {2}to-typescript +\S/m);
  });

  test("an unknown command exits 2 and names it", () => {
    const r = run("to-typescrypt");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'to-typescrypt'");
  });

  test("a module that is not a command is not offered as one", () => {
    const r = run("unsafe-markdown");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'unsafe-markdown'");
    expect(r.stderr).not.toMatch(/commands: .*unsafe-markdown/);
  });

  test.each(commands)("%s --help exits 0 and names its flags", (name, flags) => {
    const r = run(name, "--help");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`usage: scenario-gen ${name}`);
    for (const flag of flags) expect(r.stdout).toMatch(new RegExp(`^ {2}${flag}( <value>)? {2,}\\S`, "m"));
    expect(r.stdout).toContain("Relative paths are resolved from the directory the command runs in");
  });

  test.each(commands)("%s refuses an unknown flag by name with exit 2, running nothing", (name) => {
    const r = run(name, "--no-such-flag");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("'--no-such-flag'");
    expect(r.stderr).toContain(`Run 'scenario-gen ${name} --help'`);
    expect(r.stdout).toBe("");
  });
});

/** `scenario-gen <command> args...` in every workspace's package.json scripts, split at `&&`. */
function packageScriptInvocations(): Array<[string, string, string[]]> {
  const manifests = [
    "package.json",
    "openapi/package.json",
    "scripts/package.json",
    ...readdirSync(join(repoRoot, "packages")).map((p) => `packages/${p}/package.json`),
  ];
  return manifests.flatMap((manifest) => {
    const { scripts = {} } = JSON.parse(readFileSync(join(repoRoot, manifest), "utf8")) as {
      scripts?: Record<string, string>;
    };
    return Object.values(scripts)
      .flatMap((line) => line.split("&&").map((part) => part.trim()))
      .filter((part) => part.startsWith("scenario-gen "))
      .map((part): [string, string, string[]] => {
        const [, name = "", ...args] = part.split(/\s+/);
        return [manifest, name, args];
      });
  });
}

describe("the package.json scripts", () => {
  const invocations = packageScriptInvocations();

  test("call scenario-gen (so this check covers something)", () => {
    expect(invocations.map(([, name]) => name)).toEqual(
      expect.arrayContaining(["to-typescript", "emit-validators", "inline-redoc", "bundle-spec"]),
    );
  });

  test("use only declared flags, each string flag with its value, and no more positionals than declared", async () => {
    const problems: string[] = [];
    for (const [manifest, name, args] of invocations) {
      const spec = await load(name);
      const positionals: string[] = [];
      for (let i = 0; i < args.length; i++) {
        const arg = args[i] ?? "";
        if (!arg.startsWith("--")) positionals.push(arg);
        else if (!(arg.slice(2) in spec.flags)) problems.push(`${manifest}: ${name} ${arg}: not a flag of ${name}`);
        else if (spec.flags[arg.slice(2)]?.type !== "boolean" && (args[++i] ?? "--").startsWith("--"))
          problems.push(`${manifest}: ${name} ${arg}: no value`);
      }
      if (positionals.length > (spec.positionals ?? []).length)
        problems.push(`${manifest}: ${name} ${positionals.join(" ")}: too many arguments`);
    }
    expect(problems).toEqual([]);
  });
});
