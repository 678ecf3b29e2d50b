/**
 * Per-file mutation scores from Stryker's JSON report (mutation-testing-report-schema), kept
 * across scoped runs: a run over one file replaces that file's entry only, as a bench section does.
 */

export interface Survivor {
  line: number;
  mutator: string;
  replacement: string;
  status: "Survived" | "NoCoverage";
}

export interface FileScore {
  /** The commit the file was measured on (`-dirty` with uncommitted changes). */
  commit: string;
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  survivors: Survivor[];
}

export type Scores = Record<string, FileScore>;

interface ReportMutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: { start: { line: number } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The files of one Stryker JSON report, named from the repository root (`prefix` is the package's folder). */
export function scoresFromReport(report: unknown, prefix: string, commit: string): Scores {
  if (!isRecord(report) || !isRecord(report.files)) throw new Error("not a Stryker JSON report: no files object");
  const scores: Scores = {};
  for (const [file, entry] of Object.entries(report.files)) {
    const mutants = isRecord(entry) && Array.isArray(entry.mutants) ? (entry.mutants as ReportMutant[]) : [];
    const count = (status: string) => mutants.filter((m) => m.status === status).length;
    const survivors = mutants
      .filter(
        (m): m is ReportMutant & { status: Survivor["status"] } => m.status === "Survived" || m.status === "NoCoverage",
      )
      .map((m) => ({
        line: m.location.start.line,
        mutator: m.mutatorName,
        replacement: (m.replacement ?? "").slice(0, 80),
        status: m.status,
      }))
      .sort(
        (a, b) => a.line - b.line || a.mutator.localeCompare(b.mutator) || a.replacement.localeCompare(b.replacement),
      );
    scores[`${prefix}/${file}`] = {
      commit,
      killed: count("Killed"),
      timeout: count("Timeout"),
      survived: count("Survived"),
      noCoverage: count("NoCoverage"),
      survivors,
    };
  }
  return scores;
}

/** Detected mutants over valid ones, as Stryker counts them (compile and runtime errors left out). */
export function mutationScore(score: FileScore): number | undefined {
  const detected = score.killed + score.timeout;
  const valid = detected + score.survived + score.noCoverage;
  return valid === 0 ? undefined : (100 * detected) / valid;
}

/** `previous` with every file of `latest` replaced; keys sorted so the file diffs cleanly. */
export function mergeScores(previous: Scores, latest: Scores): Scores {
  const merged: Scores = { ...previous, ...latest };
  return Object.fromEntries(
    Object.keys(merged)
      .sort()
      .map((file) => [file, merged[file] as FileScore]),
  );
}

const percent = (score: number | undefined) => (score === undefined ? "–" : `${score.toFixed(1)}%`);

/** The table a person reads: one row per file, worst first is left to the reader; files in path order. */
export function toMarkdown(scores: Scores): string {
  const lines = [
    "# Mutation scores",
    "",
    "Written by `npm run mutate` (bench/mutation/README.md) from Stryker's JSON reports. Score = (killed + timeout) / (killed + timeout + survived + no coverage).",
    "",
    "| File | Score | Killed | Timeout | Survived | No coverage | Commit |",
    "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
  ];
  for (const [file, score] of Object.entries(scores)) {
    lines.push(
      `| ${file} | ${percent(mutationScore(score))} | ${score.killed} | ${score.timeout} | ${score.survived} | ${score.noCoverage} | ${score.commit} |`,
    );
  }
  return `${lines.join("\n")}\n`;
}
