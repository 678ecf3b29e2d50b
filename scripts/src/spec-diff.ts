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
import { defineCommand } from "./lib/command.ts";
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

const USAGE =
  "usage: scripts/spec-diff [--base REF] | scripts/spec-diff BASE REVISION  [--format text|json|markdown] [--changeset]";

function pendingChangesets(repo: string): string[] {
  const dir = join(repo, ".changeset");
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".md") && f !== "README.md")
        .map((f) => readFileSync(join(dir, f), "utf8"))
    : [];
}

function render(findings: Finding[], format: Format, title: string): string {
  if (format === "json") return formatJson(findings);
  if (format === "markdown") return formatMarkdown(findings, title);
  return `${formatText(findings, title)}\n`;
}

export const command = defineCommand({
  name: "spec-diff",
  summary: "Classifies the API changes between two revisions of the spec as breaking or not (scripts/spec-diff).",
  positionals: [
    {
      name: "BASE",
      description:
        "the older spec file (with REVISION; without both, openapi/ at --base is compared with the working tree)",
      default: "",
    },
    { name: "REVISION", description: "the newer spec file", default: "" },
  ],
  flags: {
    base: {
      description:
        "the git revision of openapi/ to compare the working tree with (default: HEAD if openapi/ has uncommitted edits, else the parent of its last commit)",
    },
    format: { description: `output: ${FORMATS.join(", ")}`, default: "text" },
    changeset: { description: "write .changeset/spec-diff-<hash>.md with the bump of every package", type: "boolean" },
    repo: { description: "the repository (default: the working directory)" },
  },
  isBadInput: (error) =>
    error instanceof BadInputError ||
    error instanceof UnresolvedRefError ||
    (error instanceof Error && error.name === "SpecError"),
  run: async ({ positionals: [basePath = "", revisionPath = ""], flags }) => {
    const format = flags.format as Format;
    if (!FORMATS.includes(format)) throw new BadInputError(`--format ${format}: expected one of ${FORMATS.join(", ")}`);
    const files = basePath !== "";
    if (files && revisionPath === "")
      throw new BadInputError(`expected no spec file or two (BASE REVISION), got one\n${USAGE}`);
    if (files && flags.base !== undefined)
      throw new BadInputError(`--base compares with the working tree; with two files, leave it out\n${USAGE}`);

    const cwd = flags.repo ?? process.cwd();
    let findings: Finding[];
    let title: string;
    let repo: string | undefined;
    if (files) {
      findings = diffSpecs(await loadSpecFile(basePath, cwd), await loadSpecFile(revisionPath, cwd));
      title = `spec-diff: ${basePath} → ${revisionPath}`;
      if (flags.changeset) repo = repoRoot(cwd);
    } else {
      repo = repoRoot(cwd);
      const base = flags.base ?? defaultBase(repo);
      const before = await loadSpecAt(repo, base);
      const after = await loadWorkingTree(repo);
      const locate = sourceLocator(join(repo, "openapi/openapi.yaml"), repo);
      findings = diffSpecs(before, after).map((f) => ({ ...f, source: locate(f.at) }));
      title = `spec-diff: openapi/ at ${base} → working tree`;
    }
    process.stdout.write(render(findings, format, title));

    if (flags.changeset && repo) {
      const bumps = packageBumps(findings, generatedPackages(repo));
      if (bumps.size === 0) console.error("spec-diff: no changes to the API, no changeset written");
      else {
        const text = changesetText(bumps, findings);
        const file = join(repo, ".changeset", changesetFileName(text));
        mkdirSync(join(repo, ".changeset"), { recursive: true });
        writeFileSync(file, text);
        console.error(
          `spec-diff: wrote ${relative(cwd, file)} (${[...bumps].map(([p, b]) => `${p} ${b}`).join(", ")}); edit its summary before committing`,
        );
      }
    }

    const breaking = findings.filter((f) => f.level === "breaking").length;
    if (!repo) {
      if (breaking > 0) console.error(`spec-diff: ${breaking} breaking change(s)`);
      return breaking > 0 ? 1 : 0;
    }
    const missing = missingMajors(findings, pendingMajors(pendingChangesets(repo)));
    if (missing.length > 0) {
      console.error(
        `spec-diff: ${breaking} breaking change(s) and no pending major changeset for ${missing.join(", ")}.\nAdd one with \`scripts/spec-diff --changeset\` or \`npm run changeset\` (major for the packages generated from the spec).`,
      );
      return 1;
    }
    return 0;
  },
});
