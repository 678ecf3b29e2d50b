import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { repoRoot } from "./workspace.ts";

/**
 * A copy of the repository's working tree (tracked and untracked files, nothing ignored: no
 * node_modules, dist or caches) in its own git repository, for checks that edit files or run
 * tools that write, without touching the real tree.
 */
export function copyRepo(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), "scenario-repo-")));
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: repoRoot,
    encoding: "utf8",
  })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      cpSync(join(repoRoot, file), join(dir, file));
    } catch {
      // a tracked file deleted in the working tree: the copy mirrors the working tree
    }
  }
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.email=ci@example.invalid", "-c", "user.name=ci", ...args], {
      cwd: dir,
      stdio: "ignore",
    });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("commit", "-qm", "copy");
  return dir;
}
