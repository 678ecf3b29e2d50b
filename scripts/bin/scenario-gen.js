#!/usr/bin/env node
// Runs one generator or check from scripts/src by name (scripts/src/lib holds what they share), e.g.
//   scenario-gen bundle-spec openapi.yaml --out dist
// Each command module exports `main(args: string[]): Promise<number>` (the exit code).
import { readdirSync } from "node:fs";
import { register } from "tsx/esm/api";

register();
const srcDir = new URL("../src/", import.meta.url);
const commands = readdirSync(srcDir)
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
  .map((f) => f.slice(0, -3))
  .sort();
const [command, ...args] = process.argv.slice(2);
if (!command || !commands.includes(command)) {
  console.error(`usage: scenario-gen <command> [args]\n${command ? `unknown command '${command}'. ` : ""}commands: ${commands.join(", ")}`);
  process.exit(2);
}
const mod = await import(new URL(`${command}.ts`, srcDir).href);
if (typeof mod.main !== "function") {
  console.error(`scenario-gen: ${command} is a library module, not a command`);
  process.exit(2);
}
process.exitCode = await mod.main(args);
