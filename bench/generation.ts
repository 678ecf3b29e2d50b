import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rounds, summarize, type Stat } from "./measure.ts";
import type { Row, Section } from "./report.ts";
import { syntheticSpec } from "./synthetic-spec.ts";

const repo = new URL("..", import.meta.url).pathname;
const gen = join(repo, "node_modules/.bin/scenario-gen");

/** The generators each package's build runs, pointed at a synthetic spec in `dir`. */
const steps: Array<[string, string[]]> = [
  ["bundle", ["bundle-spec", "openapi.yaml", "--out", "dist", "--config", join(repo, "redocly.yaml")]],
  ["types", ["to-typescript", "dist/openapi.json", "--out", "types"]],
  ["schemas", ["to-json-schema", "dist/openapi.json", "--out", "2020-12"]],
  ["schemas", ["to-draft-07", "2020-12", "--out", "draft-07"]],
  ["schemas", ["emit-validators", "2020-12", "--compiled", "generated", "--wrappers", "src/validators.ts"]],
  ["docs", ["add-code-samples", "dist/openapi.json", "--samples", join(repo, "packages/docs/samples/code-samples.json"), "--out", "docs"]],
  ["docs", ["inline-redoc", "docs/openapi.json", "--options", join(repo, "packages/docs/redoc-options.json"), "--out", "docs/index.html"]],
];

function timed(cmd: string, args: string[], cwd: string): number {
  const start = performance.now();
  const run = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed in ${cwd}:\n${run.stderr.slice(0, 2000)}`);
  return ms;
}

/** Every step, each in a fresh process (cold), on a spec with `copies` operations; seconds per step group. */
function generateOnce(spec: Record<string, unknown>): Record<string, number> {
  const dir = mkdtempSync(join(tmpdir(), "bench-gen-"));
  try {
    symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"));
    mkdirSync(join(dir, "src"));
    writeFileSync(join(dir, "openapi.yaml"), JSON.stringify(spec));
    const total: Record<string, number> = { bundle: 0, types: 0, schemas: 0, docs: 0 };
    for (const [group, args] of steps) total[group] = (total[group] ?? 0) + timed(gen, args, dir) / 1000;
    return total;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function generationBench(sizes = [1, 10, 100]): Promise<Section> {
  const real = JSON.parse(readFileSync(join(repo, "openapi/dist/openapi.json"), "utf8")) as Record<string, unknown>;
  const rows: Row[] = [];
  const totals: Record<number, Stat> = {};
  for (const n of sizes) {
    const spec = syntheticSpec(real, n);
    const perGroup: Record<string, number[]> = {};
    const stat = await rounds({ total: () => {
      const t = generateOnce(spec);
      for (const [g, s] of Object.entries(t)) (perGroup[g] ??= []).push(s);
      return Object.values(t).reduce((a, b) => a + b, 0);
    } }, { warmup: 1, count: 3 });
    totals[n] = stat.total;
    rows.push({ name: `${n} operation(s): bundle + types + schemas + docs`, unit: "s", stat: stat.total });
    for (const [g, samples] of Object.entries(perGroup)) rows.push({ name: `  ${n} op(s): ${g}`, unit: "s", stat: summarize(samples.slice(1)) });
    rows.push({ name: `  ${n} op(s): time per operation`, unit: "s/op", stat: { ...stat.total, median: stat.total.median / n, min: stat.total.min / n, max: stat.total.max / n } });
  }

  // The real pipeline through turbo: cold (cache bypassed) and cached.
  const turbo = join(repo, "node_modules/.bin/turbo");
  const pipeline = await rounds({
    cold: () => timed(turbo, ["run", "build", "--force", "--output-logs=none"], repo) / 1000,
  }, { warmup: 1, count: 3 });
  const cached = await rounds({
    cached: () => timed(turbo, ["run", "build", "--output-logs=none"], repo) / 1000,
  }, { warmup: 1, count: 5 });
  rows.push({ name: "real pipeline: npm run build, cold (turbo --force)", unit: "s", stat: pipeline.cold });
  rows.push({ name: "real pipeline: npm run build, cached rerun", unit: "s", stat: cached.cached });

  const [small, mid, large] = [totals[sizes[0]!]!, totals[sizes[1]!]!, totals[sizes[2]!]!];
  const growth = large.median / mid.median;
  const exponent = Math.log(growth) / Math.log(sizes[2]! / sizes[1]!);
  const marginal = (large.median - mid.median) / (sizes[2]! - sizes[1]!);
  const cpus = execFileSync("nproc", { encoding: "utf8" }).trim();
  return {
    title: `4. Generation time as the spec grows (each generator in a fresh process), ${cpus} cores`,
    rows,
    targets: [
      { name: "real pipeline cold build", want: "< 15 s", actual: pipeline.cold.median, met: pipeline.cold.median < 15 },
      { name: "real pipeline cached rerun", want: "< 2 s", actual: cached.cached.median, met: cached.cached.median < 2 },
      { name: `${sizes[2]}-operation spec generated`, want: "< 20 s", actual: large.median, met: large.median < 20 },
      { name: `growth exponent from ${sizes[1]} to ${sizes[2]} ops (1 = linear)`, want: "≈ 1 (≤ 1.1)", actual: exponent, met: exponent <= 1.1 },
    ],
    notes: [
      `growth factor ${sizes[1]}→${sizes[2]} operations: ${growth.toFixed(2)}× for ${sizes[2]! / sizes[1]!}× the operations; ${sizes[0]}→${sizes[1]}: ${(mid.median / small.median).toFixed(2)}× (fixed start-up cost dominates small specs); marginal cost ${marginal.toFixed(3)} s per added operation.`,
    ],
  };
}
