import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Runs the interop programs in interop/ on batches of cases, and says when they cannot run. */

export const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const python = "/usr/bin/python3";
const goEnv = { ...process.env, GO111MODULE: "off", GOPATH: "/usr/share/gocode", GOFLAGS: "" };

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

function probe(name: string, run: () => void): Tool {
  try {
    run();
    return { name, missing: undefined };
  } catch (error) {
    return { name, missing: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}

export const pythonTool = probe("python (/usr/bin/python3 with jsonschema and fastjsonschema)", () => {
  if (!existsSync(python)) throw new Error(`${python} not found (Debian: apt-get install python3-jsonschema python3-fastjsonschema)`);
  execFileSync(python, ["-c", "import jsonschema, fastjsonschema"], { stdio: "pipe" });
});
export const goTool = probe("go (golang-go with gojsonschema in GOPATH mode)", () => {
  execFileSync("go", ["version"], { stdio: "pipe", env: goEnv });
  if (!existsSync("/usr/share/gocode/src/github.com/xeipuuv/gojsonschema")) {
    throw new Error("gojsonschema not in /usr/share/gocode (Debian: apt-get install golang-github-xeipuuv-gojsonschema-dev)");
  }
});

function casesFile(cases: Case[]): string {
  const file = join(mkdtempSync(join(tmpdir(), "schemas-interop-")), "cases.json");
  writeFileSync(file, JSON.stringify(cases));
  return file;
}

function parseVerdicts(stdout: string, cases: Case[], who: string): Map<string, Verdict> {
  const verdicts = JSON.parse(stdout) as Verdict[];
  if (verdicts.length !== cases.length) throw new Error(`${who} answered ${verdicts.length} verdicts for ${cases.length} cases`);
  return new Map(verdicts.map((v) => [v.id, v]));
}

/** One python process for the whole batch. */
export function runPython(validator: "jsonschema" | "fastjsonschema", schemaDir: string, cases: Case[]): Map<string, Verdict> {
  const result = spawnSync(python, [join(packageDir, "interop/python/validate.py"), "--validator", validator, "--schemas", schemaDir, casesFile(cases)],
    { encoding: "utf8", maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`validate.py (${validator}) exited ${result.status}: ${result.stderr}`);
  return parseVerdicts(result.stdout, cases, `validate.py (${validator})`);
}

let goBinary: string | undefined;
/** Compiles interop/go/validate.go once per test process, into a temporary directory. */
export function buildGo(): string {
  if (goBinary) return goBinary;
  const out = join(mkdtempSync(join(tmpdir(), "schemas-go-")), "validate");
  execFileSync("go", ["build", "-o", out, "validate.go"], { cwd: join(packageDir, "interop/go"), env: goEnv, stdio: "pipe" });
  goBinary = out;
  return out;
}

/** One go process for the whole batch. */
export function runGo(schemaDir: string, cases: Case[]): Map<string, Verdict> {
  const result = spawnSync(buildGo(), ["-schemas", schemaDir, casesFile(cases)], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`validate.go exited ${result.status}: ${result.stderr}`);
  return parseVerdicts(result.stdout, cases, "validate.go");
}
