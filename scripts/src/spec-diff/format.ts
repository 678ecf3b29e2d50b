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

/**
 * Text from the spec (names, paths, descriptions) as inert markdown for a pull-request comment:
 * no HTML (`<img>`, `<a>`), no links or images (`[x](y)`), no emphasis or code, no autolinked
 * URL and no @mention that would notify someone. The markdown punctuation that could start one
 * inside a table cell (`\\ \` * _ [ ] ~`) is backslash-escaped (`(` and `!` mean nothing without `[`), `<`,
 * `>` and `&` are entities, and a word joiner (U+2060, invisible) follows each `@` and breaks
 * each `://` and `www.`, which GitHub would otherwise turn into mentions and links.
 */
export function markdownText(text: string): string {
  return cell(
    text
      .replace(/[\\`*_[\]~]/g, "\\$&")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/@/g, "@\u2060")
      .replace(/:\/\//g, ":\u2060//")
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u2060.`),
  );
}

/** Text in a code span, fenced with more backticks than it holds (so none of its own can end it). */
export function markdownCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const padded = /^`|`$/.test(text) ? ` ${text} ` : text;
  return `${fence}${cell(padded)}${fence}`;
}

export function formatMarkdown(findings: Finding[], title: string): string {
  if (findings.length === 0) return `### ${markdownText(title)}\n\nNo changes to the API.\n`;
  const rows = findings.map(
    (f) =>
      `| ${f.level === "breaking" ? "**breaking**" : f.level} | ${markdownText(f.message)} | \`${f.rule}\` | ${markdownCode(f.at)}${f.source ? ` (${markdownText(f.source)})` : ""} |`,
  );
  return [
    `### ${markdownText(title)}`,
    "",
    counts(findings),
    "",
    "| level | change | rule | where |",
    "|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
