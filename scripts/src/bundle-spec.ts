import { readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { BaseResolver, lint, loadConfig, YamlParseError, type NormalizedProblem } from "@redocly/openapi-core";
import { defineCommand } from "./lib/command.ts";
import type { JsonObject } from "./lib/json-object.ts";
import { exampleRuleRenewal, isExampleRule, lintExamplesInWorker, withRulesOn } from "./lib/lint-examples.ts";
import { bundleWith, checkFilesBeforeRedocly, redoclyPass, serializeBundle } from "./lib/redocly-bundle.ts";
import { RefusedSpecError, SpecError, toSpecProblem, uniqueProblems } from "./lib/spec-problems.ts";
import { writeFilesAtomic } from "./lib/write-atomic.ts";

/**
 * Lints the split spec with the repository's redocly.yaml and bundles it into one document.
 * Throws SpecError (every problem with file:line:col) on any lint error or warning, so a
 * broken spec never reaches the generators.
 *
 * The example rules compile every schema an example meets (about half the step's time on a
 * large spec), so they run in a worker thread while this thread runs the other rules and
 * bundles: both cores work in the one step of the build that nothing else overlaps.
 */
export async function bundleSpec(
  rootFile: string,
  configPath: string,
  cwd = process.cwd(),
  exampleRenewal = exampleRuleRenewal,
): Promise<JsonObject> {
  const ref = resolve(rootFile);
  checkFilesBeforeRedocly(ref, cwd);
  const examples = lintExamplesInWorker(ref, configPath, cwd, exampleRenewal);
  // Awaited below, or dropped when this thread fails first (a YAML error is reported once, from here).
  examples.catch(() => undefined);
  const config = withRulesOn(await loadConfig({ configPath: resolve(configPath) }), (id) => !isExampleRule(id));
  // One resolver for both passes: it caches every file it parsed, so bundling reads nothing twice.
  const externalRefResolver = new BaseResolver(config.resolve);
  let problems: NormalizedProblem[];
  try {
    problems = await redoclyPass(ref, cwd, () => lint({ ref, config, externalRefResolver }));
  } catch (error) {
    if (error instanceof YamlParseError) {
      throw new SpecError([
        {
          file: relative(cwd, error.source.absoluteRef),
          line: error.line,
          col: error.col,
          message: `YAML syntax error: ${error.originalError.message.split("\n")[0]}`,
          rule: "yaml",
          severity: "error",
        },
      ]);
    }
    throw error;
  }
  const mine = problems.filter((p) => !p.ignored).map((p) => toSpecProblem(p, cwd));
  if (mine.length > 0) throw new SpecError(uniqueProblems([...mine, ...(await examples)]));
  // Bundled while the worker still lints; a failure of the bundle is reported only if the
  // examples are clean (awaited by the return, and not left unhandled meanwhile).
  const bundled = bundleWith(ref, config, externalRefResolver, cwd);
  bundled.catch(() => undefined);
  const theirs = uniqueProblems(await examples);
  if (theirs.length > 0) throw new SpecError(theirs);
  return bundled;
}

export const command = defineCommand({
  name: "bundle-spec",
  summary:
    "Lints the multi-file spec (Redocly) and bundles it into <out>/openapi.{json,yaml}; any problem fails with file:line:col.",
  positionals: [{ name: "root", description: "the spec's root file", default: "openapi.yaml" }],
  flags: {
    out: { description: "output folder", default: "dist" },
    config: { description: "the Redocly configuration (lint rules)", default: "../redocly.yaml" },
  },
  onFailure: (flags) => `${flags.out}/ left as it was`,
  isBadInput: (error) => error instanceof RefusedSpecError,
  run: async ({ positionals: [root = ""], flags: { out, config } }) => {
    readFileSync(root);
    const written = writeFilesAtomic(out, serializeBundle(await bundleSpec(root, config)));
    console.log(`bundle-spec: ${root} → ${written.map((f) => relative(process.cwd(), f)).join(", ")}`);
  },
});
