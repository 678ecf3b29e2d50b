/**
 * The pipeline on a scratch copy of the repository: openapi/ and the hand-written sources of the
 * packages built from it are copied, the spec is edited there, and every generator each package's
 * `build` script names is run on the copy (in this process: the same commands, without a
 * process start for each). Only what the judges read is built: tsup bundles and the wheel are
 * left out (the judges read the sources and the data files those are made from).
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const repoRoot = join(import.meta.dirname, "../../..");

/** What the copy holds: the spec, its lint rules, and every package a spec edit regenerates or a judge reads. */
const COPIED = [
  "openapi",
  "redocly.yaml",
  "packages/types",
  "packages/schemas",
  "packages/schemas-python/src",
  "packages/schemas-go",
  "packages/client/src",
  "packages/client/package.json",
  "packages/mock-server/src",
  "packages/mock-server/package.json",
];

let tracked: string[] | undefined;
function trackedFiles(): string[] {
  tracked ??= execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", ...COPIED], {
    cwd: repoRoot,
    encoding: "utf8",
  })
    .split("\0")
    .filter((f) => f !== "" && !/(^|\/)test\//.test(f));
  return tracked;
}

const copies: string[] = [];

/** A fresh copy of the spec and the hand-written package sources, with the repository's node_modules. */
export function scratchCopy(label: string): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), `evolution-${label}-`)));
  copies.push(dir);
  for (const file of trackedFiles()) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      cpSync(join(repoRoot, file), join(dir, file));
    } catch {
      // a tracked file deleted in the working tree: the copy mirrors the working tree
    }
  }
  // Third-party modules resolve from the copy as from the repository (ajv's runtime, openapi-fetch).
  symlinkSync(join(repoRoot, "node_modules"), join(dir, "node_modules"));
  return dir;
}

/** Removes every copy made in this process (EVOLUTION_KEEP=1 keeps them, to look at a failing row's outputs). */
export function removeCopies(): string[] {
  if (process.env.EVOLUTION_KEEP === "1") return copies;
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
  return [];
}

type Command = { main: (args: string[]) => Promise<number> };
const commands = new Map<string, Promise<Command>>();
function command(name: string): Promise<Command> {
  let loaded = commands.get(name);
  if (!loaded) {
    loaded = import(`../../../scripts/src/${name}.ts`).then((m: { command: Command }) => m.command);
    commands.set(name, loaded);
  }
  return loaded;
}

export class PipelineError extends Error {}

/**
 * The commands print what they wrote. Rows run side by side in this process, so console is
 * taken over while any command runs (by the first, given back by the last) and what they print
 * is kept with the row that asked, instead of interleaving the rows in the test output.
 */
let running = 0;
let logs: string[][] = [];
const original = { log: console.log, error: console.error, warn: console.warn };
function capture(log: string[]): void {
  if (running++ === 0) {
    const keep = (...parts: unknown[]) => {
      for (const l of logs) l.push(parts.map(String).join(" "));
    };
    Object.assign(console, { log: keep, error: keep, warn: keep });
  }
  logs.push(log);
}
function release(log: string[]): void {
  logs = logs.filter((l) => l !== log);
  if (--running === 0) Object.assign(console, original);
}

/** Every scenario-gen command `regenerate` has run, so a test can hold it to the packages' build scripts. */
export const commandsRun = new Set<string>();

async function run(name: string, args: string[], log: string[]): Promise<void> {
  commandsRun.add(name);
  capture(log);
  let code: number;
  try {
    code = await (await command(name)).main(args);
  } finally {
    release(log);
  }
  if (code !== 0) throw new PipelineError(`scenario-gen ${name} exited ${code}:\n${log.slice(-20).join("\n")}`);
}

const docsDir = join(repoRoot, "packages/docs");
const redocBundle = createRequire(join(docsDir, "package.json")).resolve("redoc/bundles/redoc.standalone.js");

/** Where each output of the pipeline is in a scratch copy. */
export function outputs(dir: string) {
  const pkg = (p: string) => join(dir, "packages", p);
  return {
    bundle: join(dir, "openapi/dist/openapi.json"),
    tsTypes: join(pkg("types"), "src/generated/openapi.ts"),
    tsIndex: join(pkg("types"), "src/generated/index.ts"),
    schemas2020: join(pkg("schemas"), "2020-12"),
    schemasDraft07: join(pkg("schemas"), "draft-07"),
    validatorWrappers: join(pkg("schemas"), "src/generated/validators.ts"),
    standalone: join(pkg("schemas"), "generated/standalone.js"),
    pythonSrc: join(pkg("schemas-python"), "src"),
    pythonTypes: join(pkg("schemas-python"), "src/scenario_api_schemas/types.py"),
    pythonSchemas: join(pkg("schemas-python"), "src/scenario_api_schemas/schemas"),
    goModule: pkg("schemas-go"),
    mockExamples: join(pkg("mock-server"), "src/generated/spec-examples.ts"),
    mockServer: join(pkg("mock-server"), "src/index.ts"),
    docsHtml: join(pkg("docs"), "dist/index.html"),
    docsSpec: join(pkg("docs"), "dist/reference.json"),
  };
}
export type Outputs = ReturnType<typeof outputs>;

/**
 * Every package's generators, in the order turbo's `^build` runs them, with the arguments of the
 * packages' `build` scripts (paths made absolute: the copy, not the repository).
 */
export async function regenerate(dir: string): Promise<{ out: Outputs; log: string[] }> {
  const out = outputs(dir);
  const log: string[] = [];
  const schemas = join(dir, "packages/schemas");
  const docsOut = join(dir, "packages/docs/dist");
  // @scenario-api/openapi
  await run(
    "bundle-spec",
    [join(dir, "openapi/openapi.yaml"), "--out", dirname(out.bundle), "--config", join(dir, "redocly.yaml")],
    log,
  );
  // @scenario-api/types
  await run("to-typescript", [out.bundle, "--out", dirname(out.tsTypes)], log);
  // @scenario-api/schemas
  await run("to-json-schema", [out.bundle, "--out", out.schemas2020], log);
  await run("to-draft-07", [out.schemas2020, "--out", out.schemasDraft07], log);
  await run(
    "emit-validators",
    [
      out.schemas2020,
      "--compiled",
      dirname(out.standalone),
      "--wrappers",
      out.validatorWrappers,
      "--result",
      join(schemas, "src/result.js"),
    ],
    log,
  );
  // scenario-api-schemas (Python) and the Go module
  await run("copy-schemas", [schemas, "--out", out.pythonSchemas], log);
  await run("to-python-types", [schemas, "--out", dirname(out.pythonTypes)], log);
  await run("copy-schemas", [schemas, "--out", out.goModule], log);
  await run("to-go-types", [schemas, "--out", out.goModule], log);
  // @scenario-api/client and @scenario-api/mock-server: the operation's parameters
  await run("emit-parameters", [out.bundle, "--out", join(dir, "packages/client/src/generated")], log);
  // @scenario-api/mock-server
  await run("emit-examples", [out.bundle, "--out", dirname(out.mockExamples)], log);
  await run("emit-parameters", [out.bundle, "--out", dirname(out.mockExamples)], log);
  // @scenario-api/docs
  await run(
    "add-code-samples",
    [out.bundle, "--samples", join(docsDir, "samples/code-samples.json"), "--out", docsOut],
    log,
  );
  await run("emit-change-history", [join(docsOut, "openapi.json"), "--out", dirname(out.docsSpec)], log);
  await run(
    "inline-redoc",
    [
      out.docsSpec,
      "--redoc",
      redocBundle,
      "--options",
      join(docsDir, "redoc-options.json"),
      "--out",
      dirname(out.docsHtml),
    ],
    log,
  );
  await run("to-markdown-reference", [out.docsSpec, "--out", docsOut], log);
  return { out, log };
}

export const readText = (file: string) => readFileSync(file, "utf8");
