/**
 * A command's `main` run in this process, with what it printed: mutants in a command's `run` are
 * active here, where a spawned `scenario-gen` runs the sources without them.
 */
import { vi } from "vitest";

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCommand(
  command: { main: (args: string[]) => Promise<number> },
  args: string[],
  cwd?: string,
): Promise<Outcome> {
  const out: string[] = [];
  const err: string[] = [];
  const log = vi.spyOn(console, "log").mockImplementation((...line: unknown[]) => void out.push(line.join(" ")));
  const error = vi.spyOn(console, "error").mockImplementation((...line: unknown[]) => void err.push(line.join(" ")));
  // path.resolve and path.relative read process.cwd(): the command sees `cwd` as its directory.
  const dir = cwd === undefined ? undefined : vi.spyOn(process, "cwd").mockReturnValue(cwd);
  try {
    const code = await command.main(args);
    return { code, stdout: out.join("\n"), stderr: err.join("\n") };
  } finally {
    log.mockRestore();
    error.mockRestore();
    dir?.mockRestore();
  }
}
