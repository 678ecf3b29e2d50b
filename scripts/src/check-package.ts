import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { defineCommand } from "./lib/command.ts";
import { unreachableCode } from "./lib/unreachable-code.ts";
import type { JsonObject } from "./lib/json-object.js";

/** What `npm pack --dry-run --json` says a package would publish. */
export interface PackReport {
  name: string;
  filename: string;
  size: number;
  unpackedSize: number;
  files: Array<{ path: string; size: number }>;
}

/** Unpacked-size budgets: a package that grows past its budget should be looked at, not shipped. */
export const PACK_BUDGETS: Record<string, number> = {
  "@scenario-api/openapi": 250_000,
  "@scenario-api/types": 150_000,
  "@scenario-api/client": 140_000,
  "@scenario-api/schemas": 1_500_000,
  "@scenario-api/docs": 3_000_000,
  "@scenario-api/mock-server": 250_000,
};
const DEFAULT_BUDGET = 500_000;

/** Files no published package needs: tests, sources of the build, caches, configs. */
const NEVER_SHIP: Array<[RegExp, string]> = [
  [/(^|\/)(test|tests|__tests__)\//, "a test directory"],
  [/\.test(-d)?\.[cm]?[jt]s$/, "a test file"],
  [/(^|\/)\.turbo\//, "turbo's cache"],
  [/(^|\/)node_modules\//, "node_modules"],
  [/\.tsbuildinfo$/, "a TypeScript build cache"],
  [/(^|\/)(tsconfig|tsup\.config|vitest\.config|turbo)[^/]*\.(json|ts)$/, "a build or test config"],
  [/(^|\/)\.(env|npmrc)/, "a local settings file"],
];

/** Problems with a pack: files outside `files`, files it must never ship, and size over budget. */
export function assessPack(
  report: PackReport,
  whitelist: string[],
  budget = PACK_BUDGETS[report.name] ?? DEFAULT_BUDGET,
): string[] {
  const problems: string[] = [];
  const always = /^(package\.json|README(\.md)?|LICENSE(\.md)?|CHANGELOG\.md)$/i;
  const allowed = (path: string) =>
    always.test(path) ||
    whitelist.some((w) => {
      const entry = w.replace(/^\.\//, "").replace(/\/$/, "");
      return path === entry || path.startsWith(`${entry}/`);
    });
  for (const file of report.files) {
    const why = NEVER_SHIP.find(([re]) => re.test(file.path));
    if (why) problems.push(`${file.path}: ${why[1]} must not be published`);
    else if (!allowed(file.path)) problems.push(`${file.path}: not in the package's "files" whitelist`);
  }
  for (const needed of ["package.json", "README.md", "LICENSE"]) {
    if (!report.files.some((f) => f.path === needed)) problems.push(`${needed} is missing from the pack`);
  }
  if (report.unpackedSize > budget)
    problems.push(`unpacked size ${report.unpackedSize} B is over the budget of ${budget} B`);
  return problems;
}

/** `npm pack` once: what the tarball holds, and the tarball itself for publint and attw to read. */
export function pack(pkgDir: string, destination: string): { report: PackReport; tarball: string } {
  const out = execFileSync("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", destination], {
    cwd: pkgDir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
  });
  const [report] = JSON.parse(out) as PackReport[];
  if (!report) throw new Error(`${pkgDir}: npm pack printed no report`);
  return { report, tarball: join(destination, report.filename) };
}

export async function publintProblems(pkg: JsonObject, tarball: string): Promise<string[]> {
  const bytes = readFileSync(tarball);
  const { messages } = await publint({
    // npm tarballs hold the package under package/.
    pkgDir: "package",
    level: "suggestion",
    strict: true,
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer },
  });
  // Plain text like the other problems: publint colours by default where the terminal (or turbo,
  // which forces colour in its tasks' output) supports it.
  return messages.map((m) => `publint ${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`);
}

/**
 * attw needs JavaScript entry points; a package that publishes only data (the bundled spec)
 * has nothing for it to resolve, so it is checked by publint and the pack rules alone.
 */
export function shipsCode(pkg: JsonObject): boolean {
  return JSON.stringify(pkg.exports ?? pkg.main ?? "").match(/\.(c|m)?js"/) !== null;
}

/** The attw CLI of the scripts package's own dependency, run with this Node. */
function attwBin(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("@arethetypeswrong/cli/package.json");
  const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bin === "string" ? bin : bin.attw!);
}

export function attwProblems(tarball: string): string[] {
  try {
    execFileSync(process.execPath, [attwBin(), tarball, "--format", "json"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return [];
  } catch (error) {
    const stdout = (error as { stdout?: string }).stdout ?? "";
    try {
      const result = JSON.parse(stdout) as {
        analysis?: { problems?: Array<{ kind: string; entrypoint?: string; resolutionKind?: string }> };
      };
      const problems = result.analysis?.problems ?? [];
      if (problems.length > 0)
        return problems.map(
          (p) =>
            `attw ${p.kind}${p.entrypoint ? ` at ${p.entrypoint}` : ""}${p.resolutionKind ? ` (${p.resolutionKind})` : ""}`,
        );
    } catch {
      // not JSON: report the raw output below
    }
    return [`attw failed: ${stdout || String(error)}`.slice(0, 2000)];
  }
}

/** Shipped code files that neither package.json nor another shipped file's imports reach. */
export function unreachableProblems(pkg: JsonObject, dir: string, report: PackReport): string[] {
  const sources = new Map(
    report.files
      .filter((f) => /\.(c|m)?js$/.test(f.path))
      .map((f) => [f.path, readFileSync(join(dir, f.path), "utf8")]),
  );
  return unreachableCode(pkg, sources).map(
    (path) => `${path}: shipped but reachable from neither "main", "module", "bin", "exports" nor another shipped file`,
  );
}

export const command = defineCommand({
  name: "check-package",
  summary:
    "Checks a package before publishing: pack contents and size budget, unreachable code, publint, arethetypeswrong.",
  positionals: [{ name: "dir", description: "the package folder", default: "." }],
  flags: {},
  run: ({ positionals: [dirArg = "."] }) => checkPackage(resolve(dirArg)),
});

async function checkPackage(dir: string): Promise<number> {
  const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as JsonObject & {
    name: string;
    files?: string[];
  };
  const destination = mkdtempSync(join(tmpdir(), "check-package-"));
  let report: PackReport;
  let problems: string[];
  try {
    const packed = pack(dir, destination);
    report = packed.report;
    problems = [
      ...assessPack(report, pkg.files ?? []),
      ...unreachableProblems(pkg, dir, report),
      ...(await publintProblems(pkg, packed.tarball)),
      ...(shipsCode(pkg) ? attwProblems(packed.tarball) : []),
    ];
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
  const budget = PACK_BUDGETS[pkg.name] ?? DEFAULT_BUDGET;
  console.log(
    `check-package: ${pkg.name}: ${report.files.length} files, ${report.size} B packed, ${report.unpackedSize} B unpacked (budget ${budget} B)${shipsCode(pkg) ? "" : "; attw skipped: no JavaScript entry points"}`,
  );
  if (problems.length > 0) {
    console.error(problems.map((p) => `  ${pkg.name}: ${p}`).join("\n"));
    return 1;
  }
  return 0;
}
