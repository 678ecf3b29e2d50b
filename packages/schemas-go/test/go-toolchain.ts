import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { casesFile, probe, type Case, type Verdict } from "../../schemas/test/interop.ts";

/** Runs go on this module as its users would: module mode offline, and GOPATH mode with Debian's gojsonschema. */

export const moduleDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const modulePath = "github.com/scenario-api/scenario-api/packages/schemas-go";
const gojsonschemaDir = "/usr/share/gocode/src/github.com/xeipuuv/gojsonschema";

/** Module mode, never the network: a missing module fails instead of being fetched. */
export function moduleEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GO111MODULE: "on",
    GOFLAGS: "-mod=mod",
    GOPROXY: "off",
    GOCACHE: mkdtempSync(join(tmpdir(), "gocache-")),
  };
}

export const goTool = probe("go (golang-go, with gojsonschema in GOPATH mode)", () => {
  execFileSync("go", ["version"], { stdio: "pipe" });
  if (!existsSync(gojsonschemaDir))
    throw new Error(
      "gojsonschema not in /usr/share/gocode (Debian: apt-get install golang-github-xeipuuv-gojsonschema-dev)",
    );
});

let validateBinary: string | undefined;
/**
 * Builds interop/validate.go once per test process: GOPATH mode, with a temporary GOPATH where
 * this module sits at its import path (a symlink) beside Debian's gojsonschema.
 */
export function buildValidate(): string {
  if (validateBinary) return validateBinary;
  const root = mkdtempSync(join(tmpdir(), "schemas-go-gopath-"));
  const at = join(root, "src", modulePath);
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(moduleDir, at);
  const out = join(root, "validate");
  execFileSync("go", ["build", "-o", out, "validate.go"], {
    cwd: join(at, "interop"),
    env: {
      ...process.env,
      GO111MODULE: "off",
      GOPATH: `${root}:/usr/share/gocode`,
      GOFLAGS: "",
      GOCACHE: join(root, "cache"),
    },
    stdio: "pipe",
  });
  validateBinary = out;
  return out;
}

/** One go process for the whole batch. */
export function runGo(cases: readonly Case[]): Map<string, Verdict> {
  const result = spawnSync(buildValidate(), [casesFile(cases)], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`validate.go exited ${result.status}: ${result.stderr}`);
  const verdicts = JSON.parse(result.stdout) as Verdict[];
  if (verdicts.length !== cases.length)
    throw new Error(`validate.go answered ${verdicts.length} verdicts for ${cases.length} cases`);
  return new Map(verdicts.map((v) => [v.id, v]));
}
