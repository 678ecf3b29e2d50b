import type { Stat } from "./measure.ts";

/** One line of a section's table: a figure and, where it has one, its ratio to the baseline. */
export interface Row {
  name: string;
  unit: string;
  stat: Stat;
  ratio?: number;
}

export interface Target {
  name: string;
  want: string;
  /** The median over rounds: what `met` judges. */
  actual: number;
  met: boolean;
  /** The figure over rounds, where it has more than one: shown as min–max. */
  stat?: Stat;
}

/** A target judged on the median of `stat` alone; min and max are shown, never judged. */
export function target(name: string, want: string, stat: Stat, meets: (median: number) => boolean): Target {
  return { name, want, actual: stat.median, met: meets(stat.median), stat };
}

export interface Section {
  title: string;
  baseline?: string;
  rows: Row[];
  targets: Target[];
  notes: string[];
}

const num = (n: number): string =>
  Math.abs(n) >= 100 ? Math.round(n).toLocaleString("en-US") : Math.abs(n) >= 1 ? n.toFixed(2) : n.toPrecision(3);

export function toMarkdown(sections: Section[]): string {
  const out: string[] = [];
  for (const s of sections) {
    out.push(`### ${s.title}`, "");
    out.push(
      `| measure | median | min | max | unit | ratio${s.baseline ? ` (to ${s.baseline})` : ""} |`,
      "|---|---:|---:|---:|---|---:|",
    );
    for (const r of s.rows) {
      out.push(
        `| ${r.name} | ${num(r.stat.median)} | ${num(r.stat.min)} | ${num(r.stat.max)} | ${r.unit} | ${r.ratio === undefined ? "" : `${r.ratio.toFixed(2)}×`} |`,
      );
    }
    if (s.targets.length > 0) {
      out.push("", "| target | wanted | median | min–max (rounds) | |", "|---|---|---:|---|---|");
      for (const t of s.targets) {
        const range = t.stat ? `${num(t.stat.min)}–${num(t.stat.max)} (${t.stat.rounds})` : "";
        out.push(`| ${t.name} | ${t.want} | ${num(t.actual)} | ${range} | ${t.met ? "met" : "**MISSED**"} |`);
      }
    }
    for (const n of s.notes) out.push("", `> ${n}`);
    out.push("");
  }
  return out.join("\n");
}
