/** What a spec change means for the packages' versions: the pending-changeset gate and `--changeset`. */
import { createHash } from "node:crypto";
import type { Finding } from "./model.ts";

/** The packages whose public API is generated from the spec: a breaking change is major for each. */
export const SPEC_PACKAGES = [
  "@scenario-api/openapi",
  "@scenario-api/types",
  "@scenario-api/schemas",
  "@scenario-api/client",
];

export type Bump = "major" | "minor" | "patch";
const RANK: Record<Bump, number> = { patch: 0, minor: 1, major: 2 };

/** Packages with a pending `major` changeset in `.changeset/*.md`. */
export function pendingMajors(changesetFiles: string[]): Set<string> {
  const majors = new Set<string>();
  for (const text of changesetFiles) {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
    for (const m of front.matchAll(/^\s*["']?([^"':]+)["']?\s*:\s*major\s*$/gm)) majors.add(m[1]!.trim());
  }
  return majors;
}

/** The spec packages a breaking change still needs a major changeset for (empty: fine). */
export function missingMajors(findings: Finding[], majors: Set<string>): string[] {
  if (!findings.some((f) => f.level === "breaking")) return [];
  return SPEC_PACKAGES.filter((p) => !majors.has(p));
}

/** major for anything breaking, patch when only text changed, minor otherwise; none for no change. */
export function bumpFor(findings: Finding[]): Bump | undefined {
  if (findings.length === 0) return undefined;
  if (findings.some((f) => f.level === "breaking")) return "major";
  return findings.every((f) => f.rule === "documentation-changed") ? "patch" : "minor";
}

/**
 * The bump of each generated package: the spec packages take the spec's bump; the others
 * (docs, mock-server) change behaviour but not their own API, so a breaking spec change is
 * minor for them.
 */
export function packageBumps(findings: Finding[], generated: string[]): Map<string, Bump> {
  const bump = bumpFor(findings);
  const out = new Map<string, Bump>();
  if (!bump) return out;
  for (const name of [...generated].sort()) {
    out.set(name, SPEC_PACKAGES.includes(name) || RANK[bump] < RANK.major ? bump : "minor");
  }
  return out;
}

/** The changeset file: frontmatter with the bumps, the changes listed as its summary, ready to edit. */
export function changesetText(bumps: Map<string, Bump>, findings: Finding[]): string {
  const front = [...bumps].map(([name, bump]) => `"${name}": ${bump}`).join("\n");
  const first = findings.some((f) => f.level === "breaking")
    ? "Breaking change to the API (describe what users must change)."
    : findings.every((f) => f.rule === "documentation-changed")
      ? "Documentation of the API updated."
      : "The API gains (describe what).";
  const list = findings.map((f) => `- ${f.level === "breaking" ? "**Breaking:** " : ""}${f.message}`).join("\n");
  return `---\n${front}\n---\n\n${first}\n\n${list}\n`;
}

/** A name derived from the content: the same change writes the same file, twice is once. */
export function changesetFileName(text: string): string {
  return `spec-diff-${createHash("sha256").update(text).digest("hex").slice(0, 10)}.md`;
}
