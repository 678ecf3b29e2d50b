/**
 * The command table (src/commands.ts) against what it describes: the modules in src/ that define a
 * command, and scripts/README.md. In-process: `scenario-gen.test.ts` runs the bin over the same table.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { commands } from "../src/commands.ts";
import type { CommandSpec, FlagSpec } from "../src/lib/command.ts";

const scriptsDir = join(import.meta.dirname, "..");

async function commandOf(module: string): Promise<CommandSpec<Record<string, FlagSpec>> | undefined> {
  const mod = (await import(join(scriptsDir, "src", module))) as {
    command?: { spec: CommandSpec<Record<string, FlagSpec>> };
  };
  return mod.command?.spec;
}

describe("the command table", () => {
  test("lists each command once, in the order --help shows them (by name)", () => {
    const names = commands.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...names].sort());
  });

  test("names, for each command, the module that defines it, and that command's summary", async () => {
    const found = await Promise.all(
      commands.map(async ({ module }) => {
        const spec = await commandOf(module);
        return { name: spec?.name, module, summary: spec?.summary };
      }),
    );
    expect(found).toEqual(commands.map(({ name, module, summary }) => ({ name, module, summary })));
  });

  // A new command file that is not in the table would be unreachable from scenario-gen: whatever
  // the shape of its export, importing it shows it is a command.
  test("lists every module in src/ that exports a command", { timeout: 60_000 }, async () => {
    const modules = readdirSync(join(scriptsDir, "src")).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    const isCommand = await Promise.all(
      modules.map(async (f) => [`./${f}`, (await commandOf(`./${f}`)) !== undefined]),
    );
    const commandModules = isCommand.filter(([, is]) => is).map(([module]) => module);
    expect(commandModules.sort()).toEqual(commands.map((c) => c.module).sort());
    expect(modules.length).toBeGreaterThan(commandModules.length);
  });

  test("is the command table of scripts/README.md, one row per command, in the same order", () => {
    const readme = readFileSync(join(scriptsDir, "README.md"), "utf8");
    const table = /^\| command \| what it does \|\n\|[-|]+\|\n((?:\|.*\|\n)+)/m.exec(readme);
    expect(table, "README.md has a '| command | what it does |' table").not.toBeNull();
    const rows = (table?.[1] ?? "").trimEnd().split("\n");
    expect(rows.map((row) => /^\| `([a-z0-9-]+)` \| \S/.exec(row)?.[1])).toEqual(commands.map((c) => c.name));
  });
});
