import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Section } from "./report.ts";

export interface Machine {
  node: string;
  cpus: number;
  cpu: string;
}

/** One section's last whole run: its figures, the commit they belong to and the machine. */
export interface SectionRun {
  commit: string;
  machine: Machine;
  section: Section;
}

/** bench/results.json: the last whole run of each section, by section name. */
export interface Results {
  sections: Record<string, SectionRun>;
}

/**
 * Reads results.json. The file from before sections were kept apart (`{ machine, sections: [...] }`,
 * one whole run) is read as that run for every section, matched by the number its title starts with.
 */
export function parseResults(text: string, order: string[]): Results {
  const doc = JSON.parse(text) as { machine?: Machine & { commit?: string }; sections?: unknown };
  if (Array.isArray(doc.sections)) {
    const { commit = "unknown", ...machine } = doc.machine ?? { node: "unknown", cpus: 0, cpu: "unknown" };
    const sections: Record<string, SectionRun> = {};
    for (const section of doc.sections as Section[]) {
      const name = order[Number.parseInt(section.title, 10) - 1];
      if (name) sections[name] = { commit, machine, section };
    }
    return { sections };
  }
  return { sections: (doc.sections ?? {}) as Record<string, SectionRun> };
}

export function readResults(file: URL, order: string[]): Results {
  return existsSync(file) ? parseResults(readFileSync(file, "utf8"), order) : { sections: {} };
}

export function recordSection(results: Results, name: string, run: SectionRun): Results {
  return { sections: { ...results.sections, [name]: run } };
}

/** Sections in the bench's order (not the order they last ran in), so the diff shows what changed. */
export function serializeResults(results: Results, order: string[]): string {
  const names = Object.keys(results.sections).sort((a, b) => rank(order, a) - rank(order, b) || a.localeCompare(b));
  return `${JSON.stringify({ sections: Object.fromEntries(names.map((n) => [n, results.sections[n]])) }, null, 2)}\n`;
}

function rank(order: string[], name: string): number {
  const i = order.indexOf(name);
  return i < 0 ? order.length : i;
}

/** Written through a temporary file, so an interrupted run leaves the previous results whole. */
export function writeResults(file: URL, results: Results, order: string[]): void {
  const path = fileURLToPath(file);
  writeFileSync(`${path}.tmp`, serializeResults(results, order));
  renameSync(`${path}.tmp`, path);
}
