/**
 * The example rules of the lint, on their own: `lintExamples` runs them here;
 * `lintExamplesInWorker` runs the same function in a worker thread (lint-examples-worker.mjs),
 * the one seam through which bundle-spec lints examples beside its other rules.
 */
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { type Config, lint, loadConfig } from "@redocly/openapi-core";
import { renewedEvery } from "./renewed-rule.ts";
import { type SpecProblem, toSpecProblem } from "./spec-problems.ts";

/** The lint rules that validate examples through a cache of compiled schemas that lives as long as the lint. */
export const exampleRules = [
  "no-invalid-media-type-examples",
  "no-invalid-parameter-examples",
  "no-invalid-schema-examples",
];

export const isExampleRule = (ruleId: string) => exampleRules.includes(ruleId);

/**
 * Visitor calls between renewals of an example rule (two or three per media type): today's
 * spec never reaches it; the 1,000-operation synthetic spec renews about every 100 operations.
 */
export const exampleRuleRenewal = 2000;

/**
 * The same config with the example rules renewed every `every` visitor calls (see
 * renewedEvery): same rule ids, settings, verdicts and messages, bounded memory.
 */
export function withBoundedExampleCaches(config: Config, every = exampleRuleRenewal): Config {
  type RuleSets = Record<string, Record<string, (options: never) => unknown> | undefined>;
  config.plugins = config.plugins.map((plugin) => {
    const sets = plugin.rules as RuleSets | undefined;
    if (!sets) return plugin;
    const rules: RuleSets = {};
    for (const [version, set] of Object.entries(sets)) {
      rules[version] =
        set &&
        Object.fromEntries(
          Object.entries(set).map(([id, rule]) => [id, exampleRules.includes(id) ? renewedEvery(rule, every) : rule]),
        );
    }
    return { ...plugin, rules: rules as typeof plugin.rules };
  });
  return config;
}

/**
 * The same config with only the rules `keep` picks left on (the others off), for every spec
 * version. Assertion rules (`rule/...`) are one rule, `assertions`.
 */
export function withRulesOn(config: Config, keep: (ruleId: string) => boolean): Config {
  const versions = config.rules as Record<string, Record<string, unknown>>;
  for (const [version, rules] of Object.entries(versions)) {
    versions[version] = Object.fromEntries(
      Object.entries(rules).map(([id, setting]) => [id, keep(id) ? setting : "off"]),
    );
  }
  return config;
}

/** The problems of the example rules alone, located like bundleSpec's. */
export async function lintExamples(
  rootFile: string,
  configPath: string,
  cwd: string,
  exampleRenewal = exampleRuleRenewal,
): Promise<SpecProblem[]> {
  const loaded = withBoundedExampleCaches(await loadConfig({ configPath: resolve(configPath) }), exampleRenewal);
  const problems = await lint({ ref: resolve(rootFile), config: withRulesOn(loaded, isExampleRule) });
  return problems.filter((p) => !p.ignored).map((p) => toSpecProblem(p, cwd));
}

/**
 * `lintExamples` in a worker thread (lint-examples-worker.mjs), so that it runs beside the
 * other rules: the example rules compile every schema an example meets, about half the lint's
 * time on a large spec.
 */
export function lintExamplesInWorker(
  rootFile: string,
  configPath: string,
  cwd: string,
  exampleRenewal: number,
): Promise<SpecProblem[]> {
  return new Promise<SpecProblem[]>((resolvePromise, reject) => {
    const worker = new Worker(new URL("./lint-examples-worker.mjs", import.meta.url), {
      workerData: { rootFile, configPath, cwd, exampleRenewal },
    });
    worker.once("message", (answer: { problems: SpecProblem[] } | { error: string }) =>
      "problems" in answer ? resolvePromise(answer.problems) : reject(new Error(answer.error)),
    );
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the example lint's worker ended with ${code} before answering`)));
  });
}
