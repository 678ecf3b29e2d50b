#!/usr/bin/env node
// Runs one generator or check from scripts/src by name (scripts/src/lib holds what they share), e.g.
//   scenario-gen bundle-spec openapi.yaml --out dist
// The commands are the table in scripts/src/commands.ts (name, module, summary). Each command
// module exports `command`, made by defineCommand (scripts/src/lib/command.ts), which owns flag
// parsing, --help, error messages and exit codes.
import { register } from "tsx/esm/api";

register();
const srcDir = new URL("../src/", import.meta.url);
/** @type {{ commands: ReadonlyArray<{ name: string; module: string; summary: string }> }} */
const { commands } = await import(new URL("commands.ts", srcDir).href);

const [name, ...args] = process.argv.slice(2);
if (name === undefined || name === "--help" || name === "-h" || name === "help") {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  const out = name === undefined ? console.error : console.log;
  out(
    `usage: scenario-gen <command> [arguments] [flags]\n\ncommands:\n${lines.join("\n")}\n\n'scenario-gen <command> --help' lists a command's flags and defaults.`,
  );
  process.exit(name === undefined ? 2 : 0);
}
const entry = commands.find((command) => command.name === name);
if (entry === undefined) {
  console.error(`scenario-gen: unknown command '${name}'; commands: ${commands.map((c) => c.name).join(", ")}`);
  process.exit(2);
}
process.exitCode = await (await import(new URL(entry.module, srcDir).href)).command.main(args);
