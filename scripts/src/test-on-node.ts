import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { delimiter, dirname, join, resolve } from "node:path";
import { defineCommand } from "./lib/command.ts";
import { defaultRuntimesDir, locateRuntime, pinnedRuntimes } from "./lib/node-runtimes.ts";
import { requiredTool } from "./lib/required-tool.ts";

/**
 * The package's vitest suite again under each pinned Node (scripts/node-runtimes): the machine's
 * Node runs `test`, this runs `test:node-matrix`. The runtime's folder goes first on PATH, so
 * vitest's `#!/usr/bin/env node` and every `node` a test spawns are that release too. Type tests
 * (`*.test-d.ts`) are left to `test`: tsc's verdict does not depend on the Node that runs it.
 */

/** vitest's CLI entry as the package in `cwd` resolves it. */
export function vitestEntry(cwd: string): string {
  const manifestPath = createRequire(join(cwd, "package.json")).resolve("vitest/package.json");
  const { bin } = JSON.parse(readFileSync(manifestPath, "utf8")) as { bin: Record<string, string> };
  return join(dirname(manifestPath), bin.vitest!);
}

export const command = defineCommand({
  name: "test-on-node",
  summary: "Runs the package's vitest suite under each Node release pinned in scripts/node-runtimes.",
  flags: {
    runtimes: { description: "the folder whose package.json pins the releases", default: defaultRuntimesDir },
  },
  run: ({ flags }) => {
    const dir = resolve(flags.runtimes);
    const cwd = process.cwd();
    const outcomes: string[] = [];
    let failed = false;
    for (const runtime of pinnedRuntimes(dir)) {
      const found = locateRuntime(runtime, dir);
      if ("missing" in found) {
        requiredTool(`Node ${runtime.version}`, found.missing);
        outcomes.push(`Node ${runtime.version} skipped`);
        continue;
      }
      console.log(`test-on-node: vitest run on Node ${runtime.version} (${found.bin})`);
      const env = { ...process.env, PATH: `${dirname(found.bin)}${delimiter}${process.env.PATH ?? ""}` };
      const { status, signal, error } = spawnSync(found.bin, [vitestEntry(cwd), "run", "--typecheck.enabled=false"], {
        cwd,
        env,
        stdio: "inherit",
      });
      const ok = status === 0;
      failed ||= !ok;
      outcomes.push(
        `Node ${runtime.version} ${ok ? "passed" : `failed (${error?.message ?? (signal ? `signal ${signal}` : `exit ${status}`)})`}`,
      );
    }
    console.log(`test-on-node: ${outcomes.join(", ")}`);
    return failed ? 1 : 0;
  },
});
