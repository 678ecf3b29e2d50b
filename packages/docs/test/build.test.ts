import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { parse as parseYaml } from "yaml";
import { FAVICON } from "@scenario-api/scripts/src/inline-redoc.ts";
import { distDir, pkgDir, readDistSpec, runOperation, samplesDir } from "./spec-fixtures.ts";

const require = createRequire(join(pkgDir, "package.json"));
const upstream = JSON.parse(readFileSync(require.resolve("@scenario-api/openapi/openapi.json"), "utf8")) as Record<
  string,
  any
>;
const html = readFileSync(join(distDir, "index.html"), "utf8");
const bin = require.resolve("@scenario-api/scripts/bin/scenario-gen.js");
const manifest = JSON.parse(readFileSync(join(samplesDir, "code-samples.json"), "utf8")) as {
  samples: Array<{ lang: string; label: string; file: string }>;
};

function build(cwd: string): { status: number | null; stderr: string } {
  const steps = [
    [
      "add-code-samples",
      "@scenario-api/openapi/openapi.json",
      "--samples",
      "samples/code-samples.json",
      "--out",
      "dist",
    ],
    ["emit-change-history", "dist/openapi.json", "--out", "dist"],
    [
      "inline-redoc",
      "dist/reference.json",
      "--redoc",
      "redoc/bundles/redoc.standalone.js",
      "--options",
      "redoc-options.json",
      "--out",
      "dist",
    ],
    ["to-markdown-reference", "dist/reference.json", "--out", "dist"],
  ];
  for (const args of steps) {
    const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8" });
    if (run.status !== 0) return { status: run.status, stderr: run.stderr };
  }
  return { status: 0, stderr: "" };
}

/** A copy of the package (sources and dist/) in the same node_modules tree, to build in. */
const scratchDirs: string[] = [];
afterAll(() => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

function scratchCopy(): string {
  mkdirSync(join(pkgDir, "node_modules"), { recursive: true });
  const dir = mkdtempSync(join(pkgDir, "node_modules", ".build-"));
  scratchDirs.push(dir);
  for (const entry of ["package.json", "samples", "redoc-options.json", "dist"])
    cpSync(join(pkgDir, entry), join(dir, entry), { recursive: true });
  return dir;
}

describe("dist/", () => {
  test("openapi.json is the bundled spec plus the samples from samples/, and nothing else", () => {
    const spec = readDistSpec();
    const samples = runOperation(spec)["x-codeSamples"];
    expect(samples).toEqual(
      manifest.samples.map(({ lang, label, file }) => ({
        lang,
        label,
        source: readFileSync(join(samplesDir, file), "utf8").replace(/\n+$/, ""),
      })),
    );
    delete runOperation(spec)["x-codeSamples"];
    expect(spec).toEqual(upstream);
  });

  test("openapi.yaml holds the same document", () => {
    expect(parseYaml(readFileSync(join(distDir, "openapi.yaml"), "utf8"))).toEqual(readDistSpec());
  });

  test("index.html is one file: no src/href to anything but itself and its neighbours, no CDN, no source maps", () => {
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, "$1</script>");
    const refs = [...markup.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    expect(refs).toEqual([FAVICON, "reference.md"]);
    expect(html).not.toMatch(/cdn\.redoc\.ly|fonts\.googleapis|sourceMappingURL=[^"'\s]*\.map/);
    expect(html).toContain(`<title>${readDistSpec().info.title} · API reference</title>`);
    expect(Buffer.byteLength(html)).toBeLessThan(2_000_000);
  });

  test("building again gives byte-identical files", () => {
    const dir = scratchCopy();
    expect(build(dir)).toEqual({ status: 0, stderr: "" });
    for (const file of [
      "index.html",
      "openapi.json",
      "openapi.yaml",
      "redoc.standalone.js.LICENSE.txt",
      "reference.md",
      "llms.txt",
    ]) {
      expect(readFileSync(join(dir, "dist", file), "utf8"), file).toBe(readFileSync(join(distDir, file), "utf8"));
    }
  });

  test.each([
    [
      "a missing sample file",
      (dir: string) =>
        writeFileSync(
          join(dir, "samples/code-samples.json"),
          JSON.stringify({
            ...manifest,
            operation: "PUT /workflows/{workflowId}/run",
            samples: [{ lang: "Shell", label: "curl", file: "nope.sh" }],
          }),
        ),
      /\/samples\/0\/file: cannot read/,
    ],
    [
      "an operation that is not in the spec",
      (dir: string) =>
        writeFileSync(
          join(dir, "samples/code-samples.json"),
          JSON.stringify({ ...manifest, operation: "POST /workflows/{workflowId}/run" }),
        ),
      /#\/paths\/~1workflows~1\{workflowId\}~1run\/post does not exist/,
    ],
    [
      "an empty sample",
      (dir: string) => writeFileSync(join(dir, "samples/python.py"), "\n"),
      /sample 2 \(Python\/Python\): the source is empty/,
    ],
  ])("%s fails the build with a clear error and leaves dist/ as it was", (_, breakIt, want) => {
    const dir = scratchCopy();
    breakIt(dir);
    const result = build(dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(want);
    expect(result.stderr).toMatch(/dist\/ left as it was/);
    expect(readFileSync(join(dir, "dist/openapi.json"), "utf8")).toBe(
      readFileSync(join(distDir, "openapi.json"), "utf8"),
    );
  });
});
