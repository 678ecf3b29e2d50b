// The README's Runtimes table names the versions the contract runs against: the pinned
// devDependencies, and the Node releases pinned in scripts/node-runtimes. A bump of one without
// the other fails here.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { pinnedRuntimes } from "@scenario-api/scripts/src/lib/node-runtimes.ts";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
  devDependencies: Record<string, string>;
  engines: { node: string };
};

function versionTested(runtime: string): string {
  const section = readme.slice(readme.indexOf("\n## Runtimes\n"));
  const row = section.split("\n").find((line) => line.startsWith(`| ${runtime} |`));
  if (!row) throw new Error(`README.md: no "${runtime}" row in the Runtimes table`);
  return row.split("|")[2]!.trim();
}

test.each([
  ["Bun", "bun"],
  ["Deno", "deno"],
  ["Cloudflare Workers", "workerd"],
  ["Vercel edge functions", "edge-runtime"],
])("the %s row names the %s version the tests install", (runtime, pkg) => {
  expect(versionTested(runtime)).toContain(`${manifest.devDependencies[pkg]}`);
});

test("the Node row names the engines floor and each Node release `test:node-matrix` runs the suite on", () => {
  const row = versionTested("Node");
  expect(row).toContain(manifest.engines.node.replace(">=", "≥ "));
  for (const { version } of pinnedRuntimes()) expect(row).toContain(version);
});
