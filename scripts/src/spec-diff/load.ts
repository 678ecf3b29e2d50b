import { isObject, type JsonObject } from "../lib/json-object.ts";
/** The I/O edge of spec-diff: a spec from a file or from a git revision, bundled into one document. */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { BaseResolver, bundle, createConfig, getLineColLocation } from "@redocly/openapi-core";
import { parse } from "yaml";
import { bundleUnlinted, checkFilesBeforeRedocly, normalizeBundle, redoclyPass } from "../lib/redocly-bundle.ts";
import { maxListedProblems } from "../lib/spec-problems.ts";

/** Unreadable input or not OpenAPI 3.0/3.1: the CLI exits 2. */
export class BadInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BadInputError";
  }
}

/** Checks the root file before bundling, so a wrong file gets a plain answer. */
function checkRoot(file: string, cwd: string): void {
  const shown = relative(cwd, file) || file;
  if (!existsSync(file)) throw new BadInputError(`${shown}: no such file`);
  let root: unknown;
  try {
    root = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new BadInputError(
      `${shown}: not JSON or YAML (${(error instanceof Error ? error.message : String(error)).split("\n")[0]})`,
    );
  }
  if (!isObject(root)) throw new BadInputError(`${shown}: not an OpenAPI document (the top level is not an object)`);
  const version = root.openapi;
  if (typeof version !== "string" || !/^3\.[01]\./.test(version)) {
    const found =
      typeof root.swagger === "string"
        ? `Swagger ${root.swagger}`
        : typeof version === "string"
          ? `openapi ${version}`
          : "no openapi field";
    throw new BadInputError(`${shown}: not an OpenAPI 3.0 or 3.1 document (${found})`);
  }
}

/** A spec file (JSON or YAML, its `$ref`s to other files resolved) as one bundled document. */
export async function loadSpecFile(path: string, cwd = process.cwd()): Promise<JsonObject> {
  const file = resolve(cwd, path);
  checkRoot(file, cwd);
  checkFilesBeforeRedocly(file, cwd);
  const config = await createConfig({});
  const result = await redoclyPass(file, cwd, () =>
    bundle({
      ref: file,
      config,
      externalRefResolver: new BaseResolver(config.resolve),
      dereference: false,
      removeUnusedComponents: false,
    }),
  );
  const errors = result.problems.filter((p) => p.severity === "error" && !p.ignored);
  if (errors.length > 0) {
    const more = errors.length - maxListedProblems;
    throw new BadInputError(
      errors
        .slice(0, maxListedProblems)
        .map((p) => {
          const loc = p.location[0] ? getLineColLocation(p.location[0]) : undefined;
          return `${loc ? `${relative(cwd, loc.source.absoluteRef)}:${loc.start.line}:${loc.start.col}` : relative(cwd, file)}  ${p.message}`;
        })
        .concat(more > 0 ? [`... and ${more} more problem${more === 1 ? "" : "s"}`] : [])
        .join("\n"),
    );
  }
  return normalizeBundle(result.bundle.parsed as JsonObject);
}

const git = (repo: string, args: string[]): string =>
  execFileSync("git", ["-C", repo, ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }).trim();

export const repoRoot = (dir: string) => {
  try {
    return git(dir, ["rev-parse", "--show-toplevel"]);
  } catch {
    throw new BadInputError(`${dir} is not in a git repository: give two spec files, \`spec-diff BASE REVISION\``);
  }
};

/**
 * The default base: HEAD when openapi/ has uncommitted changes (compare the edit in
 * progress), else the parent of the last commit that changed openapi/ (compare that change).
 */
export function defaultBase(repo: string): string {
  if (git(repo, ["status", "--porcelain", "--", "openapi", "redocly.yaml"]) !== "") return "HEAD";
  const last = git(repo, ["log", "-1", "--format=%H", "--", "openapi"]);
  if (!last) throw new BadInputError("openapi/ has no history to compare with; pass --base REF");
  const parent = git(repo, ["rev-list", "--max-count=1", "--skip=1", last]);
  if (!parent)
    throw new BadInputError(
      `the last commit that changed openapi/ (${last.slice(0, 12)}) is the first commit; pass --base REF`,
    );
  return parent;
}

/** openapi/ as it was at a git revision, bundled (not linted: an old revision need not pass today's rules). */
export async function loadSpecAt(repo: string, ref: string): Promise<JsonObject> {
  try {
    git(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new BadInputError(`${ref}: no such git revision`);
  }
  // Only what the revision has: git archive fails on a path it lacks, with git's own words.
  const present = git(repo, ["ls-tree", "--name-only", ref, "--", "openapi", "redocly.yaml"]).split("\n");
  if (!present.includes("openapi")) throw new BadInputError(`${ref}: has no openapi/ folder to compare with`);
  if (git(repo, ["ls-tree", "--name-only", ref, "--", "openapi/openapi.yaml"]) === "")
    throw new BadInputError(`${ref}: has no openapi/openapi.yaml to compare with`);
  const dir = mkdtempSync(join(tmpdir(), "spec-diff-"));
  try {
    const paths = ["openapi", ...(present.includes("redocly.yaml") ? ["redocly.yaml"] : [])];
    const tar = execFileSync("git", ["-C", repo, "archive", "--format=tar", ref, "--", ...paths]);
    execFileSync("tar", ["-x", "-C", dir], { input: tar });
    return await bundleUnlinted(join(dir, "openapi/openapi.yaml"), join(dir, "redocly.yaml"), dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** openapi/ in the working tree, bundled. */
export async function loadWorkingTree(repo: string): Promise<JsonObject> {
  return bundleUnlinted(join(repo, "openapi/openapi.yaml"), join(repo, "redocly.yaml"), repo);
}
