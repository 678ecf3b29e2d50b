/**
 * CLI: classifies the changes between two revisions of the spec (rules in spec-diff/).
 *
 *   scripts/spec-diff [--base REF]          openapi/ at a git revision → the working tree
 *   scripts/spec-diff BASE REVISION         two spec files (JSON or YAML, multi-file, 3.0 or 3.1)
 *   --format text|json|markdown             output (default text)
 *   --changeset                             write .changeset/spec-diff-<hash>.md with the bumps
 *
 * Exit codes: 0 nothing breaking (or a pending major changeset covers it); 1 a breaking change
 * without a pending major changeset (comparing two files: any breaking change); 2 bad input.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "./lib/parse-args.ts";
import { UnresolvedRefError } from "./lib/resolve-ref.ts";
import { changesetFileName, changesetText, missingMajors, packageBumps, pendingMajors } from "./spec-diff/changeset.ts";
import { diffSpecs } from "./spec-diff/diff-specs.ts";
import { type Format, FORMATS, formatJson, formatMarkdown, formatText } from "./spec-diff/format.ts";
import { BadInputError, defaultBase, loadSpecAt, loadSpecFile, loadWorkingTree, repoRoot } from "./spec-diff/load.ts";
import { sourceLocator } from "./spec-diff/locate-source.ts";
import type { Finding } from "./spec-diff/model.ts";
import { generatedPackages } from "./spec-diff/workspace.ts";

export { diffSpecs } from "./spec-diff/diff-specs.ts";
export type { Finding } from "./spec-diff/model.ts";

const USAGE = "usage: scripts/spec-diff [--base REF] | scripts/spec-diff BASE REVISION  [--format text|json|markdown] [--changeset]";

function pendingChangesets(repo: string): string[] {
  const dir = join(repo, ".changeset");
  return existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md").map((f) => readFileSync(join(dir, f), "utf8"))
    : [];
}

function render(findings: Finding[], format: Format, title: string): string {
  if (format === "json") return formatJson(findings);
  if (format === "markdown") return formatMarkdown(findings, title);
  return `${formatText(findings, title)}\n`;
}

export async function main(args: string[]): Promise<number> {
  const writeChangeset = args.includes("--changeset");
  const { positional, flags } = parseArgs(args.filter((a) => a !== "--changeset"));
  const format = (flags.get("format") ?? "text") as Format;
  try {
    if (!FORMATS.includes(format)) throw new BadInputError(`--format ${format}: expected one of ${FORMATS.join(", ")}`);
    if (positional.length !== 0 && positional.length !== 2) throw new BadInputError(`expected no spec file or two (BASE REVISION), got ${positional.length}\n${USAGE}`);
    if (positional.length === 2 && flags.has("base")) throw new BadInputError(`--base compares with the working tree; with two files, leave it out\n${USAGE}`);

    const cwd = flags.get("repo") ?? process.cwd();
    const files = positional.length === 2;
    let findings: Finding[];
    let title: string;
    let repo: string | undefined;
    if (files) {
      const [basePath, revisionPath] = positional as [string, string];
      findings = diffSpecs(await loadSpecFile(basePath, cwd), await loadSpecFile(revisionPath, cwd));
      title = `spec-diff: ${basePath} → ${revisionPath}`;
      if (writeChangeset) repo = repoRoot(cwd);
    } else {
      repo = repoRoot(cwd);
      const base = flags.get("base") ?? defaultBase(repo);
      const before = await loadSpecAt(repo, base);
      const after = await loadWorkingTree(repo);
      const locate = sourceLocator(join(repo, "openapi/openapi.yaml"), repo);
      findings = diffSpecs(before, after).map((f) => ({ ...f, source: locate(f.at) }));
      title = `spec-diff: openapi/ at ${base} → working tree`;
    }
    process.stdout.write(render(findings, format, title));

    if (writeChangeset && repo) {
      const bumps = packageBumps(findings, generatedPackages(repo));
      if (bumps.size === 0) console.error("spec-diff: no changes to the API, no changeset written");
      else {
        const text = changesetText(bumps, findings);
        const file = join(repo, ".changeset", changesetFileName(text));
        mkdirSync(join(repo, ".changeset"), { recursive: true });
        writeFileSync(file, text);
        console.error(`spec-diff: wrote ${relative(cwd, file)} (${[...bumps].map(([p, b]) => `${p} ${b}`).join(", ")}); edit its summary before committing`);
      }
    }

    const breaking = findings.filter((f) => f.level === "breaking").length;
    if (files && !repo) {
      if (breaking > 0) console.error(`spec-diff: ${breaking} breaking change(s)`);
      return breaking > 0 ? 1 : 0;
    }
    const missing = missingMajors(findings, pendingMajors(pendingChangesets(repo!)));
    if (missing.length > 0) {
      console.error(`spec-diff: ${breaking} breaking change(s) and no pending major changeset for ${missing.join(", ")}.\nAdd one with \`scripts/spec-diff --changeset\` or \`npm run changeset\` (major for the packages generated from the spec).`);
      return 1;
    }
    return 0;
  } catch (error) {
    const known = error instanceof BadInputError || error instanceof UnresolvedRefError || (error instanceof Error && error.name === "SpecError");
    console.error(`spec-diff: ${error instanceof Error ? error.message : String(error)}${known ? "" : "\n(an unexpected error: please report it)"}`);
    return 2;
  }
}
