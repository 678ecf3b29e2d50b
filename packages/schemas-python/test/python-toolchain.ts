import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { casesFile, probe, type Case } from "../../schemas/test/interop.ts";

/** Builds the wheel and sdist with Debian's tools and installs the wheel into a fresh venv, outside the workspace. */

export const packageDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const python = "/usr/bin/python3";
export const version = (JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8")) as { version: string })
  .version;

export const pythonTool = probe("python (/usr/bin/python3 with jsonschema, build, hatchling, venv, mypy)", () => {
  if (!existsSync(python)) throw new Error(`${python} not found`);
  execFileSync(python, ["-c", "import jsonschema, build, hatchling, venv, ensurepip, mypy"], { stdio: "pipe" });
});

/**
 * Another python3 on PATH whose jsonschema is 4.18 or later (the `referencing` library instead
 * of RefResolver), to run the installed package through its other code path. Debian 12 ships
 * 4.10 only and CI installs from Debian, so this one is optional: when none is found the tests
 * say so loudly and are skipped, in CI too.
 */
export function newerJsonschemaPython(): { path: string | undefined; why: string } {
  const found = spawnSync("which", ["-a", "python3"], { encoding: "utf8" })
    .stdout.split("\n")
    .filter((p) => p && !["/usr/bin/python3", "/bin/python3"].includes(p));
  for (const candidate of found) {
    const probe = spawnSync(
      candidate,
      [
        "-c",
        "import importlib.metadata as m, referencing, venv; v = m.version('jsonschema').split('.'); print(int(v[0]) * 100 + int(v[1]))",
      ],
      { encoding: "utf8" },
    );
    if (probe.status === 0 && Number(probe.stdout) >= 418) return { path: candidate, why: "" };
  }
  return {
    path: undefined,
    why: `no python3 on PATH besides ${python} has jsonschema >= 4.18 with referencing (looked at: ${found.join(", ") || "none"})`,
  };
}

/** Debian's pydantic 1 (python3-pydantic) in /usr/bin/python3, for `parse_obj_as`. */
export const pydantic1Tool = probe("pydantic 1 (/usr/bin/python3, Debian's python3-pydantic)", () => {
  execFileSync(python, ["-c", "import pydantic; assert pydantic.VERSION.startswith('1.'), pydantic.VERSION"], {
    stdio: "pipe",
  });
});

/**
 * A python3 on PATH with pydantic 2 (`TypeAdapter`), which Debian 12 does not ship: when none is
 * found the tests say so loudly and are skipped, in CI too, as for newerJsonschemaPython.
 */
export function pydantic2Python(): { path: string | undefined; why: string } {
  const found = spawnSync("which", ["-a", "python3"], { encoding: "utf8" }).stdout.split("\n").filter(Boolean);
  for (const candidate of found) {
    const probe = spawnSync(candidate, ["-c", "import pydantic, venv; print(pydantic.VERSION)"], { encoding: "utf8" });
    if (probe.status === 0 && probe.stdout.startsWith("2.")) return { path: candidate, why: "" };
  }
  return { path: undefined, why: `no python3 on PATH has pydantic 2 (looked at: ${found.join(", ") || "none"})` };
}

export interface Artifacts {
  wheel: string;
  sdist: string;
}

/** `python3 -m build` offline: --no-isolation uses the installed hatchling, nothing is downloaded. */
export function buildArtifacts(outDir = mkdtempSync(join(tmpdir(), "schemas-python-dist-"))): Artifacts {
  execFileSync(python, ["-m", "build", "--no-isolation", "--skip-dependency-check", "--outdir", outDir, packageDir], {
    stdio: "pipe",
    cwd: outDir,
  });
  const base = `scenario_api_schemas-${version}`;
  return { wheel: join(outDir, `${base}-py3-none-any.whl`), sdist: join(outDir, `${base}.tar.gz`) };
}

/** A venv that sees the interpreter's jsonschema and mypy, with only the wheel installed into it; returns its python. */
export function installInVenv(wheel: string, interpreter = python): string {
  const venv = mkdtempSync(join(tmpdir(), "schemas-python-venv-"));
  execFileSync(interpreter, ["-m", "venv", "--system-site-packages", venv], { stdio: "pipe" });
  const venvPython = join(venv, "bin", "python");
  execFileSync(
    venvPython,
    ["-m", "pip", "install", "--quiet", "--no-index", "--no-deps", "--disable-pip-version-check", wheel],
    { stdio: "pipe" },
  );
  return venvPython;
}

/** Runs a script of test/python with the venv's python, from a directory outside the workspace. */
export function runScript(
  venvPython: string,
  script: string,
  args: string[] = [],
  pythonOptions: string[] = [],
): string {
  const result = spawnSync(venvPython, [...pythonOptions, join(packageDir, "test/python", script), ...args], {
    cwd: tmpdir(),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (result.status !== 0) throw new Error(`${script} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

export interface PythonVerdict {
  id: string;
  valid: boolean;
  errors: string[];
}

export function runCases(venvPython: string, cases: readonly Case[], dialect: string): Map<string, PythonVerdict> {
  const verdicts = JSON.parse(runScript(venvPython, "run_cases.py", [casesFile(cases), dialect])) as PythonVerdict[];
  if (verdicts.length !== cases.length)
    throw new Error(`run_cases.py answered ${verdicts.length} verdicts for ${cases.length} cases`);
  return new Map(verdicts.map((v) => [v.id, v]));
}
