import { spawn } from "node:child_process";

/** One finished child process. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program without blocking the event loop, so that two rows' tsc, mypy and go run side by
 * side on the two cores (spawnSync would hold the other row's generators back).
 */
export function runTool(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) =>
      resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }),
    );
  });
}

/** The error lines of a compiler's output that name a file, grouped by that file's base name. */
export function errorsByFile(lines: string[], fileOf: (line: string) => string | undefined): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  for (const line of lines) {
    const file = fileOf(line);
    if (file === undefined) continue;
    byFile.set(file, [...(byFile.get(file) ?? []), line]);
  }
  return byFile;
}
