/** spec-diff's findings as text (terminal), JSON (tools) or markdown (a pull-request comment). */
import type { Finding, Level } from "./model.ts";

export type Format = "text" | "json" | "markdown";
export const FORMATS: readonly Format[] = ["text", "json", "markdown"];

const LABEL: Record<Level, string> = { breaking: "BREAKING", warning: "warning", info: "ok" };

export function counts(findings: Finding[]): string {
  const n = (level: Level) => findings.filter((f) => f.level === level).length;
  return `${n("breaking")} breaking, ${n("warning")} warning(s), ${n("info")} compatible`;
}

export function formatText(findings: Finding[], title: string): string {
  if (findings.length === 0) return `${title}\nno changes to the API`;
  const lines = findings.map(
    (f) => `${LABEL[f.level].padEnd(8)}  ${f.message}\n          ${f.rule}  ${f.at}${f.source ? `  ${f.source}` : ""}`,
  );
  return `${title}: ${counts(findings)}\n${lines.join("\n")}`;
}

export function formatJson(findings: Finding[]): string {
  return `${JSON.stringify({ changes: findings.map(({ rule, level, at, message, source }) => ({ rule, level, at, message, ...(source ? { source } : {}) })) }, null, 2)}\n`;
}

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function formatMarkdown(findings: Finding[], title: string): string {
  if (findings.length === 0) return `### ${title}\n\nNo changes to the API.\n`;
  const rows = findings.map(
    (f) =>
      `| ${f.level === "breaking" ? "**breaking**" : f.level} | ${cell(f.message)} | \`${f.rule}\` | \`${cell(f.at)}\`${f.source ? ` (${f.source})` : ""} |`,
  );
  return [
    `### ${title}`,
    "",
    counts(findings),
    "",
    "| level | change | rule | where |",
    "|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
