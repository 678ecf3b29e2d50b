/**
 * A command's `main` run in this process, with what it printed: mutants in a command's `run` are
 * active here, where a spawned `scenario-gen` runs the sources without them. Slow commands
 * (npm pack, a Python build) call `command.spec.run` inside `captured` instead: the command line
 * around it (lib/command.ts) has fast tests of its own.
 */
import { vi } from "vitest";

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** What was printed while `work` ran (its value too), without the command line around it. */
export async function captured<T>(work: () => Promise<T> | T): Promise<{ value: T; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...line: unknown[]) => void out.push(line.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...line: unknown[]) => void err.push(line.join(" ")));
  try {
    return { value: await work(), stdout: out.join("\n"), stderr: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

export async function runCommand(
  command: { main: (args: string[]) => Promise<number> },
  args: string[],
  cwd?: string,
): Promise<Outcome> {
  // path.resolve and path.relative read process.cwd(): the command sees `cwd` as its directory.
  const dir = cwd === undefined ? undefined : vi.spyOn(process, "cwd").mockReturnValue(cwd);
  try {
    const { value: code, stdout, stderr } = await captured(() => command.main(args));
    return { code, stdout, stderr };
  } finally {
    dir?.mockRestore();
  }
}
