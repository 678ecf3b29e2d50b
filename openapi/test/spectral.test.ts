/**
 * Spectral's default ruleset (`spectral:oas`) with the override shipped in `.spectral.yaml`: clean
 * on the published document, and still strict everywhere but the named examples.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, expect, test } from "vitest";

const pkgDir = dirname(dirname(fileURLToPath(import.meta.url)));
const ruleset = join(pkgDir, ".spectral.yaml");
const spectral = join(
  dirname(createRequire(import.meta.url).resolve("@stoplight/spectral-cli/package.json")),
  "dist/index.js",
);

interface SpectralResult {
  code: string;
  path: string[];
  severity: number;
  source: string;
  message: string;
}

/** `spectral lint` as a user runs it, from a folder that is not the ruleset's. Severity 0 is an error. */
function lint(files: string[], rulesetFile: string, cwd: string): SpectralResult[] {
  const run = spawnSync(process.execPath, [spectral, "lint", ...files, "--ruleset", rulesetFile, "-f", "json", "-q"], {
    cwd,
    encoding: "utf8",
  });
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout) as SpectralResult[];
}

const scratch = mkdtempSync(join(tmpdir(), "spectral-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const spec = JSON.parse(readFileSync(join(pkgDir, "dist/openapi.json"), "utf8")) as Record<string, any>;

// Spectral runs are seconds each on a busy machine: a cap, not a wait.
test("spectral:oas with .spectral.yaml reports 0 errors on dist/openapi.json and dist/openapi.yaml, and still catches a bad schema example", () => {
  // A document with a real mistake, outside the ruleset's folder: a number field whose example is a string.
  const broken = structuredClone(spec);
  const [name, schema] = Object.entries(broken.components.schemas as Record<string, any>).find(
    ([, s]) => s.type === "object" && Object.values(s.properties ?? {}).some((p: any) => p.type === "number"),
  )!;
  const [field] = Object.entries(schema.properties).find(([, p]: [string, any]) => p.type === "number")!;
  schema.properties[field].example = "not a number";
  writeFileSync(join(scratch, "broken.json"), JSON.stringify(broken, null, 2));

  const results = lint(
    [join(pkgDir, "dist/openapi.json"), join(pkgDir, "dist/openapi.yaml"), join(scratch, "broken.json")],
    ruleset,
    scratch,
  );
  const errors = results.filter((r) => r.severity === 0);
  expect(errors.filter((r) => !r.source.endsWith("broken.json"))).toEqual([]);
  expect(errors.map((r) => [r.code, r.path.join(".")])).toEqual([
    ["oas3-valid-schema-example", `components.schemas.${name}.properties.${field}.example`],
  ]);
}, 180_000);

test("without the override, spectral:oas errors only on what the override turns off: oas3-valid-schema-example inside named examples", () => {
  writeFileSync(join(scratch, "plain.spectral.yaml"), 'extends: ["spectral:oas"]\n');
  const errors = lint([join(pkgDir, "dist/openapi.json")], join(scratch, "plain.spectral.yaml"), scratch).filter(
    (r) => r.severity === 0,
  );
  for (const e of errors) {
    expect([e.code, e.path.slice(0, 2)], e.message).toEqual(["oas3-valid-schema-example", ["components", "examples"]]);
  }
}, 180_000);
