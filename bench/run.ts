// `npm run bench [-- section...] [-- --check]`: benchmarks, ratios against baselines measured
// in the same run. Prints the Markdown table; bench/results.json keeps each section's last
// whole run and the commit it ran on. `--check` exits 1 when a target is missed (by hand only:
// timing on a CI machine says nothing).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { toMarkdown, type Section } from "./report.ts";
import { readResults, recordSection, writeResults, type Machine } from "./results.ts";
import { sections as benches } from "./sections.ts";

/** One section in a fresh process (see run-section.ts): no JIT state carries over from the one before. */
function runSection(name: string): Section {
  const dir = mkdtempSync(join(tmpdir(), "bench-section-"));
  try {
    const out = join(dir, "section.json");
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", new URL("./run-section.ts", import.meta.url).pathname, name, out],
      { stdio: "inherit" },
    );
    if (run.status !== 0) throw new Error(`its process ended with ${run.status ?? run.signal} (its output is above)`);
    return JSON.parse(readFileSync(out, "utf8")) as Section;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
const check = args.includes("--check");
const only = args.filter((a) => a !== "--check");
const unknown = only.filter((name) => !benches.some(([n]) => n === name));
if (unknown.length > 0) {
  console.error(`bench: unknown section(s) ${unknown.join(", ")}; sections: ${benches.map(([n]) => n).join(", ")}`);
  process.exit(2);
}

const git = (...a: string[]) => execFileSync("git", a, { encoding: "utf8" }).trim();
// A run on uncommitted changes says so: its figures belong to no commit.
// results.json itself is left out: the section before this one has just rewritten it.
const changed = git("status", "--porcelain", "--untracked-files=no", "--", ".", ":!bench/results.json");
const commit = `${git("rev-parse", "--short", "HEAD")}${changed ? "-dirty" : ""}`;
const machine: Machine = { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model ?? "unknown" };

const resultsFile = new URL("./results.json", import.meta.url);
let results = readResults(
  resultsFile,
  benches.map(([n]) => n),
);
const sections: Section[] = [];
for (const [name] of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}...\n`);
  try {
    const section = runSection(name);
    sections.push(section);
    // Only a section that ran to the end replaces its last recorded run.
    results = recordSection(results, name, { commit, machine, section });
    writeResults(
      resultsFile,
      results,
      benches.map(([n]) => n),
    );
  } catch (error) {
    // One broken section should not cost the figures of the others.
    const message = error instanceof Error ? error.message : String(error);
    sections.push({
      title: name,
      rows: [],
      targets: [{ name: `${name} ran`, want: "no error", actual: Number.NaN, met: false }],
      notes: [`failed: ${message.slice(0, 500)}`],
    });
  }
}
console.log(
  `## Benchmarks (${machine.cpus} × ${machine.cpu}, Node ${machine.node}, ${commit})\n\n${toMarkdown(sections)}`,
);
const missed = sections.flatMap((s) =>
  s.targets.filter((t) => !t.met).map((t) => `${s.title.split(" ")[0]} ${t.name}`),
);
console.log(
  missed.length === 0 ? "All targets met (each judged on its median)." : `Targets missed: ${missed.join("; ")}`,
);
if (check && missed.length > 0) process.exitCode = 1;
