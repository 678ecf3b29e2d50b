/**
 * Bundling the split spec into one document with Redocly, without its lint: the part of
 * bundle-spec that spec-diff shares (an older revision need not pass today's rules).
 */
import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { BaseResolver, bundle, type Config, createConfig, loadConfig, stringifyYaml } from "@redocly/openapi-core";
import type { JsonObject } from "./json-object.ts";
import { checkSpecFiles } from "./spec-files.ts";
import { RefusedSpecError, SpecError, toSpecProblem, uniqueProblems } from "./spec-problems.ts";
import { stableJson } from "./stable-json.ts";
import type { FileSet } from "./write-atomic.ts";

/**
 * Refuses, before Redocly reads anything past the root, a spec whose files name a URL or a
 * file outside its folder, loop through `$ref`s, or hold an alias bomb (see spec-files.ts).
 */
export function checkFilesBeforeRedocly(rootFile: string, cwd: string): void {
  const problems = checkSpecFiles(rootFile, cwd);
  if (problems.length > 0) throw new RefusedSpecError(uniqueProblems(problems));
}

/**
 * Runs a Redocly pass over the spec: Redocly walks nodes and `$ref`s recursively, so a chain of
 * hundreds of `$ref`s overflows its stack. That is bad input, said so, not a crash of the tool.
 */
export async function redoclyPass<T>(rootFile: string, cwd: string, pass: () => Promise<T>): Promise<T> {
  try {
    return await pass();
  } catch (error) {
    if (!(error instanceof RangeError && /call stack/i.test(error.message))) throw error;
    throw new RefusedSpecError([
      {
        file: relative(cwd, rootFile) || rootFile,
        line: 1,
        col: 1,
        message:
          "nests too deeply for Redocly to walk (Maximum call stack size exceeded): schemas or a chain of $refs hundreds of levels deep",
        rule: "spec-files",
        severity: "error",
      },
    ]);
  }
}

/**
 * The components maps have no meaningful order; sorting them makes the bundle independent
 * of the order in which refs happen to be visited. Everything else keeps the source order.
 */
export function normalizeBundle(doc: JsonObject): JsonObject {
  const components = doc.components;
  if (components === null || typeof components !== "object") return doc;
  const sorted: JsonObject = {};
  for (const [section, map] of Object.entries(components)) {
    sorted[section] =
      map !== null && typeof map === "object" && !Array.isArray(map)
        ? Object.fromEntries(
            Object.keys(map)
              .sort()
              .map((k) => [k, (map as JsonObject)[k]]),
          )
        : map;
  }
  return { ...doc, components: sorted };
}

/** The bundled document as the two files `@scenario-api/openapi` publishes. */
export function serializeBundle(doc: JsonObject): FileSet {
  return {
    "openapi.json": stableJson(doc),
    "openapi.yaml": stringifyYaml(doc, { lineWidth: -1, noRefs: true }),
  };
}

/**
 * The spec at `ref` bundled into one document with `config` (its `$ref`s between files
 * inlined as components, the components sorted); SpecError on a bundle error.
 */
export async function bundleWith(
  ref: string,
  config: Config,
  externalRefResolver: BaseResolver,
  cwd: string,
): Promise<JsonObject> {
  const result = await redoclyPass(ref, cwd, () =>
    bundle({ ref, config, externalRefResolver, dereference: false, removeUnusedComponents: false }),
  );
  const problems = uniqueProblems(
    result.problems.filter((p) => !p.ignored && p.severity === "error").map((p) => toSpecProblem(p, cwd)),
  );
  if (problems.length > 0) throw new SpecError(problems);
  return normalizeBundle(result.bundle.parsed as JsonObject);
}

/**
 * Bundles without linting: for reading an older revision of the spec (spec-diff), which
 * may not pass today's rules but still has to be compared.
 */
export async function bundleUnlinted(rootFile: string, configPath: string, cwd = process.cwd()): Promise<JsonObject> {
  checkFilesBeforeRedocly(resolve(rootFile), cwd);
  // An older revision may predate redocly.yaml: Redocly's defaults then (bundling needs no rules).
  const config = existsSync(configPath)
    ? await loadConfig({ configPath: resolve(configPath) })
    : await createConfig({});
  return bundleWith(resolve(rootFile), config, new BaseResolver(config.resolve), cwd);
}
