import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { roundSamples, rounds, summarize, type Stat } from "./measure.ts";
import { target, type Row, type Section } from "./report.ts";
import { syntheticSpec } from "./synthetic-spec.ts";

const repo = new URL("..", import.meta.url).pathname;
const gen = join(repo, "scripts/bin/scenario-gen.js");
const usageHook = join(repo, "bench/process-usage.mjs");

type Group = "bundle" | "types" | "schemas" | "docs";

/** The generators each package's build runs (in its order), pointed at a synthetic spec in the working directory. */
const steps: Array<{ group: Group; args: string[] }> = [
  { group: "bundle", args: ["bundle-spec", "openapi.yaml", "--out", "dist", "--config", join(repo, "redocly.yaml")] },
  { group: "types", args: ["to-typescript", "dist/openapi.json", "--out", "types"] },
  { group: "schemas", args: ["to-json-schema", "dist/openapi.json", "--out", "2020-12"] },
  { group: "schemas", args: ["to-draft-07", "2020-12", "--out", "draft-07"] },
  {
    group: "schemas",
    args: ["emit-validators", "2020-12", "--compiled", "generated", "--wrappers", "src/generated/validators.ts"],
  },
  {
    group: "docs",
    args: [
      "add-code-samples",
      "dist/openapi.json",
      "--samples",
      join(repo, "packages/docs/samples/code-samples.json"),
      "--out",
      "docs",
    ],
  },
  {
    group: "docs",
    args: [
      "inline-redoc",
      "docs/openapi.json",
      "--options",
      join(repo, "packages/docs/redoc-options.json"),
      "--out",
      "docs",
    ],
  },
];

/** After the bundle, the packages' chains run side by side, longest first, as turbo runs the packages' builds. */
const chains: Group[] = ["schemas", "types", "docs"];

interface StepRun {
  name: string;
  group: Group;
  seconds: number;
  /** Peak resident set size of the step's process, bytes. */
  peakRss: number;
  /** CPU time of the step's process (user + system), seconds. */
  cpuSeconds: number;
}

/** One generator in a fresh process (a cold start, as in a build), timed, with its peak RSS and CPU time. */
function runStep(args: string[], group: Group, cwd: string): Promise<StepRun> {
  const usageFile = join(cwd, `.usage-${args[0]}.json`);
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", usageHook, gen, ...args], {
      cwd,
      env: { ...process.env, BENCH_USAGE_FILE: usageFile },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - start) / 1000;
      if (code !== 0)
        return reject(
          new Error(`scenario-gen ${args.join(" ")} failed (exit ${code}) in ${cwd}:\n${stderr.slice(0, 2000)}`),
        );
      const usage = JSON.parse(readFileSync(usageFile, "utf8")) as { peakRss: number; cpuSeconds: number };
      resolve({ name: args[0]!, group, seconds, ...usage });
    });
  });
}

/** Runs `tasks`, at most `width` at a time. */
async function pool<T>(tasks: Array<() => Promise<T>>, width: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) results.push(await tasks[next++]!());
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, worker));
  return results;
}

interface PipelineRun {
  /** From the bundle's start to the last chain's end. */
  wall: number;
  steps: StepRun[];
}

/** The whole generation of one spec in a fresh directory: the bundle, then the chains `width` at a time. */
async function generateOnce(spec: Record<string, unknown>, width: number): Promise<PipelineRun> {
  const dir = mkdtempSync(join(tmpdir(), "bench-gen-"));
  try {
    symlinkSync(join(repo, "node_modules"), join(dir, "node_modules"));
    mkdirSync(join(dir, "src"));
    writeFileSync(join(dir, "openapi.yaml"), JSON.stringify(spec));
    const start = performance.now();
    const bundle = await runStep(steps[0]!.args, "bundle", dir);
    const chainRuns = await pool(
      chains.map((group) => async () => {
        const runs: StepRun[] = [];
        for (const step of steps.filter((s) => s.group === group)) runs.push(await runStep(step.args, group, dir));
        return runs;
      }),
      width,
    );
    return { wall: (performance.now() - start) / 1000, steps: [bundle, ...chainRuns.flat()] };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Spec sizes (operations) and how many rounds each gets: the 1,000-operation size takes minutes per round. */
export const sizes: Array<{ operations: number; warmup: number; count: number }> = [
  { operations: 1, warmup: 1, count: 3 },
  { operations: 10, warmup: 1, count: 3 },
  { operations: 100, warmup: 1, count: 3 },
  { operations: 1000, warmup: 0, count: 1 },
];

const mb = (bytes: number) => bytes / 2 ** 20;

/** The growth exponent between two sizes (1 = linear), with the range the rounds allow. */
export function growthExponent(small: Stat, large: Stat, factor: number): Stat {
  const exponent = (a: number, b: number) => Math.log(b / a) / Math.log(factor);
  return {
    median: exponent(small.median, large.median),
    min: exponent(small.max, large.min),
    max: exponent(small.min, large.max),
    rounds: Math.min(small.rounds, large.rounds),
  };
}

function timed(cmd: string, args: string[], cwd: string): number {
  const start = performance.now();
  const run = spawnSync(cmd, args, { cwd, encoding: "utf8" });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`${cmd} ${args.join(" ")} failed in ${cwd}:\n${run.stderr.slice(0, 2000)}`);
  return ms;
}

export async function generationBench(): Promise<Section> {
  const real = JSON.parse(readFileSync(join(repo, "openapi/dist/openapi.json"), "utf8")) as Record<string, unknown>;
  const width = availableParallelism();
  const rows: Row[] = [];
  const walls: Record<number, Stat> = {};
  const peaks: Record<number, Stat> = {};
  for (const { operations: n, warmup, count } of sizes) {
    const spec = syntheticSpec(real, n);
    const runs: PipelineRun[] = [];
    const samples = await roundSamples(
      {
        wall: async () => {
          const run = await generateOnce(spec, width);
          runs.push(run);
          return run.wall;
        },
      },
      { warmup, count },
    );
    const kept = runs.slice(warmup);
    const wall = summarize(samples.wall);
    walls[n] = wall;
    peaks[n] = summarize(kept.map((r) => mb(Math.max(...r.steps.map((s) => s.peakRss)))));
    rows.push({
      name: `${n} operation(s): generated, ${width} generator chains at a time (as turbo runs them)`,
      unit: "s",
      stat: wall,
    });
    rows.push({
      name: `  ${n} op(s): sum of the steps' times (all on one core)`,
      unit: "s",
      stat: summarize(kept.map((r) => r.steps.reduce((a, s) => a + s.seconds, 0))),
    });
    rows.push({
      name: `  ${n} op(s): sum of the steps' CPU times (user + system)`,
      unit: "s",
      stat: summarize(kept.map((r) => r.steps.reduce((a, s) => a + s.cpuSeconds, 0))),
    });
    for (const group of ["bundle", ...chains] as Group[]) {
      rows.push({
        name: `  ${n} op(s): ${group}`,
        unit: "s",
        stat: summarize(kept.map((r) => r.steps.filter((s) => s.group === group).reduce((a, s) => a + s.seconds, 0))),
      });
    }
    // Memory matters at the large sizes; the small ones would only lengthen the table.
    for (const step of n >= 100 ? steps : []) {
      const name = step.args[0]!;
      rows.push({
        name: `  ${n} op(s): peak RSS, ${name}`,
        unit: "MB",
        stat: summarize(kept.map((r) => mb(r.steps.find((s) => s.name === name)!.peakRss))),
      });
    }
    rows.push({
      name: `  ${n} op(s): time per operation`,
      unit: "s/op",
      stat: { ...wall, median: wall.median / n, min: wall.min / n, max: wall.max / n },
    });
  }

  // The real pipeline through turbo: cold (cache bypassed) and cached.
  const turbo = join(repo, "node_modules/.bin/turbo");
  const pipeline = await rounds(
    {
      cold: () => timed(turbo, ["run", "build", "--force", "--output-logs=none"], repo) / 1000,
    },
    { warmup: 1, count: 3 },
  );
  const cached = await rounds(
    {
      cached: () => timed(turbo, ["run", "build", "--output-logs=none"], repo) / 1000,
    },
    { warmup: 1, count: 5 },
  );
  rows.push({ name: "real pipeline: npm run build, cold (turbo --force)", unit: "s", stat: pipeline.cold });
  rows.push({ name: "real pipeline: npm run build, cached rerun", unit: "s", stat: cached.cached });

  const exponent = growthExponent(walls[100]!, walls[1000]!, 10);
  const marginal = (walls[1000]!.median - walls[100]!.median) / 900;
  return {
    title: `4. Generation time as the spec grows (each generator in a fresh process), ${width} cores`,
    rows,
    targets: [
      target("real pipeline cold build", "< 15 s", pipeline.cold, (s) => s < 15),
      target("real pipeline cached rerun", "< 2 s", cached.cached, (s) => s < 2),
      target("100-operation spec generated", "< 15 s", walls[100]!, (s) => s < 15),
      target("1,000-operation spec generated", "< 120 s", walls[1000]!, (s) => s < 120),
      target("growth exponent from 100 to 1,000 ops (1 = linear)", "≤ 1.1", exponent, (e) => e <= 1.1),
      target("peak RSS of the largest step, 1,000 ops", "< 2,048 MB", peaks[1000]!, (m) => m < 2048),
    ],
    notes: [
      `Each size's spec: the real operation copied, every copy with its own path and its own copy of every component. After the bundle, the types, schemas and docs chains run ${width} at a time, as turbo runs those packages' builds; a step's own time includes waiting for the core it shares. The 1,000-operation size runs ${sizes.at(-1)!.count} round(s) and no warm-up: a round takes minutes.`,
      `growth factor 100→1,000 operations: ${(walls[1000]!.median / walls[100]!.median).toFixed(2)}× for 10× the operations; 10→100: ${(walls[100]!.median / walls[10]!.median).toFixed(2)}×; 1→10: ${(walls[10]!.median / walls[1]!.median).toFixed(2)}× (fixed start-up cost dominates small specs); marginal cost ${marginal.toFixed(3)} s per added operation.`,
    ],
  };
}
