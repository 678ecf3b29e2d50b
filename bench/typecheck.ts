import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { rounds } from "./measure.ts";
import type { Section } from "./report.ts";

const repo = new URL("..", import.meta.url).pathname;
const tscBin = join(repo, "node_modules/.bin/tsc");

/** Seconds for a cold `tsc --noEmit` of one consumer file (strict, bundler resolution, skipLibCheck as most projects set it). */
function tsc(file: string): number {
  const start = performance.now();
  const run = spawnSync(tscBin, ["-p", join(repo, "bench/typecheck", `tsconfig.${file.replace(/\.ts$/, "")}.json`)], {
    encoding: "utf8",
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`tsc failed on ${file}:\n${run.stdout}${run.stderr}`);
  return seconds;
}

export async function typecheckBench(): Promise<Section> {
  const stats = await rounds(
    {
      "tsc --noEmit, file without the client calls": () => tsc("without-calls.ts"),
      "tsc --noEmit, same file calling the client": () => tsc("with-calls.ts"),
    },
    { warmup: 1, count: 5 },
  );
  const base = stats["tsc --noEmit, file without the client calls"];
  const withCalls = stats["tsc --noEmit, same file calling the client"];
  const ratio = withCalls.median / base.median;
  return {
    title: "5. Type-check cost of calling the client",
    baseline: "the file without calls",
    rows: Object.entries(stats).map(([name, stat]) => ({ name, unit: "s", stat, ratio: stat.median / base.median })),
    targets: [{ name: "with calls / without", want: "< 1.5×", actual: ratio, met: ratio < 1.5 }],
    notes: [],
  };
}
