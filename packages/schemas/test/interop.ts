import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Runs the Python interop program in interop/ on batches of cases, and says when it cannot run. */

export const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const python = "/usr/bin/python3";

export interface Case {
  id: string;
  schema: string;
  instance: unknown;
}
export interface Verdict {
  id: string;
  valid: boolean;
  errors: Array<{ path: string; message: string }>;
}

export interface Tool {
  name: string;
  /** Why the tool cannot run here, or undefined when it can. */
  missing: string | undefined;
}

export function probe(name: string, run: () => void): Tool {
  try {
    run();
    return { name, missing: undefined };
  } catch (error) {
    return { name, missing: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}

export const pythonTool = probe("python (/usr/bin/python3 with jsonschema and fastjsonschema)", () => {
  if (!existsSync(python))
    throw new Error(`${python} not found (Debian: apt-get install python3-jsonschema python3-fastjsonschema)`);
  execFileSync(python, ["-c", "import jsonschema, fastjsonschema"], { stdio: "pipe" });
});

const nonFinite = "\u0000non-finite:";

/**
 * The cases as JSON text. A vector's `1e400` is `Infinity` once JSON.parse has read it, which
 * JSON.stringify would write as `null`: it is written back as `1e400`, so every validator reads
 * the number that overflows a double.
 */
export function casesJson(cases: readonly Case[]): string {
  const text = JSON.stringify(cases, (_, value: unknown) =>
    typeof value === "number" && !Number.isFinite(value) ? `${nonFinite}${value}` : value,
  );
  return text.replace(/"\\u0000non-finite:(-?)Infinity"/g, "$11e400");
}

/** The cases as a JSON file in a new temporary directory. */
export function casesFile(cases: readonly Case[]): string {
  const file = join(mkdtempSync(join(tmpdir(), "schemas-interop-")), "cases.json");
  writeFileSync(file, casesJson(cases));
  return file;
}

function parseVerdicts(stdout: string, cases: Case[], who: string): Map<string, Verdict> {
  const verdicts = JSON.parse(stdout) as Verdict[];
  if (verdicts.length !== cases.length)
    throw new Error(`${who} answered ${verdicts.length} verdicts for ${cases.length} cases`);
  return new Map(verdicts.map((v) => [v.id, v]));
}

/** One python process for the whole batch. */
export function runPython(
  validator: "jsonschema" | "fastjsonschema",
  schemaDir: string,
  cases: Case[],
): Map<string, Verdict> {
  const result = spawnSync(
    python,
    [
      join(packageDir, "interop/python/validate.py"),
      "--validator",
      validator,
      "--schemas",
      schemaDir,
      casesFile(cases),
    ],
    { encoding: "utf8", maxBuffer: 1 << 30 },
  );
  if (result.status !== 0) throw new Error(`validate.py (${validator}) exited ${result.status}: ${result.stderr}`);
  return parseVerdicts(result.stdout, cases, `validate.py (${validator})`);
}
