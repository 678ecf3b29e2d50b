#!/usr/bin/env node
// Runs one generator or check from scripts/src by name (scripts/src/lib holds what they share), e.g.
//   scenario-gen bundle-spec openapi.yaml --out dist
// Each command module exports `command`, made by defineCommand (scripts/src/lib/command.ts), which
// owns flag parsing, --help, error messages and exit codes.
import { readdirSync, readFileSync } from "node:fs";
import { register } from "tsx/esm/api";

register();
const srcDir = new URL("../src/", import.meta.url);
// A command is a module that exports `command`; the others (e.g. unsafe-markdown, which
// inline-redoc uses) are libraries. Read, not imported: importing every module is seconds.
const names = readdirSync(srcDir)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .filter((f) => /^export const command = defineCommand\(/m.test(readFileSync(new URL(f, srcDir), "utf8")))
  .map((f) => f.slice(0, -3))
  .sort();
const load = async (name) => (await import(new URL(`${name}.ts`, srcDir).href)).command;

const [name, ...args] = process.argv.slice(2);
if (name === undefined || name === "--help" || name === "-h" || name === "help") {
  const commands = await Promise.all(names.map(load));
  const width = Math.max(...commands.map((command) => command.spec.name.length));
  const lines = commands.map((command) => `  ${command.spec.name.padEnd(width)}  ${command.spec.summary}`);
  const out = name === undefined ? console.error : console.log;
  out(
    `usage: scenario-gen <command> [arguments] [flags]\n\ncommands:\n${lines.join("\n")}\n\n'scenario-gen <command> --help' lists a command's flags and defaults.`,
  );
  process.exit(name === undefined ? 2 : 0);
}
if (!names.includes(name)) {
  console.error(`scenario-gen: unknown command '${name}'; commands: ${names.join(", ")}`);
  process.exit(2);
}
process.exitCode = await (await load(name)).main(args);
