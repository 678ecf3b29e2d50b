/**
 * scripts/install-system-deps is the one list of system packages: .ci/run installs with it, README
 * names it, and every "apt-get install ..." a test or a README tells its reader is on it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "../..");
const script = join(repoRoot, "scripts/install-system-deps");
const listed = execFileSync(script, ["--list"], { encoding: "utf8" }).trim().split("\n");

/** The script run with only the given fake commands on PATH (bash itself is run by absolute path). */
function runWith(fakes: Record<string, string>) {
  const bin = mkdtempSync(join(tmpdir(), "system-deps-bin-"));
  const log = join(bin, "apt-get.log");
  writeFileSync(log, "");
  for (const [name, body] of Object.entries(fakes)) {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  }
  const r = spawnSync("/bin/bash", [script], { encoding: "utf8", env: { PATH: bin, APT_LOG: log } });
  return { code: r.status, out: r.stdout, err: r.stderr, aptGet: readFileSync(log, "utf8") };
}

const dpkgQueryInstalledExcept = (...absent: string[]) =>
  `for p; do :; done; case " ${absent.join(" ")} " in *" $p "*) exit 1;; esac; printf installed`;
const aptGet = 'echo "$*" >> "$APT_LOG"';

describe("the list", () => {
  test("names each package once", () => {
    expect(listed.length).toBeGreaterThan(0);
    expect(new Set(listed).size).toBe(listed.length);
    for (const pkg of listed) expect(pkg).toMatch(/^[a-z0-9][a-z0-9.+-]+$/);
  });

  test('covers every "apt-get install ..." that a test, a README or a script tells its reader', () => {
    const files = execFileSync("git", ["ls-files", "-z"], { cwd: repoRoot, encoding: "utf8" })
      .split("\0")
      .filter((f) => /\.(ts|mts|mjs|js|py|go|md)$/.test(f) || f === ".ci/run")
      .filter((f) => !f.startsWith("bench/mutation/"));
    const hints = files.flatMap((file) =>
      [...readFileSync(join(repoRoot, file), "utf8").matchAll(/apt-get install((?:\s+[a-z0-9][a-z0-9.+-]*)+)/g)].map(
        (m) => ({ file, packages: m[1]!.trim().split(/\s+/) }),
      ),
    );
    expect(hints.length, "the tests' skip messages say what to install").toBeGreaterThan(0);
    const unlisted = hints.flatMap(({ file, packages }) =>
      packages.filter((p) => !listed.includes(p)).map((p) => `${file}: ${p}`),
    );
    expect(unlisted).toEqual([]);
  });

  test(".ci/run installs with the script and has no apt-get of its own; README names it", () => {
    const ci = readFileSync(join(repoRoot, ".ci/run"), "utf8");
    expect(ci).toMatch(/^scripts\/install-system-deps$/m);
    expect(ci).not.toContain("apt-get");
    expect(readFileSync(join(repoRoot, "README.md"), "utf8")).toContain("scripts/install-system-deps");
  });
});

describe("scripts/install-system-deps", () => {
  test("as root on Debian, installs only what is missing, after an update", () => {
    const r = runWith({
      "apt-get": aptGet,
      "dpkg-query": dpkgQueryInstalledExcept("chromium", "python3-pydantic"),
      id: "echo 0",
    });
    expect(r.code, r.err).toBe(0);
    expect(r.aptGet).toBe("update -q\ninstall -y -q --no-install-recommends chromium python3-pydantic\n");
  });

  test("with everything installed, it runs no apt-get at all", () => {
    const r = runWith({ "apt-get": aptGet, "dpkg-query": dpkgQueryInstalledExcept(), id: "echo 0" });
    expect(r.code, r.err).toBe(0);
    expect(r.out).toBe(`install-system-deps: all ${listed.length} packages are installed\n`);
    expect(r.aptGet).toBe("");
  });

  test("not root, with a package missing: exit 1, naming it and the sudo command", () => {
    const r = runWith({ "apt-get": aptGet, "dpkg-query": dpkgQueryInstalledExcept("golang-go"), id: "echo 1000" });
    expect(r.code).toBe(1);
    expect(r.err).toContain("not installed: golang-go\n");
    expect(r.err).toContain("run: sudo scripts/install-system-deps");
    expect(r.aptGet).toBe("");
  });

  test("without apt-get: exit 1, installing nothing and naming every package", () => {
    const r = runWith({});
    expect(r.code).toBe(1);
    expect(r.err).toContain("no apt-get here, so nothing was installed");
    expect(
      r.err
        .split("\n")
        .filter((l) => l.startsWith("  "))
        .map((l) => l.trim()),
    ).toEqual(listed);
  });

  test("an unknown argument is refused with the usage", () => {
    const r = spawnSync(script, ["--yes"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("usage: scripts/install-system-deps [--list]\n");
  });
});
