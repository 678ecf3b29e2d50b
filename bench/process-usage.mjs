// Loaded with `node --import` into each generator the generation bench runs: at exit, writes
// the process's peak resident set size (bytes) and CPU time (seconds, user + system) as JSON
// to $BENCH_USAGE_FILE. CPU time shows the work apart from waiting on a busy machine.
import { writeFileSync } from "node:fs";

// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by bench/generation.ts for the generators it spawns; turbo never runs this
const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(
      file,
      JSON.stringify({ peakRss: usage.maxRSS * 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 }),
    );
  });
}
