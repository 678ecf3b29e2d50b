// `tsx bench/run-section.ts <name> <out.json>`: one section in a process of its own, its Section
// written to <out.json>. bench/run.ts starts one per section: in a shared process, code one section
// ran (the client bench calls the precompiled validators on every answer) reaches the next one
// with the JIT's type feedback of the first, and measured the precompiled validators 0.43× ajv
// compiled at run time where a fresh process measures them at par.
import { writeFileSync } from "node:fs";
import { sections } from "./sections.ts";

const [name, out] = process.argv.slice(2);
const section = sections.find(([n]) => n === name);
if (!section || !out) {
  console.error(`run-section: usage: run-section.ts <${sections.map(([n]) => n).join("|")}> <out.json>`);
  process.exit(2);
}
writeFileSync(out, JSON.stringify(await section[1]()));
