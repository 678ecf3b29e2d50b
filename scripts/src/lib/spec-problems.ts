import { relative } from "node:path";
import { getLineColLocation, type NormalizedProblem } from "@redocly/openapi-core";

/** A lint or bundle problem, located in the source file a person edits. */
export interface SpecProblem {
  file: string;
  line: number;
  col: number;
  message: string;
  rule: string;
  severity: "error" | "warn";
}

/** Problems a SpecError's message lists; the rest are counted on one more line. */
export const maxListedProblems = 100;

/** A summary line, then one problem a line: the first 100, then `... and <n> more problems`. */
export class SpecError extends Error {
  constructor(readonly problems: SpecProblem[]) {
    const more = problems.length - maxListedProblems;
    super(
      [
        `${problems.length} problem(s) in the spec`,
        ...problems.slice(0, maxListedProblems).map(formatProblem),
        ...(more > 0 ? [`... and ${more} more problem${more === 1 ? "" : "s"}`] : []),
      ].join("\n"),
    );
    this.name = "SpecError";
  }
}

/**
 * A spec refused before Redocly reads it (a `$ref` to a URL or out of the spec's folder, a cycle
 * of `$ref`s, an alias bomb, nesting too deep): bad input, exit 2, where a spec that fails
 * the lint rules is a failed build, exit 1.
 */
export class RefusedSpecError extends SpecError {}

/** `openapi/components/schemas/Job.yaml:42:7  error  unknown $ref ...  (no-unresolved-refs)` */
export function formatProblem(problem: SpecProblem): string {
  const { file, line, col, severity, message, rule } = problem;
  return `${file}:${line}:${col}  ${severity}  ${message}  (${rule})`;
}

/** A problem Redocly reported, located in the source file (relative to `cwd`). */
export function toSpecProblem(problem: NormalizedProblem, cwd: string): SpecProblem {
  const first = problem.location[0];
  const at = first ? getLineColLocation(first) : undefined;
  const suggestion = problem.suggest.length > 0 ? ` Did you mean: ${problem.suggest.slice(0, 3).join(", ")}?` : "";
  return {
    file: at ? relative(cwd, at.source.absoluteRef) : "?",
    line: at?.start.line ?? 1,
    col: at?.start.col ?? 1,
    message: problem.message + suggestion,
    rule: problem.ruleId,
    severity: problem.severity,
  };
}

/** One broken file is reported once per place, not once per rule that tripped over it. */
export function uniqueProblems(problems: SpecProblem[]): SpecProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = formatProblem(p);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
