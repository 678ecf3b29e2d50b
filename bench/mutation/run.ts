/**
 * `npm run mutate [-- <area>... [--mutate <glob>]]`: Stryker over the client, the generators
 * (scripts/src) and schemas' result.ts, each package with its own stryker.config.mjs. The HTML and
 * JSON reports land in bench/mutation/<area>/; the per-file scores are merged into scores.json and
 * summary.md (a run scoped with --mutate replaces the files it measured only). Not in CI: minutes.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mergeScores, scoresFromReport, toMarkdown, type Scores } from "./scores.ts";

const areas = [
  ["client", "packages/client"],
  ["scripts", "scripts"],
  ["schemas", "packages/schemas"],
] as const;

const root = fileURLToPath(new URL("../../", import.meta.url));
const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const args = process.argv.slice(2);
const flagAt = args.findIndex((a) => a.startsWith("--"));
const names = flagAt < 0 ? args : args.slice(0, flagAt);
const strykerArgs = flagAt < 0 ? [] : args.slice(flagAt);
const unknown = names.filter((name) => !areas.some(([n]) => n === name));
if (unknown.length > 0) {
  console.error(`mutate: unknown area(s) ${unknown.join(", ")}; areas: ${areas.map(([n]) => n).join(", ")}`);
  process.exit(2);
}

const git = (...a: string[]) => execFileSync("git", a, { cwd: root, encoding: "utf8" }).trim();
// A run on uncommitted changes says so: its figures belong to no commit.
const commit = `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "--untracked-files=no") ? "-dirty" : ""}`;

const scoresFile = here("./scores.json");
/** File modes under `dir`: Stryker's in-place run (scripts) writes the sources back without them. */
function modes(dir: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const [file, mode] of modes(path)) found.set(file, mode);
    else if (entry.isFile()) found.set(path, statSync(path).mode);
  }
  return found;
}

const readScores = (): Scores =>
  existsSync(scoresFile) ? (JSON.parse(readFileSync(scoresFile, "utf8")) as Scores) : {};
let failed = false;
for (const [name, dir] of areas) {
  if (names.length > 0 && !names.includes(name)) continue;
  console.error(`mutate: ${name} (${dir})...`);
  const before = modes(`${root}${dir}`);
  const run = spawnSync("npx", ["stryker", "run", ...strykerArgs], { cwd: `${root}${dir}`, stdio: "inherit" });
  for (const [file, mode] of before) if (existsSync(file) && statSync(file).mode !== mode) chmodSync(file, mode);
  if (run.status !== 0) {
    console.error(
      `mutate: stryker failed in ${dir} (exit ${run.status ?? run.signal}); its scores are left as they were`,
    );
    failed = true;
    continue;
  }
  const report: unknown = JSON.parse(readFileSync(here(`./${name}/mutation.json`), "utf8"));
  // Read again: another area's run may have written the file since this one started.
  const scores = mergeScores(readScores(), scoresFromReport(report, dir, commit));
  writeFileSync(scoresFile, `${JSON.stringify(scores, null, 2)}\n`);
  writeFileSync(here("./summary.md"), toMarkdown(scores));
}
process.exit(failed ? 1 : 0);
