// `npm run bench`: every benchmark in one process run, ratios against baselines measured in
// the same run. Writes bench/results.json and prints the Markdown table.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { clientOverheadBench } from "./client-overhead.ts";
import { clientSizeBench } from "./client-size.ts";
import { generationBench } from "./generation.ts";
import { toMarkdown, type Section } from "./report.ts";
import { typecheckBench } from "./typecheck.ts";
import { validationBench } from "./validation.ts";

const only = process.argv.slice(2);
const benches: Array<[string, () => Promise<Section>]> = [
  ["client-overhead", clientOverheadBench],
  ["client-size", clientSizeBench],
  ["validation", validationBench],
  ["generation", generationBench],
  ["typecheck", typecheckBench],
];

const sections: Section[] = [];
for (const [name, bench] of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}...\n`);
  try {
    sections.push(await bench());
  } catch (error) {
    // One broken section should not cost the figures of the others.
    const message = error instanceof Error ? error.message : String(error);
    sections.push({ title: name, rows: [], targets: [{ name: `${name} ran`, want: "no error", actual: Number.NaN, met: false }], notes: [`failed: ${message.slice(0, 500)}`] });
  }
}
const machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown", commit: execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim() };
// results.json holds a whole run; a run of some sections only prints its tables.
if (only.length === 0) writeFileSync(new URL("./results.json", import.meta.url), `${JSON.stringify({ machine, sections }, null, 2)}\n`);
console.log(`## Benchmarks (${machine.cpus} × ${machine.cpu}, Node ${machine.node}, ${machine.commit})\n\n${toMarkdown(sections)}`);
const missed = sections.flatMap((s) => s.targets.filter((t) => !t.met).map((t) => `${s.title.split(" ")[0]} ${t.name}`));
console.log(missed.length === 0 ? "All targets met." : `Targets missed: ${missed.join("; ")}`);
