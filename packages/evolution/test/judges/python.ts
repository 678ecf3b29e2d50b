/**
 * The Python judge: the fixed consumer programs (consumers/python/) and a row's own snippet,
 * checked with Debian's `mypy --strict` (the one CI installs) against a scratch copy's package
 * sources; names.py is also run, as the application would run it.
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { errorsByFile, runTool } from "./tool.ts";

export const python = "/usr/bin/python3";
const consumers = join(import.meta.dirname, "../consumers/python");

// The package's own module is checked as installed code is (errors in it are its tests' business,
// and jsonschema ships no stubs on Debian): only the consumers' errors are reported.
const MYPY_CONFIG = `[mypy]
strict = True
[mypy-scenario_api_schemas,scenario_api_schemas.*]
follow_imports = silent
[mypy-jsonschema,jsonschema.*]
ignore_missing_imports = True
`;

export interface PythonResult {
  /** mypy's errors by consumer file (request.py, response.py, names.py, uses.py). */
  consumers: Map<string, string[]>;
  /** names.py run: its failure, if any. */
  namesRun: string | undefined;
  elsewhere: string[];
}

export async function checkPython(dir: string, pythonSrc: string, uses?: string): Promise<PythonResult> {
  const work = join(dir, "consumer-py");
  mkdirSync(work, { recursive: true });
  cpSync(consumers, work, { recursive: true });
  if (uses) writeFileSync(join(work, "uses.py"), `${uses}\n`);
  writeFileSync(join(work, "mypy.ini"), MYPY_CONFIG);
  const env = { ...process.env, MYPYPATH: pythonSrc, PYTHONPATH: pythonSrc };
  const files = ["request.py", "response.py", "names.py", ...(uses ? ["uses.py"] : [])];
  const [mypy, names] = await Promise.all([
    runTool(python, ["-m", "mypy", "--config-file", "mypy.ini", "--cache-dir", join(work, ".mypy_cache"), ...files], {
      cwd: work,
      env,
    }),
    runTool(python, ["names.py"], { cwd: work, env }),
  ]);
  const lines = mypy.stdout.split("\n").filter((l) => /: error: /.test(l));
  const consumersErrors = errorsByFile(lines, (l) => /^([\w-]+\.py):\d+/.exec(l)?.[1]);
  const elsewhere = lines.filter((l) => !/^[\w-]+\.py:\d+/.test(l));
  if (mypy.code !== 0 && lines.length === 0) elsewhere.push(`mypy exited ${mypy.code}: ${mypy.stdout}${mypy.stderr}`);
  const namesRun =
    names.code === 0 ? undefined : `names.py exited ${names.code}: ${names.stderr.trim().split("\n").at(-1)}`;
  return { consumers: consumersErrors, namesRun, elsewhere };
}
