/**
 * The "API changes" section of the reference: what changed in each version of
 * @scenario-api/openapi, from its CHANGELOG.md (released versions, written by
 * `changeset version`) and the pending changesets that name it (the next version).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { defineCommand } from "./lib/command.ts";
import { readJsonInput } from "./lib/locate-input.ts";
import { stableJson } from "./lib/stable-json.ts";
import { writeFilesAtomic } from "./lib/write-atomic.ts";
import type { JsonObject } from "./lib/json-object.js";

export type Bump = "major" | "minor" | "patch";

export interface VersionChanges {
  /** `0.2.0`, or `Unreleased` for the pending changesets. */
  version: string;
  changes: Array<{ bump: Bump; summary: string }>;
}

const HEADING = "## API changes";
const BUMPS: Bump[] = ["major", "minor", "patch"];

/** The released versions in a changesets CHANGELOG.md, newest first as the file has them. */
export function parseChangelog(text: string): VersionChanges[] {
  const versions: VersionChanges[] = [];
  for (const block of text.split(/^## /m).slice(1)) {
    const [version = "", ...rest] = block.split("\n");
    const changes: VersionChanges["changes"] = [];
    let bump: Bump | undefined;
    let current: string[] | undefined;
    const flush = () => {
      const summary = current?.join("\n").trim();
      // "Updated dependencies" entries say nothing about the API.
      if (bump && summary && !/^Updated dependencies/.test(summary)) changes.push({ bump, summary });
      current = undefined;
    };
    for (const line of rest) {
      const section = /^### (Major|Minor|Patch) Changes/.exec(line);
      if (section) {
        flush();
        bump = section[1]!.toLowerCase() as Bump;
      } else if (line.startsWith("- ")) {
        flush();
        current = [line.slice(2).replace(/^[0-9a-f]{7,40}: /, "")];
      } else if (current && (line.startsWith("  ") || line === "")) current.push(line.replace(/^ {2}/, ""));
    }
    flush();
    versions.push({ version: version.trim(), changes });
  }
  return versions;
}

/** What the pending changesets say about `pkg`, most significant bump first. */
export function pendingChanges(changesets: string[], pkg: string): VersionChanges["changes"] {
  const out: VersionChanges["changes"] = [];
  for (const text of changesets) {
    const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n([\s\S]*)$/.exec(text);
    if (!m) continue;
    const bump = new RegExp(
      `^\\s*["']?${pkg.replace(/[/.]/g, "\\$&")}["']?\\s*:\\s*(major|minor|patch)\\s*$`,
      "m",
    ).exec(m[1]!)?.[1] as Bump | undefined;
    const summary = m[2]!.trim();
    if (bump && summary) out.push({ bump, summary });
  }
  return out.sort(
    (a, b) =>
      BUMPS.indexOf(a.bump) - BUMPS.indexOf(b.bump) || (a.summary < b.summary ? -1 : a.summary > b.summary ? 1 : 0),
  );
}

/** The section as markdown (Redoc shows `##` headings of info.description in its menu). */
export function historyMarkdown(history: VersionChanges[]): string {
  const versions = history.filter((v) => v.changes.length > 0);
  if (versions.length === 0) return `${HEADING}\n\nNo changes recorded yet.\n`;
  const blocks = versions.map(
    (v) =>
      `### ${v.version}\n\n${v.changes
        .map(
          (c) =>
            `- **${c.bump}**: ${c.summary
              .split("\n")
              .map((l, i) => (i === 0 || l === "" ? l : `  ${l}`))
              .join("\n")}`,
        )
        .join("\n")}`,
  );
  return `${HEADING}\n\nWhat changed in each version of \`@scenario-api/openapi\`, newest first.\n\n${blocks.join("\n\n")}\n`;
}

/** The spec with the section at the end of info.description (replacing one already there). */
export function withChangeHistory(spec: JsonObject, markdown: string): JsonObject {
  const info = (spec.info ?? {}) as JsonObject;
  const description = typeof info.description === "string" ? info.description : "";
  // A description that is only the section (the spec had none) starts with the heading: no "\n" before it.
  const at = `\n${description}`.indexOf(`\n${HEADING}\n`);
  const kept = (at >= 0 ? description.slice(0, at) : description).trimEnd();
  return { ...spec, info: { ...info, description: `${kept ? `${kept}\n\n` : ""}${markdown}` } };
}

/** Input that is not what this command reads: exit 2, with what was expected and where. */
export class ChangeHistoryInputError extends Error {
  override name = "ChangeHistoryInputError";
}

const isObject = (v: unknown): v is JsonObject => v !== null && typeof v === "object" && !Array.isArray(v);

/** The spec, checked to be an OpenAPI document whose `info.description` is text or absent. */
export function checkedSpec(value: unknown, file: string): JsonObject {
  const kind = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "an array" : typeof v);
  if (!isObject(value) || typeof value.openapi !== "string")
    throw new ChangeHistoryInputError(
      `${file}: not an OpenAPI document (${isObject(value) ? "no openapi version" : `the top level is ${kind(value)}`})`,
    );
  if (!isObject(value.info))
    throw new ChangeHistoryInputError(`${file}: info must be an object, got ${kind(value.info)}`);
  const description = value.info.description;
  if (description !== undefined && typeof description !== "string")
    throw new ChangeHistoryInputError(`${file}: info.description must be text, got ${kind(description)}`);
  return value;
}

/** A pending changeset's text, checked to open with the `---` front matter `changeset version` reads. */
export function checkedChangeset(text: string, file: string): string {
  if (!/^---\r?\n[\s\S]*?\r?\n---(\r?\n|$)/.test(text))
    throw new ChangeHistoryInputError(`${file}: not a changeset (no front matter between --- lines at the top)`);
  return text;
}

/** The nearest directory at or above `dir` that holds `.changeset/`: the repository's root. */
function repositoryRoot(dir: string): string | undefined {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (existsSync(join(d, ".changeset"))) return d;
    if (dirname(d) === d) return undefined;
  }
}

// The changelog and changesets default to the repository's (the nearest `.changeset/` above the
// working directory). A missing CHANGELOG.md (nothing released yet) or changeset folder is no
// history, not an error.
export const command = defineCommand({
  name: "emit-change-history",
  summary:
    "Adds the spec's change history (pending changesets, then CHANGELOG.md) to info.description → <out>/reference.json.",
  positionals: [{ name: "spec", description: "the spec to annotate (JSON)" }],
  flags: {
    out: { description: "output folder: writes reference.json in it", default: "dist", folderFor: "reference.json" },
    changelog: { description: "released history (default: openapi/CHANGELOG.md of the repository)" },
    changesets: { description: "pending changesets (default: .changeset/ of the repository)" },
    package: { description: "the package whose changes are listed", default: "@scenario-api/openapi" },
  },
  onFailure: (flags) => `${join(flags.out, "reference.json")} left as it was`,
  isBadInput: (error) => error instanceof ChangeHistoryInputError,
  run: ({ positionals: [input = ""], flags }) => {
    const { out, package: pkg } = flags;
    const root = repositoryRoot(process.cwd());
    const changelog = flags.changelog ?? (root && join(root, "openapi/CHANGELOG.md"));
    const dir = flags.changesets ?? (root && join(root, ".changeset"));
    const released = changelog && existsSync(changelog) ? parseChangelog(readFileSync(changelog, "utf8")) : [];
    const pending =
      dir && existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith(".md") && f !== "README.md")
            .sort()
            .map((f) => checkedChangeset(readFileSync(join(dir, f), "utf8"), join(dir, f)))
        : [];
    const history = [{ version: "Unreleased", changes: pendingChanges(pending, pkg) }, ...released];
    const spec = withChangeHistory(checkedSpec(readJsonInput(input), input), historyMarkdown(history));
    writeFilesAtomic(out, { "reference.json": stableJson(spec) });
    console.log(
      `emit-change-history: ${history.reduce((n, v) => n + v.changes.length, 0)} change(s) of ${pkg} → ${join(out, "reference.json")}`,
    );
  },
});
